"""The pairing token: a random secret the extension (or any HTTP client) must present.

Created on first use in the user's config dir with owner-only permissions; compared in
constant time. A running companion notices `garde-fou token --rotate` on the next request
(`TokenFile`), so rotating really revokes the old token without a restart.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import threading
from pathlib import Path

TOKEN_BYTES = 32


def read_or_create_token(path: Path) -> str:
    """Returns the stored token, creating it (mode 0600) if there is none yet."""
    try:
        token = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        token = ""  # missing or garbled: a fresh token replaces it
    if not token:
        return rotate_token(path)
    _restrict_to_owner(path)
    return token


def rotate_token(path: Path) -> str:
    """Writes a fresh token, replacing any previous one, and returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(4)}.new")
    # O_EXCL: a file left behind (or planted) under that name would keep its own, possibly
    # wider, permissions; the explicit mode keeps the token unreadable by others, even briefly.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(token + "\n")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return token


def _restrict_to_owner(path: Path) -> None:
    """Takes back read access others may have been given (a copied or restored file)."""
    if os.name == "posix" and os.stat(path).st_mode & 0o077:
        os.chmod(path, 0o600)


def token_matches(presented: str, expected: str) -> bool:
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


class TokenFile:
    """The token as currently stored: re-read whenever the file changes (a `stat` per request,
    a read only after a rotation). Thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._token = read_or_create_token(path)
        self._stamp = self._stat()

    def current(self) -> str:
        stamp = self._stat()
        with self._lock:
            if stamp != self._stamp:
                token = self._reread()
                if token is not None:
                    self._token, self._stamp = token, stamp
            return self._token

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size, st.st_ino

    def _reread(self) -> str | None:
        """The stored token, or None if there is none to read right now (deleted, or caught
        mid-replacement on Windows): the previous token then stays valid and the file is
        tried again on the next request."""
        try:
            return self.path.read_text(encoding="ascii").strip() or None
        except (OSError, UnicodeDecodeError):
            return None
