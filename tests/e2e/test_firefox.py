"""The same extension tree in Firefox (background event page, moz-extension origin): a name typed
in each stand-in editor is redacted in the editor's own state. Firefox is driven over WebDriver
BiDi by puppeteer-core (tests/e2e/firefox_driver.mjs); skipped where Firefox is not installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import EXTENSION_DIR
from .helpers import replacement_between
from .site_server import SiteProxy

pytestmark = pytest.mark.e2e

FIREFOX = shutil.which("firefox-esr") or shutil.which("firefox")
DRIVER = Path(__file__).parent / "firefox_driver.mjs"
PAGES = [
    ("www.facebook.com", "facebook.html", "#post", "window.__lexicalState().text"),
    ("www.linkedin.com", "linkedin.html", ".ql-editor", "window.__quill.getText()"),
    ("www.linkedin.com", "linkedin-quill2.html", ".ql-editor", "window.__quill.getText()"),
    ("www.instagram.com", "instagram.html", "textarea.comment", "window.__reactValue()"),
]


def firefox_extension(directory: Path, token: str, port: int) -> Path:
    """The extension as packaged for Firefox, paired with the companion. The pairing is written
    to storage by a small background script added here: WebDriver BiDi may not open the
    extension's own options page, the one step a person does that this test cannot."""
    target = directory / "extension"
    shutil.copytree(EXTENSION_DIR, target)
    manifest = json.loads((target / "manifest.json").read_text())
    del manifest["background"]["service_worker"], manifest["key"]
    manifest["background"]["scripts"].append("test-pairing.js")
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
    pairing = json.dumps({"token": token, "companionPort": port})
    (target / "test-pairing.js").write_text(f"browser.storage.local.set({pairing});\n")
    return target


@pytest.mark.skipif(
    FIREFOX is None, reason="Firefox is not installed (apt-get install firefox-esr)"
)
def test_firefox_redacts_in_lexical_quill_and_react_textarea(companion, site_server, tmp_path):
    extension = firefox_extension(tmp_path, companion.token, companion.port)
    pages = [
        {"url": f"https://{host}/pages/{page}", "box": box, "state": state}
        for host, page, box, state in PAGES
    ]
    with SiteProxy(site_server.port) as proxy:
        arguments = {
            "firefox": FIREFOX,
            "extensionDir": str(extension),
            "proxyPort": proxy.port,
            "pages": pages,
        }
        run = subprocess.run(
            ["node", str(DRIVER), json.dumps(arguments)],
            capture_output=True,
            text=True,
            timeout=240,
            cwd=DRIVER.parent,
        )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    for result in report["results"]:
        assert "error" not in result, (report["version"], result)
        text = result["text"].removesuffix("\n")  # Quill's document ends with a newline
        replacement = replacement_between(text, "Bravo 🎉 à ", " pour tout!")
        assert replacement.strip() and "Marie" not in replacement, result
