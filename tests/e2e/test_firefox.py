"""The same extension tree in Firefox (background event page, moz-extension origin): a name typed
in each stand-in editor is redacted in the editor's own state. Firefox is driven over WebDriver
BiDi by puppeteer-core (tests/e2e/firefox_driver.mjs), through the same steps a person takes: redact
by clicking the underlined name, redact all and type on, Enter held on a risky comment, and a page
script that plants a box."""

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
    ("www.linkedin.com", "linkedin-feed.html", ".tiptap.ProseMirror", "window.__tiptapText()"),
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


@pytest.fixture(scope="module")
def firefox_report(companion, site_server, tmp_path_factory) -> dict:
    """One Firefox run through every scenario of the driver (Firefox starts once)."""
    if FIREFOX is None:
        pytest.skip("Firefox is not installed (apt-get install firefox-esr)")
    extension = firefox_extension(
        tmp_path_factory.mktemp("firefox"), companion.token, companion.port
    )
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
            "facebook": "https://www.facebook.com/pages/facebook.html",
        }
        run = subprocess.run(
            ["node", str(DRIVER), json.dumps(arguments)],
            capture_output=True,
            text=True,
            timeout=400,
            cwd=DRIVER.parent,
        )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_firefox_redacts_in_lexical_quill_tiptap_and_react_textarea(firefox_report):
    for result in firefox_report["redact"]:
        assert "error" not in result, (firefox_report["version"], result)
        text = result["text"].removesuffix("\n")  # Quill's document ends with a newline
        replacement = replacement_between(text, "Bravo 🎉 à ", " pour tout!")
        assert replacement.strip() and "Marie" not in replacement, result


def test_firefox_typing_after_redact_all_lands_where_the_caret_was(firefox_report):
    for result in firefox_report["redactAll"]:
        assert "error" not in result, (firefox_report["version"], result)
        text = result["text"].removesuffix("\n")
        assert text.startswith("Rencontre avec ") and text.endswith(" hier. FIN"), result


def test_firefox_holds_enter_on_a_block_comment_until_publish_anyway(firefox_report):
    result = firefox_report["guard"]
    assert "error" not in result, result
    assert result["whileHeld"] == []
    assert result["published"] == ["Mon NAS est le 271 849 382, merci de le noter."]


def test_firefox_page_cannot_get_a_planted_box_analysed_nor_see_the_overlay(firefox_report):
    result = firefox_report["privacy"]
    assert "error" not in result, result
    assert result["chips"] == 1 and result["phoneMarks"] == 0
    assert result["host"] == {"shadowRoot": False, "attributes": []}
