"""Request guards: only the paired extension, on this machine, gets in.

Order matters and follows what an attacker can control:
1. Host header (defeats DNS rebinding: a hostile page whose domain resolves to 127.0.0.1
   still sends its own domain as Host);
2. Origin (a web page cannot forge a chrome-extension:// or moz-extension:// origin);
3. body size, before anything is parsed;
4. the pairing token (constant-time comparison).
"""

from __future__ import annotations

import re

from flask import Flask, current_app, request

from companion.api.errors import ApiError
from companion.security.token import token_matches

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
PUBLIC_ENDPOINTS = frozenset({"api.health"})
_FIREFOX_ORIGIN = re.compile(r"^moz-extension://[0-9a-fA-F-]{1,64}$")


def allowed_origin_patterns(extension_ids: tuple[str, ...]) -> list[re.Pattern[str]]:
    ids = "|".join(re.escape(i) for i in extension_ids)
    chrome = re.compile(rf"^chrome-extension://(?:{ids})$") if extension_ids else None
    return [p for p in (chrome, _FIREFOX_ORIGIN) if p is not None]


def install_guards(app: Flask) -> None:
    @app.before_request
    def _guard():
        settings = current_app.config["SETTINGS"]
        _check_host(settings)
        _check_origin()
        if request.method == "OPTIONS":
            return None  # CORS preflight: answered by flask-cors for allowed origins only
        _check_size(settings.max_body_bytes)
        if request.endpoint not in PUBLIC_ENDPOINTS:
            _check_token()
        return None


def _check_host(settings) -> None:
    if current_app.config["ALLOW_REMOTE"]:
        return
    expected = {f"{name}:{settings.port}" for name in LOOPBACK_NAMES}
    if request.host not in expected:
        raise ApiError(403, "bad_host",
                       "The Host header must be 127.0.0.1 or localhost with the companion's port.")


def _check_origin() -> None:
    origin = request.headers.get("Origin")
    if origin is None:
        return  # not a browser page: command-line clients, the extension's GET requests
    if not any(p.match(origin) for p in current_app.config["ORIGIN_PATTERNS"]):
        raise ApiError(403, "bad_origin",
                       "Only the Garde-fou extension may call the companion from a browser.")


def _check_size(limit: int) -> None:
    length = request.content_length
    if length is not None and length > limit:
        raise ApiError(413, "too_large", f"The request body is over {limit} bytes.")


def _check_token() -> None:
    header = request.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented:
        raise ApiError(401, "missing_token",
                       "Send the pairing token as 'Authorization: Bearer <token>' "
                       "(see `garde-fou token`).")
    expected = current_app.extensions["garde_fou_token"].current()
    if not token_matches(presented.strip(), expected):
        raise ApiError(401, "bad_token",
                       "The pairing token is wrong; copy it again from `garde-fou token`.")
