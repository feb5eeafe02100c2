"""What the site's own scripts can learn: nothing. A box is analysed only after a person's input in
it (a box the page planted, filled, focused and fed synthetic events stays unanalysed), the overlay
is out of the page's reach (closed shadow root, no attribute outside it), and the page's synthetic
events do not drive it."""

from __future__ import annotations

import pytest

from .helpers import CARD, CHIP, expect_chip, mark_of, type_in
from .overlay import overlay

pytestmark = pytest.mark.e2e

# A site script probing the user's name lists: a box holding a candidate name, hidden or not,
# focused and fed the events a person's typing would fire. On the user's next key it also moves
# the focus into the hidden box, so that a real keystroke lands there.
PLANT_BOXES = """() => {
  const plant = (id, style) => {
    const box = document.createElement("div");
    box.id = id;
    box.contentEditable = "true";
    box.setAttribute("role", "textbox");
    box.setAttribute("style", style);
    box.textContent = "Souper avec Marie Tremblay, 514-555-0199.";
    document.body.append(box);
    box.focus();
    for (const type of ["focusin", "pointerdown", "keydown", "beforeinput", "input", "paste"]) {
      box.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    }
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
    box.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    return box;
  };
  const hidden = plant(
    "hidden-probe",
    "position: absolute; left: 0; top: 0; width: 1px; height: 1px; opacity: 0; overflow: hidden;",
  );
  plant("shown-probe", "margin: 20px; min-height: 40px; border: 1px solid #999;");
  const covered = plant(
    "covered-probe", "position: fixed; left: 0; top: 0; width: 300px; height: 60px;");
  const cover = document.createElement("div");
  cover.setAttribute("style", "position: fixed; left: 0; top: 0; width: 320px; height: 80px; "
    + "background: white; z-index: 10;");
  document.body.append(cover);
  // The person's first key goes into the hidden box, the second into the covered one.
  const probes = [hidden, covered];
  document.addEventListener("keydown", (event) => {
    if (event.isTrusted && probes.length) probes.shift().focus();
  }, { capture: true });
}"""

# Everything the page can reach of the overlay.
PAGE_VIEW = """() => {
  const host = document.querySelector("garde-fou-overlay");
  return {
    shadowRoot: host ? host.shadowRoot !== null : null,
    hostAttributes: host ? host.getAttributeNames() : [],
    gfElements: document.querySelectorAll(
      "[data-gf-finding], [data-gf-type], [data-gf-count], [data-gf-chip]").length,
  };
}"""


def test_planted_boxes_are_not_analysed_and_the_page_reads_nothing(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    page.evaluate(PLANT_BOXES)
    page.click("#post")
    page.keyboard.type("Marie")  # the page moves the focus: keys land in the hidden, covered boxes
    page.click("#post")
    page.keyboard.type(" Bonjour à Jean Gagnon.")

    mark_of(page, "PERSON")  # the extension runs: the box the person typed in is analysed
    overlay(page).expect_count(CHIP, 1)
    assert page.locator("#hidden-probe").inner_text().startswith("M")  # real keys went there
    assert page.locator("#covered-probe").inner_text().startswith("arie")
    assert overlay(page).query_all('.gf-mark[data-gf-type="PHONE_NUMBER"]') == []
    view = page.evaluate(PAGE_VIEW)
    assert view == {"shadowRoot": False, "hostAttributes": [], "gfElements": 0}
    assert overlay(page).shadow_root_mode() == "closed"

    page.click("#shown-probe")  # a person's click: now this box is theirs to check
    overlay(page).expect_count(CHIP, 2)
    overlay(page).wait_for('.gf-mark[data-gf-type="PHONE_NUMBER"]')


def test_synthetic_pointer_events_do_not_open_the_card(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay aujourd'hui.")
    mark = mark_of(page, "PERSON")
    x, y = mark.center()
    page.evaluate(
        """([x, y]) => {
          const target = document.elementFromPoint(x, y);
          const init = { bubbles: true, composed: true, clientX: x, clientY: y, button: 0 };
          const types = ["pointermove", "pointerdown", "mousedown", "mouseup", "click"];
          for (const type of types) {
            target.dispatchEvent(new PointerEvent(type, init));
          }
        }""",
        [x, y],
    )
    expect_chip(page, "data-gf-count", "1")
    assert overlay(page).visible(CARD) == []

    mark.click()  # a person's click opens it
    overlay(page).wait_for(CARD)
