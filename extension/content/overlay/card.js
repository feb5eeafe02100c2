/*
 * The card of one finding: what was flagged, the message, and what can be done about it (redact with
 * one of the replacements offered, remove the sentence, ignore here or for this post, never flag the
 * name, see or turn off the rule). One card per page; hovering a mark shows it until the pointer
 * leaves, clicking pins it until a click elsewhere or Escape. Opened from the keyboard it is a
 * labelled dialog that takes the focus: Tab and Shift+Tab stay among its buttons, Enter applies one,
 * Escape closes it (and goes no further into the page) and gives the caret back to the editor.
 * Only a person's events act on it (`isTrusted`).
 */
(function (GardeFou) {
  "use strict";

  const { layer, containsEvent, keepEditorFocus, onUserClick, message, typeLabel } = GardeFou.overlayRoot;

  const HOVER_GRACE_MS = 350;
  const GAP_PX = 6;
  let cardIds = 0;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  class Card {
    constructor() {
      this.root = element("div", "gf-card");
      this.root.setAttribute("role", "dialog");
      this.root.dataset.gfCard = "";
      this.titleId = `gf-card-title-${++cardIds}`;
      this.root.setAttribute("aria-labelledby", this.titleId);
      this.root.hidden = true;
      this.anchor = null;
      this.pinned = false;
      this.pointerOnAnchor = false;
      this.hideTimer = null;
      this.onClose = null; // gives the caret back to the editor when the card had the focus
      this.root.addEventListener("mouseenter", () => clearTimeout(this.hideTimer));
      this.root.addEventListener("mouseleave", () => this.hideSoonUnlessPinned());
      this.root.addEventListener("keydown", (event) => this.keepFocusInside(event));
      document.addEventListener("mousedown", (event) => {
        if (event.isTrusted && !this.root.hidden && !containsEvent(event)) this.hide();
      }, true);
      // Window, capture: before any of the page's listeners, so Escape never reaches the page.
      window.addEventListener("keydown", (event) => {
        if (!event.isTrusted || event.key !== "Escape" || this.root.hidden) return;
        event.stopPropagation();
        event.preventDefault();
        this.close();
      }, true);
      layer().append(this.root);
    }

    // actionGroups: arrays of {action, label, primary, run, keepsCardOpen}; run() returns
    // "caret-placed" when it put the caret back itself. takeFocus: opened from the keyboard.
    // onClose: gives the caret back to the editor (called when the card closes with the focus).
    show(finding, anchor, actionGroups, { pinned, takeFocus = false, onClose = null }) {
      clearTimeout(this.hideTimer);
      if (!this.root.isConnected) layer().append(this.root);
      this.pinned = pinned || takeFocus || (this.pinned && this.anchor === anchor);
      this.pointerOnAnchor = !pinned && !takeFocus;
      this.anchor = anchor;
      this.onClose = onClose;
      this.root.dataset.gfSeverity = finding.severity;
      this.root.dataset.gfFinding = finding.id;
      this.root.replaceChildren(...this.contents(finding, actionGroups));
      this.root.hidden = false;
      this.follow();
      if (takeFocus) this.buttons()[0]?.focus();
    }

    contents(finding, actionGroups) {
      const title = element("p", "gf-card-title");
      title.id = this.titleId;
      title.append(element("span", "", typeLabel(finding.type)), " ", element("span", "gf-card-severity", message(`severity_${finding.severity}`)));
      const nodes = [title];
      if (finding.text) nodes.push(element("span", "gf-card-flagged", finding.text));
      if (finding.message) nodes.push(element("p", "gf-card-message", finding.message));
      const rule = this.ruleSection(finding);
      for (const [index, group] of actionGroups.entries()) {
        if (!group.length) continue;
        const buttons = element("div", "gf-card-actions");
        if (index) buttons.dataset.gfGroup = String(index);
        buttons.append(...group.map((action) => this.button(action)));
        nodes.push(buttons);
      }
      if (rule) nodes.push(rule);
      return nodes;
    }

    // The rule's source and quote, shown on « Voir la règle ».
    ruleSection(finding) {
      if (!finding.rule || !(finding.rule.source || finding.rule.quote)) return null;
      const rule = element("div", "gf-card-rule", message("cardRuleSource", [finding.rule.source || finding.rule.policy || ""]));
      rule.dataset.gfRule = "";
      rule.hidden = true;
      if (finding.rule.quote) rule.append(element("q", "", finding.rule.quote));
      return rule;
    }

    button({ action, label, primary, run, keepsCardOpen }) {
      const button = element("button", "gf-button", label);
      button.type = "button";
      button.dataset.gfAction = action;
      if (primary) button.classList.add("gf-button-primary");
      keepEditorFocus(button);
      onUserClick(button, () => {
        if (keepsCardOpen) {
          run(this);
          return;
        }
        const hadFocus = this.hasFocus();
        this.hide();
        // An action that edits puts the caret back itself; the others give it back here.
        if (run() !== "caret-placed" && hadFocus) this.onClose?.();
      });
      return button;
    }

    showRule() {
      const rule = this.root.querySelector("[data-gf-rule]");
      if (rule) rule.hidden = false;
      this.follow();
    }

    buttons() {
      return [...this.root.querySelectorAll("button")];
    }

    hasFocus() {
      return this.root.contains(this.root.getRootNode().activeElement);
    }

    // Tab and Shift+Tab go round the card's buttons.
    keepFocusInside(event) {
      if (!event.isTrusted || event.key !== "Tab") return;
      const buttons = this.buttons();
      if (!buttons.length) return;
      event.preventDefault();
      event.stopPropagation();
      const at = buttons.indexOf(this.root.getRootNode().activeElement);
      const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      buttons[next].focus();
    }

    // Keeps the card beside its mark as the page scrolls; hides it when the mark is gone.
    follow() {
      if (this.root.hidden) return;
      if (!this.anchor || !this.anchor.isConnected) {
        this.hide();
        return;
      }
      const anchorRect = this.anchor.getBoundingClientRect();
      const cardRect = this.root.getBoundingClientRect();
      const below = anchorRect.bottom + GAP_PX;
      const top = below + cardRect.height > window.innerHeight ? Math.max(GAP_PX, anchorRect.top - cardRect.height - GAP_PX) : below;
      const left = Math.min(Math.max(GAP_PX, anchorRect.left), window.innerWidth - cardRect.width - GAP_PX);
      Object.assign(this.root.style, { top: `${top}px`, left: `${Math.max(GAP_PX, left)}px` });
    }

    // The pointer left the mark the card was shown for (marks let the pointer through, so the
    // highlights tell the card by hit-testing).
    pointerLeftAnchor() {
      this.pointerOnAnchor = false;
      this.hideSoonUnlessPinned();
    }

    hideSoonUnlessPinned() {
      if (this.pinned) return;
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => {
        if (!this.pinned && !this.pointerOnAnchor && !this.root.matches(":hover")) this.hide();
      }, HOVER_GRACE_MS);
    }

    // Escape: hides the card and, when it had the focus, gives the caret back where it was.
    close() {
      const hadFocus = this.hasFocus();
      this.hide();
      if (hadFocus) this.onClose?.();
    }

    hide() {
      clearTimeout(this.hideTimer);
      this.root.hidden = true;
      this.anchor = null;
      this.pinned = false;
    }
  }

  let pageCard = null;

  GardeFou.card = () => {
    pageCard = pageCard || new Card();
    return pageCard;
  };
})(globalThis.GardeFou);
