"""JSON responses that can always be sent, whatever the text holds.

Responses quote the user's text (findings' `text`, the redacted text). A JSON string may hold a
lone surrogate (the extension's JavaScript strings can), but UTF-8 cannot: written raw, it would
make the response unencodable and the request fail. Such responses are written with `\\uXXXX`
escapes instead, which give the client back exactly the string it sent.
"""

from __future__ import annotations

import re
from typing import Any

from flask.json.provider import DefaultJSONProvider

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class TextSafeJSONProvider(DefaultJSONProvider):
    ensure_ascii = False  # readable accents; escapes only when UTF-8 cannot hold the text
    sort_keys = False

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        out = super().dumps(obj, **kwargs)
        if _LONE_SURROGATE.search(out):
            out = super().dumps(obj, **{**kwargs, "ensure_ascii": True})
        return out
