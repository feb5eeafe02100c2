"""The user's private name lists: names always flagged (current clients) and never flagged
(the user's own name, the firm, public figures).

They come from `<config dir>/names.toml` (`always = [...]`, `never = [...]`) and from each
request (the extension keeps its own lists); both are merged.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from companion.suggestions.replacements import HONORIFICS

_HONORIFIC_WORDS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class NameLists:
    always: tuple[str, ...] = ()
    never: tuple[str, ...] = ()

    def merged(self, always: Iterable[str] = (), never: Iterable[str] = ()) -> NameLists:
        return NameLists(
            always=tuple(dict.fromkeys([*self.always, *_clean(always)])),
            never=tuple(dict.fromkeys([*self.never, *_clean(never)])),
        )

    def is_never_flagged(self, found: str) -> bool:
        """True when every word of the found name belongs to one never-flag entry
        ("Me Sophie Bélanger" or "Sophie" against "Sophie Bélanger")."""
        words = _name_words(found)
        return bool(words) and any(words <= _name_words(entry) for entry in self.never)

    def always_flagged_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for name in self.always:
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)",
                                 re.IGNORECASE)
            spans.extend(m.span() for m in pattern.finditer(text))
        return spans


def load_name_lists(path: Path) -> NameLists:
    """Reads names.toml; a missing file means empty lists. Errors name the file and the fix."""
    if not path.is_file():
        return NameLists()
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML ({exc}).") from exc
    lists = {}
    for key in ("always", "never"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(
                f'{path}: "{key}" must be a list of names, e.g. {key} = ["Marie Tremblay"].')
        lists[key] = tuple(_clean(value))
    return NameLists(**lists)


def _clean(names: Iterable[str]) -> list[str]:
    return [n.strip() for n in names if n and n.strip()]


def _name_words(name: str) -> frozenset[str]:
    words = (w.casefold() for w in _WORD.findall(name))
    return frozenset(w for w in words if w not in _HONORIFIC_WORDS)
