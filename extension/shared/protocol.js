/*
 * The one message protocol between the content scripts, the popup, the options page and the
 * background. Only the background talks to the companion; everyone else sends it these messages
 * with chrome.runtime.sendMessage and gets the documented reply.
 */
(function (root) {
  "use strict";

  const MessageType = Object.freeze({
    // content → background. payload: {text, platform}
    // reply: {status: "connected", language, findings} | {status: "offline"|"needs-token"|"error", message}
    ANALYZE: "garde-fou/analyze",
    // popup, options → background. payload: {}. Checked by a tiny analysis with the settings in force.
    // reply: {status: "connected"|"offline"|"needs-token"} | {status: "error", message: the companion's reason}
    GET_STATUS: "garde-fou/get-status",
    // popup → background. payload: {}
    // reply: {status: "connected", policies: [{id, name: {fr, en}, description: {fr, en}, source}]} | {status, message}
    LIST_POLICIES: "garde-fou/list-policies",
    // welcome page → background: pair through the native host now. payload: {}
    // reply: {status: "paired", version} | {status: "failed", code, message}
    PAIR: "garde-fou/pair",
    // content (the chip), popup → background: open the welcome page. payload: {}
    OPEN_WELCOME: "garde-fou/open-welcome",
    // content (the card) → background: never flag this name again. payload: {name}. reply: {ok}
    NEVER_FLAG: "garde-fou/never-flag",
    // content (the card) → background: turn this policy rule off. payload: {rule: {policy, id}}. reply: {ok}
    DISABLE_RULE: "garde-fou/disable-rule",
    // content (the card) → background: ignore this finding in this post, also once the composer is
    // reopened. payload: {text: the post, finding: {type, text}}. reply: {ok}. Only a hash is kept.
    IGNORE_IN_POST: "garde-fou/ignore-in-post",
  });

  // What the background answers in `status`; the popup shows it in data-gf-status.
  const CompanionStatus = Object.freeze({
    CONNECTED: "connected",
    OFFLINE: "offline",
    NEEDS_TOKEN: "needs-token",
    ERROR: "error",
  });

  const extensionApi = root.browser ?? root.chrome;

  function sendMessage(type, payload = {}) {
    return extensionApi.runtime.sendMessage({ type, ...payload });
  }

  root.GardeFouProtocol = Object.freeze({ MessageType, CompanionStatus, extensionApi, sendMessage });
})(globalThis);
