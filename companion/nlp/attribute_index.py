"""The attribute ruler's patterns looked up by tag and word instead of scanned one by one.

spaCy's AttributeRuler (which maps the tagger's fine tags to parts of speech and morphology and
fixes some lemmas) runs a Matcher over every token with every one of its patterns: the English
model has 179, and that took 8 ms of a new 2,000-character post, as long as its tok2vec. Its
patterns are all fixed-length token descriptions (no operators) over a few attributes, so the
patterns that can start at a token are found by the values of that token's attributes (its
lower-case form, tag, part of speech…), and only those are checked. `index_attribute_ruler`
installs this in place of the ruler's `match`; it gives the same matches
(tests/pipeline/test_attribute_index.py compares them with the Matcher's), so the same tags,
morphology and lemmas. A ruler with a pattern outside what is understood here keeps spaCy's
Matcher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

#: the token attributes patterns may test, in the order of the columns of `Doc.to_array`
_ATTRIBUTES = ("TAG", "LOWER", "POS", "DEP", "IS_SPACE")
_COLUMN = {attribute: column for column, attribute in enumerate(_ATTRIBUTES)}
#: attributes a pattern's first token can be looked up by when it asks for given values, the
#: most selective first
_INDEXED = ("LOWER", "TAG", "POS", "DEP", "IS_SPACE")

#: (column, test of the column's value): values are string ids, or 0/1 for IS_SPACE
Test = tuple[int, Callable[[int], bool]]


class Unsupported(ValueError):
    """A pattern uses an attribute or an operator this index does not read."""


def _value_test(value: object, strings: StringStore) -> Callable[[int], bool]:
    if isinstance(value, bool):
        return lambda actual: actual == int(value)
    if isinstance(value, str):
        wanted = get_string_id(value)
        return lambda actual: actual == wanted
    if isinstance(value, dict) and len(value) == 1:
        (operator, argument), = value.items()
        if operator == "IN":
            allowed = frozenset(map(get_string_id, argument))
            return lambda actual: actual in allowed
        if operator == "NOT_IN":
            refused = frozenset(map(get_string_id, argument))
            return lambda actual: actual not in refused
        if operator == "REGEX":
            search = re.compile(argument).search
            return lambda actual: bool(search(strings[actual]))
    raise Unsupported(f"value {value!r}")


def _token_tests(spec: dict, strings: StringStore) -> list[Test]:
    tests = []
    for attribute, value in spec.items():
        if attribute not in _COLUMN:
            raise Unsupported(f"attribute {attribute!r}")
        tests.append((_COLUMN[attribute], _value_test(value, strings)))
    return tests


def _index_keys(spec: dict) -> list[tuple[int, int]] | None:
    """The (column, string id) pairs one of which a token must have to match `spec`, or None
    when `spec` must be checked at every token."""
    for attribute in _INDEXED:
        value = spec.get(attribute)
        if isinstance(value, bool):
            return [(_COLUMN[attribute], int(value))]
        if isinstance(value, str):
            return [(_COLUMN[attribute], get_string_id(value))]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(_COLUMN[attribute], get_string_id(v)) for v in value["IN"]]
    return None


class AttributeIndex:
    """What `AttributeRuler.matcher(doc, allow_missing=True, as_spans=False)` returns, found
    through an index of the patterns' first tokens."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self._by_key: dict[tuple[int, int], list] = defaultdict(list)
        self._everywhere: list = []
        for number, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(number))
            for pattern in entry["patterns"]:
                candidate = (match_id, [_token_tests(spec, strings) for spec in pattern])
                keys = _index_keys(pattern[0])
                if keys is None:
                    self._everywhere.append(candidate)
                for key in keys or ():
                    self._by_key[key].append(candidate)

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: set[tuple[int, int, int]] = set()
        rows = doc.to_array(list(_ATTRIBUTES)).tolist() if len(doc) else []
        by_key = self._by_key
        for start, row in enumerate(rows):
            candidates = self._everywhere + [
                candidate for key in enumerate(row) for candidate in by_key.get(key, ())]
            for match_id, token_tests in candidates:
                end = start + len(token_tests)
                if end <= len(rows) and all(
                        test(rows[i][column])
                        for i, tests in enumerate(token_tests, start) for column, test in tests):
                    found.add((match_id, start, end))
        return list(found)


def index_attribute_ruler(ruler: AttributeRuler) -> bool:
    """Makes `ruler` find its matches through an AttributeIndex; False (and the ruler left as
    it is) when one of its patterns is outside what the index reads."""
    try:
        index = AttributeIndex(ruler)
    except Unsupported:
        return False
    strings = ruler.vocab.strings

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        # as AttributeRuler.match: sorted by pattern number, so that later patterns win
        return sorted((int(strings[match_id]), match_id, start, end)
                      for match_id, start, end in index.matches(doc))

    ruler.match = match
    return True
