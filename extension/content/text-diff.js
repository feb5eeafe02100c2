/*
 * Carries finding spans from the text they were computed on to the text now in the editor: spans
 * before or after the edited region move with it, spans the edit touched are dropped. So an answer
 * that arrives after the user typed more never paints over text it did not see.
 */
(function (GardeFou) {
  "use strict";

  // The single region that differs: oldText[start, oldEnd) became newText[start, newEnd).
  function editBetween(oldText, newText) {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText[start] === newText[start]) start += 1;
    let commonSuffix = 0;
    while (
      commonSuffix < shorter - start &&
      oldText[oldText.length - 1 - commonSuffix] === newText[newText.length - 1 - commonSuffix]
    ) {
      commonSuffix += 1;
    }
    return { start, oldEnd: oldText.length - commonSuffix, newEnd: newText.length - commonSuffix };
  }

  function remapSpans(spans, oldText, newText) {
    if (oldText === newText) return spans;
    const edit = editBetween(oldText, newText);
    const shift = edit.newEnd - edit.oldEnd;
    const remapped = [];
    for (const span of spans) {
      if (span.end <= edit.start) {
        remapped.push(span);
      } else if (span.start >= edit.oldEnd) {
        remapped.push({ ...span, start: span.start + shift, end: span.end + shift });
      }
    }
    return remapped;
  }

  // Where a caret offset stands after oldText[start, end) was replaced by `replacementLength` units:
  // before the edit it stays, after it it shifts, inside it it goes to the end of the replacement.
  function remapOffset(offset, { start, end }, replacementLength) {
    if (offset <= start) return offset;
    if (offset >= end) return offset + replacementLength - (end - start);
    return start + replacementLength;
  }

  GardeFou.textDiff = { editBetween, remapSpans, remapOffset };
})(globalThis.GardeFou);
