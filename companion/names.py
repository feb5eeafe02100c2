"""The user's private name lists: names always flagged (current clients) and never flagged
(the user's own name, the firm, public figures).

They come from `<config dir>/names.toml` (`always = [...]`, `never = [...]`) and from each
request (the extension keeps its own lists); both are merged.

Both lists are indexed once per list, so checking a post costs the same with 1,000 names as
with one: never-flag entries by their words, always-flag names in a trie of their tokens walked
from each token of the post.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from companion.suggestions.replacements import HONORIFICS

_HONORIFIC_WORDS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: What an always-flag name is matched by: runs of word characters and single other characters;
#: a name's words are separated by spaces in the post where the name has spaces, and nothing
#: where it has none ("Marie-Ève", "O'Brien").
_TOKEN = re.compile(r"\w+|[^\w\s]")
_END = ""  # trie key marking the end of a name


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
        if not words:
            return False
        entries = [self._never_by_word.get(word) for word in words]
        if not all(entries):
            return False
        entries.sort(key=len)
        return bool(entries[0].intersection(*entries[1:]))

    def always_flagged_spans(self, text: str) -> list[tuple[int, int]]:
        """Every place where an always-flag name stands as whole words, case ignored, words
        separated by any run of white space."""
        if not self.always:
            return []
        tokens = [(m.group().casefold(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        spans = []
        for first, (token, start, _) in enumerate(tokens):
            node = self._always_trie.get(token)
            if node is None or (start and _is_word(text[start - 1])):
                continue
            i = first
            while node is not None:
                end = tokens[i][2]
                if _END in node and not (end < len(text) and _is_word(text[end])):
                    spans.append((start, end))
                i += 1
                if i == len(tokens):
                    break
                spaced = tokens[i][1] > end
                node = node.get((spaced, tokens[i][0]))
        return spans

    @cached_property
    def _never_by_word(self) -> dict[str, set[int]]:
        """word → the never-flag entries (by index) that hold it."""
        index: dict[str, set[int]] = {}
        for number, entry in enumerate(self.never):
            for word in _name_words(entry):
                index.setdefault(word, set()).add(number)
        return index

    @cached_property
    def _always_trie(self) -> dict:
        """first token → {(spaced, next token): …, _END: True}."""
        root: dict = {}
        for name in self.always:
            tokens = list(_TOKEN.finditer(name))
            if not tokens:
                continue
            node = root.setdefault(tokens[0].group().casefold(), {})
            for before, token in itertools.pairwise(tokens):
                node = node.setdefault((token.start() > before.end(),
                                        token.group().casefold()), {})
            node[_END] = True
        return root


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


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
