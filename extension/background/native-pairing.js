/*
 * Pairs the extension with the companion by itself, through the native messaging host that
 * `garde-fou install` registers (ca.gardefou.companion): the host starts the companion if it is
 * not running and answers its port and token, which are saved like a pasted token would be.
 * Runs on install, on browser start-up, and whenever the companion refuses the token or cannot
 * be reached (see companion-client.js). Opens the welcome page on install.
 */
(function (root) {
  "use strict";

  const { MessageType, extensionApi } = root.GardeFouProtocol;
  const { saveSettings } = root.GardeFouSettings;

  const HOST_NAME = "ca.gardefou.companion";
  // Loading the models takes a while on a first start; the host waits for the companion's health.
  const PAIR_TIMEOUT_MS = 240_000;
  // After a failed attempt (host not installed, companion failing), automatic attempts pause.
  const RETRY_AFTER_FAILURE_MS = 60_000;
  const WELCOME_PAGE = "welcome/welcome.html";

  let pending = null;
  let lastFailure = { at: -Infinity, result: null };

  // What the browser says when the host is missing or does not allow this extension.
  function hostErrorCode(text) {
    if (/not found|no such native application/i.test(text)) return "host_missing";
    if (/forbidden|not allowed/i.test(text)) return "host_forbidden";
    return "host_failed";
  }

  // One pairing exchange over a port: a port (unlike sendNativeMessage) keeps Chrome's service
  // worker alive while the host waits for the companion to start.
  function askHost() {
    return new Promise((resolve) => {
      let port;
      const finish = (answer) => {
        clearTimeout(timer);
        try {
          port?.disconnect();
        } catch {
          // already disconnected
        }
        resolve(answer);
      };
      const timer = setTimeout(
        () => finish({ type: "error", code: "host_timeout", message: "no answer from the host" }),
        PAIR_TIMEOUT_MS,
      );
      try {
        port = extensionApi.runtime.connectNative(HOST_NAME);
      } catch (error) {
        finish({ type: "error", code: hostErrorCode(String(error?.message || error)), message: String(error?.message || error) });
        return;
      }
      port.onMessage.addListener((answer) => finish(answer));
      port.onDisconnect.addListener((disconnected) => {
        const text = String(disconnected?.error?.message || extensionApi.runtime.lastError?.message || "host closed");
        finish({ type: "error", code: hostErrorCode(text), message: text });
      });
      port.postMessage({ type: "pair" });
    });
  }

  async function pairOnce() {
    const answer = await askHost();
    if (answer?.type === "paired" && typeof answer.token === "string" && Number.isInteger(answer.port)) {
      await saveSettings({ token: answer.token, companionPort: answer.port });
      lastFailure = { at: -Infinity, result: null };
      return { status: "paired", version: String(answer.version || "") };
    }
    const result = { status: "failed", code: String(answer?.code || "host_failed"), message: String(answer?.message || "") };
    lastFailure = { at: Date.now(), result };
    return result;
  }

  // Pairs unless an attempt failed a moment ago (`force` asks anyway); concurrent callers share
  // one attempt.
  function pair({ force = false } = {}) {
    if (pending) return pending;
    if (!force && Date.now() - lastFailure.at < RETRY_AFTER_FAILURE_MS) return Promise.resolve(lastFailure.result);
    pending = pairOnce().finally(() => {
      pending = null;
    });
    return pending;
  }

  function openWelcome() {
    return extensionApi.tabs.create({ url: extensionApi.runtime.getURL(WELCOME_PAGE) });
  }

  extensionApi.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === "install") openWelcome();
    pair({ force: true });
  });
  extensionApi.runtime.onStartup.addListener(() => pair({ force: true }));

  extensionApi.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== extensionApi.runtime.id) return false;
    if (message?.type === MessageType.PAIR) {
      pair({ force: true }).then(sendResponse);
      return true;
    }
    if (message?.type === MessageType.OPEN_WELCOME) {
      openWelcome().then(() => sendResponse({ opened: true }));
      return true;
    }
    return false;
  });

  root.GardeFouNativePairing = Object.freeze({ pair });
})(globalThis);
