"""background/native-pairing.js against a fake browser API, run in a page: what it saves, when
it asks the host again, and how it names the browser's errors."""

from __future__ import annotations

import pytest

from .conftest import EXTENSION_DIR

pytestmark = pytest.mark.e2e

SCRIPTS = ("shared/protocol.js", "shared/settings.js", "background/native-pairing.js")

# A stand-in for chrome.*: connectNative gives ports that answer as window.hostBehaviour says.
FAKE_API = """() => {
  window.ports = [];
  window.saved = {};
  window.hostBehaviour = "paired";
  const answer = (port) => {
    if (window.hostBehaviour === "paired") {
      const paired = { type: "paired", port: 9123, token: "t0k3n", version: "0.1.0" };
      port.messageListeners.forEach((f) => f(paired));
    } else {
      chrome.runtime.lastError = { message: window.hostBehaviour };
      port.disconnectListeners.forEach((f) => f(port));
      chrome.runtime.lastError = undefined;
    }
  };
  const listeners = { addListener() {} };
  window.chrome = {
    runtime: {
      id: "test",
      lastError: undefined,
      connectNative(name) {
        const port = {
          name, sent: [], messageListeners: [], disconnectListeners: [],
          onMessage: { addListener: (f) => port.messageListeners.push(f) },
          onDisconnect: { addListener: (f) => port.disconnectListeners.push(f) },
          postMessage(message) { port.sent.push(message); setTimeout(() => answer(port), 10); },
          disconnect() { port.closed = true; },
        };
        window.ports.push(port);
        return port;
      },
      onInstalled: listeners, onStartup: listeners, onMessage: listeners,
      getURL: (path) => path,
    },
    storage: {
      local: {
        get: async () => ({}),
        set: async (changes) => Object.assign(window.saved, changes),
      },
      onChanged: listeners,
    },
    tabs: { create: async () => ({}) },
    i18n: { getUILanguage: () => "fr" },
  };
}"""


@pytest.fixture
def pairing(browser, close_pages):
    page = browser.context.new_page()
    page.evaluate(FAKE_API)
    for script in SCRIPTS:
        page.add_script_tag(path=EXTENSION_DIR / script)
    return page


def test_a_paired_answer_is_saved_as_the_token_and_port(pairing):
    result = pairing.evaluate("() => GardeFouNativePairing.pair()")
    assert result == {"status": "paired", "version": "0.1.0"}
    assert pairing.evaluate("() => window.saved") == {"token": "t0k3n", "companionPort": 9123}
    assert pairing.evaluate("() => window.ports.map((p) => [p.name, p.sent, p.closed])") == [
        ["ca.gardefou.companion", [{"type": "pair"}], True]]


def test_callers_at_the_same_moment_share_one_request_to_the_host(pairing):
    pairing.evaluate("() => Promise.all([1, 2, 3].map(() => GardeFouNativePairing.pair()))")
    assert pairing.evaluate("() => window.ports.length") == 1


@pytest.mark.parametrize(("browser_error", "code"), [
    ("Specified native messaging host not found.", "host_missing"),
    ("Access to the specified native messaging host is forbidden.", "host_forbidden"),
    ("Native host has exited.", "host_failed"),
])
def test_the_browsers_errors_are_named_and_automatic_attempts_pause(pairing, browser_error,
                                                                   code):
    pairing.evaluate("(error) => { window.hostBehaviour = error; }", browser_error)
    first = pairing.evaluate("() => GardeFouNativePairing.pair()")
    assert first == {"status": "failed", "code": code, "message": browser_error}
    # A moment later, an automatic attempt does not bother the host again…
    assert pairing.evaluate("() => GardeFouNativePairing.pair()") == first
    assert pairing.evaluate("() => window.ports.length") == 1
    # …but the welcome page's "Try again" does, and succeeds once the host is there.
    pairing.evaluate("() => { window.hostBehaviour = 'paired'; }")
    forced = pairing.evaluate("() => GardeFouNativePairing.pair({ force: true })")
    assert forced["status"] == "paired"
    assert pairing.evaluate("() => window.ports.length") == 2
    assert pairing.evaluate("() => window.saved.token") == "t0k3n"
