/* Fallback on the supported sites: any textarea, or the outermost contenteditable textbox. */
(function (GardeFou) {
  "use strict";

  const EDITABLE = ':is([contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"])';

  GardeFou.adapters.registerFallback({
    hosts: [],
    boxes: [
      { selector: "textarea", editor: "textarea" },
      { selector: `${EDITABLE}:not(${EDITABLE} *)`, editor: "contenteditable" },
    ],
  });
})(globalThis.GardeFou);
