"""Docs of consecutive pieces of a text (sentences, paragraphs), joined without walking tokens.

The pipeline caches one processed doc per sentence and per paragraph and joins them into the
doc of the whole post on every request. `spacy.tokens.Doc.from_docs` would create a Python
object for every token of every piece each time; a `Piece` keeps, once, what joining needs
(words, spaces, the attribute array) and what Presidio's NlpArtifacts hold (lemmas, token
offsets, context keywords), so a join is one `Doc(words, spaces)` and one `from_array`.
The joined doc equals Doc.from_docs(docs, ensure_whitespace=False) (tests/pipeline).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import SPACY
from spacy.tokens import Doc

#: Everything Doc.from_docs copies (the token attributes of Doc.to_array), and the spaces.
ATTRS: list[int] = list(dict.fromkeys([*Doc._get_array_attrs(), SPACY]))
_NO_TENSOR = numpy.zeros((0,), dtype="float32")


@dataclass(frozen=True, eq=False)
class Piece:
    """A processed doc and its parts; read-only once made (pieces are cached and shared)."""

    doc: Doc
    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    array: numpy.ndarray
    lemmas: tuple[str, ...]
    offsets: tuple[int, ...]  # each token's start in the piece's text
    keywords: tuple[str, ...]  # NlpArtifacts.keywords of the lemmas
    #: len(doc.text), kept: Doc.text walks every token (a join needs each piece's length)
    length: int


def make_piece(doc: Doc, engine: SpacyNlpEngine, language: str) -> Piece:
    """Walks the doc once. Drops its tensor: nothing downstream reads it, it costs memory."""
    doc.tensor = _NO_TENSOR
    tokens = list(doc)
    lemmas = tuple(t.lemma_ for t in tokens)
    array = doc.to_array(ATTRS)
    array.flags.writeable = False
    return Piece(
        doc=doc,
        words=tuple(t.text for t in tokens),
        spaces=tuple(bool(t.whitespace_) for t in tokens),
        array=array,
        lemmas=lemmas,
        offsets=tuple(t.idx for t in tokens),
        keywords=tuple(NlpArtifacts.set_keywords(engine, list(lemmas), language)),
        length=len(doc.text),
    )


def join(pieces: Sequence[Piece]) -> Piece:
    """The piece of the concatenated text; a lone piece as is."""
    if len(pieces) == 1:
        return pieces[0]
    vocab = pieces[0].doc.vocab
    words = tuple(w for p in pieces for w in p.words)
    spaces = tuple(s for p in pieces for s in p.spaces)
    doc = Doc(vocab, words=list(words), spaces=list(spaces))
    array = numpy.concatenate([p.array for p in pieces])
    doc.from_array(ATTRS, array)
    array.flags.writeable = False
    offsets: list[int] = []
    shift = 0
    for p in pieces:
        offsets.extend(o + shift for o in p.offsets)
        shift += p.length
    return Piece(
        doc=doc, words=words, spaces=spaces, array=array,
        lemmas=tuple(x for p in pieces for x in p.lemmas),
        offsets=tuple(offsets),
        keywords=tuple(k for p in pieces for k in p.keywords),
        length=shift,
    )


@dataclass(frozen=True, eq=False)
class Segment:
    """A paragraph of the analysed text and its piece, for the steps that look at the whole
    post: what they compute from the paragraph alone goes in `memo` (by a key of their own),
    which lives as long as the paragraph stays in the pipeline's cache, so that typing in one
    paragraph does not redo that work for the others."""

    offset: int
    text: str
    piece: Piece
    memo: dict[object, object]


class _Artifacts(NlpArtifacts):
    """NlpArtifacts whose keywords were computed with the piece (same values), and the
    paragraphs the text was analysed in (empty when it was analysed whole)."""

    def __init__(self, *, keywords: tuple[str, ...], segments: Sequence[Segment] = (),
                 **kwargs) -> None:
        self._keywords = keywords
        self.segments = tuple(segments)
        super().__init__(**kwargs)

    def set_keywords(self, nlp_engine, lemmas, language) -> list[str]:  # type: ignore[override]
        return list(self._keywords)


def artifacts(piece: Piece, engine: SpacyNlpEngine, language: str,
              segments: Sequence[Segment] = ()) -> NlpArtifacts:
    """What SpacyNlpEngine.process_text would return for the piece's doc (plus `segments`)."""
    doc = piece.doc
    entities, scores = engine._get_updated_entities(
        engine._get_entities(doc), engine._get_scores_for_entities(doc))
    return _Artifacts(keywords=piece.keywords, segments=segments, entities=entities, tokens=doc,
                      tokens_indices=list(piece.offsets), lemmas=list(piece.lemmas),
                      nlp_engine=engine, language=language, scores=scores)
