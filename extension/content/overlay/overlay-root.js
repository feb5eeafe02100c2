/*
 * Everything Garde-fou draws on a page lives in one element appended to <body>, in a closed shadow
 * root: page scripts can neither style nor read it (findings, types, counts, card text and settings
 * stay out of the page's reach; tests reach it through the DevTools protocol). The host element
 * carries no attribute. Nothing is written into the editors' DOM. The layer is fixed to the
 * viewport and lets events through, marks included (the card opens by hit-testing their rects, so
 * the caret, selection and context menu behave as without the extension); only the chip and the
 * card take the pointer. The layer is a manual popover in the top layer, shown again whenever the
 * page opens a modal dialog or a popover of its own, so that the chip and card stay above them.
 */
(function (GardeFou) {
  "use strict";

  const STYLES = `
    :host { all: initial; }
    .gf-layer { position: fixed; inset: auto; left: 0; top: 0; width: 0; height: 0; margin: 0; padding: 0; border: 0;
      background: transparent; overflow: visible; pointer-events: none; z-index: 2147483647;
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c1e21; }
    .gf-mark { position: fixed; pointer-events: none; box-sizing: border-box;
      border-bottom: 2px solid var(--gf-color); background: var(--gf-tint); border-radius: 2px; }
    [data-gf-severity="info"] { --gf-color: #1565c0; --gf-tint: rgba(21, 101, 192, 0.12); }
    [data-gf-severity="warning"] { --gf-color: #d35400; --gf-tint: rgba(211, 84, 0, 0.14); }
    [data-gf-severity="block"] { --gf-color: #c62828; --gf-tint: rgba(198, 40, 40, 0.16); }
    [data-gf-severity="none"] { --gf-color: #2e7d32; --gf-tint: rgba(46, 125, 50, 0.12); }
    [data-gf-severity="offline"] { --gf-color: #757575; --gf-tint: rgba(117, 117, 117, 0.12); }
    [data-gf-severity="unchecked"] { --gf-color: #6d4c41; --gf-tint: rgba(109, 76, 65, 0.12); }
    [data-gf-severity="unchecked"][data-gf-pending] { --gf-color: #9e9e9e; }
    .gf-card { position: fixed; pointer-events: auto; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px);
      background: #fff; border: 1px solid #d0d4da; border-top: 4px solid var(--gf-color); border-radius: 8px;
      box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); padding: 12px 14px; }
    .gf-card[hidden], .gf-chip[hidden], .gf-chip [hidden] { display: none; }
    .gf-card-title { font-weight: 600; margin: 0 0 4px; display: flex; gap: 6px; align-items: baseline; }
    .gf-card-severity { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--gf-color); }
    .gf-card-flagged { font-family: ui-monospace, monospace; background: var(--gf-tint); padding: 0 3px; border-radius: 3px; }
    .gf-card-message { margin: 6px 0; }
    .gf-card-rule { margin: 6px 0; font-size: 12px; color: #4b4f56; border-left: 3px solid #d0d4da; padding-left: 8px; }
    .gf-card-rule q { display: block; font-style: italic; margin-top: 2px; }
    .gf-card-actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
    .gf-button { font: inherit; border-radius: 6px; padding: 5px 10px; cursor: pointer; border: 1px solid #c3c8cf; background: #f5f6f7; color: #1c1e21; }
    .gf-button:focus-visible, .gf-post-finding:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
    .gf-card-actions[data-gf-group] { border-top: 1px solid #e4e6eb; padding-top: 8px; }
    .gf-button-primary { background: #1b5e20; border-color: #1b5e20; color: #fff; }
    .gf-chip { position: fixed; pointer-events: auto; display: flex; align-items: center; gap: 6px; flex-wrap: wrap;
      max-width: min(560px, calc(100vw - 16px)); padding: 3px 6px 3px 8px; border-radius: 14px; background: #fff; border: 1px solid var(--gf-color);
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); font-size: 12px; }
    .gf-chip-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--gf-color); }
    .gf-chip .gf-button { padding: 1px 8px; font-size: 12px; }
    .gf-chip-notice, .gf-chip-held { flex-basis: 100%; color: #c62828; }
    .gf-chip-held { font-weight: 600; }
    .gf-post-finding { font: inherit; font-size: 11px; border: 1px solid var(--gf-color); color: var(--gf-color);
      background: var(--gf-tint); border-radius: 10px; padding: 0 6px; cursor: pointer; }
    .gf-textarea-mirror { position: fixed; pointer-events: none; }
    .gf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  let host = null;
  let layerElement = null;
  let liveRegion = null;

  // Where the host lives: the page's topmost open modal dialog, if any (everything outside it is
  // inert, our buttons included), else <body>.
  function hostParent() {
    const modals = [...document.querySelectorAll("dialog")].filter((dialog) => dialog.matches(":modal"));
    return modals.at(-1) || document.body;
  }

  // Back on top of the top layer (a popover shown again goes last in it), inside the modal dialog
  // the page just opened so that it stays usable there.
  function raise() {
    if (!host) return;
    const parent = hostParent();
    if (host.parentNode !== parent) parent.append(host);
    if (layerElement.matches(":popover-open")) layerElement.hidePopover();
    layerElement.showPopover();
  }

  function layer() {
    if (!host) {
      host = document.createElement("garde-fou-overlay");
      const shadow = host.attachShadow({ mode: "closed" });
      const style = document.createElement("style");
      style.textContent = STYLES;
      layerElement = document.createElement("div");
      layerElement.className = "gf-layer";
      layerElement.popover = "manual";
      // The one polite live region of the page: what screen readers hear of Garde-fou.
      liveRegion = document.createElement("div");
      liveRegion.className = "gf-visually-hidden";
      liveRegion.setAttribute("role", "status");
      liveRegion.setAttribute("aria-live", "polite");
      shadow.append(style, layerElement);
      layerElement.append(liveRegion);
    }
    // Removed with a dialog, or by the page: back in place with all it drew.
    if (!host.isConnected) raise();
    return layerElement;
  }

  function announce(text) {
    layer();
    if (text && liveRegion.textContent !== text) liveRegion.textContent = text;
  }

  // The page opened or closed a modal dialog (its `open` attribute) or opened a popover: back on
  // top of it, or out of the dialog it closed.
  document.addEventListener("toggle", (event) => {
    if (event.newState === "open" && !containsEvent(event)) raise();
  }, true);
  new MutationObserver((records) => {
    if (records.some((record) => record.target.localName === "dialog")) raise();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["open"], subtree: true });

  function containsEvent(event) {
    return host !== null && event.composedPath().includes(host);
  }

  // Our buttons act on click without taking the focus (and the caret) from the editor.
  function keepEditorFocus(element) {
    element.addEventListener("mousedown", (event) => event.preventDefault());
  }

  // A click handler that only a person can trigger: events made by page scripts are ignored.
  function onUserClick(element, handler) {
    element.addEventListener("click", (event) => {
      if (event.isTrusted) handler(event);
    });
  }

  function message(name, substitutions) {
    return GardeFouProtocol.extensionApi.i18n.getMessage(name, substitutions) || name;
  }

  // "PERSON" → "Nom de personne"; a type this version has no words for shows as is.
  function typeLabel(type) {
    return GardeFouProtocol.extensionApi.i18n.getMessage(`type_${type}`) || type;
  }

  GardeFou.overlayRoot = { layer, announce, containsEvent, keepEditorFocus, onUserClick, message, typeLabel };
})(globalThis.GardeFou);
