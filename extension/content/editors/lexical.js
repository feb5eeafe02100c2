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
  // A mention as Lexical's mention plugin renders it in the editor: its TextNode's own
  // <span data-lexical-text="true">, with spell-check off (plain text never turns it off) and the
  // class "mention" where the theme keeps it (Facebook's compiled classes do not). The
  // data-lexical-mention attribute is only on copied HTML (exportDOM), never in the editor.
  const LEXICAL_MENTION = '[data-lexical-text="true"]:is([spellcheck="false"], .mention)';

  GardeFou.editors.lexical = {
    ...generic,

    redactionSpan: (snapshot, start, end) => snapshot.expandToTokens(start, end, `${LEXICAL_MENTION}, [contenteditable="false"]`),

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
