"""A risky post is held before it goes out: Enter in a comment box, Ctrl+Enter, or the Post button,
while a `block` finding is present or the analysis is still to come. The chip says why and offers
redact-all and "Publier quand même"; the user's choice goes through exactly once. A clean comment
publishes on the first Enter; typing (new lines included) is never held."""

from __future__ import annotations

import pytest

from .helpers import CHIP, chip_button, expect_chip, type_in
from .overlay import overlay

pytestmark = pytest.mark.e2e

FACEBOOK = "www.facebook.com"
SIN_COMMENT = "Mon NAS est le 271 849 382, merci de le noter."  # a NAS/SIN is a `block` finding
PUBLISHED = "window.__published"


def published(page) -> list[str]:
    return page.evaluate(PUBLISHED)


def wait_published(page, count: int) -> list[str]:
    page.wait_for_function(f"{PUBLISHED}.length === {count}")
    return published(page)


def expect_held(page) -> None:
    expect_held_after(page, 0)


def expect_held_after(page, published_count: int) -> None:
    chip_button(page, "publish-anyway")
    assert len(published(page)) == published_count


def test_enter_on_a_comment_with_a_block_finding_is_held_then_published_once(
    no_policy, close_pages
):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#comment", SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")

    page.keyboard.press("Enter")
    expect_held(page)
    assert page.evaluate("window.__commentState().text") == SIN_COMMENT  # no new line either
    page.keyboard.press("Control+Enter")
    expect_held(page)

    chip_button(page, "publish-anyway").click()
    assert wait_published(page, 1) == [SIN_COMMENT]
    overlay(page).wait_hidden(f'{CHIP} [data-gf-action="publish-anyway"]')
    page.keyboard.type("Suite.")
    expect_chip(page, "data-gf-severity", "none")
    assert published(page) == [SIN_COMMENT]


def test_a_clean_comment_publishes_on_the_first_enter(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#comment", "Bravo pour la belle soirée!")
    page.keyboard.press("Enter")  # at once: the analysis is still to come, the Enter waits for it
    assert wait_published(page, 1) == ["Bravo pour la belle soirée!"]

    page.keyboard.type("Et merci encore.")
    expect_chip(page, "data-gf-severity", "none")
    page.keyboard.press("Enter")
    assert wait_published(page, 2)[1] == "Et merci encore."


def test_enter_before_the_analysis_of_a_block_finding_is_held_and_redact_all_clears_it(
    no_policy, close_pages
):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#comment", SIN_COMMENT)
    page.keyboard.press("Enter")  # before the answer
    expect_chip(page, "data-gf-severity", "block")
    expect_held(page)

    chip_button(page, "redact-all").click()
    page.wait_for_function("!window.__commentState().text.includes('849')")
    overlay(page).wait_hidden(f'{CHIP} [data-gf-action="publish-anyway"]')
    assert published(page) == []  # redacting is not publishing
    expect_chip(page, "data-gf-severity", "none")
    page.keyboard.press("Enter")
    (text,) = wait_published(page, 1)
    assert text.startswith("Mon NAS est le ") and "849" not in text


def test_the_post_button_is_held_like_enter_and_new_lines_are_never_held(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")
    page.keyboard.press("Enter")  # a post box: Enter is a new line, typed as usual
    page.keyboard.type("Deuxième ligne.")
    page.wait_for_function("window.__lexicalState().text.endsWith('\\n\\nDeuxième ligne.')")

    page.click("button.publish")
    expect_held(page)
    chip_button(page, "publish-anyway").click()
    (text,) = wait_published(page, 1)
    assert "271 849 382" in text and text.endswith("Deuxième ligne.")


def test_instagram_comment_enter_is_held_and_typing_goes_on(no_policy, close_pages):
    page = no_policy.site_page("www.instagram.com", "instagram.html")
    type_in(page, "textarea.comment", SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")
    page.keyboard.press("Enter")
    expect_held(page)

    page.keyboard.type(" Oups.")  # typing is never held, and editing drops the held submission
    page.wait_for_function("window.__reactValue().endsWith('noter. Oups.')")
    overlay(page).wait_hidden(f'{CHIP} [data-gf-action="publish-anyway"]')
    expect_chip(page, "data-gf-severity", "block")
    page.keyboard.press("Enter")
    chip_button(page, "publish-anyway").click()
    assert wait_published(page, 1) == [SIN_COMMENT + " Oups."]
    assert page.evaluate("window.__reactValue()") == ""


def test_quill_ctrl_enter_and_post_button_are_held_and_released_once(no_policy, close_pages):
    page = no_policy.site_page("www.linkedin.com", "linkedin.html")
    type_in(page, ".ql-editor", SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")

    page.keyboard.press("Control+Enter")
    expect_held(page)
    chip_button(page, "publish-anyway").click()
    assert wait_published(page, 1) == [SIN_COMMENT + "\n"]

    page.keyboard.type(SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")
    page.click("button.publish")
    chip_button(page, "publish-anyway")
    assert len(published(page)) == 1
    chip_button(page, "publish-anyway").click()
    assert wait_published(page, 2)[1] == SIN_COMMENT + "\n"


def test_a_site_ignoring_the_replayed_enter_gets_the_users_next_enter(no_policy, close_pages):
    page = no_policy.site_page("www.instagram.com", "instagram.html")
    page.evaluate(
        """() => document.addEventListener("keydown", (event) => {
          if (!event.isTrusted) event.stopImmediatePropagation();  // a site that wants real keys
        }, true)"""
    )
    type_in(page, "textarea.comment", SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")
    page.keyboard.press("Enter")
    chip_button(page, "publish-anyway").click()
    overlay(page).wait_hidden(f'{CHIP} [data-gf-action="publish-anyway"]')
    assert published(page) == []  # the replay was refused by the site

    page.keyboard.press("Enter")  # the user's choice stands for this text: it goes out
    assert wait_published(page, 1) == [SIN_COMMENT]
    page.keyboard.type(SIN_COMMENT)
    expect_chip(page, "data-gf-severity", "block")
    page.keyboard.press("Enter")  # a new comment: held again
    expect_held_after(page, 1)
