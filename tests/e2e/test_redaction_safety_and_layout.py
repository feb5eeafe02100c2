"""What keeps redaction honest and the underlines in place: an editor that writes something
else is undone and the user told; underlines follow scrolling, typing and re-wrapping."""

from __future__ import annotations

import pytest

from .helpers import CHIP, mark_of, redact, type_in
from .overlay import overlay

pytestmark = pytest.mark.e2e

# The first client rect of `name` in the editor, as the page lays it out.
NAME_RECT = """(name) => {
  const walker = document.createTreeWalker(document.getElementById("post"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.data.indexOf(name);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(walker.currentNode, at);
    range.setEnd(walker.currentNode, at + name.length);
    const rect = range.getClientRects()[0];
    return { left: rect.left, top: rect.top };
  }
  return null;
}"""


def wait_mark_on_name(page, name: str) -> None:
    """Waits until the first PERSON underline sits on the first client rect of `name`."""

    def on_name() -> bool:
        marks = overlay(page).query_all('.gf-mark[data-gf-type="PERSON"]')
        drawn = marks[0].box() if marks else None
        text = page.evaluate(NAME_RECT, name)
        if not drawn or not text:
            return False
        return abs(drawn["left"] - text["left"]) < 2 and abs(drawn["top"] - text["top"]) < 2

    overlay(page).wait_until(on_name, f"the underline on {name!r}")


def test_a_replacement_the_editor_distorts_is_undone_and_reported(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "generic.html")
    text = "Bonne fête à Marie Tremblay!"
    type_in(page, "#comment", text)
    redact(page, mark_of(page, "PERSON"))

    overlay(page).wait_for(f"{CHIP} .gf-chip-notice")
    assert page.locator("#comment").inner_text() == text


def test_underline_follows_scrolling_typing_and_rewrapping(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Une belle soirée de gala avec Marie Tremblay et ses collègues.")
    mark_of(page, "PERSON")
    wait_mark_on_name(page, "Marie Tremblay")

    page.mouse.wheel(0, 60)
    page.wait_for_function("window.scrollY > 0")
    wait_mark_on_name(page, "Marie Tremblay")

    page.keyboard.press("Control+Home")
    page.keyboard.type("Hier soir : ")
    wait_mark_on_name(page, "Marie Tremblay")

    page.set_viewport_size({"width": 420, "height": 640})
    wait_mark_on_name(page, "Marie Tremblay")
