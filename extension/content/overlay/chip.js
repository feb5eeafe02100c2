/*
 * The status chip beside a watched compose box: how many findings and the worst severity (or that
 * the companion is offline, or that the current text was not checked and why), the post-wide
 * findings that no span can show, "redact all", why a submission is held with "publish anyway",
 * and a short notice when something could not be done.
 */
(function (GardeFou) {
  "use strict";

  const { layer, keepEditorFocus, onUserClick, message, typeLabel } = GardeFou.overlayRoot;

  const NOTICE_MS = 6000;
  const GAP_PX = 4;

  class Chip {
    constructor({ onRedactAll, onPublishAnyway, onOpenPostFinding }) {
      this.onOpenPostFinding = onOpenPostFinding;
      this.root = document.createElement("div");
      this.root.className = "gf-chip";
      this.root.dataset.gfChip = "";
      // What screen readers hear: the outcome of an analysis and a held submission, not the
      // "checking…" that comes and goes with every pause in typing.
      this.announcer = document.createElement("span");
      this.announcer.className = "gf-visually-hidden";
      this.announcer.setAttribute("role", "status");
      this.dot = document.createElement("span");
      this.dot.className = "gf-chip-dot";
      this.label = document.createElement("span");
      this.postFindings = document.createElement("span");
      this.held = document.createElement("span");
      this.held.className = "gf-chip-held";
      this.held.hidden = true;
      this.redactAll = this.button("redact-all", message("chipRedactAll"), onRedactAll);
      this.publishAnyway = this.button("publish-anyway", message("chipPublishAnyway"), onPublishAnyway);
      // Offline or not paired: leads to the welcome page, which pairs or says what to install.
      this.setUp = this.button("open-welcome", message("chipSetUp"),
        () => GardeFouProtocol.sendMessage(GardeFouProtocol.MessageType.OPEN_WELCOME));
      this.setUp.hidden = true;
      this.notice = document.createElement("span");
      this.notice.className = "gf-chip-notice";
      this.notice.hidden = true;
      this.noticeTimer = null;
      this.root.append(this.dot, this.label, this.postFindings, this.held, this.redactAll, this.publishAnyway, this.setUp, this.notice, this.announcer);
      layer().append(this.root);
    }

    button(action, label, onClick) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "gf-button";
      button.dataset.gfAction = action;
      button.textContent = label;
      keepEditorFocus(button);
      onUserClick(button, onClick);
      return button;
    }

    // state: {severity, count, label, pending, postFindings: [finding], redactableCount, heldReason}
    // pending: the analysis of the text now in the box is still to come (data-gf-pending);
    // heldReason: why a submission is held, or null.
    update({ severity, count, label, pending, postFindings, redactableCount, heldReason }) {
      this.root.dataset.gfCount = String(count);
      this.root.dataset.gfSeverity = severity;
      this.root.toggleAttribute("data-gf-pending", pending);
      this.label.textContent = label;
      this.redactAll.hidden = redactableCount === 0;
      this.setUp.hidden = severity !== "offline";
      this.held.hidden = !heldReason;
      this.held.textContent = heldReason || "";
      this.publishAnyway.hidden = !heldReason;
      const announcement = [pending ? "" : label, heldReason || ""].join(" ").trim();
      if (announcement && announcement !== this.announcer.textContent) this.announcer.textContent = announcement;
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
          onUserClick(pill, () => this.onOpenPostFinding(finding.id, pill));
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
    // while the box is empty (unless a submission is held) or out of view.
    place(boxRect, boxIsEmpty) {
      const outOfView = boxRect.bottom <= 0 || boxRect.top >= window.innerHeight || boxRect.width === 0;
      this.root.hidden = (boxIsEmpty && this.held.hidden) || outOfView;
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
