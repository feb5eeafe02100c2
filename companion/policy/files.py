"""Reading a policy pack's YAML files within bounds.

A pack folder is dropped into the user's config directory by an organization: nothing in it
may hang or exhaust the companion. So a file is read only if it is a regular file (a FIFO would
block start-up forever), at most MAX_FILE_BYTES of it, at most MAX_PACK_BYTES for all the files
of one pack; and YAML aliases are refused: a few hundred bytes of anchors and aliases (`any:` of
`any:` of …) expand into gigabytes once loaded. Nesting is bounded too (each level is a
recursion in the parser and in validation).
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import yaml

#: The largest built-in file is 14 KB, the largest built-in pack 95 KB.
MAX_FILE_BYTES = 256 * 1024
MAX_PACK_BYTES = 1024 * 1024
MAX_DEPTH = 40

#: libyaml's safe loader when PyYAML was built with it (its wheels are): 5x faster at start-up.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PackFiles:
    """Reads the YAML files of one pack (or of the shared part), counting what it read."""

    def __init__(self, max_bytes: int | None = None) -> None:
        """`max_bytes`: for all the files read; MAX_PACK_BYTES by default."""
        self.max_bytes = MAX_PACK_BYTES if max_bytes is None else max_bytes
        self.read_bytes = 0

    def load(self, path: Path, errors: list[str]) -> Any:
        """The file's data, or None with the problem appended to `errors`."""
        text = self._read(path, errors)
        if text is None:
            return None
        try:
            problem = _structure_problem(text)
            data = None if problem else yaml.load(text, Loader=_SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            detail = getattr(exc, "problem", None) or str(exc)
            errors.append(f"{path}: not valid YAML{where} ({detail}); check the indentation and "
                          "quote values that contain ':' or start with '@', '*' or '['")
            return None
        if problem:
            errors.append(f"{path}: {problem}")
            return None
        if data is None:
            errors.append(f"{path}: file is empty")
        return data

    def _read(self, path: Path, errors: list[str]) -> str | None:
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                errors.append(f"{path}: not a regular file; a pack holds only YAML files and "
                              "folders")
                return None
            if info.st_size > MAX_FILE_BYTES:
                errors.append(f"{path}: {info.st_size:,} bytes; a pack file may hold at most "
                              f"{MAX_FILE_BYTES:,}: split it (rules/*.yaml, lexicons/*.yaml)")
                return None
            if self.read_bytes + info.st_size > self.max_bytes:
                errors.append(f"{path}: the pack's files exceed {self.max_bytes:,} bytes in "
                              "all; a pack this large is not expected, split the organization's "
                              "rules into several packs")
                return None
            with path.open("rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
        except FileNotFoundError:
            errors.append(f"{path}: file is missing")
            return None
        except OSError as exc:
            errors.append(f"{path}: cannot be read ({exc.strerror or exc})")
            return None
        self.read_bytes += len(raw)
        if len(raw) > MAX_FILE_BYTES:
            errors.append(f"{path}: larger than {MAX_FILE_BYTES:,} bytes; split it")
            return None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{path}: cannot be read ({exc}); save it as UTF-8 text")
            return None


def _structure_problem(text: str) -> str | None:
    """Why the YAML text must not be loaded (an alias, too deep a nesting), or None. Reads the
    parser's events, which do not expand aliases."""
    depth = 0
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            return (f"YAML alias *{event.anchor} at line {event.start_mark.line + 1}: anchors and "
                    "aliases (&name, *name) are not accepted in policy packs; write the items "
                    "out, or share words through a lexicon (@name) or a detector (ref: name)")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return (f"nested more than {MAX_DEPTH} levels deep at line "
                        f"{event.start_mark.line + 1}; simplify the conditions")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None
