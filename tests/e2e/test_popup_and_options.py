"""The popup (status, policy, per-site switch) and the options page (pairing token),
driven like a user."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS_DIR
from .helpers import CARD, CHIP, POLICY_FINDINGS, mark_of, open_card, type_in
from .overlay import overlay

pytestmark = pytest.mark.e2e

POLICY_IDS = {"barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"}
# A guaranteed result breaches the Barreau's rules; the name and phone are personal data.
ADVERTISING_POST = (
    "Merci à Marie Tremblay pour sa confiance! Avec notre équipe, c'est l'acquittement "
    "GARANTI ou on vous rembourse 💯 Appelez-nous au 450-555-0134."
)


def test_popup_lists_the_companion_policies_and_reports_connected(browser, close_pages):
    popup = browser.extension_page("popup/popup.html")
    expect(popup.locator('[data-gf-status="connected"]')).to_be_visible()
    option_values = popup.locator('[data-gf-field="policy"] option').evaluate_all(
        "(options) => options.map((o) => o.value)"
    )
    assert set(option_values) >= POLICY_IDS
    assert "" in option_values


def test_wrong_token_is_reported_and_the_right_one_reconnects(browser, companion, close_pages):
    try:
        options = browser.pair("not-the-pairing-token", companion.port)
        expect(options.locator('[data-gf-status="needs-token"]')).to_be_visible()
        popup = browser.extension_page("popup/popup.html")
        expect(popup.locator('[data-gf-status="needs-token"]')).to_be_visible()
    finally:
        options = browser.pair(companion.token, companion.port)
    expect(options.locator('[data-gf-status="connected"]')).to_be_visible()
    options.reload()
    expect(options.locator('[data-gf-field="token"]')).to_have_value(companion.token)


def test_choosing_a_policy_in_the_popup_changes_the_findings(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", ADVERTISING_POST)
    mark_of(page, "PERSON")
    overlay(page).expect_count(POLICY_FINDINGS, 0)

    no_policy.choose_policy("barreau-qc")
    overlay(page).wait_until(lambda: overlay(page).query_all(POLICY_FINDINGS), "a policy finding")
    open_card(page, mark_of(page, "PERSON"))
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS_DIR / "screenshot-card.png")

    no_policy.choose_policy("")
    overlay(page).expect_count(POLICY_FINDINGS, 0)
    mark_of(page, "PERSON")


def test_switching_a_site_off_in_the_popup_stops_watching_it(browser, close_pages):
    popup = browser.extension_page("popup/popup.html")
    site_switch = popup.locator('[data-gf-field="site-instagram"]')
    site_switch.uncheck()
    try:
        page = browser.site_page("www.instagram.com", "instagram.html")
        type_in(page, "textarea.comment", "Salut Marie Tremblay!")
        facebook = browser.site_page("www.facebook.com", "facebook.html")
        type_in(facebook, "#post", "Salut Marie Tremblay!")
        mark_of(facebook, "PERSON")
        overlay(page).expect_count(CHIP, 0)
        overlay(page).expect_count(".gf-mark", 0)
    finally:
        site_switch.check()
    mark_of(page, "PERSON")


def test_typed_post_text_is_not_stored(no_policy, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Note privée au sujet de Marie Tremblay.")
    mark_of(page, "PERSON")
    options = no_policy.extension_page("options/options.html")
    stored = options.evaluate("chrome.storage.local.get(null).then(JSON.stringify)")
    assert "Tremblay" not in stored and "privée" not in stored


def test_name_lists_from_the_options_page_reach_the_analysis(no_policy, close_pages):
    options = no_policy.extension_page("options/options.html")
    options.fill('[data-gf-field="always-flag"]', "Zébulon")
    options.fill('[data-gf-field="never-flag"]', "Marie Tremblay")
    options.click('[data-gf-action="save"]')
    expect(options.locator('[data-gf-status="connected"]')).to_be_visible()
    try:
        page = no_policy.site_page("www.facebook.com", "facebook.html")
        type_in(page, "#post", "Souper avec Marie Tremblay et Zébulon hier soir.")
        open_card(page, mark_of(page, "PERSON"))
        overlay(page).expect_text(f"{CARD} .gf-card-flagged", "Zébulon")
        overlay(page).expect_count('.gf-mark[data-gf-type="PERSON"]', 1)
    finally:
        options.fill('[data-gf-field="always-flag"]', "")
        options.fill('[data-gf-field="never-flag"]', "")
        options.click('[data-gf-action="save"]')
        expect(options.locator('[data-gf-status="connected"]')).to_be_visible()
