/*
 * One watched compose box: analyses its text a moment after the user pauses, keeps the findings in
 * step with further typing, draws them, redacts on request (the caret kept at the same logical
 * place), and holds a submission while a `block` finding is present or the analysis of the current
 * text is still to come. Post text stays in memory here and goes only to the background (and from
 * there only to the companion on 127.0.0.1).
 */
(function (GardeFou) {
  "use strict";

  const { MessageType, CompanionStatus, sendMessage } = GardeFouProtocol;
  const { findingsInUtf16 } = GardeFou.offsets;
  const { remapSpans, remapOffset } = GardeFou.textDiff;
  const { settle, watchTyping } = GardeFou.editPrimitives;
  const { message } = GardeFou.overlayRoot;
  const { personReplacements } = GardeFou.personReplacements;
  const { removableSentence } = GardeFou.sentenceSpan;

  const DEBOUNCE_MS = 350;
  const SEVERITY_RANK = { info: 1, warning: 2, block: 3 };

  const ignoreKey = (finding) => `${finding.type}\u0000${finding.text}`;
  const isRedactable = (finding) => typeof finding.suggestion?.replacement === "string";
  // A policy finding about the whole post has no span worth underlining; the chip lists it instead.
  const isPostWide = (finding, text) => finding.kind === "policy" && finding.start === 0 && finding.end === text.length;

  function worstSeverity(findings) {
    return findings.reduce(
      (worst, finding) => ((SEVERITY_RANK[finding.severity] || 0) > (SEVERITY_RANK[worst] || 0) ? finding.severity : worst),
      "none",
    );
  }

  class BoxSession {
    // enterSubmits: Enter publishes in this box (comments, messages); elsewhere it is a new line.
    constructor(element, editorKind, platform, { enterSubmits }) {
      this.element = element;
      this.editor = GardeFou.editors[editorKind];
      this.platform = platform;
      this.enterSubmits = enterSubmits;
      this.status = null; // the CompanionStatus of the last answer, for answeredText
      this.answeredText = null; // the text the last answer (of any status) was about
      this.errorMessage = ""; // the companion's reason when it did not analyse answeredText
      this.language = ""; // of the last analysed text, for the words offered in place of a name
      this.heldSubmission = null; // {replay, text}: a submission waiting for the user or the analysis
      this.textAllowedOnce = null; // the text the user chose to publish anyway: its next submission passes
      this.spanFindings = []; // UTF-16 offsets into this.findingsText
      this.postFindings = [];
      this.findingsText = this.editor.read(element).text;
      this.requestedText = null;
      this.ignoredKeys = new Set();
      this.analysisTimer = null;
      this.analysisInFlight = false;
      this.analysisQueued = false;
      this.layoutFrame = 0;
      this.destroyed = false;

      this.highlights = new GardeFou.Highlights({
        onHover: (findingId, mark) => this.openCard(findingId, mark, false),
        onClick: (findingId, mark) => this.openCard(findingId, mark, true),
        onLeave: () => GardeFou.card().pointerLeftAnchor(),
      });
      this.chip = new GardeFou.Chip({
        onRedactAll: () => this.redactAll(),
        onPublishAnyway: () => this.publishAnyway(),
        onOpenPostFinding: (findingId, pill) => this.openCard(findingId, pill, true),
      });

      this.onEdit = () => this.handleEdit();
      this.onViewportChange = () => this.scheduleLayout();
      element.addEventListener("input", this.onEdit);
      this.mutationObserver = new MutationObserver(this.onEdit);
      this.mutationObserver.observe(element, { characterData: true, childList: true, subtree: true });
      this.resizeObserver = new ResizeObserver(this.onViewportChange);
      this.resizeObserver.observe(element);
      window.addEventListener("scroll", this.onViewportChange, { capture: true, passive: true });
      window.addEventListener("resize", this.onViewportChange, { passive: true });

      this.refreshChip();
      this.analyzeSoon(0);
    }

    get allFindings() {
      return [...this.spanFindings, ...this.postFindings];
    }

    handleEdit() {
      const textBefore = this.findingsText;
      const text = this.syncFindingsWithText();
      // Findings an edit touched are dropped, not re-found: once the text changes, no earlier
      // answer speaks for it, even if it comes back to a text sent before (typed again, undone).
      if (text !== textBefore) {
        this.answeredText = null;
        this.requestedText = null;
        this.textAllowedOnce = null;
      }
      // Editing after a held Enter or click means the user is not publishing that text after all.
      if (this.heldSubmission && this.heldSubmission.text !== text) this.heldSubmission = null;
      this.refreshChip();
      this.scheduleLayout();
      this.analyzeSoon(DEBOUNCE_MS);
    }

    syncFindingsWithText() {
      const text = this.editor.read(this.element).text;
      this.spanFindings = remapSpans(this.spanFindings, this.findingsText, text);
      this.findingsText = text;
      return text;
    }

    // Settings changed (policy, name lists, token): analyse again even if the text did not change.
    reanalyze() {
      this.requestedText = null;
      this.analyzeSoon(0);
    }

    analyzeSoon(delayMs) {
      clearTimeout(this.analysisTimer);
      this.analysisTimer = setTimeout(() => this.analyze(), delayMs);
    }

    // One request at a time per box; typing meanwhile queues one more with the newest text.
    async analyze() {
      if (this.destroyed) return;
      if (this.analysisInFlight) {
        this.analysisQueued = true;
        return;
      }
      const text = this.editor.read(this.element).text;
      if (text === this.requestedText) return;
      this.requestedText = text;
      if (!text.trim()) {
        this.applyAnalysis(text, { status: CompanionStatus.CONNECTED, findings: [] });
        return;
      }
      this.analysisInFlight = true;
      const reply = await sendMessage(MessageType.ANALYZE, { text, platform: this.platform }).catch(() => null);
      this.analysisInFlight = false;
      if (this.destroyed) return;
      this.applyAnalysis(text, reply || { status: CompanionStatus.OFFLINE });
      if (this.analysisQueued) {
        this.analysisQueued = false;
        this.analyze();
      }
    }

    applyAnalysis(analyzedText, reply) {
      this.status = reply.status;
      this.answeredText = analyzedText;
      this.errorMessage = reply.message || "";
      this.language = reply.language || this.language;
      const findings = reply.status === CompanionStatus.CONNECTED
        ? findingsInUtf16(analyzedText, reply.findings).filter((finding) => !this.ignoredKeys.has(ignoreKey(finding)))
        : [];
      this.postFindings = findings.filter((finding) => isPostWide(finding, analyzedText));
      this.spanFindings = findings.filter((finding) => !isPostWide(finding, analyzedText));
      this.findingsText = analyzedText;
      this.syncFindingsWithText();
      this.settleHeldSubmission();
      this.refreshChip();
      this.scheduleLayout();
    }

    // The analysis of the text now in the box is still to come.
    isPending() {
      return this.answeredText !== this.findingsText;
    }

    hasBlockingFinding() {
      return this.allFindings.some((finding) => finding.severity === "block");
    }

    // Called by the publish guard for a person's Enter or click on the site's Post button.
    shouldHoldSubmission() {
      const text = this.syncFindingsWithText();
      if (this.textAllowedOnce === text) {
        this.textAllowedOnce = null;
        return false;
      }
      return this.hasBlockingFinding() || this.isPending();
    }

    holdSubmission(replay) {
      this.heldSubmission = { replay, text: this.findingsText };
      if (this.isPending()) this.analyzeSoon(0);
      this.refreshChip();
      this.scheduleLayout();
    }

    // A submission held only for the analysis goes through as soon as the answer has nothing
    // blocking; one held for a `block` finding waits for the user's choice.
    settleHeldSubmission() {
      if (this.heldSubmission && !this.isPending() && !this.hasBlockingFinding()) this.releaseSubmission();
    }

    // The user's "publish anyway": the held submission is replayed, and should the site ignore a
    // replayed event (some check isTrusted), the user's next Enter or click on that text passes.
    publishAnyway() {
      this.textAllowedOnce = this.heldSubmission?.text ?? null;
      this.releaseSubmission();
    }

    // The held submission goes through once (the user's "publish anyway", or a clean analysis).
    releaseSubmission() {
      const held = this.heldSubmission;
      this.heldSubmission = null;
      this.refreshChip();
      if (held) held.replay();
    }

    heldReason() {
      if (!this.heldSubmission) return null;
      return message(this.hasBlockingFinding() ? "chipHeldBlock" : "chipHeldPending");
    }

    // The chip's state. `none` only when the text now in the box was analysed and nothing found;
    // `unchecked` when it was not analysed (refused, failed) or its analysis is still to come.
    chipState() {
      const findings = this.allFindings;
      const count = message("chipFindings", [String(findings.length)]);
      if (this.status === CompanionStatus.OFFLINE || this.status === CompanionStatus.NEEDS_TOKEN) {
        return { severity: "offline", label: message(this.status === CompanionStatus.OFFLINE ? "chipOffline" : "chipNeedsToken") };
      }
      if (this.status === CompanionStatus.ERROR) {
        return { severity: "unchecked", label: message("chipUnchecked", [this.errorMessage]) };
      }
      if (this.status === null || (this.isPending() && !findings.length)) {
        return { severity: "unchecked", label: message("chipChecking") };
      }
      return { severity: worstSeverity(findings), label: findings.length ? count : message("chipNoFindings") };
    }

    refreshChip() {
      const { severity, label } = this.chipState();
      this.chip.update({
        severity,
        count: this.allFindings.length,
        label,
        pending: this.isPending(),
        postFindings: this.postFindings,
        redactableCount: this.spanFindings.filter(isRedactable).length,
        heldReason: this.heldReason(),
      });
    }

    scheduleLayout() {
      if (this.layoutFrame || this.destroyed) return;
      this.layoutFrame = requestAnimationFrame(() => {
        this.layoutFrame = 0;
        this.layout();
      });
    }

    // Fresh client rects for every span: follows scrolling, resizing and re-wrapping.
    layout() {
      if (!this.element.isConnected) return;
      const snapshot = this.editor.read(this.element);
      const box = this.element.getBoundingClientRect();
      const visible = {
        left: Math.max(box.left, 0),
        top: Math.max(box.top, 0),
        right: Math.min(box.right, window.innerWidth),
        bottom: Math.min(box.bottom, window.innerHeight),
      };
      const spans = snapshot.text === this.findingsText
        ? this.spanFindings.map((finding) => ({ finding, rects: this.editor.rects(this.element, snapshot, finding.start, finding.end) }))
        : [];
      this.highlights.draw(spans, visible);
      this.chip.place(box, !snapshot.text.trim(), this.element.getRootNode());
      GardeFou.card().follow();
    }

    // takeFocus: opened from the keyboard; the card gives the caret back where it was on closing.
    openCard(findingId, anchor, pinned, takeFocus = false) {
      const finding = this.allFindings.find((candidate) => candidate.id === findingId);
      if (!finding) return;
      const caret = takeFocus ? this.caretOffset() : null;
      const onClose = () => {
        this.element.focus({ preventScroll: true });
        if (caret !== null) this.editor.placeCaret(this.element, this.editor.read(this.element), caret);
      };
      GardeFou.card().show(finding, anchor, this.cardActions(finding), { pinned, takeFocus, onClose });
    }

    // The card's buttons, in groups: what changes the post, then what hides the finding, then the rule.
    cardActions(finding) {
      const onSpan = this.spanFindings.includes(finding);
      const edits = [];
      if (onSpan && finding.type === "PERSON") {
        personReplacements(finding, this.findingsText, this.language).forEach((replacement, index) => {
          edits.push({ action: index ? `redact-${index}` : "redact", label: message("cardRedact", [replacement]), primary: !index,
            run: () => this.redactWith(finding.id, replacement) });
        });
      } else if (onSpan && isRedactable(finding)) {
        edits.push({ action: "redact", label: message("cardRedact", [finding.suggestion.replacement]), primary: true,
          run: () => this.redactWith(finding.id, finding.suggestion.replacement) });
      }
      if (onSpan && finding.kind === "policy" && removableSentence(this.findingsText, finding.start, finding.end)) {
        edits.push({ action: "remove-sentence", label: message("cardRemoveSentence"), run: () => this.removeSentence(finding.id) });
      }
      const hides = [{ action: "ignore", label: message("cardIgnore"), run: () => this.ignore(finding) }];
      if (finding.type === "PERSON" && finding.text) {
        hides.push({ action: "never-flag", label: message("cardNeverFlag"), run: () => this.neverFlag(finding) });
      }
      const rule = [];
      if (finding.rule && (finding.rule.source || finding.rule.quote)) {
        rule.push({ action: "show-rule", label: message("cardShowRule"), keepsCardOpen: true, run: (card) => card.showRule() });
      }
      if (finding.rule?.id) {
        rule.push({ action: "disable-rule", label: message("cardDisableRule"), run: () => this.disableRule(finding) });
      }
      return [edits, hides, rule];
    }

    // The finding nearest the caret (one the caret is in first), for Alt+Shift+G; its card opens
    // beside its underline (or its pill on the chip) and takes the focus.
    openCardNearCaret() {
      this.syncFindingsWithText();
      const caret = this.caretOffset() ?? 0;
      const distance = (finding) => (caret < finding.start ? finding.start - caret : Math.max(0, caret - finding.end));
      const nearest = [...this.spanFindings].sort((a, b) => distance(a) - distance(b))[0] || this.postFindings[0];
      if (!nearest) return false;
      const anchor = this.highlights.markOf(nearest.id) || this.chip.pillOf(nearest.id) || this.chip.root;
      this.openCard(nearest.id, anchor, true, true);
      return true;
    }

    // Hidden in this box at once, and in this post from now on (the background keeps a hash).
    ignore(finding) {
      this.ignoredKeys.add(ignoreKey(finding));
      this.spanFindings = this.spanFindings.filter((candidate) => candidate !== finding);
      this.postFindings = this.postFindings.filter((candidate) => candidate !== finding);
      this.refreshChip();
      this.scheduleLayout();
      sendMessage(MessageType.IGNORE_IN_POST, { text: this.findingsText, finding: { type: finding.type, text: finding.text } }).catch(() => null);
    }

    // Saved to the never-flag list: every open box is analysed again when the settings change.
    neverFlag(finding) {
      this.ignore(finding);
      sendMessage(MessageType.NEVER_FLAG, { name: finding.text }).catch(() => null);
    }

    disableRule(finding) {
      this.ignore(finding);
      sendMessage(MessageType.DISABLE_RULE, { rule: { policy: finding.rule.policy, id: finding.rule.id } }).catch(() => null);
    }

    // Returns "caret-placed": the caret goes back where it was (carried through the edit).
    redactWith(findingId, replacement) {
      this.replaceAndKeepCaret(findingId, (finding) => ({ start: finding.start, end: finding.end, replacement }));
      return "caret-placed";
    }

    removeSentence(findingId) {
      this.replaceAndKeepCaret(findingId, (finding) => ({ ...removableSentence(this.findingsText, finding.start, finding.end), replacement: "" }));
      return "caret-placed";
    }

    async replaceAndKeepCaret(findingId, edit) {
      this.syncFindingsWithText();
      const finding = this.spanFindings.find((candidate) => candidate.id === findingId);
      const caret = this.caretOffset();
      const replaced = finding ? await this.replaceSpan(finding, edit(finding)) : null;
      if (replaced && !replaced.typedSince) this.restoreCaret(caret, [replaced]);
      else this.element.focus({ preventScroll: true });
      this.reanalyze();
    }

    // Right to left, so the spans still to do keep their offsets; overlapping ones are skipped.
    async redactAll() {
      this.syncFindingsWithText();
      const caret = this.caretOffset();
      const targets = this.spanFindings.filter(isRedactable).sort((a, b) => b.start - a.start);
      const replacedSpans = [];
      let leftmostReplacedStart = Infinity;
      for (const finding of targets) {
        if (finding.end > leftmostReplacedStart) continue;
        const replacedSpan = await this.replaceSpan(finding, { start: finding.start, end: finding.end, replacement: finding.suggestion.replacement });
        if (!replacedSpan) break;
        replacedSpans.push(replacedSpan);
        leftmostReplacedStart = replacedSpan.start;
      }
      if (replacedSpans.length && !replacedSpans.some((span) => span.typedSince)) this.restoreCaret(caret, replacedSpans);
      this.reanalyze();
    }

    caretOffset() {
      const snapshot = this.editor.read(this.element);
      return this.editor.caretOffset(this.element, snapshot);
    }

    // Puts the caret back where it was before the redactions, carried through each of them (spans
    // in the order they were replaced, right to left), instead of where the editor left it.
    restoreCaret(caretBefore, replacedSpans) {
      if (caretBefore === null) return;
      const caret = replacedSpans.reduce((offset, span) => remapOffset(offset, span, span.replacement.length), caretBefore);
      this.editor.placeCaret(this.element, this.editor.read(this.element), caret);
    }

    // Writes `replacement` over start..end (a finding's span, or the sentence around it) into the
    // editor's own state, then checks the editor now holds exactly the expected text; if not,
    // undoes the attempt and says so. Returns the replaced span or null. If the person typed
    // while the editor applied the edit, their keystrokes are never undone: the edit stands if
    // its text is in place (`typedSince`: the caret is theirs, not put back), else only the notice.
    async replaceSpan(finding, { start, end, replacement }) {
      const snapshot = this.editor.read(this.element);
      if (snapshot.text.slice(finding.start, finding.end) !== finding.text) {
        this.chip.showNotice(message("redactTextChanged"));
        return null;
      }
      const span = start === finding.start && end === finding.end ? this.editor.redactionSpan(snapshot, start, end) : { start, end };
      const expected = snapshot.text.slice(0, span.start) + replacement + snapshot.text.slice(span.end);
      this.editor.replace(this.element, snapshot, span.start, span.end, replacement);
      const typing = watchTyping(this.element);
      await settle();
      typing.stop();
      const after = this.editor.read(this.element).text;
      if (after === expected) return { ...span, replacement };
      if (typing.seen) {
        const inPlace = after.startsWith(expected.slice(0, span.start + replacement.length));
        if (inPlace) return { ...span, replacement, typedSince: true };
      } else if (after !== snapshot.text) {
        this.editor.undo(this.element);
        await settle();
      }
      this.chip.showNotice(message("redactFailed"));
      return null;
    }

    destroy() {
      this.destroyed = true;
      clearTimeout(this.analysisTimer);
      cancelAnimationFrame(this.layoutFrame);
      this.element.removeEventListener("input", this.onEdit);
      this.mutationObserver.disconnect();
      this.resizeObserver.disconnect();
      window.removeEventListener("scroll", this.onViewportChange, { capture: true });
      window.removeEventListener("resize", this.onViewportChange);
      this.highlights.destroy();
      this.chip.destroy();
      GardeFou.card().follow();
    }
  }

  GardeFou.BoxSession = BoxSession;
})(globalThis.GardeFou);
