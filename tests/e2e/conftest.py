"""Fixtures of the browser tests: the real companion, the sites' stand-in, and Chromium with the
unpacked extension, paired through its options page like a user would."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, expect, sync_playwright

from .site_server import SITE_HOSTS, SiteServer

REPO_ROOT = Path(__file__).resolve().parents[2]
EXTENSION_DIR = REPO_ROOT / "extension"
GARDE_FOU = Path(sys.prefix) / "bin" / "garde-fou"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS_DIR = Path(__file__).resolve().parent / "artifacts"
COMPANION_START_TIMEOUT_S = 180
UI_WAIT_MS = 20_000

expect.set_options(timeout=UI_WAIT_MS)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Companion:
    """The real `garde-fou serve`, on a free port, with its config (and token) in a temp dir."""

    def __init__(self, config_dir: Path, settings: dict[str, str] | None = None) -> None:
        self.port = _free_port()
        self.env = {
            **os.environ,
            "GARDE_FOU_CONFIG_DIR": str(config_dir),
            "GARDE_FOU_PORT": str(self.port),
            **{f"GARDE_FOU_{name.upper()}": value for name, value in (settings or {}).items()},
        }
        self.log_path = config_dir / "serve.log"
        self.process: subprocess.Popen | None = None
        self.token = subprocess.run(
            [str(GARDE_FOU), "token"], env=self.env, check=True, capture_output=True, text=True
        ).stdout.strip()

    def health(self) -> dict | None:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.port}/v1/health", timeout=2
            ) as response:
                return json.load(response)
        except OSError:
            return None

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [str(GARDE_FOU), "serve", "--port", str(self.port)],
                env=self.env,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + COMPANION_START_TIMEOUT_S
        while (self.health() or {}).get("status") != "ok":
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"garde-fou serve did not start:\n{self.log_path.read_text()[-3000:]}"
                )
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.process = None


@pytest.fixture(scope="session")
def companion(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Companion]:
    if not GARDE_FOU.exists():
        pytest.fail(f"{GARDE_FOU} is missing: run scripts/setup --dev")
    running = Companion(tmp_path_factory.mktemp("companion-config"))
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    if not (Path(__file__).parent / "node_modules" / "lexical").is_dir():
        pytest.fail("the test pages' editor libraries are missing: (cd tests/e2e && npm ci)")
    with SiteServer(tmp_path_factory.mktemp("site-cert")) as server:
        yield server


class ExtensionBrowser:
    """Chromium with the unpacked extension: opens the sites' pages and the extension's pages."""

    def __init__(self, context: BrowserContext, extension_id: str) -> None:
        self.context = context
        self.extension_id = extension_id

    def extension_page(self, path: str) -> Page:
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.extension_id}/{path}")
        return page

    def site_page(self, host: str, page_file: str) -> Page:
        page = self.context.new_page()
        page.set_default_timeout(UI_WAIT_MS)
        page.goto(f"https://{host}/pages/{page_file}")
        page.wait_for_function("window.__ready === true")
        return page

    def pair(self, token: str, port: int) -> Page:
        """Pastes the token and port in the options page and saves, as a user does once."""
        options = self.extension_page("options/options.html")
        options.fill('[data-gf-field="token"]', token)
        options.fill('[data-gf-field="port"]', str(port))
        options.click('[data-gf-action="save"]')
        return options

    def choose_policy(self, policy_id: str) -> None:
        popup = self.extension_page("popup/popup.html")
        popup.wait_for_selector('[data-gf-status="connected"]', timeout=UI_WAIT_MS)
        popup.select_option('[data-gf-field="policy"]', policy_id)
        popup.close()


def launch_extension_browser(playwright: Playwright, profile: Path, site_server: SiteServer,
                             env: dict[str, str] | None = None,
                             extension_dir: Path = EXTENSION_DIR) -> BrowserContext:
    """Chromium with the unpacked extension, the sites mapped to the test server, in French."""
    host_rules = ", ".join(f"MAP {host} 127.0.0.1:{site_server.port}" for host in SITE_HOSTS)
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=str(CHROMIUM),
        headless=False,
        args=[
            "--headless=new",
            f"--disable-extensions-except={extension_dir}",
            f"--load-extension={extension_dir}",
            f"--host-resolver-rules={host_rules}",
            "--lang=fr-CA",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
        # The extension's UI speaks the browser's language: French, as most users in Quebec.
        env={**(env or os.environ), "LANGUAGE": "fr_CA:fr"},
        locale="fr-CA",
        viewport={"width": 1000, "height": 640},
        ignore_https_errors=True,
    )


def extension_of(context: BrowserContext) -> ExtensionBrowser:
    worker = (
        context.service_workers[0]
        if context.service_workers
        else context.wait_for_event("serviceworker")
    )
    return ExtensionBrowser(context, worker.url.split("/")[2])


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Playwright]:
    """One Playwright for the session: the shared browser and the tests' own browsers."""
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(
    companion: Companion, site_server: SiteServer, playwright_session: Playwright,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ExtensionBrowser]:
    context = launch_extension_browser(
        playwright_session, tmp_path_factory.mktemp("chromium-profile"), site_server)
    extension = extension_of(context)
    options = extension.pair(companion.token, companion.port)
    options.wait_for_selector('[data-gf-status="connected"]', timeout=UI_WAIT_MS)
    options.close()
    yield extension
    context.close()


@pytest.fixture
def no_policy(browser: ExtensionBrowser) -> Iterator[ExtensionBrowser]:
    """Personal data only, the default; restored after a test that picks a policy."""
    browser.choose_policy("")
    yield browser
    browser.choose_policy("")


USER_CHOICES_CLEARED = (
    "chrome.storage.local.set({neverFlag: [], disabledRules: [], postIgnores: []})"
)


@pytest.fixture
def close_pages(browser: ExtensionBrowser) -> Iterator[None]:
    """Closes the test's pages and forgets what its cards saved (names never flagged, rules turned
    off, post ignores), so that no test sees another's choices."""
    yield
    for page in browser.context.pages[1:]:
        page.close()
    options = browser.extension_page("options/options.html")
    options.evaluate(USER_CHOICES_CLEARED)
    options.close()
