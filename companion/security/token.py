"""The pairing token: a random secret the extension (or any HTTP client) must present.

Created on first use in the user's config dir with owner-only permissions; compared in
constant time.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

TOKEN_BYTES = 32


def read_or_create_token(path: Path) -> str:
    """Returns the stored token, creating it (mode 0600) if there is none yet."""
    try:
        token = path.read_text(encoding="ascii").strip()
        if token:
            return token
    except FileNotFoundError:
        pass
    return rotate_token(path)


def rotate_token(path: Path) -> str:
    """Writes a fresh token, replacing any previous one, and returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    tmp = path.with_name(path.name + ".new")
    # os.open with an explicit mode so the file is never readable by others, not even briefly.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(token + "\n")
    os.replace(tmp, path)
    return token


def token_matches(presented: str, expected: str) -> bool:
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))
