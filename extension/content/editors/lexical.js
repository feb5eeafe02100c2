/*
 * Lexical (Facebook, Instagram captions and messages). Its state is the truth and the DOM is
 * re-rendered from it, so the edit goes through its beforeinput handler: "insertReplacementText"
 * over the DOM selection. execCommand is never used here: across formatted pieces ("**Marie**
 * Tremblay") it leaves Lexical's screen and state out of step.
 */
(function (GardeFou) {
  "use strict";

  const { focusEditor, selectRange, dispatchBeforeInput } = GardeFou.editPrimitives;
  const generic = GardeFou.editors.contenteditable;

  GardeFou.editors.lexical = {
    ...generic,

    replace(element, snapshot, start, end, replacement) {
      const range = snapshot.rangeFor(start, end);
      if (!range) return;
      focusEditor(element);
      selectRange(range);
      dispatchBeforeInput(element, "insertReplacementText", { data: replacement, range });
    },

    undo(element) {
      focusEditor(element);
      dispatchBeforeInput(element, "historyUndo");
    },
  };
})(globalThis.GardeFou);
