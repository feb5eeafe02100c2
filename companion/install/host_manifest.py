"""What `garde-fou install` writes: the native messaging host manifest each browser reads, the
launcher it names, and the login items that start the companion."""

from __future__ import annotations

import plistlib
import shlex
from collections.abc import Sequence
from pathlib import Path

from companion.install.platforms import CHROMIUM_FAMILY, HOST_NAME

DESCRIPTION = "Garde-fou: pairs the browser extension with the companion on this computer"


def host_manifest(browser: str, launcher: Path, extension_ids: Sequence[str],
                  firefox_addon_id: str) -> dict:
    """Chromium-family browsers allow extensions by origin, Firefox by add-on id."""
    manifest = {"name": HOST_NAME, "description": DESCRIPTION, "path": str(launcher),
                "type": "stdio"}
    if browser in CHROMIUM_FAMILY:
        manifest["allowed_origins"] = [f"chrome-extension://{i}/" for i in extension_ids]
    else:
        manifest["allowed_extensions"] = [firefox_addon_id]
    return manifest


def launcher_script(python: Path, windows: bool) -> str:
    """Runs the host module with the Python Garde-fou is installed in."""
    if windows:
        return f'@echo off\r\n"{python}" -m companion.native %*\r\n'
    return ("#!/bin/sh\n# Written by `garde-fou install`: Garde-fou's native messaging host.\n"
            f'exec {shlex.quote(str(python))} -m companion.native "$@"\n')


def serve_command(python: Path) -> list[str]:
    return [str(python), "-m", "companion", "serve"]


def systemd_unit(python: Path) -> str:
    command = " ".join(shlex.quote(part) for part in serve_command(python))
    return ("[Unit]\nDescription=Garde-fou companion (checks posts on this computer)\n\n"
            f"[Service]\nExecStart={command}\nRestart=on-failure\n\n"
            "[Install]\nWantedBy=default.target\n")


def launch_agent(python: Path) -> bytes:
    return plistlib.dumps({"Label": HOST_NAME, "ProgramArguments": serve_command(python),
                           "RunAtLoad": True, "ProcessType": "Background"})


def windows_run_command(python: Path) -> str:
    """pythonw.exe beside python.exe runs without a console window."""
    return f'"{python.with_name("pythonw.exe")}" -m companion serve'
