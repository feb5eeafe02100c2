"""When the companion stops or hangs, typing goes on untouched and the chip and popup say so."""

from __future__ import annotations

import os
import re
import signal

import pytest
from playwright.sync_api import expect

from .helpers import expect_chip, mark_of, type_in
from .overlay import overlay

pytestmark = pytest.mark.e2e

LEXICAL_TEXT = "window.__lexicalState().text"


def test_chip_goes_offline_while_typing_still_works_and_recovers(no_policy, companion, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Bonjour à tous.")
    expect_chip(page, "data-gf-severity", "none")

    companion.stop()
    try:
        typed = " Rendez-vous chez Marie Tremblay demain."
        page.keyboard.type(typed)
        expect_chip(page, "data-gf-severity", "offline")
        assert page.evaluate(LEXICAL_TEXT) == "Bonjour à tous." + typed
        overlay(page).expect_count(".gf-mark", 0)
        popup = no_policy.extension_page("popup/popup.html")
        expect(popup.locator('[data-gf-status="offline"]')).to_be_visible()
    finally:
        companion.start()
    page.bring_to_front()
    page.keyboard.type(" Merci!")
    mark_of(page, "PERSON")
    expect_chip(page, "data-gf-severity", re.compile("^(info|warning|block)$"))


def test_a_hung_companion_never_holds_up_typing(no_policy, companion, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Premier jet.")
    expect_chip(page, "data-gf-severity", "none")

    os.kill(companion.process.pid, signal.SIGSTOP)  # accepts connections, answers nothing
    try:
        typed = " Une pensée pour Marie Tremblay, qui nous quitte."
        page.keyboard.type(typed)
        assert page.evaluate(LEXICAL_TEXT) == "Premier jet." + typed
        expect_chip(page, "data-gf-severity", "offline")
    finally:
        os.kill(companion.process.pid, signal.SIGCONT)
    page.keyboard.type(" Courage.")
    mark_of(page, "PERSON")
