"""A word-level view of a post that rules match against.

Words are the runs of letters/digits inside spaCy tokens, so a term written in a YAML file
("envoyez-lui", "l'enfant") splits the same way as the post, whatever the tokenizer does with
hyphens and apostrophes; hashtags are split at capitals (#FièreDeNadia → fière, de, nadia).
Each word keeps its lower-case, accent-free surface form and the lemma of its token
("clientes" → "client"), its character offsets and its sentence. Sentences are the
sentencizer's, further cut at line breaks (posts put one idea per line).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from functools import cached_property, lru_cache
from typing import NamedTuple

from companion.policy.model import PolicyContext

_WORD = re.compile(r"\w+")
#: a `word*` term is looked up by its first letters
PREFIX_KEY = 2
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
_LINE_BREAK = re.compile(r"\n+")
#: words run together in a hashtag: #FièreDeNadia → Fière, De, Nadia
_CAMEL_WORD = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-ÖØ-Þ]*|\d+")
_NEGATIVE_CONTRACTION = re.compile(r"n['’]t\b")


def expand_contractions(text: str) -> str:
    """English "n't" is the word "not" ("don't" → "do not"), as spaCy splits it."""
    return _NEGATIVE_CONTRACTION.sub(" not", text)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, without accents or ligatures: "Désobligeant" → "desobligeant", cœur → coeur."""
    if text.isascii():  # most words: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.lower().translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Word(NamedTuple):
    """A word of the post (a tuple: made by the thousand on every keystroke)."""

    form: str
    lemma: str
    start: int
    end: int
    sentence: int

    @property
    def keys(self) -> set[str]:
        """What a plain term word may equal: the form, the lemma, the form without a plural
        -s/-x (lemmatizers miss some: « survivantes » → "survivant", not "survivante")."""
        return {self.form, self.lemma, singular(self.form)}


def singular(form: str) -> str:
    return form[:-1] if len(form) > 3 and form[-1] in "sx" else form


class TextView:
    """The words and sentences of a post. When the post was analysed paragraph by paragraph
    (ctx.segments), each paragraph also has a view of its own, kept with the paragraph while it
    is unchanged, with the phrases found in it (see TermSet.find): a phrase is a run of words
    within one paragraph."""

    def __init__(self, ctx: PolicyContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.language = ctx.language
        self.sentence_starts = _sentence_starts(ctx)
        self._paragraphs = [(segment.offset, _paragraph_view(segment, ctx.language))
                            for segment in ctx.segments]
        if self._paragraphs:
            # A paragraph starts a sentence: its sentences follow those of the paragraphs before.
            self.words = []
            for offset, view in self._paragraphs:
                first = self.sentence_of(offset)
                self.words += [Word(form, lemma, start + offset, end + offset, sentence + first)
                               for form, lemma, start, end, sentence in view.words]
        else:
            self.words = _words(ctx.doc, self.sentence_starts)
        self.word_starts = [w.start for w in self.words]
        #: results of conditions on this post, by condition id (see conditions.cached_find)
        self.cache: dict[int, list[tuple[int, int]]] = {}
        #: the spans each term set found in this view (see TermSet.find)
        self.phrase_spans: dict[object, list[tuple[int, int]]] = {}
        #: what other detectors work out once per view (the classifier's features and scores)
        self.memo: dict[object, object] = {}

    @property
    def paragraphs(self) -> list[tuple[int, TextView]]:
        """(offset, view) of each paragraph; this view alone when there are no paragraphs."""
        return self._paragraphs or [(0, self)]

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Word indices by surface form and by lemma (and singular form)."""
        positions: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.words):
            for key in word.keys:
                positions[key].append(i)
        return positions

    @cached_property
    def prefix_positions(self) -> dict[str, list[int]]:
        """Word indices by the first letters of their form and lemma (for `word*`)."""
        positions: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.words):
            for key in {word.form[:PREFIX_KEY], word.lemma[:PREFIX_KEY]}:
                positions[key].append(i)
        return positions

    def sentence_of(self, char: int) -> int:
        return bisect_right(self.sentence_starts, char) - 1

    def word_at(self, char: int) -> int:
        """Index of the word containing `char`, or of the next word (len(words) if none)."""
        i = bisect_right(self.word_starts, char) - 1
        if i >= 0 and self.words[i].end > char:
            return i
        return i + 1

    @cached_property
    def entities(self) -> list[tuple[str, int, int]]:
        """spaCy's entities that hold a letter: the tagger sometimes labels an emoji or a
        number a place (« 🥹 » as LOC), which no rule means by a place."""
        doc = self.ctx.doc
        return [(ent.label_, ent.start_char, ent.end_char) for ent in getattr(doc, "ents", ())
                if any(ch.isalpha() for ch in ent.text)]


_MEMO_KEY = "policy view"


def _paragraph_view(segment, language: str) -> TextView:
    """The view of a paragraph (companion.nlp.joined.Segment), made once per paragraph."""
    view = segment.memo.get((_MEMO_KEY, language))
    if view is None:
        view = segment.memo[_MEMO_KEY, language] = TextView(
            PolicyContext(text=segment.text, language=language, doc=segment.piece.doc))
    return view


def _sentence_starts(ctx: PolicyContext) -> list[int]:
    starts = {0}
    doc = ctx.doc
    if doc is not None and doc.has_annotation("SENT_START"):
        starts.update(sent.start_char for sent in doc.sents)
    starts.update(m.end() for m in _LINE_BREAK.finditer(ctx.text))
    return sorted(s for s in starts if s < max(len(ctx.text), 1))


def _words(doc, sentence_starts: list[int]) -> list[Word]:
    words: list[Word] = []
    after_hash = -1  # offset just past a "#" token
    for token in doc:
        text = token.text
        if _NEGATIVE_CONTRACTION.fullmatch(text.lower()):
            words.append(Word("not", "not", token.idx, token.idx + len(text),
                              bisect_right(sentence_starts, token.idx) - 1))
            continue
        in_hashtag = text.startswith("#") or token.idx == after_hash
        after_hash = token.idx + 1 if text == "#" else -1
        chunks = list((_CAMEL_WORD if in_hashtag else _WORD).finditer(text))
        lemma = fold(token.lemma_) if len(chunks) == 1 and token.lemma_.strip() else ""
        for chunk in chunks:
            form = fold(chunk.group())
            start = token.idx + chunk.start()
            words.append(Word(
                form=form,
                lemma=lemma or form,
                start=start,
                end=token.idx + chunk.end(),
                sentence=bisect_right(sentence_starts, start) - 1,
            ))
    return words
