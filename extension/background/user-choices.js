/*
 * What the user chose from a finding's card, kept in the settings and applied to every analysis:
 * names never to flag (sent to the companion with the never-flag list), policy rules turned off
 * (their findings dropped here), and findings ignored for one post. A post ignore survives the
 * composer being closed and reopened; it is kept as a hash of the finding's type and text and of
 * the post's opening words, never the text itself, and expires (a bounded list).
 */
(function (root) {
  "use strict";

  const { loadSettings, saveSettings } = root.GardeFouSettings;

  const POST_IGNORE_DAYS = 30;
  const MAX_POST_IGNORES = 500;
  const POST_PREFIX_CHARS = 40;
  const DAY_MS = 24 * 60 * 60 * 1000;

  const ruleKey = (rule) => `${rule.policy || ""}/${rule.id || ""}`;
  const normalized = (text) => String(text).normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

  async function sha256Hex(text) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  // The same post reopened starts with the same words; the finding is the same type and text.
  function postIgnoreHash(postText, finding) {
    const prefix = normalized(postText).slice(0, POST_PREFIX_CHARS);
    return sha256Hex([finding.type, normalized(finding.text), prefix].join("\u0000"));
  }

  async function neverFlag(name) {
    const trimmed = String(name).trim();
    const { neverFlag: names } = await loadSettings();
    if (trimmed && !names.some((known) => normalized(known) === normalized(trimmed))) {
      await saveSettings({ neverFlag: [...names, trimmed] });
    }
    return { ok: Boolean(trimmed) };
  }

  async function disableRule(rule) {
    if (!rule?.id) return { ok: false };
    const { disabledRules } = await loadSettings();
    if (!disabledRules.includes(ruleKey(rule))) await saveSettings({ disabledRules: [...disabledRules, ruleKey(rule)] });
    return { ok: true };
  }

  function liveIgnores(postIgnores, now) {
    return postIgnores.filter((ignore) => ignore.expires > now);
  }

  async function ignoreInPost(postText, finding) {
    const now = Date.now();
    const hash = await postIgnoreHash(postText, finding);
    const { postIgnores } = await loadSettings();
    const kept = liveIgnores(postIgnores, now).filter((ignore) => ignore.hash !== hash);
    kept.push({ hash, expires: now + POST_IGNORE_DAYS * DAY_MS });
    await saveSettings({ postIgnores: kept.slice(-MAX_POST_IGNORES) });
    return { ok: true };
  }

  // The findings of `postText` left once the user's turned-off rules and post ignores are applied.
  async function withoutUserChoices(postText, findings, settings) {
    const disabled = new Set(settings.disabledRules);
    const ignored = new Set(liveIgnores(settings.postIgnores, Date.now()).map((ignore) => ignore.hash));
    const kept = [];
    for (const finding of findings) {
      if (finding.rule && disabled.has(ruleKey(finding.rule))) continue;
      if (ignored.size && ignored.has(await postIgnoreHash(postText, finding))) continue;
      kept.push(finding);
    }
    return kept;
  }

  root.GardeFouUserChoices = Object.freeze({ neverFlag, disableRule, ignoreInPost, withoutUserChoices, ruleKey });
})(globalThis);
