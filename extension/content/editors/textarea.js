/*
 * A <textarea>, often React-controlled (Instagram comments). execCommand("insertText") edits it like
 * typing (input event for React, native undo). Where that is refused, the native value setter plus
 * an input event: from the content script's isolated world the setter bypasses React's value
 * tracker, so React's onChange sees the change.
 */
(function (GardeFou) {
  "use strict";

  const { focusEditor, insertOverSelection, nativeUndo } = GardeFou.editPrimitives;

  GardeFou.editors.textarea = {
    read: (element) => ({ text: element.value }),

    rects: (element, snapshot, start, end) => GardeFou.textareaGeometry.spanRects(element, start, end),

    redactionSpan: (snapshot, start, end) => ({ start, end }),

    caretOffset: (element) => element.selectionEnd,

    placeCaret: (element, snapshot, offset) => element.setSelectionRange(offset, offset),

    replace(element, snapshot, start, end, replacement) {
      focusEditor(element);
      element.setSelectionRange(start, end);
      if (insertOverSelection(replacement)) return;
      const value = element.value;
      element.value = value.slice(0, start) + replacement + value.slice(end);
      element.setSelectionRange(start + replacement.length, start + replacement.length);
      element.dispatchEvent(new Event("input", { bubbles: true }));
    },

    undo(element) {
      focusEditor(element);
      nativeUndo();
    },
  };
})(globalThis.GardeFou);
