/*
 * Any contenteditable editor: Quill 2, Slate and others take a beforeinput "insertReplacementText"
 * with target ranges; Quill 1, Draft.js and plain contenteditable take the selected span replaced by
 * execCommand("insertText"), which they read back from the DOM mutation like typing.
 */
(function (GardeFou) {
  "use strict";

  const { focusEditor, selectRange, dispatchBeforeInput, insertOverSelection, nativeUndo } = GardeFou.editPrimitives;

  GardeFou.editors.contenteditable = {
    read: (element) => new GardeFou.DomTextMap(element),

    rects(element, snapshot, start, end) {
      const range = snapshot.rangeFor(start, end);
      return range ? Array.from(range.getClientRects()) : [];
    },

    redactionSpan: (snapshot, start, end) => snapshot.expandToTokens(start, end),

    replace(element, snapshot, start, end, replacement) {
      const range = snapshot.rangeFor(start, end);
      if (!range) return;
      focusEditor(element);
      selectRange(range);
      const handled = dispatchBeforeInput(element, "insertReplacementText", { data: replacement, range });
      if (!handled) insertOverSelection(replacement);
    },

    undo(element) {
      focusEditor(element);
      if (!dispatchBeforeInput(element, "historyUndo")) nativeUndo();
    },
  };
})(globalThis.GardeFou);
