"""Terms: the words and phrases a rule looks for, written in YAML and matched against a TextView.

A term is one of:
- a phrase, matched word by word against each word's surface form or its lemma, accents and case
  ignored: "client" finds "clientes", "mon client" finds "ma cliente" and "mes clients" (a
  plural -s/-x is also dropped, for nouns the lemmatizer misses); `word*` matches any word
  starting with `word`; `=word` matches that surface form only (not the lemma): "=ma =cliente"
  does not find "mes clients"; `_` matches any one word ("=my _ =case" finds "my custody
  case"); "don't" and "do not" are the same;
- a regular expression between slashes, searched in the raw text, case-insensitive:
  "/\\b\\d{1,2} ?ans\\b/", "/🙄/" (an organization's own pack: see regex.py for its engine);
- `@name`, every term of the lexicon `name` (see policies/shared/lexicons/).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from companion.policy.model import LANGUAGES
from companion.policy.regex import RegexError, compile_builtin, compile_linear
from companion.policy.textview import PREFIX_KEY, TextView, Word, expand_contractions, fold

Span = tuple[int, int]
_TERM_WORD = re.compile(r"=?\w+\*?")


class TermError(ValueError):
    """A term or lexicon reference cannot be compiled; the message says how to fix it."""


@dataclass(frozen=True)
class WordPattern:
    text: str
    prefix: bool = False
    form_only: bool = False

    def matches(self, word: Word) -> bool:
        if self.prefix:
            return word.form.startswith(self.text) or (
                not self.form_only and word.lemma.startswith(self.text))
        return word.form == self.text or (not self.form_only and self.text in word.keys)


@dataclass(frozen=True)
class Phrase:
    words: tuple[WordPattern, ...]

    def match_at(self, words: Sequence[Word], i: int) -> Span | None:
        if i + len(self.words) > len(words):
            return None
        for offset, pattern in enumerate(self.words):
            if not pattern.matches(words[i + offset]):
                return None
        return words[i].start, words[i + len(self.words) - 1].end


@cache
def compile_phrase(raw: str) -> Phrase:
    """A phrase's word patterns. Cached: the lexicons are expanded into every rule that names
    them, so the five packs compile some 45,000 terms of which about 5,000 differ (a Phrase is
    immutable and shared)."""
    parts = _TERM_WORD.findall(expand_contractions(fold(raw)))
    if not parts or all(p == "_" for p in parts):
        raise TermError(f"term {raw!r} has no word in it; write words, or a /regex/")
    return Phrase(tuple(
        WordPattern("", prefix=True) if p == "_"
        else WordPattern(p.strip("=*"), prefix=p.endswith("*"), form_only=p.startswith("="))
        for p in parts
    ))


def compile_regex(raw: str, builtin: bool):
    """`raw` is /…/; a built-in pack's runs on `re`, an organization's on RE2 (regex.py)."""
    try:
        return (compile_builtin if builtin else compile_linear)(raw[1:-1])
    except RegexError as exc:
        raise TermError(str(exc)) from exc


@dataclass
class _PhraseIndex:
    """Phrases of one language, indexed by their first word so each word of a post is only
    tried against the phrases that can start there."""

    exact: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    by_prefix: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    anywhere: list[Phrase] = field(default_factory=list)

    def add(self, phrase: Phrase) -> None:
        first = phrase.words[0]
        if not first.prefix:
            self.exact[first.text].append(phrase)
        elif len(first.text) >= _PREFIX_KEY:
            self.by_prefix[first.text[:_PREFIX_KEY]].append(phrase)
        else:
            self.anywhere.append(phrase)

    def starts(self, view: TextView) -> Iterator[tuple[int, Phrase]]:
        """(word index, phrase) pairs worth trying: the phrase's first word can match there."""
        for phrases, positions in ((self.exact, view.positions),
                                   (self.by_prefix, view.prefix_positions)):
            for key in _shared_keys(phrases, positions):
                for i in positions[key]:
                    for phrase in phrases[key]:
                        yield i, phrase
        for phrase in self.anywhere:
            for i in range(len(view.words)):
                yield i, phrase


_PREFIX_KEY = PREFIX_KEY


def _shared_keys(a: Mapping[str, object], b: Mapping[str, object]) -> list[str]:
    """The keys of both, walking the smaller (a short paragraph, a long list of phrases)."""
    if len(b) < len(a):
        return [key for key in b if key in a]
    return [key for key in a if key in b]


@dataclass(eq=False)
class TermSet:
    """The compiled terms of one condition, per language."""

    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    regexes: dict[str, list] = field(default_factory=dict)  # compiled by `re` or RE2
    _index: dict[str, _PhraseIndex] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for lang, phrases in self.phrases.items():
            index = self._index[lang] = _PhraseIndex()
            for phrase in phrases:
                index.add(phrase)

    def find(self, view: TextView) -> list[Span]:
        """Phrases and regular expressions paragraph by paragraph: each paragraph's own view
        remembers what they found in it while it is unchanged (a keystroke re-reads one
        paragraph), so a term never runs across a blank line."""
        index = self._index.get(view.language)
        patterns = self.regexes.get(view.language, ())
        if index is None and not patterns:
            return []
        found: list[Span] = []
        for offset, paragraph in view.paragraphs:
            spans = paragraph.phrase_spans.get(self)
            if spans is None:
                spans = paragraph.phrase_spans[self] = self._find_in(paragraph, index, patterns)
            if spans:
                found += [(start + offset, end + offset) for start, end in spans]
        return found

    @staticmethod
    def _find_in(paragraph: TextView, index: _PhraseIndex | None, patterns: Sequence
                 ) -> list[Span]:
        spans = [span for i, phrase in index.starts(paragraph)
                 if (span := phrase.match_at(paragraph.words, i))] if index is not None else []
        for pattern in patterns:
            spans += [m.span() for m in pattern.finditer(paragraph.text) if m.end() > m.start()]
        return spans


def compile_terms(spec: Sequence[str] | Mapping[str, Sequence[str]],
                  lexicons: Mapping[str, Mapping[str, Sequence[str]]], *,
                  builtin: bool = True, builtin_lexicons: Collection[str] = ()) -> TermSet:
    """`spec` is a list (terms for every language) or a mapping fr/en/any → list. `builtin`
    says whether `spec` comes from a built-in pack; a term from lexicons is built-in when every
    lexicon it came through is in `builtin_lexicons`."""
    if isinstance(spec, Mapping):
        per_lang = {lang: [*spec.get(lang, ()), *spec.get("any", ())] for lang in LANGUAGES}
    else:
        per_lang = {lang: list(spec) for lang in LANGUAGES}
    phrases: dict[str, list[Phrase]] = {}
    regexes: dict[str, list] = {}
    for lang, raws in per_lang.items():
        for raw, through in _expand(raws, lang, lexicons, ()):
            if len(raw) > 2 and raw.startswith("/") and raw.endswith("/"):
                trusted = all(name in builtin_lexicons for name in through) if through else builtin
                regexes.setdefault(lang, []).append(compile_regex(raw, trusted))
            else:
                phrases.setdefault(lang, []).append(compile_phrase(raw))
    return TermSet(phrases, regexes)


def _expand(raws: Sequence[str], lang: str, lexicons: Mapping[str, Mapping[str, Sequence[str]]],
            seen: tuple[str, ...]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(term, the lexicons it came through)."""
    for raw in raws:
        raw = raw.strip()
        if not raw.startswith("@"):
            yield raw, seen
            continue
        name = raw[1:]
        if name in seen:
            raise TermError(f"lexicon @{name} includes itself ({' → '.join((*seen, name))}); "
                            "remove the loop")
        if name not in lexicons:
            known = ", ".join(sorted(lexicons)) or "none"
            raise TermError(f"unknown lexicon @{name}; known lexicons: {known}. Fix the name or "
                            f"add a file lexicons/{name}.yaml")
        lexicon = lexicons[name]
        yield from _expand([*lexicon.get(lang, ()), *lexicon.get("any", ())], lang, lexicons,
                           (*seen, name))
