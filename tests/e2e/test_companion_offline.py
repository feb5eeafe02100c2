"""When the companion stops, typing goes on untouched and the chip says it is offline."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import chip, mark_of, type_in

pytestmark = pytest.mark.e2e


def test_chip_goes_offline_while_typing_still_works_and_recovers(no_policy, companion, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Bonjour à tous.")
    expect(chip(page)).to_have_attribute("data-gf-severity", "none")

    companion.stop()
    try:
        typed = " Rendez-vous chez Marie Tremblay demain."
        page.keyboard.type(typed)
        expect(chip(page)).to_have_attribute("data-gf-severity", "offline")
        assert page.evaluate("window.__lexicalState().text") == "Bonjour à tous." + typed
        expect(page.locator(".gf-mark")).to_have_count(0)
    finally:
        companion.start()
    page.keyboard.type(" Merci!")
    mark_of(page, "PERSON")
    expect(chip(page)).not_to_have_attribute("data-gf-severity", "offline")
