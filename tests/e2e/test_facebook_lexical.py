"""Facebook's compose box is Lexical: redaction must land in Lexical's editor state."""

from __future__ import annotations

import pytest

from .helpers import (
    CARD,
    card_button,
    chip_button,
    expect_chip,
    mark_of,
    open_card,
    redact,
    replacement_between,
    type_in,
)
from .overlay import overlay

pytestmark = pytest.mark.e2e

FACEBOOK = "www.facebook.com"
LEXICAL_TEXT = "window.__lexicalState().text"


def lexical_state(page):
    return page.evaluate("window.__lexicalState()")


def test_name_after_emoji_is_underlined_and_redacted_in_editor_state(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    before, after = "Bravo 🎉👏🏽 à ", " pour sa victoire au tribunal hier!"
    type_in(page, "#post", before + "Marie Tremblay" + after)

    open_card(page, mark_of(page, "PERSON"))
    overlay(page).expect_text(f"{CARD} .gf-card-flagged", "Marie Tremblay")
    card_button(page, "ignore")

    card_button(page, "redact").click()
    page.wait_for_function(f"!{LEXICAL_TEXT}.includes('Tremblay')")
    replacement = replacement_between(lexical_state(page)["text"], before, after)
    assert replacement.strip() and "Marie" not in replacement
    assert page.locator("#post").inner_text().strip() == lexical_state(page)["text"]


def test_name_split_across_bold_and_plain_text_is_redacted_whole(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    page.click("#post")
    page.keyboard.type("Félicitations à ")
    page.keyboard.press("Control+b")
    page.keyboard.type("Marie")
    page.keyboard.press("Control+b")
    page.keyboard.type(" Tremblay pour son assermentation!")
    assert {"text": "Marie", "type": "text", "format": 1} in lexical_state(page)["nodes"]

    redact(page, mark_of(page, "PERSON"))
    page.wait_for_function(
        f"!{LEXICAL_TEXT}.includes('Tremblay') && !{LEXICAL_TEXT}.includes('Marie')"
    )
    replacement = replacement_between(
        lexical_state(page)["text"], "Félicitations à ", " pour son assermentation!"
    )
    assert replacement.strip()
    assert page.locator("#post").inner_text().strip() == lexical_state(page)["text"]


def test_mention_token_is_replaced_whole(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Merci @[Marie Tremblay] pour ton aide avec le dossier.")
    assert any(node["type"] == "mention" for node in lexical_state(page)["nodes"])

    redact(page, mark_of(page, "PERSON"))
    page.wait_for_function(f"!{LEXICAL_TEXT}.includes('Tremblay')")
    state = lexical_state(page)
    assert not any(node["type"] == "mention" for node in state["nodes"]), state
    assert "@" not in replacement_between(
        state["text"], "Merci ", " pour ton aide avec le dossier."
    )


def test_undo_brings_the_name_back_like_any_edit(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    text = "Souper ce soir avec Marie Tremblay et toute l'équipe."
    type_in(page, "#post", text)
    redact(page, mark_of(page, "PERSON"))
    page.wait_for_function(f"!{LEXICAL_TEXT}.includes('Tremblay')")

    page.keyboard.press("Control+z")
    page.wait_for_function(f"{LEXICAL_TEXT} === {text!r}")


def test_ignore_hides_the_finding_and_keeps_it_hidden_while_typing(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay aujourd'hui.")
    mark_of(page, "PERSON").hover()
    card_button(page, "ignore").click()
    overlay(page).expect_count('.gf-mark[data-gf-type="PERSON"]', 0)
    expect_chip(page, "data-gf-count", "0")

    page.keyboard.type(" Bonne journée!")
    expect_chip(page, "data-gf-severity", "none")
    overlay(page).expect_count('.gf-mark[data-gf-type="PERSON"]', 0)
    assert "Marie Tremblay" in lexical_state(page)["text"]


def test_redact_all_replaces_every_flagged_span(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(
        page, "#post", "Rencontre avec Marie Tremblay et Jean Gagnon; rappelez-moi au 514-555-0199."
    )
    mark_of(page, "PERSON")
    mark_of(page, "PHONE_NUMBER")

    chip_button(page, "redact-all").click()
    page.wait_for_function(
        f"['Tremblay', 'Gagnon', '555-0199'].every((flagged) => !{LEXICAL_TEXT}.includes(flagged))"
    )
    assert lexical_state(page)["text"].startswith("Rencontre avec ")
