/*
 * Holds a submission before it goes out while the post has a `block` finding or its analysis is
 * still to come: Enter in a box where Enter publishes, Ctrl/Cmd+Enter in any watched box, and a
 * click on the site's Post/Publish button next to a watched box. Capture-phase listeners on window
 * run before the site's own; a held event is cancelled and stopped, and the session later replays
 * it once (the user's "publish anyway", or a clean analysis). Only a person's events are held:
 * replays and page scripts' events pass. Typing is never held.
 */
(function (GardeFou) {
  "use strict";

  const BUTTON = 'button, [role="button"], input[type="submit"]';
  const PUBLISH_LABEL = /^(publier|post|publish|partager|share|envoyer|send|commenter|comment|répondre|reply|mettre à jour|update)$/i;

  // An Enter that would publish: not a new line (Shift), not the end of an IME composition, not
  // the choice of a suggestion in an open mention or emoji list (the box then names it as active).
  function isSubmitKey(event, session) {
    if (event.key !== "Enter" || event.isComposing || event.keyCode === 229 || event.shiftKey || event.altKey) return false;
    const box = session.element;
    if (box.getAttribute("aria-activedescendant") || box.getAttribute("aria-expanded") === "true") return false;
    return event.ctrlKey || event.metaKey || session.enterSubmits;
  }

  function replayKey(target, event) {
    const { key, code, keyCode, ctrlKey, metaKey } = event;
    return () => target.dispatchEvent(new KeyboardEvent("keydown", {
      key, code, keyCode, which: keyCode, ctrlKey, metaKey, bubbles: true, cancelable: true, composed: true,
    }));
  }

  function publishButtonAt(target) {
    const button = target instanceof Element ? target.closest(BUTTON) : null;
    if (!button) return null;
    const label = (button.getAttribute("aria-label") || button.value || button.textContent || "").trim();
    return PUBLISH_LABEL.test(label) ? button : null;
  }

  function hold(event, session, replay) {
    event.preventDefault();
    event.stopImmediatePropagation();
    session.holdSubmission(replay);
  }

  // sessionAt(node): the session of the box holding node; sessionsNear(button): those of its composer.
  function install({ sessionAt, sessionsNear }) {
    window.addEventListener("keydown", (event) => {
      if (!event.isTrusted) return;
      const target = event.composedPath()[0];
      const session = target instanceof Node ? sessionAt(target) : null;
      if (session && isSubmitKey(event, session) && session.shouldHoldSubmission()) {
        hold(event, session, replayKey(target, event));
      }
    }, true);

    window.addEventListener("click", (event) => {
      if (!event.isTrusted) return;
      const button = publishButtonAt(event.composedPath()[0]);
      const session = button && sessionsNear(button).find((candidate) => candidate.shouldHoldSubmission());
      if (session) hold(event, session, () => button.click());
    }, true);
  }

  GardeFou.publishGuard = { install };
})(globalThis.GardeFou);
