"""Never "nothing to flag" when nothing was checked: whenever the companion answers without
analysing the text now in the box (a policy pack that is gone, an extension id it does not allow, a
text over its limit) or its answer is still to come, the chip says "Non vérifié" with the reason,
and the popup and options check the way an analysis goes."""

from __future__ import annotations

import os
import re
import signal
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import Companion
from .helpers import CHIP, expect_chip, mark_of, type_in
from .overlay import overlay

pytestmark = pytest.mark.e2e

GONE_POLICY = "ancien-pack-renomme"
# The UI speaks French with Debian's chromium-l10n, English without it.
NOT_CHECKED = re.compile("Non vérifié|Not checked")
CHECKING = re.compile("vérification|checking")


def set_storage(browser, values: dict) -> None:
    """What a user's earlier choice left in the extension's settings."""
    page = browser.extension_page("options/options.html")
    page.evaluate("(values) => chrome.storage.local.set(values)", values)
    page.close()


def expect_unchecked(page, reason: str) -> None:
    expect_chip(page, "data-gf-severity", "unchecked")
    overlay(page).expect_text(CHIP, NOT_CHECKED)
    overlay(page).expect_text(CHIP, reason)
    expect_chip(page, "data-gf-count", "0")
    assert overlay(page).query_all(".gf-mark") == []


@pytest.fixture
def gone_policy(no_policy) -> Iterator[None]:
    set_storage(no_policy, {"policy": GONE_POLICY})
    yield
    set_storage(no_policy, {"policy": ""})


def test_a_policy_pack_that_is_gone_shows_not_checked_and_the_popup_says_why(
    no_policy, gone_policy, close_pages
):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay aujourd'hui.")
    expect_unchecked(page, GONE_POLICY)

    page.keyboard.type(" Bonne journée!")
    expect_unchecked(page, GONE_POLICY)

    popup = no_policy.extension_page("popup/popup.html")
    status = popup.locator('[data-gf-status="error"]')
    expect(status).to_be_visible()
    expect(status).to_contain_text(GONE_POLICY)


def test_a_text_over_the_companions_limit_shows_not_checked(no_policy, close_pages):
    page = no_policy.site_page("www.instagram.com", "instagram.html")
    page.click("textarea.comment")
    page.keyboard.insert_text("Marie Tremblay " * 7_000)  # 105 000 characters; the limit is 100 000
    expect_unchecked(page, "100000")


def test_a_pending_analysis_is_never_shown_as_nothing_found(no_policy, companion, close_pages):
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Premier jet.")
    expect_chip(page, "data-gf-severity", "none")

    os.kill(companion.process.pid, signal.SIGSTOP)  # the answer to what follows is slow to come
    try:
        page.keyboard.type(" Une pensée pour Marie Tremblay.")
        expect_chip(page, "data-gf-severity", "unchecked")
        overlay(page).expect_text(CHIP, CHECKING)
        (live_region,) = overlay(page).query_all('[role="status"][aria-live="polite"]')
        assert not CHECKING.search(live_region.text())  # not announced at every pause in typing
    finally:
        os.kill(companion.process.pid, signal.SIGCONT)
    mark_of(page, "PERSON")


@pytest.fixture
def companion_refusing_this_extension(companion) -> Iterator[Companion]:
    """A companion (same token) that allows another extension id only."""
    refusing = Companion(
        Path(companion.env["GARDE_FOU_CONFIG_DIR"]),
        {"extension_ids": "abcdefghijklmnopabcdefghijklmnop"},
    )
    refusing.start()
    yield refusing
    refusing.stop()


def test_a_companion_refusing_the_extension_is_reported_everywhere(
    no_policy, companion, companion_refusing_this_extension, close_pages
):
    try:
        options = no_policy.pair(companion.token, companion_refusing_this_extension.port)
        # The companion's own words: "Only the Garde-fou extension may call the companion…"
        expect(options.locator('[data-gf-status="error"]')).to_contain_text("Garde-fou extension")
        popup = no_policy.extension_page("popup/popup.html")
        expect(popup.locator('[data-gf-status="error"]')).to_contain_text("Garde-fou extension")

        page = no_policy.site_page("www.facebook.com", "facebook.html")
        type_in(page, "#post", "Souper avec Marie Tremblay.")
        expect_unchecked(page, "extension")
    finally:
        options = no_policy.pair(companion.token, companion.port)
    expect(options.locator('[data-gf-status="connected"]')).to_be_visible()


class StubCompanion:
    """A companion that is up (its health check answers) but fails every other request: it
    never answers ("hang") or answers a bare 500 ("crash")."""

    def __init__(self, behaviour: str) -> None:
        released = self.released = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/v1/health":
                    self.answer(200, b'{"status": "ok", "version": "stub", "languages": ["fr"]}')
                else:
                    self.fail()

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.fail()

            def fail(self) -> None:
                if behaviour == "hang":
                    released.wait()
                else:
                    self.answer(500, b"Internal Server Error", "text/plain")

            def answer(self, code: int, body: bytes, kind: str = "application/json") -> None:
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]

    def __enter__(self) -> StubCompanion:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        pytest.param("hang", re.compile("à temps|in time"), id="analysis-times-out"),
        pytest.param("crash", "HTTP 500", id="server-error"),
    ],
)
def test_a_companion_that_is_up_but_does_not_analyse_shows_not_checked(
    no_policy, companion, close_pages, behaviour, reason
):
    with StubCompanion(behaviour) as stub:
        try:
            options = no_policy.pair(companion.token, stub.port)
            expect(options.locator('[data-gf-status="error"]')).to_be_visible()
            page = no_policy.site_page("www.facebook.com", "facebook.html")
            type_in(page, "#post", "Souper avec Marie Tremblay.")
            expect_unchecked(page, reason)
        finally:
            options = no_policy.pair(companion.token, companion.port)
    expect(options.locator('[data-gf-status="connected"]')).to_be_visible()


def test_options_refuse_name_lists_the_companion_would_reject(browser, close_pages):
    options = browser.extension_page("options/options.html")
    options.fill('[data-gf-field="always-flag"]', "\n".join(f"Nom {n}" for n in range(1001)))
    options.click('[data-gf-action="save"]')
    expect(options.locator('[data-gf-status="invalid"]')).to_contain_text("1000")

    options.fill('[data-gf-field="always-flag"]', "Marie " + "x" * 200)
    options.click('[data-gf-action="save"]')
    expect(options.locator('[data-gf-status="invalid"]')).to_contain_text("200")
    stored = options.evaluate("chrome.storage.local.get('alwaysFlag')")
    assert stored.get("alwaysFlag", []) == []


def test_a_name_typed_into_and_restored_is_flagged_again(no_policy, close_pages):
    """An edit inside a flagged name drops its underline; undoing that edit before the next
    analysis brings back a text sent earlier, which must be analysed again, not taken as clean."""
    page = no_policy.site_page("www.facebook.com", "facebook.html")
    type_in(page, "#post", "Une pensée pour Marie Tremblay.")
    mark_of(page, "PERSON")
    for _ in range(4):
        page.keyboard.press("ArrowLeft")  # inside "Tremblay"
    page.keyboard.type("x")
    page.keyboard.press("Backspace")

    mark_of(page, "PERSON")
    expect_chip(page, "data-gf-count", "1")
