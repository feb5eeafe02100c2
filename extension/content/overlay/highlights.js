/*
 * The underlines of one compose box: one positioned element per client rect of each flagged span,
 * redrawn from fresh rects whenever the page scrolls, resizes or the editor re-wraps. Hovering or
 * clicking one opens its card.
 */
(function (GardeFou) {
  "use strict";

  const { layer, keepEditorFocus } = GardeFou.overlayRoot;

  function clip(rect, bounds) {
    const left = Math.max(rect.left, bounds.left);
    const right = Math.min(rect.right, bounds.right);
    const top = Math.max(rect.top, bounds.top);
    const bottom = Math.min(rect.bottom, bounds.bottom);
    return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
  }

  class Highlights {
    constructor({ onHover, onClick }) {
      this.onHover = onHover;
      this.onClick = onClick;
      this.container = document.createElement("div");
      this.marksByKey = new Map();
      layer().append(this.container);
    }

    createMark() {
      const mark = document.createElement("div");
      mark.className = "gf-mark";
      keepEditorFocus(mark);
      mark.addEventListener("mouseenter", () => this.onHover(mark.dataset.gfFinding, mark));
      mark.addEventListener("click", () => this.onClick(mark.dataset.gfFinding, mark));
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
          Object.assign(mark.style, {
            left: `${visible.left}px`,
            top: `${visible.top}px`,
            width: `${visible.width}px`,
            height: `${visible.height}px`,
          });
        });
      }
      for (const [key, mark] of this.marksByKey) {
        if (!drawnKeys.has(key)) {
          mark.remove();
          this.marksByKey.delete(key);
        }
      }
    }

    destroy() {
      this.container.remove();
      this.marksByKey.clear();
    }
  }

  GardeFou.Highlights = Highlights;
})(globalThis.GardeFou);
