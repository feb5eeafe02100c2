/*
 * A textarea has no DOM range for its text, so the client rects of a span are measured on a hidden
 * mirror: a div over the textarea with the same box, font and wrapping, holding the same text.
 */
(function (GardeFou) {
  "use strict";

  const COPIED_PROPERTIES = [
    "box-sizing", "width", "height", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width", "border-style",
    "font-family", "font-size", "font-style", "font-weight", "font-variant", "font-stretch", "line-height",
    "letter-spacing", "word-spacing", "text-indent", "text-transform", "text-align", "tab-size", "direction",
    "overflow-wrap", "word-break",
  ];

  let mirror = null;

  function mirrorElement() {
    if (!mirror || !mirror.isConnected) {
      mirror = document.createElement("div");
      mirror.setAttribute("aria-hidden", "true");
      mirror.className = "gf-textarea-mirror";
      GardeFou.overlayRoot.layer().append(mirror);
    }
    return mirror;
  }

  function spanRects(textarea, start, end) {
    const box = textarea.getBoundingClientRect();
    const style = getComputedStyle(textarea);
    const measure = mirrorElement();
    for (const property of COPIED_PROPERTIES) {
      measure.style.setProperty(property, style.getPropertyValue(property));
    }
    Object.assign(measure.style, {
      position: "fixed",
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      overflowX: "hidden",
      // A scrollbar narrows the text; the mirror needs one too to wrap the same way.
      overflowY: textarea.scrollHeight > textarea.clientHeight ? "scroll" : "hidden",
      visibility: "hidden",
      whiteSpace: "pre-wrap",
      borderColor: "transparent",
    });
    const value = textarea.value;
    const marked = document.createElement("span");
    marked.textContent = value.slice(start, end);
    measure.replaceChildren(value.slice(0, start), marked, value.slice(end) + "\u200b");
    measure.scrollTop = textarea.scrollTop;
    measure.scrollLeft = textarea.scrollLeft;
    const rects = Array.from(marked.getClientRects());
    measure.replaceChildren();
    return rects;
  }

  GardeFou.textareaGeometry = { spanRects };
})(globalThis.GardeFou);
