/*
 * The card of one finding: what was flagged, the message, the rule and its source, and the buttons
 * to redact (write the suggested replacement into the post) or ignore. One card per page; hovering a
 * mark shows it until the pointer leaves, clicking pins it until a click elsewhere or Escape. Only a
 * person's events act on it (`isTrusted`).
 */
(function (GardeFou) {
  "use strict";

  const { layer, containsEvent, keepEditorFocus, onUserClick, message, typeLabel } = GardeFou.overlayRoot;

  const HOVER_GRACE_MS = 350;
  const GAP_PX = 6;

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
      this.root.hidden = true;
      this.anchor = null;
      this.pinned = false;
      this.pointerOnAnchor = false;
      this.hideTimer = null;
      this.root.addEventListener("mouseenter", () => clearTimeout(this.hideTimer));
      this.root.addEventListener("mouseleave", () => this.hideSoonUnlessPinned());
      document.addEventListener("mousedown", (event) => {
        if (event.isTrusted && !this.root.hidden && !containsEvent(event)) this.hide();
      }, true);
      document.addEventListener("keydown", (event) => {
        if (event.isTrusted && event.key === "Escape" && !this.root.hidden) this.hide();
      }, true);
      layer().append(this.root);
    }

    // actions: {onRedact, onIgnore}; onRedact is absent when the finding has no replacement.
    show(finding, anchor, actions, { pinned }) {
      clearTimeout(this.hideTimer);
      if (!this.root.isConnected) layer().append(this.root);
      this.pinned = pinned || (this.pinned && this.anchor === anchor);
      this.pointerOnAnchor = !pinned;
      this.anchor = anchor;
      this.root.dataset.gfSeverity = finding.severity;
      this.root.replaceChildren(...this.contents(finding, actions));
      this.root.hidden = false;
      this.follow();
    }

    contents(finding, actions) {
      const title = element("p", "gf-card-title");
      title.append(element("span", "", typeLabel(finding.type)), element("span", "gf-card-severity", message(`severity_${finding.severity}`)));
      const nodes = [title];
      if (finding.text) nodes.push(element("span", "gf-card-flagged", finding.text));
      if (finding.message) nodes.push(element("p", "gf-card-message", finding.message));
      if (finding.rule && (finding.rule.source || finding.rule.quote)) {
        const rule = element("div", "gf-card-rule", message("cardRuleSource", [finding.rule.source || finding.rule.policy || ""]));
        if (finding.rule.quote) rule.append(element("q", "", finding.rule.quote));
        nodes.push(rule);
      }
      const buttons = element("div", "gf-card-actions");
      if (actions.onRedact) {
        const redact = this.button("redact", message("cardRedact", [finding.suggestion.replacement]), actions.onRedact);
        redact.classList.add("gf-button-primary");
        buttons.append(redact);
      }
      buttons.append(this.button("ignore", message("cardIgnore"), actions.onIgnore));
      nodes.push(buttons);
      return nodes;
    }

    button(action, label, onClick) {
      const button = element("button", "gf-button", label);
      button.type = "button";
      button.dataset.gfAction = action;
      keepEditorFocus(button);
      onUserClick(button, () => {
        this.hide();
        onClick();
      });
      return button;
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
