"""Runs the app under waitress, tuned so that a draft never touches the disk.

Waitress spills request bodies over `inbuf_overflow` (512 KiB by default) and responses over
`outbuf_overflow` (1 MiB) to temporary files. Here every body waitress accepts, and every
response, stays in memory. Waitress accepts bodies up to twice the app's own limit so that
the app, not waitress, refuses an oversized body, with the contract's JSON error; beyond that
waitress refuses it without reading it (a plain-text 413, which no browser extension sending
a text under the limit can meet). Memory held by bodies in flight is bounded by that size
times waitress's connection limit.

Waitress keeps reading a connection while its request runs (`channel_request_lookahead`), so it
notices a client that gave up: the app then stops that analysis (companion/budget.py).
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from companion.config import Settings

#: Responses are built whole in memory by Flask before waitress sends them; letting waitress
#: spill its copy to disk would save nothing and write the text out.
_NEVER = 1 << 62


def server_options(settings: Settings) -> dict[str, Any]:
    """waitress.serve / create_server keyword arguments, without host, port or sockets."""
    accepted_body = 2 * settings.max_body_bytes
    return {
        "threads": settings.threads,
        "ident": "garde-fou",
        "clear_untrusted_proxy_headers": True,
        "max_request_body_size": accepted_body,
        "inbuf_overflow": accepted_body + 1,
        "outbuf_overflow": _NEVER,
        "channel_request_lookahead": 1,
    }


def serve(app: Flask, settings: Settings) -> None:
    from waitress import serve as waitress_serve

    waitress_serve(app, host=settings.host, port=settings.port, **server_options(settings))
