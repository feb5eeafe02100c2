"""Where the chip and the card show: the chip docked inside the box's bottom-right corner (not under
the box, where the sites put their Post/Comment buttons) and moved off any site control inside the
box; chip and card in the top layer, above a modal dialog the site opens, usable there, and back
on the page once it closes."""

from __future__ import annotations

import pytest

from .helpers import CARD, CHIP, card_button, mark_of, type_in, wait_analysed
from .overlay import overlay

pytestmark = pytest.mark.e2e

BOX_RECT = """(selector) => {
  const rect = document.querySelector(selector).getBoundingClientRect();
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}"""
# Instagram's comment field has its « Publier » link inside the field, at the right.
BUTTON_IN_THE_CORNER = """() => {
  const field = document.querySelector("textarea.comment");
  field.style.minHeight = "90px";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "inline-post";
  button.textContent = "Publier";
  const rect = field.getBoundingClientRect();
  button.setAttribute("style", `position: absolute; left: ${rect.right + scrollX - 90}px;
    top: ${rect.bottom + scrollY - 40}px; width: 80px; height: 32px;`);
  document.body.append(button);
}"""
MODAL_WITH_A_BOX = """() => {
  const dialog = document.createElement("dialog");
  dialog.innerHTML = '<h2>Nouveau message</h2>'
    + '<textarea id="modal-box" rows="4" cols="40"></textarea>';
  document.body.append(dialog);
  dialog.showModal();
}"""


def inside(inner: dict, outer: dict) -> bool:
    return (
        inner["left"] >= outer["left"] - 0.5
        and inner["right"] <= outer["right"] + 0.5
        and inner["top"] >= outer["top"] - 0.5
        and inner["bottom"] <= outer["bottom"] + 0.5
    )


def overlaps(first: dict, second: dict) -> bool:
    return (
        first["left"] < second["right"]
        and second["left"] < first["right"]
        and first["top"] < second["bottom"]
        and second["top"] < first["bottom"]
    )


def chip_box(page) -> dict:
    chip = overlay(page).wait_for(CHIP)
    chip.stable_center()
    return chip.box()


@pytest.mark.parametrize(
    ("host", "page_file", "box"),
    [
        pytest.param("www.facebook.com", "facebook.html", "#post", id="lexical"),
        pytest.param("www.linkedin.com", "linkedin.html", ".ql-editor", id="quill"),
    ],
)
def test_the_chip_sits_inside_the_box_corner_clear_of_the_post_button(
    no_policy, close_pages, host, page_file, box
):
    page = no_policy.site_page(host, page_file)
    type_in(page, box, "Souper avec Marie Tremblay et Jean Gagnon hier soir.")
    mark_of(page, "PERSON")
    chip = chip_box(page)
    editor = page.evaluate(BOX_RECT, box)
    post_button = page.evaluate(BOX_RECT, ".publish")

    assert inside(chip, editor), (chip, editor)
    assert editor["right"] - chip["right"] < 12 and editor["bottom"] - chip["bottom"] < 12
    assert not overlaps(chip, post_button), (chip, post_button)


def test_the_chip_moves_off_a_site_button_inside_the_box(no_policy, close_pages):
    page = no_policy.site_page("www.instagram.com", "instagram.html")
    page.evaluate(BUTTON_IN_THE_CORNER)
    type_in(page, "textarea.comment", "Bravo Marie Tremblay!")
    mark_of(page, "PERSON")
    chip = chip_box(page)

    assert inside(chip, page.evaluate(BOX_RECT, "textarea.comment"))
    assert not overlaps(chip, page.evaluate(BOX_RECT, ".inline-post"))


def test_chip_and_card_show_and_work_above_a_modal_dialog(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    page.evaluate(MODAL_WITH_A_BOX)
    text = "Salut Marie Tremblay, on se voit demain."
    type_in(page, "#modal-box", text)
    mark_of(page, "PERSON").click()  # the mark lets the click through to the box; the card opens
    overlay(page).wait_for(CARD)
    wait_analysed(page)
    assert inside(chip_box(page), page.evaluate(BOX_RECT, "#modal-box"))

    card_button(page, "redact").click()  # a real click: it lands on the card, above the dialog
    page.wait_for_function(
        "document.getElementById('modal-box').value === 'Salut M. T., on se voit demain.'"
    )

    page.evaluate("document.querySelector('dialog').close()")  # the overlay goes back to the page
    type_in(page, "#post", "Merci Jean Gagnon.")
    overlay(page).wait_until(
        lambda: any(
            inside(mark.box(), page.evaluate(BOX_RECT, "#post"))
            for mark in overlay(page).visible('.gf-mark[data-gf-type="PERSON"]')
        ),
        "the name in the page's own box underlined",
    )
