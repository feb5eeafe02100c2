"""What keeps redaction honest and the underlines in place: an editor that writes something
else is undone and the user told; underlines follow scrolling, typing and re-wrapping."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import chip, mark_of, redact, type_in

pytestmark = pytest.mark.e2e

# True when the first PERSON underline sits on the first client rect of `name` in the editor.
MARK_ON_NAME = """(name) => {
  const overlay = document.querySelector("garde-fou-overlay").shadowRoot;
  const mark = overlay.querySelector('.gf-mark[data-gf-type="PERSON"]');
  const walker = document.createTreeWalker(document.getElementById("post"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.data.indexOf(name);
    if (at < 0 || !mark) continue;
    const range = document.createRange();
    range.setStart(walker.currentNode, at);
    range.setEnd(walker.currentNode, at + name.length);
    const text = range.getClientRects()[0];
    const drawn = mark.getBoundingClientRect();
    return Math.abs(drawn.left - text.left) < 2 && Math.abs(drawn.top - text.top) < 2;
  }
  return false;
}"""


def test_a_replacement_the_editor_distorts_is_undone_and_reported(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "generic.html")
    text = "Bonne fête à Marie Tremblay!"
    type_in(page, "#comment", text)
    redact(page, mark_of(page, "PERSON"))

    expect(chip(page).locator(".gf-chip-notice")).to_be_visible()
    expect(page.locator("#comment")).to_have_text(text)


def test_underline_follows_scrolling_typing_and_rewrapping(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Une belle soirée de gala avec Marie Tremblay et ses collègues.")
    mark_of(page, "PERSON")
    page.wait_for_function(MARK_ON_NAME, arg="Marie Tremblay")

    page.mouse.wheel(0, 60)
    page.wait_for_function("window.scrollY > 0")
    page.wait_for_function(MARK_ON_NAME, arg="Marie Tremblay")

    page.keyboard.press("Control+Home")
    page.keyboard.type("Hier soir : ")
    page.wait_for_function(MARK_ON_NAME, arg="Marie Tremblay")

    page.set_viewport_size({"width": 420, "height": 640})
    page.wait_for_function(MARK_ON_NAME, arg="Marie Tremblay")
