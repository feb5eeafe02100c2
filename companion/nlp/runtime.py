"""Process-wide settings that make spaCy fast on an ordinary laptop, without changing its output.

Measured on a 2-core machine (see scripts/bench and the performance notes in the commit log):

- thinc multiplies matrices with BLIS by default; numpy's OpenBLAS is 3x faster on the shapes the
  tok2vec and NER embedding layers use (450x288 · 288x288: 0.85 ms vs 2.7 ms), and gives the same
  entities, tags and lemmas. `use_numpy_gemm()` makes new models use it.
- OpenBLAS starts one thread per core; on a busy 2-core machine those threads fight each other
  and the web server (the same product took 3-9x longer). Requests are served one spaCy call at
  a time anyway, so `single_thread_blas()` keeps BLAS on the calling thread.
- The French lemmatizer's lookup table (216,849 inflected forms → lemma) is a spaCy `Table`:
  an OrderedDict of one-element lists plus a Bloom filter, about 100 MB and 1-3 s to build.
  `compact_lookups()` loads it as a plain {hash: lemma} dict behind the same interface: 10 MB.
  It also loads the rule lemmatizers' index of known lemmas per part of speech as sets instead
  of lists: each word the lemmatizers had not seen walked a list of up to 66,191 nouns (fr: 10 ms
  of a new 2,000-character post, 1.7 ms with sets; same lemmas).
- spaCy's French tokenizer compiles, at import, one 1.45 MB regular expression (266 anchored
  alternatives that each repeat Unicode letter classes): 3-10 s, most of the start-up time.
  `fast_regex_compile()` compiles an equivalent expression instead, where alternatives sharing
  the same tail are grouped: ^(?:a|b)T$ matches exactly what ^aT$|^bT$ matches.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import itertools
import logging
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator

import srsly
from spacy.lookups import Lookups, Table
from spacy.strings import get_string_id
from threadpoolctl import threadpool_limits

log = logging.getLogger(__name__)

def single_thread_blas() -> None:
    """Keeps the BLAS libraries loaded in this process (numpy's OpenBLAS) on one thread.

    threadpoolctl finds them on Linux, macOS and Windows alike; the environment variable
    OPENBLAS_NUM_THREADS would only work if set before numpy is first imported.
    """
    threadpool_limits(limits=1, user_api="blas")


def use_numpy_gemm() -> None:
    """Models created from now on multiply with numpy (OpenBLAS) instead of BLIS."""
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


# ---------------------------------------------------------------------------------------------
# Fast compilation of spaCy's large tokenizer alternations
# ---------------------------------------------------------------------------------------------
_LARGE_PATTERN = 100_000  # characters; spaCy's French TOKEN_MATCH is 1,450,369
_LARGE_CLASS = 100  # a character class longer than this is what makes compilation slow
_patch_lock = threading.RLock()  # the patches nest


# Escapes, character classes (a "]" right after "[" or "[^" is a member) and single characters.
_PATTERN_TOKEN = re.compile(r"\\.|\[\^?\]?[^\]\\]*(?:\\.[^\]\\]*)*\]|.", re.DOTALL)


def _structure(pattern: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """("|" positions, large character class positions) of `pattern`, each with its group
    depth; escapes and the inside of character classes are skipped."""
    bars: list[tuple[int, int]] = []
    classes: list[tuple[int, int]] = []
    depth = 0
    for token in _PATTERN_TOKEN.finditer(pattern):
        text = token.group()
        if text == "|":
            bars.append((token.start(), depth))
        elif text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text[0] == "[" and len(text) > _LARGE_CLASS:
            classes.append((token.start(), depth))
    return bars, classes


def factor_alternation(pattern: str) -> str | None:
    """An equivalent, much faster to compile form of `(?flags)(?:^a1T1)|(?:^a2T2)|…`, where
    alternatives with the same tail T (from their first large character class on) are grouped
    as (?:^(?:a1|a2)T). Returns None when `pattern` does not have that shape.

    Same language: concatenation distributes over alternation. Group numbers may change, so
    patterns with backreferences are left alone (spaCy only tests whether a token matches).
    """
    flags = re.match(r"\(\?[aiLmsux]+\)", pattern)
    prefix = flags.group(0) if flags else ""
    body = pattern[len(prefix):]
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(", body):
        return None
    bars, classes = _structure(body)
    cuts = [i for i, depth in bars if depth == 0]
    if not cuts:
        return None
    inner_bars = [i for i, depth in bars if depth == 1]
    groups: dict[str | None, list[str]] = {}
    for start, end in itertools.pairwise([-1, *cuts, len(body)]):
        start += 1
        alternative = body[start:end]
        if not (alternative.startswith("(?:") and alternative.endswith(")")):
            return None
        inner = alternative[3:-1]
        first = bisect.bisect_left(classes, (start, -1))
        large = classes[first] if first < len(classes) and classes[first][0] < end else None
        alternated = any(start < i < end for i in inner_bars[
            bisect.bisect_left(inner_bars, start):bisect.bisect_left(inner_bars, end)])
        if alternated or not inner.startswith("^") or large is None or large[1] != 1:
            groups.setdefault(None, []).append(f"(?:{inner})")
        else:
            cut = large[0] - start - 3
            groups.setdefault(inner[cut:], []).append(inner[1:cut])
    parts = []
    for tail, heads in groups.items():
        if tail is None:
            parts += heads
        else:
            parts.append("(?:^(?:" + "|".join(heads) + ")" + tail + ")")
    return prefix + "|".join(parts)


@contextlib.contextmanager
def fast_regex_compile() -> Iterator[None]:
    """Within the block, `re.compile` of a very large alternation compiles its factored form."""
    original = re.compile
    factored_forms: dict[str, str | None] = {}  # spaCy compiles the same pattern twice

    def compile_(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) > _LARGE_PATTERN:
            if pattern not in factored_forms:
                factored_forms[pattern] = factor_alternation(pattern)
            factored = factored_forms[pattern]
            if factored is not None:
                log.debug("compiling a %d-char pattern as %d chars", len(pattern), len(factored))
                return original(factored, flags)
        return original(pattern, flags)

    with _patch_lock:
        re.compile = compile_
        try:
            yield
        finally:
            re.compile = original


# ---------------------------------------------------------------------------------------------
# Compact lemma lookup tables
# ---------------------------------------------------------------------------------------------
_COMPACT_TABLES = frozenset({"lemma_lookup"})
#: {part of speech: known lemmas}, which the rule lemmatizers only test for membership
#: (`form in index`): as lists (66,191 French nouns) each test walked the list, 0.3 ms a
#: word the lemma memo had not seen, 10 ms of a new 2,000-character post.
_INDEX_TABLES = frozenset({"lemma_index"})


class CompactTable(Table):
    """A read-only lookup table whose every value is a one-element list of strings, stored as
    {key hash: string}. Reads answer exactly as the Table would (a new one-element list)."""

    def __init__(self, name: str, values: dict[int, str]) -> None:
        OrderedDict.__init__(self)  # the base mapping stays empty
        self.name = name
        self.default_size = len(values)
        self.bloom = None
        self._values = values

    @classmethod
    def from_data(cls, name: str, data: dict) -> CompactTable | None:
        """The compact form of deserialized table data, or None if it has another shape."""
        values: dict[int, str] = {}
        for key, value in data.items():
            if not (isinstance(value, list) and len(value) == 1 and isinstance(value[0], str)):
                return None
            values[get_string_id(key)] = sys.intern(value[0])
        return cls(name, values)

    def __getitem__(self, key):
        return [self._values[get_string_id(key)]]

    def get(self, key, default=None):
        value = self._values.get(get_string_id(key))
        return default if value is None else [value]

    def __contains__(self, key) -> bool:
        return get_string_id(key) in self._values

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return [[v] for v in self._values.values()]

    def items(self):
        return [(k, [v]) for k, v in self._values.items()]

    def __setitem__(self, key, value) -> None:
        raise TypeError(f"lookup table {self.name!r} is read-only")

    set = __setitem__

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps({"name": self.name, "dict": dict(self.items()),
                                    "bloom": b""})


@contextlib.contextmanager
def compact_lookups() -> Iterator[None]:
    """Within the block, spaCy lookups load their lemma lookup table as a CompactTable and
    their lemma index as sets."""

    def from_bytes(self, bytes_data: bytes, **kwargs) -> Lookups:
        self._tables = {}
        for name, data in srsly.msgpack_loads(bytes_data).items():
            compact = CompactTable.from_data(name, data) if name in _COMPACT_TABLES else None
            if name in _INDEX_TABLES:
                data = {pos: frozenset(words) for pos, words in data.items()}
            self._tables[name] = compact if compact is not None else Table(name, data)
        return self

    original = Lookups.from_bytes
    with _patch_lock:
        Lookups.from_bytes = from_bytes
        try:
            yield
        finally:
            Lookups.from_bytes = original


def release_free_memory() -> None:
    """Gives memory freed by loading (temporary tables, regex compilation) back to the system."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
