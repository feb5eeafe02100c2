"""Makes sure the companion is running: asks its health endpoint, and if nothing answers
starts `garde-fou serve` in the background (outliving the host and the browser) and waits
until it is healthy."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

#: Loading the models takes seconds, more on a busy machine.
START_TIMEOUT_S = 180.0
POLL_INTERVAL_S = 0.25


class CompanionError(RuntimeError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def health(port: int, timeout: float = 2.0) -> dict | None:
    """The companion's health answer, or None when nothing healthy answers on the port."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health",
                                    timeout=timeout) as response:
            body = json.load(response)
    except (OSError, ValueError):
        return None
    return body if isinstance(body, dict) and body.get("status") == "ok" else None


def ensure_running(port: int, timeout: float = START_TIMEOUT_S) -> dict:
    """The health answer of the running companion, started first if needed."""
    answer = health(port)
    if answer is not None:
        return answer
    process = start_companion(port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = health(port)
        if answer is not None:
            return answer
        if process.poll() is not None:
            # Another start may have won the port in the meantime.
            answer = health(port)
            if answer is not None:
                return answer
            raise CompanionError("companion_exited",
                                 f"the companion stopped at start (exit code {process.returncode})"
                                 "; run `garde-fou serve` in a terminal to see why")
        time.sleep(POLL_INTERVAL_S)
    raise CompanionError("companion_timeout",
                         f"the companion did not answer within {timeout:.0f} s")


def start_companion(port: int) -> subprocess.Popen:
    """`garde-fou serve` detached from the host: its own session (POSIX) or process group out
    of the browser's job (Windows), no console, no inherited pipes (the host's stdout is the
    browser's channel). Its logs go nowhere: the companion writes no text to them anyway."""
    command = [sys.executable, "-m", "companion", "serve", "--port", str(port)]
    options: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
                     "stderr": subprocess.DEVNULL, "close_fds": True}
    if sys.platform != "win32":
        return subprocess.Popen(command, start_new_session=True, **options)
    flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
    try:
        return subprocess.Popen(command, creationflags=flags | subprocess.CREATE_BREAKAWAY_FROM_JOB,
                                **options)
    except OSError:  # the browser's job does not allow breaking away
        return subprocess.Popen(command, creationflags=flags, **options)
