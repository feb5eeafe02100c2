/*
 * Starts a BoxSession for each compose box the user focuses on this site, ends it when the box
 * leaves the page, and applies setting changes (site switched off, policy or name lists changed).
 */
(function (GardeFou) {
  "use strict";

  const { loadSettings, onSettingsChanged } = GardeFouSettings;

  const REMOVAL_CHECK_MS = 500;
  const hostname = location.hostname;
  const platform = GardeFou.adapters.platformOf(hostname);
  const sessionsByBox = new Map();
  let enabledHere = false;
  let removalCheckTimer = null;

  function watch(target) {
    if (!enabledHere || !(target instanceof Element)) return;
    const box = GardeFou.adapters.boxAt(target, hostname);
    if (!box || sessionsByBox.has(box.element)) return;
    sessionsByBox.set(box.element, new GardeFou.BoxSession(box.element, box.editor, platform));
  }

  function endSession(box) {
    sessionsByBox.get(box).destroy();
    sessionsByBox.delete(box);
  }

  function endSessionsOfRemovedBoxes() {
    removalCheckTimer = null;
    for (const box of [...sessionsByBox.keys()]) {
      if (!box.isConnected) endSession(box);
    }
  }

  async function applySettings() {
    const settings = await loadSettings();
    enabledHere = settings.enabledPlatforms[platform] !== false;
    if (!enabledHere) {
      for (const box of [...sessionsByBox.keys()]) endSession(box);
      return;
    }
    for (const session of sessionsByBox.values()) session.reanalyze();
    watch(document.activeElement);
  }

  document.addEventListener("focusin", (event) => watch(event.composedPath()[0]), true);
  new MutationObserver(() => {
    if (sessionsByBox.size && !removalCheckTimer) removalCheckTimer = setTimeout(endSessionsOfRemovedBoxes, REMOVAL_CHECK_MS);
  }).observe(document.documentElement, { childList: true, subtree: true });
  onSettingsChanged(applySettings);
  applySettings();
})(globalThis.GardeFou);
