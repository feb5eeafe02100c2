"""The packages sent to the stores: the Chrome Web Store and Edge Add-ons refuse a manifest
"key" (they assign the id) and Firefox-only settings; Firefox gets its event page."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile

import pytest
from playwright.sync_api import expect

from companion.config import FIREFOX_ADDON_ID

from .conftest import GARDE_FOU, REPO_ROOT, _free_port, extension_of, launch_extension_browser
from .helpers import mark_of, type_in, welcome_page


@pytest.fixture(scope="module")
def packages() -> dict[str, dict]:
    subprocess.run([str(REPO_ROOT / "scripts" / "package-extension")], check=True,
                   capture_output=True, timeout=600)
    manifests = {}
    for browser in ("chrome", "firefox"):
        with zipfile.ZipFile(REPO_ROOT / "dist" / f"garde-fou-{browser}.zip") as package:
            manifests[browser] = json.loads(package.read("manifest.json"))
            assert "welcome/welcome.html" in package.namelist()
    return manifests


def test_the_chrome_store_package_has_no_key_and_no_firefox_settings(packages):
    chrome = packages["chrome"]
    assert "key" not in chrome
    assert "browser_specific_settings" not in chrome
    assert chrome["background"] == {"service_worker": "background/service-worker.js"}
    assert "nativeMessaging" in chrome["permissions"]


def test_the_firefox_package_keeps_its_addon_id_and_event_page(packages):
    firefox = packages["firefox"]
    assert "key" not in firefox
    assert firefox["browser_specific_settings"]["gecko"]["id"] == FIREFOX_ADDON_ID
    assert "service_worker" not in firefox["background"]
    assert "background/native-pairing.js" in firefox["background"]["scripts"]


@pytest.mark.e2e
def test_a_store_id_added_to_extension_ids_pairs_and_is_served(
        packages, playwright_session, site_server, tmp_path, stop_companions_on_port):
    """The store build has an id of its own: once the companion's configuration allows it and
    `garde-fou install` has run again, "Try again" on the welcome page pairs, and posts are
    checked."""
    unpacked = tmp_path / "store-build"
    with zipfile.ZipFile(REPO_ROOT / "dist" / "garde-fou-chrome.zip") as package:
        package.extractall(unpacked)
    config_dir, profile, port = tmp_path / "config", tmp_path / "profile", _free_port()
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(config_dir), "GARDE_FOU_PORT": str(port)}
    env.pop("GARDE_FOU_EXTENSION_IDS", None)
    context = launch_extension_browser(playwright_session, profile, site_server, env, unpacked)
    try:
        extension = extension_of(context)
        store_id = extension.extension_id
        welcome = welcome_page(context)  # opened on install; the companion refuses this id
        expect(welcome.locator('[data-gf-status="refused"], [data-gf-status="not-installed"]')
               ).to_be_visible()
        config_dir.mkdir()
        (config_dir / "config.toml").write_text(f'extension_ids = ["{store_id}"]\n')
        subprocess.run([str(GARDE_FOU), "install", "--browser", "chromium",
                        "--user-data-dir", str(profile)], env=env, check=True,
                       capture_output=True, timeout=60)
        manifest = json.loads((profile / "NativeMessagingHosts" /
                               "ca.gardefou.companion.json").read_text())
        assert manifest["allowed_origins"] == [f"chrome-extension://{store_id}/"]

        welcome.click('[data-gf-action="retry"]')
        expect(welcome.locator('[data-gf-status="connected"]')).to_be_visible(timeout=240_000)
        page = extension.site_page("www.facebook.com", "facebook.html")
        type_in(page, "#post", "Rendez-vous chez Marie Tremblay demain.")
        assert mark_of(page, "PERSON").is_visible()
    finally:
        context.close()
        stop_companions_on_port(port)
