"""The speed settings of companion/nlp/runtime.py change nothing that is detected."""

from __future__ import annotations

import re

import pytest

from companion.nlp.runtime import _LARGE_PATTERN, factor_alternation


@pytest.fixture(scope="module")
def french_token_match() -> str:
    """spaCy's French TOKEN_MATCH pattern, rebuilt as spacy/lang/fr/tokenizer_exceptions.py
    builds it (the module compiled our factored form, if the models are loaded)."""
    from spacy.lang.fr import tokenizer_exceptions

    pattern = "(?iu)" + "|".join(f"(?:{m})" for m in tokenizer_exceptions._regular_exp)
    assert len(pattern) > _LARGE_PATTERN
    return pattern


def _example(alternative: str) -> str:
    """A string the anchored alternative should match: each class becomes its first member,
    optional parts are dropped."""
    text = re.sub(r"\(\?:[^()]*\)\?", "", alternative)
    text = re.sub(r"\[([^\]\\]|\\.)[^\]]*\]\*", "", text)
    text = re.sub(r"\[([^\]\\])[^\]]*\][+]?", r"\1", text)
    text = re.sub(r".\?", "", text)
    return re.sub(r"[\^$()?:|]", "", text)


def test_factored_token_match_matches_the_same_tokens(french_token_match):
    factored = factor_alternation(french_token_match)
    assert factored is not None
    assert len(factored) < len(french_token_match) / 10
    slow, fast = re.compile(french_token_match), re.compile(factored)  # slow: seconds
    from spacy.lang.fr import tokenizer_exceptions

    examples = [_example(m) for m in tokenizer_exceptions._regular_exp]
    words = [*examples, *(e.upper() for e in examples), *(e[:-1] for e in examples),
             *(e + "-x" for e in examples), *("x" + e for e in examples),
             "saut-de-ski", "pet-en-l'air", "Jean-François", "sous-ministre", "aujourd'hui",
             "c'est", "rendez-vous", "Saint-Jean-sur-Richelieu", "arc-en-ciel", "abc", "-", "'"]
    matched = 0
    for word in words:
        expected = bool(slow.match(word))
        assert bool(fast.match(word)) == expected, word
        matched += expected
    assert matched > len(examples) / 2  # the examples do exercise the alternatives


def test_other_patterns_are_left_alone():
    assert factor_alternation("abc") is None
    assert factor_alternation(r"(?:^a(b)\1)|(?:^c)") is None  # a backreference
    assert factor_alternation("(?:^a[bc]$)|(?:^d[bc]$)") == "(?:^a[bc]$)|(?:^d[bc]$)"


def test_models_run_with_numpy_gemm_and_a_small_tokenizer_pattern(pipeline):
    nlp = pipeline._nlp_engine.nlp
    for model in nlp.values():
        assert model.get_pipe("tok2vec").model.ops.use_blis is False
        assert "parser" not in model.pipe_names
    tokens = [t.text for t in nlp["fr"]("Le saut-de-ski d'aujourd'hui à Saint-Jean-sur-Richelieu")]
    assert "saut-de-ski" in tokens and "aujourd'hui" in tokens


def test_joined_pieces_equal_spacy_from_docs(pipeline):
    from spacy.tokens import Doc

    from companion.nlp.joined import ATTRS, artifacts, join, make_piece
    from companion.nlp.segments import sentences

    engine = pipeline._nlp_engine
    text = ("Ma cliente Marie Tremblay habite à Laval. Elle a appelé Me Sophie Bélanger! "
            "Son numéro? 514-555-0199.\n\nMerci à Julie Roy 😊 et à M. Gagnon.")
    docs = [engine.nlp["fr"](s) for _, s in sentences(text)]
    expected = Doc.from_docs(docs, ensure_whitespace=False)
    joined = join([make_piece(d, engine, "fr") for d in docs])
    assert joined.doc.text == text
    assert (joined.doc.to_array(ATTRS) == expected.to_array(ATTRS)).all()
    assert [(e.start_char, e.end_char, e.label_) for e in joined.doc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in expected.ents]
    assert [s.start for s in joined.doc.sents] == [s.start for s in expected.sents]
    fast = artifacts(joined, engine, "fr")
    slow = engine._doc_to_nlp_artifact(expected, "fr")
    assert fast.lemmas == slow.lemmas and fast.tokens_indices == slow.tokens_indices
    assert fast.keywords == slow.keywords and fast.scores == slow.scores
    assert [(e.start_char, e.label_) for e in fast.entities] == \
        [(e.start_char, e.label_) for e in slow.entities]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_memoized_lemmas_are_the_lemmatizers(pipeline, lang):
    nlp = pipeline._nlp_engine.nlp[lang]
    lemmatizer = nlp.get_pipe("lemmatizer")
    text = ("Les avocates de Marie Tremblay plaidaient hier; elles sont allées à Laval. "
            "The lawyers were pleading; she went to the courthouses and called 514-555-0199.")
    for _ in range(2):  # cold, then remembered
        for token in nlp(text):
            assert lemmatizer.lemmatize(token) == type(lemmatizer).rule_lemmatize(lemmatizer, token)


SAMPLES = {
    "fr": ["Ma cliente Marie Tremblay, née le 3 mars 2016, habite au 1234, boul. Saint-Laurent "
           "à Trois-Rivières (H2X 1Y4). Aujourd'hui, elles sont allées voir Me Sophie Bélanger!",
           "Les avocates plaidaient hier; c'est l'arc-en-ciel du saut-de-ski. Étaient-elles là?",
           "Appelez-moi au 514-555-0199 ou écrivez à m.tremblay@example.com 😊 #MerciJulie"],
    "en": ["My client Mary Smith, born on May 3, 2016, lives at 12 Main Street in Toronto. "
           "I ain't gonna say more, let's wait; the dogs were barking!",
           "Dr. Kevin Kelly's files were sent to the Wilson family at 10 a.m. on Monday.",
           "Call (418) 555-0123 or email k.kelly@example.com 🎉 #ThanksHope"],
}


def _attributes(doc) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, str(t.morph), t.ent_iob_, t.ent_type_, t.norm_,
             t.is_stop, t.is_sent_start, t.whitespace_) for t in doc]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_loaded_models_annotate_like_stock_spacy(pipeline, lang):
    """Our loading (no string table, compact lemma table, factored tokenizer regex, memoized
    lemmas, numpy matrix products) against spaCy's own, BLIS included, parser excluded (both
    with the NER weights trained here)."""
    import spacy
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    from companion.nlp.casing_ner import use_casing_ner
    from companion.nlp.engine import MODEL_VERSIONS, MODELS

    ours = pipeline._nlp_engine.nlp[lang]
    previous = get_current_ops()
    set_current_ops(NumpyOps(use_blis=True))
    try:
        stock = spacy.load(MODELS[lang], exclude=["parser", "senter"])
    finally:
        set_current_ops(previous)
    use_casing_ner(stock, MODELS[lang], MODEL_VERSIONS[MODELS[lang]])
    stock.add_pipe("sentencizer")
    assert len(stock.vocab.strings) > 10 * len(ours.vocab.strings) or lang == "en"
    for text in SAMPLES[lang]:
        assert _attributes(ours(text)) == _attributes(stock(text)), text


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les intervenantes ont rencontré trois enfants placés; elles reviendront jeudi. "
           "Mes clientes Tremblay-Gagnon contestaient les décisions rendues."),
    ("en", "The caseworkers were meeting three children; she'd called the lawyers' offices "
           "twice and they're appealing the rulings."),
])
def test_lemmas_from_the_set_index_equal_those_from_spacys_lists(pipeline, lang, text):
    from spacy.lookups import Table

    lemmatizer = pipeline._nlp_engine.nlp[lang].get_pipe("lemmatizer")
    doc = pipeline._nlp_engine.nlp[lang](text)
    with_sets = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in with_sets.values())
    as_lists = Table("lemma_index", {pos: sorted(words) for pos, words in with_sets.items()})

    def lemmas(table):
        lemmatizer.lookups._tables["lemma_index"] = table
        lemmatizer.cache.clear()
        return [lemmatizer.rule_lemmatize(token) for token in doc]

    try:
        assert lemmas(as_lists) == lemmas(with_sets)
    finally:
        lemmatizer.lookups._tables["lemma_index"] = with_sets
        lemmatizer.cache.clear()
