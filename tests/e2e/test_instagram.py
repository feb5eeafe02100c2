"""Instagram: the comment box is a React-controlled textarea (React state is what gets posted);
captions are Lexical."""

from __future__ import annotations

import re

import pytest

from .helpers import expect_chip, mark_of, redact, replacement_between, type_in

pytestmark = pytest.mark.e2e

INSTAGRAM = "www.instagram.com"
REACT_VALUE = "window.__reactValue()"


def test_comment_textarea_redaction_reaches_react_state_and_undoes(no_policy, close_pages):
    page = no_policy.site_page(INSTAGRAM, "instagram.html")
    before, after = "Trop hâte de revoir ", " au camp cet été 😍🏕️"
    type_in(page, "textarea.comment", before + "Marie Tremblay" + after)

    redact(page, mark_of(page, "PERSON"))
    page.wait_for_function(f"!{REACT_VALUE}.includes('Tremblay')")
    replacement = replacement_between(page.evaluate(REACT_VALUE), before, after)
    assert replacement.strip()
    assert page.locator("textarea.comment").input_value() == page.evaluate(REACT_VALUE)

    page.keyboard.press("Control+z")
    page.wait_for_function(f"{REACT_VALUE} === {before + 'Marie Tremblay' + after!r}")


def test_caption_is_lexical_and_chip_counts_findings(no_policy, close_pages):
    page = no_policy.site_page(INSTAGRAM, "instagram.html")
    type_in(page, "#caption", "Journée au parc avec Marie Tremblay, appelez-la au 514-555-0199")
    mark_of(page, "PERSON")
    mark_of(page, "PHONE_NUMBER")
    expect_chip(page, "data-gf-count", "2")
    expect_chip(page, "data-gf-severity", re.compile("^(warning|block)$"))

    redact(page, mark_of(page, "PHONE_NUMBER"))
    page.wait_for_function("!window.__lexicalState().text.includes('555-0199')")
    expect_chip(page, "data-gf-count", "1")
