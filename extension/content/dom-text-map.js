/*
 * Reads a contenteditable editor's text the way a reader sees it (blocks and <br> become "\n") and
 * keeps where each DOM text node sits in that text, so that text offsets turn back into DOM ranges
 * for drawing highlights and for selecting what to replace. It only reads the editor's DOM.
 */
(function (GardeFou) {
  "use strict";

  const BLOCK_TAGS = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
    "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "OL", "P", "PRE", "SECTION",
    "TABLE", "TR", "UL",
  ]);

  // Mentions and other atomic pieces: editors keep them as one token (mentions, embeds), so a
  // redaction that touches one must replace all of it, or the tag is still published. Editors
  // that render theirs otherwise pass their own selector (see editors/lexical.js).
  const TOKEN_SELECTOR = '[data-mention], .mention, .ql-mention, [contenteditable="false"]';

  class DomTextMap {
    constructor(root) {
      this.root = root;
      this.text = "";
      this.pieces = []; // {node: Text, start} in document order
      this.collect(root);
    }

    collect(parent) {
      for (const child of parent.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          this.pieces.push({ node: child, start: this.text.length });
          this.text += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.tagName === "BR") {
            this.text += "\n";
          } else {
            if (BLOCK_TAGS.has(child.tagName) && this.text && !this.text.endsWith("\n")) this.text += "\n";
            this.collect(child);
          }
        }
      }
    }

    // The DOM position of a text offset; atStart picks the following text node at a boundary.
    positionAt(offset, atStart) {
      const candidates = atStart
        ? this.pieces.filter((piece) => piece.start <= offset && offset < piece.start + piece.node.length)
        : this.pieces.filter((piece) => piece.start < offset && offset <= piece.start + piece.node.length);
      const piece = candidates[0];
      if (!piece) return null;
      return { node: piece.node, offset: offset - piece.start };
    }

    // The text offset of a DOM position (a caret): inside a text node, that node's start plus the
    // offset; between nodes, where the next text node starts.
    offsetAt(node, offset) {
      if (node.nodeType === Node.TEXT_NODE) {
        const piece = this.pieces.find((candidate) => candidate.node === node);
        if (piece) return piece.start + Math.min(offset, node.length);
      }
      const boundary = document.createRange();
      boundary.setStart(node, offset);
      const next = this.pieces.find((piece) => boundary.comparePoint(piece.node, 0) >= 0);
      return next ? next.start : this.text.length;
    }

    rangeFor(start, end) {
      const startPosition = this.positionAt(start, true);
      const endPosition = this.positionAt(end, false);
      if (!startPosition || !endPosition) return null;
      const range = document.createRange();
      range.setStart(startPosition.node, startPosition.offset);
      range.setEnd(endPosition.node, endPosition.offset);
      return range;
    }

    spanOfElement(element) {
      const inside = this.pieces.filter((piece) => element.contains(piece.node));
      if (!inside.length) return null;
      const last = inside[inside.length - 1];
      return { start: inside[0].start, end: last.start + last.node.length };
    }

    // Widens [start, end) so that it covers every token it touches.
    expandToTokens(start, end, tokenSelector = TOKEN_SELECTOR) {
      let expanded = { start, end };
      for (const token of this.root.querySelectorAll(tokenSelector)) {
        const tokenSpan = this.spanOfElement(token);
        if (tokenSpan && tokenSpan.start < expanded.end && expanded.start < tokenSpan.end) {
          expanded = {
            start: Math.min(expanded.start, tokenSpan.start),
            end: Math.max(expanded.end, tokenSpan.end),
          };
        }
      }
      return expanded;
    }
  }

  GardeFou.DomTextMap = DomTextMap;
})(globalThis.GardeFou);
