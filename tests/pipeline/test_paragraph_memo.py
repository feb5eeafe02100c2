"""The whole-post steps (PERSON, policy rules) reuse what they derived from each unchanged
paragraph. Looking at a post paragraph by paragraph must find exactly what looking at it whole
finds, and typing in one paragraph must not redo the work for the others."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from companion.nlp.joined import Segment, artifacts, join
from companion.policy import PiiSpan, PolicyContext
from companion.policy.textview import TextView
from companion.recognizers.person import PersonRecognizer

DATA = Path(__file__).resolve().parents[1]
CORPORA = [DATA / "policy" / "data" / "policy_corpus.jsonl", DATA / "holdout" / "corpus.jsonl"]


def _posts_by_language() -> dict[str, list[dict]]:
    by_language: dict[str, list[dict]] = {"fr": [], "en": []}
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            post = json.loads(line)
            by_language[post["lang"]].append(post)
    return by_language


def _long_posts(count: int = 40) -> list[tuple[str, str, str]]:
    """(language, policy, text): three posts of one language and policy, one per paragraph."""
    rnd = random.Random(11)
    out = []
    for lang, posts in _posts_by_language().items():
        for _ in range(count // 2):
            first = rnd.choice(posts)
            same = [p for p in posts if p["policy"] == first["policy"]]
            text = "\n\n".join([first["text"], rnd.choice(same)["text"], rnd.choice(same)["text"]])
            out.append((lang, first["policy"], text))
    return out


LONG_POSTS = _long_posts()


def _paragraphs(pipeline, text: str, lang: str):
    """The text as the pipeline analyses it (normalized), its paragraphs, and the doc joined
    from them."""
    request = pipeline._prepare(text, lang, None, (), ())
    pipeline._analyse_paragraphs([request])
    segments = [Segment(offset, piece, paragraph.piece, {})
                for (offset, piece), paragraph in zip(request.pieces, request.found, strict=True)]
    return (request.normalized.text, segments,
            join([paragraph.piece for paragraph in request.found]))


@pytest.mark.parametrize(("lang", "policy", "text"), LONG_POSTS)
def test_names_found_paragraph_by_paragraph_are_the_names_found_whole(pipeline, lang, policy,
                                                                      text):
    text, segments, whole = _paragraphs(pipeline, text, lang)
    engine = pipeline._nlp_engine
    recognizer = PersonRecognizer(lang)

    def names(with_segments):
        found = recognizer.analyze(text, ["PERSON"], artifacts(
            whole, engine, lang, segments if with_segments else ()))
        return [(r.start, r.end, r.score) for r in found]

    assert names(True) == names(False)


@pytest.mark.parametrize(("lang", "policy", "text"), LONG_POSTS)
def test_rules_fired_paragraph_by_paragraph_are_the_rules_fired_whole(pipeline, lang, policy,
                                                                      text):
    result = pipeline.analyze(text, language=lang, policy=policy)
    text, segments, whole = _paragraphs(pipeline, text, lang)
    pii = [PiiSpan(f.type, f.start, f.end, f.text) for f in result.findings
           if f.kind == "pii" and text[f.start:f.end] == f.text]
    pack = pipeline.catalog.get(policy)

    def hits(with_segments):
        return pack.evaluate(PolicyContext(text=text, language=lang, doc=whole.doc, pii=pii,
                                           segments=segments if with_segments else ()))

    def view(with_segments):
        return TextView(PolicyContext(text=text, language=lang, doc=whole.doc, pii=pii,
                                      segments=segments if with_segments else ()))

    assert view(True).words == view(False).words  # offsets, lemmas and sentences alike
    whole_hits = hits(False)
    assert hits(True) == whole_hits
    assert hits(True) == whole_hits  # again, from what the paragraphs remember


def test_typing_in_one_paragraph_leaves_the_others_remembered(pipeline):
    first, second = ("Ma cliente Marie Tremblay a gagné sa cause contre son employeur.",
                     "Merci à Me Sophie Bélanger pour son aide au dossier de Julie Roy.")
    pipeline.analyze(f"{first}\n\n{second}", policy="barreau-qc")
    remembered = pipeline.paragraph_cache.get(("fr", second))
    assert remembered is not None and remembered.memo  # words and phrases of the paragraph
    memo = dict(remembered.memo)

    typed = pipeline.analyze(f"{first} Bravo\n\n{second}", policy="barreau-qc")

    assert pipeline.paragraph_cache.get(("fr", second)).memo == memo  # not redone
    assert {f.text for f in typed.findings if f.type == "PERSON"} == {
        "Marie Tremblay", "Me Sophie Bélanger", "Julie Roy"}
