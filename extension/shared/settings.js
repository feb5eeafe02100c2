/*
 * User settings in chrome.storage.local. They hold configuration only (the pairing token, the
 * companion port, the chosen policy, per-site switches and the user's name lists), never post text.
 */
(function (root) {
  "use strict";

  const { extensionApi } = root.GardeFouProtocol;

  const DEFAULT_SETTINGS = Object.freeze({
    token: "",
    companionPort: 8731,
    policy: "",
    enabledPlatforms: Object.freeze({ facebook: true, linkedin: true, instagram: true }),
    alwaysFlag: Object.freeze([]),
    neverFlag: Object.freeze([]),
    // Policy rules the user turned off from a card ("policy/rule-id"); re-enabled in the options.
    disabledRules: Object.freeze([]),
    // Findings ignored for one post, kept across composers: {hash, expires} only, never text.
    postIgnores: Object.freeze([]),
  });

  async function loadSettings() {
    const stored = await extensionApi.storage.local.get(Object.keys(DEFAULT_SETTINGS));
    return {
      ...DEFAULT_SETTINGS,
      ...stored,
      enabledPlatforms: { ...DEFAULT_SETTINGS.enabledPlatforms, ...(stored.enabledPlatforms || {}) },
    };
  }

  // What content scripts may read: the per-site switches only. The token and the user's name lists
  // stay with the background, the popup and the options page (a content script runs beside the
  // page, and only the background talks to the companion).
  async function loadEnabledPlatforms() {
    const { enabledPlatforms } = await extensionApi.storage.local.get("enabledPlatforms");
    return { ...DEFAULT_SETTINGS.enabledPlatforms, ...(enabledPlatforms || {}) };
  }

  function saveSettings(changes) {
    return extensionApi.storage.local.set(changes);
  }

  function onSettingsChanged(listener) {
    extensionApi.storage.onChanged.addListener((changes, areaName) => {
      if (areaName === "local") listener(Object.keys(changes));
    });
  }

  root.GardeFouSettings = Object.freeze({ loadSettings, loadEnabledPlatforms, saveSettings, onSettingsChanged });
})(globalThis);
