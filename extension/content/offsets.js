/*
 * The companion counts offsets in Unicode code points (Python str indices); the DOM and JavaScript
 * strings count UTF-16 code units. An emoji before a name shifts the two apart.
 */
(function (GardeFou) {
  "use strict";

  // utf16OffsetByCodePoint[i] is the UTF-16 offset of code point i; the last entry is text.length.
  function utf16OffsetsByCodePoint(text) {
    const offsets = [];
    let utf16Offset = 0;
    for (const character of text) {
      offsets.push(utf16Offset);
      utf16Offset += character.length;
    }
    offsets.push(utf16Offset);
    return offsets;
  }

  // Returns the findings whose span fits the text, with start/end turned into UTF-16 offsets.
  function findingsInUtf16(text, findings) {
    const offsets = utf16OffsetsByCodePoint(text);
    const lastCodePoint = offsets.length - 1;
    return findings
      .filter((finding) => finding.start >= 0 && finding.end <= lastCodePoint && finding.start < finding.end)
      .map((finding) => ({ ...finding, start: offsets[finding.start], end: offsets[finding.end] }));
  }

  GardeFou.offsets = { utf16OffsetsByCodePoint, findingsInUtf16 };
})(globalThis.GardeFou);
