/*
 * The status chip beside a watched compose box: how many findings and the worst severity (or that
 * the companion is offline), the post-wide findings that no span can show, "redact all", and a
 * short notice when something could not be done.
 */
(function (GardeFou) {
  "use strict";

  const { layer, keepEditorFocus, message, typeLabel } = GardeFou.overlayRoot;

  const NOTICE_MS = 6000;
  const GAP_PX = 4;

  class Chip {
    constructor({ onRedactAll, onOpenPostFinding }) {
      this.onOpenPostFinding = onOpenPostFinding;
      this.root = document.createElement("div");
      this.root.className = "gf-chip";
      this.root.dataset.gfChip = "";
      this.root.setAttribute("role", "status");
      this.dot = document.createElement("span");
      this.dot.className = "gf-chip-dot";
      this.label = document.createElement("span");
      this.postFindings = document.createElement("span");
      this.redactAll = document.createElement("button");
      this.redactAll.type = "button";
      this.redactAll.className = "gf-button";
      this.redactAll.dataset.gfAction = "redact-all";
      this.redactAll.textContent = message("chipRedactAll");
      keepEditorFocus(this.redactAll);
      this.redactAll.addEventListener("click", onRedactAll);
      // Offline or not paired: leads to the welcome page, which pairs or says what to install.
      this.setUp = document.createElement("button");
      this.setUp.type = "button";
      this.setUp.className = "gf-button";
      this.setUp.dataset.gfAction = "open-welcome";
      this.setUp.textContent = message("chipSetUp");
      this.setUp.hidden = true;
      keepEditorFocus(this.setUp);
      this.setUp.addEventListener("click", () => GardeFouProtocol.sendMessage(GardeFouProtocol.MessageType.OPEN_WELCOME));
      this.notice = document.createElement("span");
      this.notice.className = "gf-chip-notice";
      this.notice.hidden = true;
      this.noticeTimer = null;
      this.root.append(this.dot, this.label, this.postFindings, this.redactAll, this.setUp, this.notice);
      layer().append(this.root);
    }

    // state: {severity, count, label, postFindings: [finding], redactableCount}
    update({ severity, count, label, postFindings, redactableCount }) {
      this.root.dataset.gfCount = String(count);
      this.root.dataset.gfSeverity = severity;
      this.label.textContent = label;
      this.redactAll.hidden = redactableCount === 0;
      this.setUp.hidden = severity !== "offline";
      this.postFindings.replaceChildren(
        ...postFindings.map((finding) => {
          const pill = document.createElement("button");
          pill.type = "button";
          pill.className = "gf-post-finding";
          pill.dataset.gfFinding = finding.id;
          pill.dataset.gfType = finding.type;
          pill.dataset.gfSeverity = finding.severity;
          pill.textContent = typeLabel(finding.type);
          keepEditorFocus(pill);
          pill.addEventListener("click", () => this.onOpenPostFinding(finding.id, pill));
          return pill;
        }),
      );
    }

    showNotice(text) {
      this.notice.textContent = text;
      this.notice.hidden = false;
      clearTimeout(this.noticeTimer);
      this.noticeTimer = setTimeout(() => {
        this.notice.hidden = true;
      }, NOTICE_MS);
    }

    // Sits under the box's bottom-right corner, or above it when there is no room below; hidden
    // while the box is empty or out of view.
    place(boxRect, boxIsEmpty) {
      const outOfView = boxRect.bottom <= 0 || boxRect.top >= window.innerHeight || boxRect.width === 0;
      this.root.hidden = boxIsEmpty || outOfView;
      if (this.root.hidden) return;
      const chipRect = this.root.getBoundingClientRect();
      const below = boxRect.bottom + GAP_PX;
      const top = below + chipRect.height > window.innerHeight ? boxRect.top - chipRect.height - GAP_PX : below;
      const left = Math.max(GAP_PX, Math.min(boxRect.right - chipRect.width, window.innerWidth - chipRect.width - GAP_PX));
      Object.assign(this.root.style, { top: `${Math.max(GAP_PX, top)}px`, left: `${left}px` });
    }

    destroy() {
      clearTimeout(this.noticeTimer);
      this.root.remove();
    }
  }

  GardeFou.Chip = Chip;
})(globalThis.GardeFou);
