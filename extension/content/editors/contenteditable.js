/*
 * Any contenteditable editor: Quill 2, Slate and others take a beforeinput "insertReplacementText"
 * with target ranges; Quill 1, Draft.js and plain contenteditable take the selected span replaced by
 * execCommand("insertText"), which they read back from the DOM mutation like typing.
 */
(function (GardeFou) {
  "use strict";

  const { selectionOf, focusEditor, selectRange, dispatchBeforeInput, insertOverSelection, nativeUndo } = GardeFou.editPrimitives;

  GardeFou.editors.contenteditable = {
    read: (element) => new GardeFou.DomTextMap(element),

    rects(element, snapshot, start, end) {
      const range = snapshot.rangeFor(start, end);
      return range ? Array.from(range.getClientRects()) : [];
    },

    redactionSpan: (snapshot, start, end) => snapshot.expandToTokens(start, end),

    // The caret's text offset, or null when the selection is not in this editor.
    caretOffset(element, snapshot) {
      const selection = selectionOf(element);
      if (!selection.rangeCount || !element.contains(selection.focusNode)) return null;
      return snapshot.offsetAt(selection.focusNode, selection.focusOffset);
    },

    // Puts the caret at a text offset; the editor reads it back from the DOM selection as it does
    // after a click.
    placeCaret(element, snapshot, offset) {
      const position = snapshot.positionAt(offset, false) || snapshot.positionAt(offset, true);
      if (position) window.getSelection().collapse(position.node, position.offset);
    },

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
