"""A learned classifier over the twelve policy categories: the `classifier` detector kind.

Word lists find a breach said with the expected words; this model brings recall where the words
are not there (a veiled threat, a rumour by insinuation, a child made findable by details). It
is a multi-label logistic regression over a post's words, trained by
`scripts/train-policy-classifier` on the posts under `training/policy/` and
`tests/policy/data/` (fixed seed); the weights ship in the package, next to this module
(`data/policy-classifier.npz`), so nothing is downloaded or trained at run time.

Features (binary, hashed into 2**bits buckets): each word's lemma and surface form (lower-case,
accents removed, as rules match them), the four-letter pieces of longer words, each pair of
consecutive lemmas of a sentence, the signs of tone that are not words (each pictograph: 🙄, 👀,
👏; a word in scare quotes, an ellipsis, a doubled ! or ?), the personal-data types found in
the post and the language.
Not spaCy's entity labels: the French and English models label differently and tag capitalised
words at random in all-caps alerts and lists of names, and the model learned those tags as
evidence (posts by writers it had not seen raised more false alarms with them). A category's
score is the sigmoid of the bias plus the weights of the post's features; because the model is
linear, each sentence's share of that sum says which sentence carries the breach, and a finding
points at that sentence.

A breach buried in a long post: the ordinary sentences around it add their own weights, mostly
against every category, and can pull the post's score under the threshold. So each passage of
PASSAGE_SENTENCES consecutive sentences is also scored on its own (the same sum over its
sentences, plus the bias), and a category's score is the passage's when the model is nearly sure
of that passage (at least PASSAGE_FLOOR) and it beats the post's. Chosen on development posts:
training/policy/README.md, round 21.

Speed: features are computed once per paragraph and kept with the paragraph's view while it is
unchanged; a keystroke re-hashes the edited paragraph and sums at most a few thousand rows.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy

from companion.policy.model import CATEGORIES
from companion.policy.terms import Span
from companion.policy.textview import TextView

MODEL_PATH = Path(__file__).resolve().parent / "data" / "policy-classifier.npz"
_MEMO_KEY = "classifier features"
#: letters in a word piece: spellings nobody wrote in training (« chu », "gonna") share pieces
CHAR_GRAM = 4
#: a passage scored on its own: this many consecutive sentences, counted at this score or more
PASSAGE_SENTENCES = 2
PASSAGE_FLOOR = 0.95
#: tone said outside words, which irony and insinuation lean on ("his incredible "vision" 🤓",
#: « vraiment, on sent l'effort 👏👏 »): a pictograph, or a word in quotes, an ellipsis, !! or ??
_SIGN = re.compile(r"[\U0001F000-\U0001F3FA\U0001F400-\U0001FAFF\u2600-\u27BF]"
                   r"|(?P<quoted>[\"“«][ \u00a0\u202f]?[^\W\d_]+[ \u00a0\u202f]?[\"”»])"
                   r"|(?P<ellipsis>\.{3}|…)"
                   r"|(?P<exclaim>!{2,})|(?P<question>\?{2,})")


def feature_keys(view: TextView) -> list[tuple[str, int]]:
    """(feature, sentence) of a view's words, in order; a feature may repeat."""
    keys: list[tuple[str, int]] = []
    words = view.words
    for i, word in enumerate(words):
        keys.append(("w:" + word.lemma, word.sentence))
        if word.form != word.lemma:
            keys.append(("f:" + word.form, word.sentence))
        if i + 1 < len(words) and words[i + 1].sentence == word.sentence:
            keys.append(("b:" + word.lemma + "_" + words[i + 1].lemma, word.sentence))
        if len(word.form) > CHAR_GRAM:
            padded = f"<{word.form}>"
            keys += [("c:" + padded[j:j + CHAR_GRAM], word.sentence)
                     for j in range(len(padded) - CHAR_GRAM + 1)]
    keys += [("s:" + (m.lastgroup or m.group()), view.sentence_of(m.start()))
             for m in _SIGN.finditer(view.text)]
    return keys


def post_keys(view: TextView) -> list[tuple[str, int]]:
    """Features of the whole post that are not words: its personal data and its language."""
    keys = [("p:" + pii.type, view.sentence_of(pii.start)) for pii in view.ctx.pii]
    keys.append(("lang:" + view.language, 0))
    return keys


def bucket(key: str, bits: int) -> int:
    """A feature's row in the weight table (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8")) & ((1 << bits) - 1)


def post_features(view: TextView, bits: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(buckets, sentences): each feature of the post once, with the sentence where it first
    appears. Word features are computed per paragraph and kept with the paragraph's view."""
    buckets, sentences = [], []
    for offset, paragraph in view.paragraphs:
        local = paragraph.memo.get((_MEMO_KEY, bits))
        if local is None:
            local = paragraph.memo[_MEMO_KEY, bits] = _first_occurrences(
                [(bucket(key, bits), sentence) for key, sentence in feature_keys(paragraph)])
        buckets.append(local[0])
        sentences.append(local[1] + (view.sentence_of(offset) if paragraph is not view else 0))
    rest = [(bucket(key, bits), sentence) for key, sentence in post_keys(view)]
    buckets.append(numpy.array([b for b, _ in rest], dtype=numpy.int64))
    sentences.append(numpy.array([s for _, s in rest], dtype=numpy.int64))
    return _first_occurrences_of(numpy.concatenate(buckets), numpy.concatenate(sentences))


def _first_occurrences(pairs: list[tuple[int, int]]) -> tuple[numpy.ndarray, numpy.ndarray]:
    return _first_occurrences_of(numpy.array([b for b, _ in pairs], dtype=numpy.int64),
                                 numpy.array([s for _, s in pairs], dtype=numpy.int64))


def _first_occurrences_of(buckets: numpy.ndarray,
                          sentences: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Each bucket once, with the sentence of its first occurrence (the arrays are in order)."""
    unique, first = numpy.unique(buckets, return_index=True)
    return unique, sentences[first]


@dataclass(frozen=True)
class PostScores:
    """A post's score per category, and the sentence that carries most of each."""

    probabilities: dict[str, float]
    best_sentence: dict[str, int]


class PolicyClassifier:
    """The trained weights: one row of twelve per feature seen in training, a bias per
    category. Rows are stored compactly (float16 on disk); `lookup` maps a bucket to its row."""

    def __init__(self, bits: int, buckets: numpy.ndarray, weights: numpy.ndarray,
                 bias: numpy.ndarray, categories: tuple[str, ...]) -> None:
        self.bits = bits
        self.categories = categories
        self.lookup = numpy.full(1 << bits, -1, dtype=numpy.int32)
        self.lookup[buckets] = numpy.arange(len(buckets), dtype=numpy.int32)
        self.weights = numpy.vstack([weights.astype(numpy.float32),
                                     numpy.zeros((1, len(categories)), numpy.float32)])
        self.bias = bias.astype(numpy.float32)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> PolicyClassifier:
        with numpy.load(path, allow_pickle=False) as data:
            categories = tuple(str(c) for c in data["categories"])
            unknown = set(categories) - set(CATEGORIES)
            if unknown:
                raise ValueError(f"{path}: unknown categories {sorted(unknown)}")
            return cls(int(data["bits"]), data["buckets"], data["weights"], data["bias"],
                       categories)

    def logits(self, buckets: numpy.ndarray, sentences: numpy.ndarray,
               n_sentences: int) -> numpy.ndarray:
        """Each sentence's share of each category's logit (n_sentences × categories); the
        bias is not in it."""
        shares = numpy.zeros((n_sentences, len(self.categories)), numpy.float32)
        if not len(buckets):
            return shares
        order = numpy.argsort(sentences, kind="stable")
        by_sentence = sentences[order]
        starts = numpy.flatnonzero(numpy.r_[True, by_sentence[1:] != by_sentence[:-1]])
        shares[by_sentence[starts]] = numpy.add.reduceat(
            self.weights[self.lookup[buckets[order]]], starts, axis=0)
        return shares

    def scores(self, view: TextView) -> PostScores:
        """The post's scores, computed once per view (every rule of a pack asks)."""
        memo = view.memo.get((_MEMO_KEY, id(self)))
        if memo is None:
            buckets, sentences = post_features(view, self.bits)
            shares = self.logits(buckets, sentences, len(view.sentence_starts))
            probabilities = _sigmoid(shares.sum(axis=0) + self.bias)
            best = shares.argmax(axis=0)
            if len(shares) > PASSAGE_SENTENCES:
                passages = _sigmoid(_passage_sums(shares) + self.bias)
                passage = passages.argmax(axis=0)  # each category's surest passage
                columns = numpy.arange(len(self.categories))
                surest = passages[passage, columns]
                surer = (surest >= PASSAGE_FLOOR) & (surest > probabilities)
                probabilities = numpy.where(surer, surest, probabilities)
                rows = passage[:, None] + numpy.arange(PASSAGE_SENTENCES)
                within = shares[rows, columns[:, None]]
                best = numpy.where(surer, passage + within.argmax(axis=1), best)
            memo = view.memo[_MEMO_KEY, id(self)] = PostScores(
                {c: float(p) for c, p in zip(self.categories, probabilities, strict=True)},
                {c: int(b) for c, b in zip(self.categories, best, strict=True)})
        return memo


def _sigmoid(logits: numpy.ndarray) -> numpy.ndarray:
    return 1.0 / (1.0 + numpy.exp(-logits))


def _passage_sums(shares: numpy.ndarray) -> numpy.ndarray:
    """Each run of PASSAGE_SENTENCES consecutive sentences' summed shares (one row per run)."""
    totals = numpy.vstack([numpy.zeros((1, shares.shape[1]), shares.dtype),
                           numpy.cumsum(shares, axis=0)])
    return totals[PASSAGE_SENTENCES:] - totals[:-PASSAGE_SENTENCES]


@lru_cache(maxsize=1)
def shipped_classifier() -> PolicyClassifier:
    """The model shipped in the package, loaded once (on first use by a rule)."""
    return PolicyClassifier.load(MODEL_PATH)


def sentence_span(view: TextView, sentence: int) -> Span:
    """The text of one sentence of the view, without surrounding white space."""
    starts = view.sentence_starts
    start = starts[sentence]
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(view.text)
    text = view.text[start:end]
    stripped = text.strip()
    if not stripped:
        return start, end
    lead = len(text) - len(text.lstrip())
    return start + lead, start + lead + len(stripped)
