"""The per-sentence and per-paragraph caches never change a result: after any edit, an analysis
that reuses what was cached equals a cold analysis of the same text (caches cleared)."""

from __future__ import annotations

import random

import pytest

from companion.nlp.segments import paragraphs, sentences

FR_POST = (
    "Grosse semaine au bureau! Ma cliente Marie Tremblay m'a appelée au 514-555-0199 pour "
    "son dossier de garde. Elle habite au 1234, rue Principale, H2X 1Y4.\n\n"
    "Me Sophie Bélanger plaide demain au palais de justice de Laval 😊 Tremblay est confiante. "
    "Son NAS? 046 454 286, c'est noté.\n\n"
    "La petite Léa, née le 3 mars 2016, a enfin sa chambre chez sa tante.\u200b #MerciJulie\n"
    "Julie Gagnon, intervenante"
)
EN_POST = (
    "Long day in court. My client Mary Smith called me at (418) 555-0123 about her custody "
    "file. She lives at 12 Main Street, Toronto.\n\n"
    "Dr. Kevin Kelly joins the team on Monday 🎉 Kelly will handle intake. Email "
    "k.kelly@example.com or call +1 819 555 0147.\n\n"
    "Little Emma, born on May 3, 2016, now has her own room. #ThanksHope\nHope Nakamura"
)
POSTS = {"fr": FR_POST, "en": EN_POST}


def _body(result) -> dict:
    body = result.to_json(result.language)
    del body["elapsed_ms"]
    return body


def _assert_same_as_cold(pipeline, before: str, after: str, **options) -> int:
    pipeline.analyze(before, **options)  # what the user typed so far, now cached
    hits_before = pipeline.sentence_cache.hits + pipeline.paragraph_cache.hits
    warm = pipeline.analyze(after, **options)
    reused = pipeline.sentence_cache.hits + pipeline.paragraph_cache.hits - hits_before
    pipeline.clear_caches()
    cold = pipeline.analyze(after, **options)
    assert _body(warm) == _body(cold), f"edit {before!r} → {after!r}"
    return reused


def _edits(text: str) -> dict[str, str]:
    middle = text.index("\n\n")
    name = text.index("Tremblay") if "Tremblay" in text else text.index("Smith")
    sentence_end = text.index(". ") + 1
    return {
        "append": text + "!",
        "insert in a sentence": text[:40] + "x" + text[40:],
        "delete a character": text[:40] + text[41:],
        "type inside a name": text[:name + 3] + "e" + text[name + 3:],
        "split a paragraph": text[:sentence_end] + "\n\n" + text[sentence_end + 1:],
        "merge paragraphs": text[:middle] + " " + text[middle + 2:],
        "add an emoji": text[:middle] + " 👍🏽" + text[middle:],
        "start a sentence": text[:sentence_end] + " Puis" + text[sentence_end:],
        "zero-width space in a name": text[:name + 2] + "\u200b" + text[name + 2:],
        "delete a paragraph": text[middle + 2:],
        "name seen elsewhere": text + "\n\nMerci " + text[name:name + 8] + "!",
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("policy", [None, "barreau-qc"])
def test_each_kind_of_edit_gives_the_cold_result(pipeline, lang, policy):
    text = POSTS[lang]
    reused = 0
    for after in _edits(text).values():
        reused += _assert_same_as_cold(pipeline, text, after, policy=policy)
    assert reused > 0  # the cache was used: the comparison means something


def test_random_typing_gives_the_cold_result(pipeline):
    rnd = random.Random(20240501)
    text = FR_POST
    alphabet = "abcdeéè ,.!?'\n0123456789ABCMT😊"
    for _ in range(25):
        position = rnd.randrange(len(text) + 1)
        action = rnd.random()
        if action < 0.5:
            after = text[:position] + rnd.choice(alphabet) + text[position:]
        elif action < 0.8 and position < len(text):
            after = text[:position] + text[position + 1:]
        else:
            after = text[:position] + rnd.choice([". Ma cliente Julie Roy", "\n\n", " 514-555-"]) \
                + text[position:]
        _assert_same_as_cold(pipeline, text, after, policy="barreau-qc")
        text = after


def test_name_lists_apply_after_the_cache(pipeline):
    text = FR_POST
    plain = pipeline.analyze(text)
    assert any(f.text == "Marie Tremblay" for f in plain.findings)
    never = pipeline.analyze(text, never_flag=["Marie Tremblay"])
    assert not any(f.text == "Marie Tremblay" for f in never.findings)
    always = pipeline.analyze(text + " Coco", always_flag=["Coco"])
    assert any(f.text == "Coco" for f in always.findings)
    pipeline.clear_caches()
    assert _body(pipeline.analyze(text, never_flag=["Marie Tremblay"])) == _body(never)


def test_batch_gives_the_results_of_single_analyses(pipeline):
    items = [{"text": POSTS["fr"], "policy": "barreau-qc"}, {"text": POSTS["en"]},
             {"text": POSTS["fr"][:120], "language": "fr"}, {"text": "", "policy": None},
             {"text": "Bonjour", "policy": "no-such-pack"}]
    pipeline.clear_caches()
    batch = pipeline.analyze_many(items)
    assert isinstance(batch[4], KeyError)
    for item, result in zip(items[:4], batch[:4], strict=True):
        pipeline.clear_caches()
        single = pipeline.analyze(item["text"], language=item.get("language") or "auto",
                                  policy=item.get("policy"))
        assert _body(result) == _body(single)


def test_caches_stay_within_their_bounds(pipeline):
    rnd = random.Random(3)
    for i in range(40):
        words = " ".join(rnd.choice(["Marie", "Julie", "appelle", "demain", "Laval"])
                         for _ in range(8))
        pipeline.analyze(f"Phrase {i}. {words}.\n\nParagraphe {i}! {words}?")
    long_post = "Marie Tremblay appelle demain à Laval. " * 2000  # 78,000 characters
    pipeline.analyze(long_post + "\n\n" + long_post.upper())
    for cache in (pipeline.sentence_cache, pipeline.paragraph_cache, pipeline.policy_cache):
        assert len(cache) <= cache.max_entries
        assert cache.weight <= cache.max_weight


def test_lru_cache_bounds():
    from companion.cache import LruCache

    cache = LruCache(3, max_weight=10)
    for key in "abcd":
        cache.put(key, key.upper(), 2)
    assert cache.get("a") is None and cache.get("d") == "D" and len(cache) == 3
    cache.put("e", "E", 6)  # over weight: the least recently used go
    assert cache.weight <= 10 and cache.get("e") == "E" and cache.get("b") is None
    cache.put("huge", "H", 11)  # alone over the bound: not kept
    assert cache.get("huge") is None


@pytest.mark.parametrize("text", [FR_POST, EN_POST, "", "   ", "a.\n\nb", "M. Tremblay. Fin.",
                                  "x\n \n\n Y. Z! ?"])
def test_segments_cover_the_text_and_nest(text):
    paras = paragraphs(text)
    assert "".join(p for _, p in paras) == text
    for offset, paragraph in paras:
        assert text[offset:offset + len(paragraph)] == paragraph
        assert "".join(s for _, s in sentences(paragraph)) == paragraph
    # every paragraph cut is a sentence cut
    sentence_starts = {offset for offset, _ in sentences(text)}
    assert {offset for offset, _ in paras} <= sentence_starts


def test_sentence_cuts_respect_abbreviations():
    cuts = [s for _, s in sentences("Me Sophie Bélanger et M. Tremblay vivent au 12, boul. "
                                    "Saint-Laurent. Dr. Smith aussi! Merci.")]
    assert cuts == ["Me Sophie Bélanger et M. Tremblay vivent au 12, boul. Saint-Laurent. ",
                    "Dr. Smith aussi! ", "Merci."]


def test_concurrent_analyses_share_the_caches_safely(pipeline):
    from concurrent.futures import ThreadPoolExecutor

    texts = [POSTS["fr"], POSTS["en"]] + [e for post in POSTS.values()
                                          for e in list(_edits(post).values())[:4]]
    pipeline.clear_caches()
    expected = [_body(pipeline.analyze(t, policy="barreau-qc")) for t in texts]
    pipeline.clear_caches()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: _body(pipeline.analyze(t, policy="barreau-qc")),
                            texts * 3))
    assert got == expected * 3


@pytest.mark.parametrize("unit", ["!?.", ".", ". ", "\n", " \n", ".)", ". » ", "x. X", "M. ",
                                  "\n \n", "…", "a.\n\nb"])
def test_segmentation_is_linear_on_hostile_walls(unit):
    import time

    def seconds(length: int) -> float:
        text = unit * (length // len(unit))
        started = time.perf_counter()
        assert "".join(s for _, s in sentences(text)) == text
        paragraphs(text)
        return time.perf_counter() - started

    assert seconds(100_000) < 2.0  # a backtracking cut took minutes on "!?." * 33_333


def test_long_paragraphs_and_sentences_are_cut_into_bounded_pieces_that_tile_the_text():
    from companion.nlp.segments import MAX_PARAGRAPH, MAX_SENTENCE, paragraphs, sentences

    digits = (" ".join("1234567890") + " ") * 1000
    prose = "Bonjour Marie. " * 700
    for text in (digits, prose, "x" * 12_000):
        pieces = paragraphs(text)
        assert "".join(p for _, p in pieces) == text
        assert all(len(p) <= MAX_PARAGRAPH for _, p in pieces)
        assert all(len(s) <= MAX_SENTENCE for _, p in pieces for _, s in sentences(p))
    assert all(p.endswith("Marie. ") for _, p in paragraphs(prose))
