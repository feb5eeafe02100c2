"""What the shipped extension may touch, read from its files (no browser needed): content scripts
only on the three sites (Facebook also as web. and Meta Business Suite), network only to the
companion on the loopback, no test-only hosts."""

from __future__ import annotations

import json
import re

from .conftest import EXTENSION_DIR

SITE_PATTERNS = {
    f"https://{host}/*"
    for site in ("facebook.com", "linkedin.com", "instagram.com")
    for host in (site, f"www.{site}")
} | {f"https://{host}.facebook.com/*" for host in ("m", "web", "business")}
COMPANION_PATTERNS = {"http://127.0.0.1/*", "http://localhost/*"}


def manifest() -> dict:
    return json.loads((EXTENSION_DIR / "manifest.json").read_text())


def test_content_scripts_run_only_on_the_three_sites():
    for script in manifest()["content_scripts"]:
        assert set(script["matches"]) <= SITE_PATTERNS


def test_host_permissions_are_the_sites_and_the_loopback_only():
    assert set(manifest()["host_permissions"]) <= SITE_PATTERNS | COMPANION_PATTERNS


def test_only_the_background_makes_requests_and_only_to_the_loopback():
    sources = {path: path.read_text() for path in EXTENSION_DIR.rglob("*.js")}
    requesting = {
        path.relative_to(EXTENSION_DIR).as_posix()
        for path, code in sources.items()
        if re.search(r"\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon", code)
    }
    assert requesting == {"background/companion-client.js"}
    for code in sources.values():
        assert set(re.findall(r"https?://([\w.-]+)", code)) <= {"127.0.0.1"}


def test_content_scripts_never_write_to_storage():
    for path in (EXTENSION_DIR / "content").rglob("*.js"):
        assert not re.search(r"storage\.\w+\.set|saveSettings", path.read_text()), path


def test_content_scripts_never_read_the_pairing_token_or_the_name_lists():
    """They read the per-site switches only; the token stays with the background."""
    for path in (EXTENSION_DIR / "content").rglob("*.js"):
        code = path.read_text()
        assert not re.search(r"loadSettings|storage\.\w+\.get|settings\.token", code), path
    loaded = manifest()["content_scripts"][0]["js"]
    assert "background/companion-client.js" not in loaded
