/*
 * Starts a BoxSession for a compose box once the user really works in it (a trusted keydown,
 * pointerdown or paste in a visible box: a page script that plants a box, focuses it or fires input
 * events gets nothing analysed), ends it when the box leaves the page, guards submissions, and
 * applies setting changes (site switched off, policy or name lists changed).
 */
(function (GardeFou) {
  "use strict";

  const { loadEnabledPlatforms, onSettingsChanged } = GardeFouSettings;

  const REMOVAL_CHECK_MS = 500;
  const MIN_BOX_SIZE_PX = 8;
  const USER_INPUT_EVENTS = ["keydown", "pointerdown", "paste"];
  const hostname = location.hostname;
  const platform = GardeFou.adapters.platformOf(hostname);
  const sessionsByBox = new Map();
  // Boxes a person typed, clicked or pasted in, even while the site was switched off: switching it
  // on watches them, and only them.
  const boxesTouchedByUser = new Map(); // element → {editor, enterSubmits}
  let enabledHere = false;
  let removalCheckTimer = null;
  const removalObserver = new MutationObserver(() => {
    if ((sessionsByBox.size || boxesTouchedByUser.size) && !removalCheckTimer) removalCheckTimer = setTimeout(endSessionsOfRemovedBoxes, REMOVAL_CHECK_MS);
  });

  // A box the user can see: not hidden, transparent, collapsed to a dot, off screen, or covered
  // by another element (the point the person pressed, else the box's visible centre, must
  // hit-test to the box itself).
  function isVisibleToUser(element, pressedPoint) {
    const rect = element.getBoundingClientRect();
    const onScreen = rect.right > 0 && rect.bottom > 0 && rect.left < window.innerWidth && rect.top < window.innerHeight;
    const visible = element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
    if (!visible || !onScreen || rect.width < MIN_BOX_SIZE_PX || rect.height < MIN_BOX_SIZE_PX) return false;
    const { x, y } = pressedPoint || {
      x: (Math.max(rect.left, 0) + Math.min(rect.right, window.innerWidth)) / 2,
      y: (Math.max(rect.top, 0) + Math.min(rect.bottom, window.innerHeight)) / 2,
    };
    const root = element.getRootNode();
    // Garde-fou's own chip and card (in the top layer) do not count as cover.
    const hit = (root.elementsFromPoint ? root : document).elementsFromPoint(x, y)
      .find((candidate) => candidate.localName !== "garde-fou-overlay");
    return hit !== undefined && element.contains(hit);
  }

  function watch(element, { editor, enterSubmits }, pressedPoint) {
    if (!enabledHere || sessionsByBox.has(element) || !element.isConnected || !isVisibleToUser(element, pressedPoint)) return;
    sessionsByBox.set(element, new GardeFou.BoxSession(element, editor, platform, { enterSubmits }));
    // A box in a shadow root (LinkedIn's share box) leaves the page without a mutation the
    // document sees: watch that root too (observing it again is a no-op).
    const root = element.getRootNode();
    if (root instanceof ShadowRoot) removalObserver.observe(root, { childList: true, subtree: true });
  }

  function watchOnUserInput(event) {
    const target = event.composedPath()[0];
    if (!event.isTrusted || !(target instanceof Element)) return;
    const box = GardeFou.adapters.boxAt(target, hostname);
    if (!box) return;
    boxesTouchedByUser.set(box.element, box);
    watch(box.element, box, event.type === "pointerdown" ? { x: event.clientX, y: event.clientY } : null);
  }

  // Alt+Shift+G in a watched box: the card of the finding nearest the caret, with the focus.
  function openCardFromKeyboard(event) {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== "KeyG") return;
    const target = event.composedPath()[0];
    const session = target instanceof Node ? sessionAt(target) : null;
    if (!session) return;
    event.preventDefault();
    event.stopPropagation();
    session.openCardNearCaret();
  }

  function sessionAt(target) {
    for (const [box, session] of sessionsByBox) {
      if (box.contains(target)) return session;
    }
    return null;
  }

  // The sessions of the composer a Post/Publish button belongs to: the boxes inside the button's
  // nearest ancestor that holds a watched box.
  function sessionsNear(button) {
    for (let ancestor = button.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const inside = [...sessionsByBox.values()].filter((session) => ancestor.contains(session.element));
      if (inside.length) return inside;
    }
    return [];
  }

  function endSession(box) {
    sessionsByBox.get(box).destroy();
    sessionsByBox.delete(box);
  }

  function endSessionsOfRemovedBoxes() {
    removalCheckTimer = null;
    for (const box of [...boxesTouchedByUser.keys()]) {
      if (!box.isConnected) boxesTouchedByUser.delete(box);
    }
    for (const box of [...sessionsByBox.keys()]) {
      if (!box.isConnected) endSession(box);
    }
  }

  async function applySettings() {
    const enabledPlatforms = await loadEnabledPlatforms();
    enabledHere = enabledPlatforms[platform] !== false;
    if (!enabledHere) {
      for (const box of [...sessionsByBox.keys()]) endSession(box);
      return;
    }
    for (const session of sessionsByBox.values()) session.reanalyze();
    for (const [element, box] of boxesTouchedByUser) watch(element, box);
  }

  // Capture phase on window, before the site's listeners and before the publish guard (installed
  // next): an Enter that is the first key in a box already meets its session.
  for (const type of USER_INPUT_EVENTS) window.addEventListener(type, watchOnUserInput, true);
  window.addEventListener("keydown", openCardFromKeyboard, true);
  GardeFou.publishGuard.install({ sessionAt, sessionsNear });
  removalObserver.observe(document.documentElement, { childList: true, subtree: true });
  onSettingsChanged(applySettings);
  applySettings();
})(globalThis.GardeFou);
