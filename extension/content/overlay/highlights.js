/*
 * The underlines of one compose box: one positioned element per client rect of each flagged span,
 * redrawn from fresh rects whenever the page scrolls, resizes or the editor re-wraps. Marks let the
 * pointer through (the caret, selection, double-click, drag and context menu stay the editor's), so
 * the card is opened by hit-testing their rects against the page's own pointer events: hovering a
 * mark shows its card, a click that leaves the selection collapsed pins it. Only a person's events
 * count (`isTrusted`): a page script cannot probe where the marks are.
 */
(function (GardeFou) {
  "use strict";

  const { layer } = GardeFou.overlayRoot;

  function clip(rect, bounds) {
    const left = Math.max(rect.left, bounds.left);
    const right = Math.min(rect.right, bounds.right);
    const top = Math.max(rect.top, bounds.top);
    const bottom = Math.min(rect.bottom, bounds.bottom);
    return right > left && bottom > top ? { left, top, right, bottom } : null;
  }

  const contains = (rect, x, y) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

  class Highlights {
    // onHover(findingId, mark), onClick(findingId, mark), onLeave(): the pointer left every mark.
    constructor({ onHover, onClick, onLeave }) {
      this.onHover = onHover;
      this.onClick = onClick;
      this.onLeave = onLeave;
      this.container = document.createElement("div");
      this.marksByKey = new Map();
      this.rectByMark = new Map(); // where each mark was drawn, for hit-testing without a layout
      this.hovered = null;
      this.onPointerMove = (event) => this.hitTestHover(event);
      this.onPointerClick = (event) => this.hitTestClick(event);
      document.addEventListener("pointermove", this.onPointerMove, { capture: true, passive: true });
      document.addEventListener("click", this.onPointerClick, { capture: true, passive: true });
      layer().append(this.container);
    }

    markAt(x, y) {
      for (const [mark, rect] of this.rectByMark) {
        if (contains(rect, x, y)) return mark;
      }
      return null;
    }

    // The first drawn mark of a finding, or null when none is in view.
    markOf(findingId) {
      for (const mark of this.rectByMark.keys()) {
        if (mark.dataset.gfFinding === findingId) return mark;
      }
      return null;
    }

    hitTestHover(event) {
      if (!event.isTrusted) return;
      const mark = this.markAt(event.clientX, event.clientY);
      if (mark === this.hovered || (mark && this.hovered?.dataset.gfFinding === mark.dataset.gfFinding)) return;
      this.hovered = mark;
      if (mark) this.onHover(mark.dataset.gfFinding, mark);
      else this.onLeave();
    }

    hitTestClick(event) {
      if (!event.isTrusted || event.button !== 0) return;
      const mark = this.markAt(event.clientX, event.clientY);
      if (mark && window.getSelection().isCollapsed) this.onClick(mark.dataset.gfFinding, mark);
    }

    createMark() {
      const mark = document.createElement("div");
      mark.className = "gf-mark";
      this.container.append(mark);
      return mark;
    }

    // spans: [{finding, rects}], bounds: the editor's visible box (rects outside it are hidden).
    draw(spans, bounds) {
      const drawnKeys = new Set();
      for (const { finding, rects } of spans) {
        rects.forEach((rect, index) => {
          const visible = clip(rect, bounds);
          if (!visible) return;
          const key = `${finding.id}:${finding.start}:${finding.end}:${index}`;
          drawnKeys.add(key);
          const mark = this.marksByKey.get(key) || this.createMark();
          this.marksByKey.set(key, mark);
          mark.dataset.gfFinding = finding.id;
          mark.dataset.gfType = finding.type;
          mark.dataset.gfSeverity = finding.severity;
          this.rectByMark.set(mark, visible);
          Object.assign(mark.style, {
            left: `${visible.left}px`,
            top: `${visible.top}px`,
            width: `${visible.right - visible.left}px`,
            height: `${visible.bottom - visible.top}px`,
          });
        });
      }
      for (const [key, mark] of this.marksByKey) {
        if (!drawnKeys.has(key)) {
          mark.remove();
          this.marksByKey.delete(key);
          this.rectByMark.delete(mark);
          if (this.hovered === mark) this.hovered = null;
        }
      }
    }

    destroy() {
      document.removeEventListener("pointermove", this.onPointerMove, { capture: true });
      document.removeEventListener("click", this.onPointerClick, { capture: true });
      this.container.remove();
      this.marksByKey.clear();
      this.rectByMark.clear();
    }
  }

  GardeFou.Highlights = Highlights;
})(globalThis.GardeFou);
