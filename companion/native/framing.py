"""The browsers' native messaging framing: each message is a 4-byte little-endian length, then
that many bytes of UTF-8 JSON."""

from __future__ import annotations

import json
import struct
from typing import BinaryIO

#: The host reads small requests only; anything longer is refused unread.
MAX_REQUEST_BYTES = 64 * 1024


class FramingError(ValueError):
    """The browser sent something that is not a message; the host stops reading."""


def read_message(stream: BinaryIO) -> object | None:
    """The next message, or None at the end of the input (the browser closed the port)."""
    header = stream.read(4)
    if not header:
        return None
    if len(header) < 4:
        raise FramingError("truncated length")
    (length,) = struct.unpack("<I", header)
    if length > MAX_REQUEST_BYTES:
        raise FramingError(f"message of {length} bytes; the limit is {MAX_REQUEST_BYTES}")
    body = stream.read(length)
    if len(body) < length:
        raise FramingError("truncated message")
    return json.loads(body.decode("utf-8"))


def write_message(stream: BinaryIO, message: dict) -> None:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    stream.write(struct.pack("<I", len(body)) + body)
    stream.flush()
