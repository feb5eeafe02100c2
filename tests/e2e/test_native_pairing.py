"""Pairing without a terminal: the extension finds the native host that `garde-fou install`
registered in the browser profile, the host starts the companion, and the user never pastes a
token. Before the install, the welcome page says what to install."""

from __future__ import annotations

import json
import os
import subprocess
import time

import pytest
from playwright.sync_api import Page, expect

from companion.config import CHROME_EXTENSION_ID
from companion.native.companion_process import health as companion_health

from .conftest import (
    ARTIFACTS_DIR,
    GARDE_FOU,
    _free_port,
    extension_of,
    launch_extension_browser,
)
from .helpers import chip_button, expect_chip, mark_of, type_in, welcome_page
from .overlay import overlay

pytestmark = pytest.mark.e2e

#: The companion loads its models when the host starts it: up to a few minutes on a busy machine.
FIRST_START_MS = 240_000
SCREENSHOTS = ARTIFACTS_DIR / "screenshots"


def _wait_until_down(port: int) -> None:
    deadline = time.monotonic() + 30
    while companion_health(port) is not None:
        assert time.monotonic() < deadline, "the companion did not stop"
        time.sleep(0.1)


def _screenshot(page: Page, name: str, full_page: bool = True) -> None:
    """For the user guide (docs/images/ holds copies)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def test_the_extension_pairs_by_itself_once_the_companion_is_installed(
        playwright_session, site_server, tmp_path, stop_companions_on_port):
    port = _free_port()
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path / "config"),
           "GARDE_FOU_PORT": str(port)}
    profile = tmp_path / "profile"
    assert companion_health(port) is None

    # Before the install: the welcome page opens by itself and says what to install.
    context = launch_extension_browser(playwright_session, profile, site_server, env)
    try:
        welcome = welcome_page(context)
        expect(welcome.locator('[data-gf-status="not-installed"]')).to_be_visible()
        expect(welcome.locator('[data-gf-section="install"]')).to_be_visible()
        _screenshot(welcome, "welcome-not-installed")
        # The chip of a compose box says so too, and leads to the same page.
        page = extension_of(context).site_page("www.facebook.com", "facebook.html")
        type_in(page, "#post", "Bonjour Marie Tremblay.")
        expect_chip(page, "data-gf-severity", "offline")
        with context.expect_page(lambda p: "/welcome/" in p.url) as opened:
            chip_button(page, "open-welcome").click()
        expect(opened.value.locator('[data-gf-section="install"]')).to_be_visible()
    finally:
        context.close()

    installed = subprocess.run(
        [str(GARDE_FOU), "install", "--browser", "chromium", "--user-data-dir", str(profile)],
        env=env, capture_output=True, text=True, timeout=60, check=True)
    manifest_path = profile / "NativeMessagingHosts" / "ca.gardefou.companion.json"
    assert str(manifest_path) in installed.stdout
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["allowed_origins"] == [f"chrome-extension://{CHROME_EXTENSION_ID}/"]

    context = launch_extension_browser(playwright_session, profile, site_server, env)
    try:
        extension = extension_of(context)
        assert extension.extension_id == CHROME_EXTENSION_ID
        popup = extension.extension_page("popup/popup.html")
        expect(popup.locator('[data-gf-status="connected"]')).to_be_visible(timeout=FIRST_START_MS)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        popup.locator("body").screenshot(path=str(SCREENSHOTS / "popup-connected.png"))
        popup.close()
        options = extension.extension_page("options/options.html")
        assert options.input_value('[data-gf-field="token"]') == (
            tmp_path / "config" / "token").read_text().strip()
        assert options.input_value('[data-gf-field="port"]') == str(port)
        options.close()

        page = extension.site_page("www.facebook.com", "facebook.html")
        type_in(page, "#post", "Rendez-vous chez Marie Tremblay demain.")
        assert mark_of(page, "PERSON").is_visible()
        _screenshot(page, "underlined-name", full_page=False)

        welcome = extension.extension_page("welcome/welcome.html")
        expect(welcome.locator('[data-gf-status="connected"]')).to_be_visible()
        welcome.select_option('[data-gf-field="policy"]', "barreau-qc")
        welcome.click('[data-gf-action="try"]')
        findings = welcome.locator('[data-gf-field="findings"]')
        expect(findings.locator('li[data-gf-type="PERSON"]')).to_be_visible()
        expect(findings.locator('li[data-gf-type="CLIENT_CONFIDENTIALITY"]')).to_be_visible()
        _screenshot(welcome, "welcome-connected")
        welcome.click('[data-gf-action="switch-language"]')
        expect(welcome.locator('[data-gf-status="connected"]')).to_have_text(
            "Connected: Garde-fou is ready.")
        expect(welcome.locator('[data-gf-field="policy"] option[value="barreau-qc"]')).to_have_text(
            "Barreau du Québec — lawyers")
        welcome.click('[data-gf-action="try"]')
        expect(findings.locator('li[data-gf-type="PERSON"]')).to_contain_text("“Marie Tremblay”")
        _screenshot(welcome, "welcome-connected-en")

        # A new token (`garde-fou token --rotate`): the companion refuses the old one and the
        # extension pairs again by itself.
        subprocess.run([str(GARDE_FOU), "token", "--rotate"], env=env, capture_output=True,
                       timeout=60, check=True)
        page.bring_to_front()
        page.keyboard.type(" Salutations à Julie Gagnon.")
        _expect_names_underlined(page, 2)
        options = extension.extension_page("options/options.html")
        assert options.input_value('[data-gf-field="token"]') == (
            tmp_path / "config" / "token").read_text().strip()
        options.close()

        # The companion stops (a reboot, a crash): the next check starts it again.
        assert len(stop_companions_on_port(port)) == 1
        _wait_until_down(port)
        page.bring_to_front()
        page.keyboard.type(" Et merci à Paul Roy.")
        _expect_names_underlined(page, 3, timeout_ms=FIRST_START_MS)
    finally:
        context.close()
        stopped = stop_companions_on_port(port)
    assert len(stopped) == 1, "the host should have started exactly one companion"

    subprocess.run([str(GARDE_FOU), "uninstall"], env=env, capture_output=True, timeout=60,
                   check=True)
    assert not manifest_path.exists()


def _expect_names_underlined(page, count: int, timeout_ms: int | None = None) -> None:
    """Waits until `count` names are underlined: only an analysis of the text now in the box can
    show them all (the chip's count also holds policy findings of the earlier text). A name
    wrapped over two lines has several marks of one finding."""
    def names() -> int:
        marks = overlay(page).query_all('.gf-mark[data-gf-type="PERSON"]')
        return len({mark.attribute("data-gf-finding") for mark in marks})

    overlay(page).wait_until(lambda: names() == count, f"{count} names underlined",
                             *([timeout_ms] if timeout_ms else []))
