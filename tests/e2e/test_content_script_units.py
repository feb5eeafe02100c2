"""The content scripts' text arithmetic, run in the browser: code points to UTF-16 offsets, and
carrying finding spans across later edits (a stale answer must not paint over newer text), the words
offered in place of a name, and the sentence « Supprimer la phrase » removes."""

from __future__ import annotations

import pytest

from .conftest import EXTENSION_DIR

pytestmark = pytest.mark.e2e

UNITS = (
    "content/namespace.js",
    "content/offsets.js",
    "content/text-diff.js",
    "content/person-replacements.js",
    "content/sentence-span.js",
)


@pytest.fixture
def units(browser, close_pages):
    page = browser.context.new_page()
    for unit in UNITS:
        page.add_script_tag(path=EXTENSION_DIR / unit)
    return page


def test_code_point_offsets_become_utf16_offsets_after_emoji(units):
    text = "Bravo 🎉👏🏽 à Marie Tremblay"
    start = text.index("Marie")  # Python counts code points, as the companion does
    finding = {"start": start, "end": start + len("Marie Tremblay")}
    converted = units.evaluate(
        "([text, finding]) => GardeFou.offsets.findingsInUtf16(text, [finding])[0]", [text, finding]
    )
    assert units.evaluate(
        "([text, span]) => text.slice(span.start, span.end)", [text, converted]
    ) == ("Marie Tremblay")
    assert converted["start"] == start + 3  # three emoji code points outside the BMP


def test_spans_move_with_edits_before_them_and_drop_when_edited(units):
    remap = "([spans, before, after]) => GardeFou.textDiff.remapSpans(spans, before, after)"
    before = "Salut Marie Tremblay et Jean Gagnon"
    spans = [{"id": "a", "start": 6, "end": 20}, {"id": "b", "start": 24, "end": 35}]

    typed_before = units.evaluate(remap, [spans, before, "Oh! " + before])
    assert [(s["start"], s["end"]) for s in typed_before] == [(10, 24), (28, 39)]

    edited_inside = units.evaluate(remap, [spans, before, before.replace("Marie", "Maria")])
    assert [s["id"] for s in edited_inside] == ["b"]

    typed_after = units.evaluate(remap, [spans, before, before + " ce soir"])
    assert typed_after == spans


def test_a_caret_is_carried_through_a_replacement(units):
    remap = "([offset, span, length]) => GardeFou.textDiff.remapOffset(offset, span, length)"
    span = {"start": 15, "end": 29}  # "Marie Tremblay" in "Rencontre avec Marie Tremblay et…"
    assert units.evaluate(remap, [10, span, 5]) == 10  # before: stays
    assert units.evaluate(remap, [40, span, 5]) == 31  # after: shifts by the change in length
    assert units.evaluate(remap, [20, span, 5]) == 20  # inside: to the end of the replacement
    assert units.evaluate(remap, [29, span, 5]) == 20  # at its end: after the replacement


@pytest.mark.parametrize(
    ("post", "language", "role"),
    [
        ("Bravo à Julie Roy, elle a gagné sa cause au tribunal.", "fr", "ma cliente"),
        ("Merci à Marc Roy pour son aide au bureau.", "fr", "un collègue"),
        ("Thanks to Mark Roy, our team did it.", "en", "a colleague"),
        ("Bonne fête à Marc Roy!", "fr", "une personne"),
    ],
)
def test_the_role_word_offered_for_a_name_fits_the_post(units, post, language, role):
    finding = {"type": "PERSON", "suggestion": {"replacement": "M. R."}}
    offered = units.evaluate(
        "([finding, post, language]) => "
        "GardeFou.personReplacements.personReplacements(finding, post, language)",
        [finding, post, language],
    )
    removed = "[name removed]" if language == "en" else "[nom retiré]"
    assert offered == ["M. R.", role, removed]


def test_a_role_word_that_opens_a_sentence_takes_a_capital(units):
    post = "Super nouvelle. Julie Roy a gagné sa cause au tribunal, elle est ravie."
    finding = {
        "type": "PERSON",
        "start": post.index("Julie"),
        "suggestion": {"replacement": "J. R."},
    }
    offered = units.evaluate(
        "([finding, post]) => GardeFou.personReplacements.personReplacements(finding, post, 'fr')",
        [finding, post],
    )
    assert offered[1] == "Ma cliente"


def test_the_sentence_to_delete_takes_its_trailing_space_and_leaves_a_post(units):
    removable = "([text, start, end]) => GardeFou.sentenceSpan.removableSentence(text, start, end)"
    text = "Merci pour votre confiance! Acquittement GARANTI ou remboursé. Appelez-nous au bureau."
    start = text.index("GARANTI")
    span = units.evaluate(removable, [text, start, start + len("GARANTI")])
    assert text[span["start"] : span["end"]] == "Acquittement GARANTI ou remboursé. "

    alone = "Acquittement GARANTI ou remboursé."  # nothing would be left of the post
    assert units.evaluate(removable, [alone, 13, 20]) is None
