/*
 * The status chip beside a watched compose box: how many findings and the worst severity (or that
 * the companion is offline, or that the current text was not checked and why), the post-wide
 * findings that no span can show, "redact all", why a submission is held with "publish anyway",
 * and a short notice when something could not be done.
 */
(function (GardeFou) {
  "use strict";

  const { layer, announce, keepEditorFocus, onUserClick, message, typeLabel } = GardeFou.overlayRoot;

  const NOTICE_MS = 6000;
  const GAP_PX = 4;
  const INSET_PX = 4;
  // What a site's own controls look like; the chip never sits on one of them.
  const SITE_CONTROL = 'button, [role="button"], a[href], input, select, [tabindex]:not([tabindex="-1"])';
  const PROBE_SPACING_PX = 12;

  function isSiteControlAt(root, x, y) {
    return root.elementsFromPoint(x, y).some((element) => element.localName !== "garde-fou-overlay"
      && !element.isContentEditable && element.localName !== "textarea" && element.closest(SITE_CONTROL) !== null);
  }

  class Chip {
    constructor({ onRedactAll, onPublishAnyway, onOpenPostFinding }) {
      this.onOpenPostFinding = onOpenPostFinding;
      this.root = document.createElement("div");
      this.root.className = "gf-chip";
      this.root.dataset.gfChip = "";
      // What screen readers last heard from this chip: the count of findings (and a held
      // submission), announced only when it changes, not on every analysis.
      this.announced = "0\u0000";
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
      this.root.append(this.dot, this.label, this.postFindings, this.held, this.redactAll, this.publishAnyway, this.setUp, this.notice);
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
      if (!pending || heldReason) {
        const heard = `${severity === "offline" || severity === "unchecked" ? label : count}\u0000${heldReason || ""}`;
        if (heard !== this.announced) announce([label, heldReason || ""].join(" ").trim());
        this.announced = heard;
      }
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

    pillOf(findingId) {
      return [...this.postFindings.children].find((pill) => pill.dataset.gfFinding === findingId) || null;
    }

    showNotice(text) {
      this.notice.textContent = text;
      this.notice.hidden = false;
      clearTimeout(this.noticeTimer);
      this.noticeTimer = setTimeout(() => {
        this.notice.hidden = true;
      }, NOTICE_MS);
    }

    // Docked inside the box's bottom-right corner (else its top-right or bottom-left one) where it
    // covers none of the site's own controls; under the box when the box is too small to hold it.
    // Hidden while the box is empty (unless a submission is held) or out of view.
    place(boxRect, boxIsEmpty, boxRoot = document) {
      const outOfView = boxRect.bottom <= 0 || boxRect.top >= window.innerHeight || boxRect.width === 0;
      this.root.hidden = (boxIsEmpty && this.held.hidden) || outOfView;
      if (this.root.hidden) return;
      const { width, height } = this.root.getBoundingClientRect();
      const right = boxRect.right - width - INSET_PX;
      const bottom = boxRect.bottom - height - INSET_PX;
      const inside = [
        { left: right, top: bottom },
        { left: right, top: boxRect.top + INSET_PX },
        { left: boxRect.left + INSET_PX, top: bottom },
      ].filter((spot) => spot.left >= boxRect.left && spot.top >= boxRect.top);
      const spot = inside.find((candidate) => !this.coversSiteControl(candidate, width, height, boxRoot))
        || { left: right, top: boxRect.bottom + GAP_PX };
      const left = Math.max(GAP_PX, Math.min(spot.left, window.innerWidth - width - GAP_PX));
      const top = Math.max(GAP_PX, Math.min(spot.top, window.innerHeight - height - GAP_PX));
      Object.assign(this.root.style, { top: `${top}px`, left: `${left}px` });
    }

    // A site control under the chip at that spot, hit-tested below the overlay on a grid of points
    // fine enough to catch an icon button (in the box's own tree too, should it be a shadow root).
    coversSiteControl({ left, top }, width, height, root) {
      const columns = Math.max(2, Math.ceil(width / PROBE_SPACING_PX) + 1);
      for (let column = 0; column < columns; column += 1) {
        const x = left + 1 + ((width - 2) * column) / (columns - 1);
        for (const y of [top + 1, top + height / 2, top + height - 1]) {
          if (isSiteControlAt(document, x, y) || (root !== document && isSiteControlAt(root, x, y))) return true;
        }
      }
      return false;
    }

    destroy() {
      clearTimeout(this.noticeTimer);
      this.root.remove();
    }
  }

  GardeFou.Chip = Chip;
})(globalThis.GardeFou);
