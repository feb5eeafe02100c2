/*
 * The ways an editor accepts an edit that it records in its own state and undo history, the way it
 * records typing. Which one an editor honours is the business of the strategies beside this file.
 */
(function (GardeFou) {
  "use strict";

  // Framework editors apply an edit in a microtask or a mutation observer; read after that.
  function settle() {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  // The selection as seen inside the editor's tree: an editor in an open shadow root (LinkedIn's
  // share box) has its caret hidden from window.getSelection() in Chromium, which then reports the
  // host; Chromium's ShadowRoot.getSelection() tells the real one. Firefox's window selection
  // already does.
  function selectionOf(element) {
    const root = element.getRootNode();
    return (root instanceof ShadowRoot && typeof root.getSelection === "function" && root.getSelection()) || window.getSelection();
  }

  function focusEditor(element) {
    if (!element.contains(element.getRootNode().activeElement)) element.focus({ preventScroll: true });
  }

  function selectRange(range) {
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Asks the editor to handle a beforeinput as it does the browser's own (spell-check replacement,
  // undo). Returns true when the editor took it (it prevents the default, which a synthetic event lacks).
  function dispatchBeforeInput(element, inputType, { data = null, range = null } = {}) {
    const init = { inputType, data, bubbles: true, cancelable: true, composed: true };
    if (range) init.targetRanges = [new StaticRange(range)];
    const event = new InputEvent("beforeinput", init);
    element.dispatchEvent(event);
    return event.defaultPrevented;
  }

  // The browser's own text insertion over the current selection: trusted input events, native undo.
  function insertOverSelection(text) {
    return document.execCommand("insertText", false, text);
  }

  function nativeUndo() {
    return document.execCommand("undo");
  }

  // Whether the person types into `element` from now until stop(): the browser's own input
  // events (ours, made before the watch starts or synthetic, are not counted). An edit checked
  // after settle() must not take their keystrokes for a failure and undo them.
  function watchTyping(element) {
    const watch = { seen: false };
    const onInput = (event) => { if (event.isTrusted) watch.seen = true; };
    element.addEventListener("beforeinput", onInput, true);
    element.addEventListener("input", onInput, true);
    watch.stop = () => {
      element.removeEventListener("beforeinput", onInput, true);
      element.removeEventListener("input", onInput, true);
    };
    return watch;
  }

  GardeFou.editPrimitives = {
    selectionOf, settle, focusEditor, selectRange, dispatchBeforeInput, insertOverSelection, nativeUndo, watchTyping,
  };
})(globalThis.GardeFou);
