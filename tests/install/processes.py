"""Stopping the companion a native host started: it runs detached, so the test finds it by the
port on its command line (Linux /proc; these tests run on Linux)."""

from __future__ import annotations

import os
import signal
from pathlib import Path


def stop_companions_on_port(port: int) -> list[int]:
    wanted = ["-m", "companion", "serve", "--port", str(port)]
    stopped = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().decode().split("\0")
        except OSError:
            continue
        if any(argv[i:i + len(wanted)] == wanted for i in range(len(argv))):
            os.kill(int(entry.name), signal.SIGTERM)
            stopped.append(int(entry.name))
    return stopped
