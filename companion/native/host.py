"""The host's conversation with the browser: one answer per message, until the port closes.

`{"type":"pair"}` → `{"type":"paired","port","token","version"}` once the companion is
healthy; anything wrong → `{"type":"error","code","message"}`. The token goes only to the
extensions the configuration allows: browsers pass the caller as arguments (Chrome: its origin
`chrome-extension://<id>/`; Firefox: the host manifest's path, then the add-on id).
Nothing is logged.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import BinaryIO

from companion.config import FIREFOX_ADDON_ID, ConfigError, Settings, load_settings
from companion.native.companion_process import CompanionError, ensure_running
from companion.native.framing import FramingError, read_message, write_message


def caller_allowed(argv: Sequence[str], settings: Settings) -> bool:
    chrome_origins = {f"chrome-extension://{i}/" for i in settings.extension_ids}
    if argv and argv[0] in chrome_origins:
        return True
    return len(argv) >= 2 and argv[1] == FIREFOX_ADDON_ID


def answer(message: object, settings: Settings,
           ensure: Callable[[int], dict] = ensure_running) -> dict:
    if not isinstance(message, dict) or message.get("type") != "pair":
        return _error("unknown_message", 'the host answers {"type": "pair"} only')
    from companion.security.token import read_or_create_token

    try:
        health = ensure(settings.port)
        token = read_or_create_token(settings.token_path)
    except CompanionError as exc:
        return _error(exc.code, str(exc))
    except OSError as exc:
        return _error("config_unreadable", f"the pairing token cannot be read ({exc.strerror})")
    return {"type": "paired", "port": settings.port, "token": token,
            "version": str(health.get("version", ""))}


def converse(argv: Sequence[str], stdin: BinaryIO, stdout: BinaryIO,
             ensure: Callable[[int], dict] = ensure_running) -> int:
    try:
        settings = load_settings()
    except ConfigError as exc:
        write_message(stdout, _error("bad_config", str(exc)))
        return 1
    allowed = caller_allowed(argv, settings)
    while True:
        try:
            message = read_message(stdin)
        except (FramingError, ValueError):
            write_message(stdout, _error("bad_message", "not a native message of JSON"))
            return 1
        if message is None:
            return 0
        if not allowed:
            write_message(stdout, _error("caller_refused",
                                         "this extension is not allowed in the configuration "
                                         "(extension_ids)"))
            continue
        write_message(stdout, answer(message, settings, ensure))


def _error(code: str, message: str) -> dict:
    return {"type": "error", "code": code, "message": message}


def main(argv: Sequence[str] | None = None) -> int:
    if sys.platform == "win32":  # the channel is binary: no newline translation
        import msvcrt
        import os

        msvcrt.setmode(sys.stdin.fileno(), os.O_BINARY)
        msvcrt.setmode(sys.stdout.fileno(), os.O_BINARY)
    return converse(sys.argv[1:] if argv is None else argv, sys.stdin.buffer, sys.stdout.buffer)
