"""The attribute ruler's index (companion/nlp/attribute_index.py) finds what spaCy's Matcher
finds, so tags, parts of speech, morphology and lemmas stay those of the models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from companion.nlp.attribute_index import index_attribute_ruler

TESTS = Path(__file__).resolve().parents[1]
#: posts of the repo's own development sets (the eval-dev corpus beside the repo is not in a
#: clone made elsewhere)
CORPORA = [*sorted(TESTS.glob("holdout*/corpus.jsonl")),
           TESTS / "retired-blind" / "policy-2" / "corpus.jsonl"]
#: the English ruler's multi-word and spelling patterns, spaces and line breaks
TRICKY = ["I ain't gonna lie, y'all gotta see this, c'mon let's go, nothin' to lose!",
          "There is a file.  There were two.\n\n\tIt's done; you know it, I got it, she gets it.",
          "  Espaces   doubles\n\n et retours à la ligne  ", "", "A", "🙂 #JusticePourTous"]


def _texts(lang: str) -> list[str]:
    posts = [json.loads(line) for corpus in CORPORA
             for line in corpus.read_text(encoding="utf-8").splitlines()]
    return [p["text"] for p in posts if p.get("lang") == lang] + TRICKY


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_index_finds_the_matchers_matches(pipeline, lang):
    nlp = pipeline._nlp_engine.nlp[lang]
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler), "the models are loaded with the index"
    before_ruler = [p for p in nlp.pipe_names if p != "attribute_ruler"][
        : nlp.pipe_names.index("attribute_ruler")]
    texts = _texts(lang)
    assert len(texts) > 100
    matched = 0
    for doc in nlp.pipe(texts, disable=[p for p in nlp.pipe_names if p not in before_ruler]):
        expected = AttributeRuler.match(ruler, doc)  # spaCy's own, through its Matcher
        assert ruler.match(doc) == expected, doc.text
        matched += len(expected)
    assert matched > 1000


def test_a_ruler_with_an_unread_pattern_keeps_the_matcher():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ok", "OP": "+"}]], {"NORM": "okay"})
    assert index_attribute_ruler(ruler) is False
    assert "match" not in vars(ruler)
    ruler.add([[{"LENGTH": 3}]], {"NORM": "xx"})
    assert [t.norm_ for t in nlp("ok ok the")] == ["okay", "okay", "xx"]


def test_an_indexed_ruler_sets_what_the_matcher_sets():
    import spacy

    patterns = [([[{"LOWER": {"IN": ["gon", "wan"]}}, {"LOWER": "na"}]], {"NORM": "going"}, 0),
                ([[{"IS_SPACE": True}]], {"NORM": "_sp_"}, 0),
                ([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"NORM": "nothing"}, 0),
                ([[{"LOWER": "na"}]], {"NORM": "to"}, 0)]  # later patterns win
    stock, indexed = spacy.blank("en"), spacy.blank("en")
    for nlp in (stock, indexed):
        ruler = nlp.add_pipe("attribute_ruler")
        for pattern, attrs, index in patterns:
            ruler.add(pattern, attrs, index)
    assert index_attribute_ruler(indexed.get_pipe("attribute_ruler")) is True
    text = "I'm gon na say nuthin  wan na go"
    assert [t.norm_ for t in indexed(text)] == [t.norm_ for t in stock(text)]
    assert [t.norm_ for t in indexed(text)][2:6] == ["going", "to", "say", "nothing"]
