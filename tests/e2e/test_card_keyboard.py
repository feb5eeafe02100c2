"""The card from the keyboard and for screen readers: Alt+Shift+G in a watched box opens the card
of the finding nearest the caret as a labelled dialog that takes the focus; Tab and Shift+Tab go
round its buttons, Enter applies one (checked in the editor's own state), Escape closes it without
reaching the page and gives the caret back; page scripts cannot open it; screen readers hear the
count of findings when it changes, not on every analysis."""

from __future__ import annotations

import re

import pytest

from .helpers import (
    CARD,
    CHIP,
    FACEBOOK,
    LEXICAL,
    LEXICAL_TEXT,
    QUILL,
    TEXTAREA,
    expect_chip,
    mark_of,
    type_in,
    wait_analysed,
)
from .overlay import overlay

pytestmark = pytest.mark.e2e

EDITORS = [pytest.param(*LEXICAL, id="lexical"), pytest.param(*QUILL, id="quill"),
           pytest.param(*TEXTAREA, id="textarea")]
TWO_NAMES = "Rencontre avec Marie Tremblay puis avec Jean Gagnon"
FOCUSED_ACTION = """function () {
  const active = this.getRootNode().activeElement;
  return active && this.contains(active) ? active.dataset.gfAction : null;
}"""
LABEL = """function () {
  const label = this.getRootNode().getElementById(this.getAttribute("aria-labelledby"));
  return label ? label.textContent : null;
}"""
LIVE_REGION = '[role="status"][aria-live="polite"]'


def card(page):
    return overlay(page).wait_for(CARD)


def focused_action(page) -> str | None:
    return card(page).evaluate(FOCUSED_ACTION)


def wait_focus(page, action: str) -> None:
    overlay(page).wait_until(lambda: focused_action(page) == action, f"focus on {action}")


@pytest.mark.parametrize(("host", "page_file", "box", "state"), EDITORS)
def test_alt_shift_g_opens_the_nearest_finding_and_enter_applies_an_action(
    no_policy, close_pages, host, page_file, box, state
):
    page = no_policy.site_page(host, page_file)
    type_in(page, box, TWO_NAMES)
    overlay(page).wait_until(lambda: len(overlay(page).visible(".gf-mark")) >= 2, "two names")
    wait_analysed(page)

    page.keyboard.press("Alt+Shift+G")  # the caret is at the end, after Jean Gagnon
    overlay(page).expect_text(f"{CARD} .gf-card-flagged", "Jean Gagnon")
    shown = card(page)
    assert shown.attribute("role") == "dialog"
    assert re.match(r"(Nom de personne|Person's name) ", shown.evaluate(LABEL))
    wait_focus(page, "redact")

    page.keyboard.press("Tab")
    wait_focus(page, "redact-1")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")  # round to the last button: focus stays in the card
    wait_focus(page, "never-flag")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    wait_focus(page, "redact-2")
    page.keyboard.press("Enter")

    expected = "Rencontre avec Marie Tremblay puis avec [nom retiré]"
    page.wait_for_function(f"({state}).trim() === {expected!r}")
    overlay(page).wait_hidden(CARD)
    page.keyboard.type(" FIN")  # the caret is back in the box, at the end
    page.wait_for_function(f"({state}).trim() === {expected + ' FIN'!r}")


#: The page's own script keeps the main thread busy for a moment right after Enter, as a slow
#: machine does: the keystrokes that follow arrive before the extension checks its edit.
BUSY_AFTER_ENTER = """() => document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  setTimeout(() => {
    const until = performance.now() + 150;
    while (performance.now() < until);
  }, 0);
}, true)"""


@pytest.mark.parametrize(("host", "page_file", "box", "state"), EDITORS)
def test_typing_right_after_a_redaction_keeps_every_keystroke(
    no_policy, close_pages, host, page_file, box, state
):
    page = no_policy.site_page(host, page_file)
    type_in(page, box, TWO_NAMES)
    overlay(page).wait_until(lambda: len(overlay(page).visible(".gf-mark")) >= 2, "two names")
    wait_analysed(page)
    page.evaluate(BUSY_AFTER_ENTER)

    page.keyboard.press("Alt+Shift+G")
    overlay(page).expect_text(f"{CARD} .gf-card-flagged", "Jean Gagnon")
    wait_focus(page, "redact")
    page.keyboard.press("Enter")
    page.keyboard.type(" FIN")  # at once: the redaction is still being checked

    expected = "Rencontre avec Marie Tremblay puis avec J. G. FIN"
    page.wait_for_function(f"({state}).trim() === {expected!r}")
    assert not overlay(page).visible(f"{CHIP} .gf-chip-notice")  # no "the redaction failed"


def test_escape_closes_the_card_gives_the_caret_back_and_does_not_reach_the_page(
    no_policy, close_pages
):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", TWO_NAMES)
    overlay(page).wait_until(lambda: len(overlay(page).visible(".gf-mark")) >= 2, "two names")
    for _ in "Jean Gagnon":
        page.keyboard.press("ArrowLeft")  # the caret just before Jean Gagnon
    page.keyboard.press("ArrowLeft")
    page.evaluate(
        """() => { window.__escapes = 0;
        const count = (event) => { if (event.key === "Escape") window.__escapes += 1; };
        document.addEventListener("keydown", count, true);
        document.getElementById("post").addEventListener("keydown", count);
        window.addEventListener("keydown", count); }"""
    )
    wait_analysed(page)
    page.keyboard.press("Alt+Shift+G")
    overlay(page).expect_text(f"{CARD} .gf-card-flagged", "Jean Gagnon")
    wait_focus(page, "redact")

    page.keyboard.press("Escape")
    overlay(page).wait_hidden(CARD)
    assert page.evaluate("window.__escapes") == 0
    page.keyboard.type("X")
    expected = "Rencontre avec Marie Tremblay puis avecX Jean Gagnon"
    page.wait_for_function(f"{LEXICAL_TEXT} === {expected!r}")


def test_a_page_script_cannot_open_the_card_with_the_shortcut(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay aujourd'hui.")
    mark_of(page, "PERSON")
    page.evaluate(
        """() => document.getElementById("post").dispatchEvent(new KeyboardEvent("keydown", {
          key: "G", code: "KeyG", altKey: true, shiftKey: true, bubbles: true, composed: true }))"""
    )
    page.keyboard.type("!")
    wait_analysed(page)
    assert overlay(page).visible(CARD) == []

    page.keyboard.press("Alt+Shift+G")
    card(page)


def test_screen_readers_hear_the_count_only_when_it_changes(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay")
    expect_chip(page, "data-gf-count", "1")
    overlay(page).expect_count(LIVE_REGION, 1)
    overlay(page).expect_text(LIVE_REGION, "1")
    region = overlay(page).query_all(LIVE_REGION)[0]
    region.evaluate("function () { this.textContent = ''; }")

    page.keyboard.type(" aujourd'hui, et bonne journée.")  # analysed again, still one finding
    wait_analysed(page)
    assert page.evaluate(LEXICAL_TEXT).endswith("bonne journée.")
    assert region.text() == ""

    page.keyboard.type(" Salut Jean Gagnon!")
    expect_chip(page, "data-gf-count", "2")
    overlay(page).expect_text(LIVE_REGION, "2")
