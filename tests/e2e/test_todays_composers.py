"""The composers the sites use today, each on a page built from the real editor library and served
as the real host: LinkedIn's Quill share box inside the open shadow root #interop-outlet and its
TipTap comment box, Instagram's Lexical caption dialog and comment textarea, Facebook's post,
comment and Messenger boxes (Lexical) also on web.facebook.com, and Meta Business Suite's
composer. A typed name is underlined; one click on the card's redaction changes the editor's own
state (read from the editor, not the screen), and what the user types next lands after the post's
last word; a `block` finding holds the publication."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from .conftest import EXTENSION_DIR
from .helpers import (
    CHIP,
    card_button,
    chip_button,
    expect_chip,
    mark_of,
    replacement_between,
    type_in,
    wait_caret_at_end,
)
from .overlay import overlay

pytestmark = pytest.mark.e2e

LINKEDIN, INSTAGRAM = "www.linkedin.com", "www.instagram.com"
FACEBOOK, WEB_FACEBOOK, BUSINESS_SUITE = (
    "www.facebook.com",
    "web.facebook.com",
    "business.facebook.com",
)
QUILL_TEXT = "window.__quill.getText()"
TIPTAP_TEXT = "window.__tiptapText()"
LEXICAL_TEXT = "window.__lexicalState().text"
SIN = "Mon NAS est le 271 849 382, merci de le noter."  # a NAS/SIN is a `block` finding

# (host, page, the box as a person clicks it, the editor's own text)
SURFACES = [
    pytest.param(
        LINKEDIN,
        "linkedin-share.html",
        "#interop-outlet .ql-editor",
        QUILL_TEXT,
        id="linkedin-share-quill-in-shadow-root",
    ),
    pytest.param(
        LINKEDIN,
        "linkedin-feed.html",
        '[data-view-name="comment-box"] .tiptap.ProseMirror',
        TIPTAP_TEXT,
        id="linkedin-comment-tiptap",
    ),
    pytest.param(
        INSTAGRAM,
        "instagram.html",
        '[role="dialog"] #caption',
        LEXICAL_TEXT,
        id="instagram-caption-dialog-lexical",
    ),
    pytest.param(
        INSTAGRAM,
        "instagram.html",
        "textarea.comment",
        "window.__reactValue()",
        id="instagram-comment-textarea",
    ),
    pytest.param(FACEBOOK, "facebook.html", "#post", LEXICAL_TEXT, id="facebook-post"),
    pytest.param(
        FACEBOOK, "facebook.html", "#comment", "window.__commentState().text", id="facebook-comment"
    ),
    pytest.param(
        FACEBOOK,
        "facebook.html",
        "#message",
        "window.__messageState().text",
        id="facebook-messenger",
    ),
    pytest.param(WEB_FACEBOOK, "facebook.html", "#post", LEXICAL_TEXT, id="web-facebook-post"),
    pytest.param(
        BUSINESS_SUITE, "business-suite.html", "#post", LEXICAL_TEXT, id="business-suite-composer"
    ),
]


def editor_text(page, state: str) -> str:
    """The editor's own text, without the final new line Quill always keeps."""
    return page.evaluate(state).removesuffix("\n")


@pytest.mark.parametrize(("host", "page_file", "box", "state"), SURFACES)
def test_a_name_is_redacted_in_the_editors_state_and_typing_goes_on_after_it(
    no_policy, close_pages, host, page_file, box, state
):
    page = no_policy.site_page(host, page_file)
    before, after = "Merci à ", " pour son aide au dossier."
    type_in(page, box, before + "Marie Tremblay" + after)

    mark_of(page, "PERSON").hover()  # the card opens on hover; the caret stays at the end
    card_button(page, "redact").click()
    page.wait_for_function(f"!({state}).includes('Tremblay')")
    replacement = replacement_between(editor_text(page, state), before, after)
    assert replacement.strip() and "Marie" not in replacement
    wait_caret_at_end(page, box)

    page.keyboard.type(" Merci!")
    page.wait_for_function(f"({state}).trimEnd().endsWith({after + ' Merci!'!r})")
    assert editor_text(page, state).startswith(before + replacement + after)


# (host, page, box, how the site publishes it, what it published)
HELD_SUBMISSIONS = [
    pytest.param(
        FACEBOOK,
        "facebook.html",
        "#message",
        "Enter",
        "window.__sent",
        id="facebook-messenger-enter",
    ),
    pytest.param(
        WEB_FACEBOOK,
        "facebook.html",
        "#comment",
        "Enter",
        "window.__published",
        id="web-facebook-comment-enter",
    ),
    pytest.param(
        LINKEDIN,
        "linkedin-feed.html",
        '[data-view-name="comment-box"] .tiptap',
        '[data-view-name="comment-box"] .publish',
        "window.__published",
        id="linkedin-comment-button",
    ),
    pytest.param(
        LINKEDIN,
        "linkedin-share.html",
        "#interop-outlet .ql-editor",
        "#interop-outlet .publish",
        "window.__published",
        id="linkedin-share-button-in-shadow-root",
    ),
    pytest.param(
        INSTAGRAM,
        "instagram.html",
        '[role="dialog"] #caption',
        '[role="dialog"] .publish',
        "window.__shared",
        id="instagram-caption-share-button",
    ),
    pytest.param(
        BUSINESS_SUITE,
        "business-suite.html",
        "#post",
        ".publish",
        "window.__published",
        id="business-suite-publish-button",
    ),
]


@pytest.mark.parametrize(("host", "page_file", "box", "publish", "published"), HELD_SUBMISSIONS)
def test_a_block_finding_holds_the_publication_until_the_user_says_so(
    no_policy, close_pages, host, page_file, box, publish, published
):
    page = no_policy.site_page(host, page_file)
    type_in(page, box, SIN)
    expect_chip(page, "data-gf-severity", "block")

    if publish == "Enter":
        page.keyboard.press("Enter")
    else:
        page.click(publish)
    chip_button(page, "publish-anyway")
    assert page.evaluate(published) == []

    chip_button(page, "publish-anyway").click()
    page.wait_for_function(f"{published}.length === 1")
    assert page.evaluate(published)[0].strip() == SIN


def test_closing_the_share_box_in_its_shadow_root_takes_its_chip_and_underlines_away(
    no_policy, close_pages
):
    page = no_policy.site_page(LINKEDIN, "linkedin-share.html")
    type_in(page, "#interop-outlet .ql-editor", "Bravo à Marie Tremblay pour sa conférence.")
    mark_of(page, "PERSON")
    expect_chip(page, "data-gf-count", "1")

    page.click("#interop-outlet .dismiss")
    overlay(page).expect_count(CHIP, 0)
    overlay(page).expect_count(".gf-mark", 0)


def test_a_mention_rendered_by_lexicals_mention_plugin_is_replaced_whole(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Merci @[Marie Tremblay] pour ton aide avec le dossier.")
    mention = page.locator("#post .mention")
    assert mention.get_attribute("spellcheck") == "false"
    assert mention.get_attribute("data-lexical-text") == "true"
    assert mention.get_attribute("data-lexical-mention") is None  # only on copied HTML

    mark_of(page, "PERSON").hover()
    card_button(page, "redact").click()
    page.wait_for_function(f"!{LEXICAL_TEXT}.includes('Tremblay')")
    state = page.evaluate("window.__lexicalState()")
    assert not any(node["type"] == "mention" for node in state["nodes"]), state
    replacement = replacement_between(state["text"], "Merci ", " pour ton aide avec le dossier.")
    assert replacement.strip() and "@" not in replacement


def test_every_host_the_content_script_runs_on_has_its_sites_adapter(browser, close_pages):
    """A host in the manifest without an adapter would get only the generic fallback, and its
    findings would be counted under no site (and escape the popup's per-site switch)."""
    manifest = json.loads((EXTENSION_DIR / "manifest.json").read_text())
    content_scripts = manifest["content_scripts"][0]["js"]
    hosts = {
        urlsplit(pattern.replace("*", "")).hostname
        for pattern in manifest["content_scripts"][0]["matches"]
    }
    page = browser.context.new_page()
    for script in content_scripts:
        if script.startswith(("content/namespace", "content/adapters/")):
            page.add_script_tag(path=EXTENSION_DIR / script)
    platforms = page.evaluate(
        "(hosts) => hosts.map((host) => GardeFou.adapters.platformOf(host))", sorted(hosts)
    )
    assert dict(zip(sorted(hosts), platforms, strict=True)) == {
        host: host.split(".")[-2] for host in hosts
    }
