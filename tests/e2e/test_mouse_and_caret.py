"""Underlines do not swallow the mouse (a click in a flagged name puts the caret there, double-click
and drag select, right-click reaches the editor), and after a redaction the caret is where it was
(carried through the edit), so that what the user types next lands where they meant it to."""

from __future__ import annotations

import pytest

from .helpers import (
    CARD,
    FACEBOOK,
    LEXICAL,
    LEXICAL_TEXT,
    QUILL,
    QUILL2,
    TEXTAREA,
    card_button,
    chip_button,
    mark_of,
    type_in,
    wait_analysed,
    wait_caret_at_end,
)
from .overlay import overlay

pytestmark = pytest.mark.e2e

SELECTED = "window.getSelection().toString()"
TWO_NAMES = "Rencontre avec Marie Tremblay et Jean Gagnon hier."


def test_a_click_in_a_flagged_name_puts_the_caret_there_and_opens_the_card(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    text = "Une pensée pour Marie Tremblay aujourd'hui."
    type_in(page, "#post", text)
    box = mark_of(page, "PERSON").box()
    page.mouse.click(
        box["left"] + (box["right"] - box["left"]) * 0.75, (box["top"] + box["bottom"]) / 2
    )
    overlay(page).wait_for(CARD)

    page.keyboard.type("X")
    page.wait_for_function(f"{LEXICAL_TEXT} !== {text!r}")
    typed = page.evaluate(LEXICAL_TEXT)
    assert "X" in typed[typed.index("Marie") : typed.index(" aujourd'hui")], typed


def test_double_click_drag_and_right_click_reach_the_editor(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay aujourd'hui.")
    box = mark_of(page, "PERSON").box()
    middle_y = (box["top"] + box["bottom"]) / 2

    page.mouse.dblclick(box["right"] - 6, middle_y)
    page.wait_for_function(f"{SELECTED}.trim() === 'Tremblay'")

    page.mouse.move(box["left"] + 1, middle_y)
    page.mouse.down()
    page.mouse.move(box["right"] - 1, middle_y, steps=5)
    page.mouse.up()
    page.wait_for_function(f"{SELECTED}.startsWith('Marie Trembla')")

    page.evaluate(
        """() => document.addEventListener("contextmenu", (event) => {
          window.__contextTarget = event.composedPath()[0].parentElement.closest("[id]").id;
          event.preventDefault();
        }, { once: true })"""
    )
    page.mouse.click(box["left"] + 10, middle_y, button="right")
    page.wait_for_function("window.__contextTarget === 'post'")


def test_one_redaction_in_the_first_paragraph_keeps_typing_in_the_second(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Merci à Marie Tremblay.")
    page.keyboard.press("Enter")
    page.keyboard.type("Deuxième paragraphe")
    mark_of(page, "PERSON").hover()  # the card opens on hover; the caret stays in paragraph 2
    card_button(page, "redact").click()
    page.wait_for_function(f"!{LEXICAL_TEXT}.includes('Tremblay')")
    wait_caret_at_end(page, "#post")

    page.keyboard.type(" suite")
    page.wait_for_function(f"{LEXICAL_TEXT}.endsWith('Deuxième paragraphe suite')")


EDITORS = [pytest.param(*LEXICAL, id="lexical"), pytest.param(*QUILL, id="quill1"),
           pytest.param(*QUILL2, id="quill2"), pytest.param(*TEXTAREA, id="textarea")]


@pytest.mark.parametrize(("host", "page_file", "box", "state"), EDITORS)
def test_typing_after_redact_all_lands_where_the_caret_was(
    no_policy, close_pages, host, page_file, box, state
):
    page = no_policy.site_page(host, page_file)
    type_in(page, box, TWO_NAMES)
    wait_analysed(page)
    overlay(page).wait_until(
        lambda: len(overlay(page).visible('.gf-mark[data-gf-type="PERSON"]')) >= 2, "two names"
    )
    chip_button(page, "redact-all").click()
    page.wait_for_function(f"!({state}).includes('Tremblay') && !({state}).includes('Gagnon')")
    wait_caret_at_end(page, box)

    page.keyboard.type(" FIN")
    page.wait_for_function(f"({state}).trimEnd().endsWith('hier. FIN')")
    assert page.evaluate(state).startswith("Rencontre avec ")
