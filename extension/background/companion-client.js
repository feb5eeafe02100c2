/*
 * The only code that talks to the companion (http://127.0.0.1:<port>). Content scripts cannot:
 * Chrome's Local Network Access blocks requests from a public site's page to the loopback address.
 * Every function resolves to {status, ...}; none throws, so a missing or slow companion never
 * reaches the page as an error.
 */
(function (root) {
  "use strict";

  const { CompanionStatus, extensionApi } = root.GardeFouProtocol;
  const { loadSettings } = root.GardeFouSettings;

  const ANALYZE_TIMEOUT_MS = 5000;
  const STATUS_TIMEOUT_MS = 5000;
  const HEALTH_TIMEOUT_MS = 1000;
  const STATUS_PROBE_TEXT = "Bonjour.";

  function companionUrl(settings, path) {
    return `http://127.0.0.1:${Number(settings.companionPort)}${path}`;
  }

  async function answersHealthCheck(settings) {
    try {
      const response = await fetch(companionUrl(settings, "/v1/health"), {
        signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
        cache: "no-store",
        credentials: "omit",
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  // A refused token or no companion listening: pair through the native host (which starts the
  // companion) and ask once more. A companion that is only slow is left alone.
  async function callCompanion(path, options) {
    const reply = await requestCompanion(path, options);
    const unreachable = reply.status === CompanionStatus.OFFLINE && !reply.timedOut;
    if (reply.status !== CompanionStatus.NEEDS_TOKEN && !unreachable) return reply;
    const pairing = await root.GardeFouNativePairing.pair();
    return pairing?.status === "paired" ? requestCompanion(path, options) : reply;
  }

  async function requestCompanion(path, { method = "GET", body, timeoutMs }) {
    const settings = await loadSettings();
    if (!settings.token) return { status: CompanionStatus.NEEDS_TOKEN };
    let response;
    try {
      response = await fetch(companionUrl(settings, path), {
        method,
        headers: {
          Authorization: `Bearer ${settings.token}`,
          "Content-Type": "application/json",
          "Accept-Language": extensionApi.i18n.getUILanguage(),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
        credentials: "omit",
      });
    } catch (error) {
      const timedOut = error?.name === "TimeoutError";
      // A companion that answers its health check but not this request is there and did not
      // analyse: "not checked", not "offline".
      if (timedOut && (await answersHealthCheck(settings))) {
        return { status: CompanionStatus.ERROR, message: extensionApi.i18n.getMessage("companionTimedOut") };
      }
      return { status: CompanionStatus.OFFLINE, message: String(error.message || error), timedOut };
    }
    if (response.status === 401) return { status: CompanionStatus.NEEDS_TOKEN };
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      return { status: CompanionStatus.ERROR, message: data?.error?.message || `HTTP ${response.status}` };
    }
    return { status: CompanionStatus.CONNECTED, data, settings };
  }

  async function analyze({ text, platform }, timeoutMs = ANALYZE_TIMEOUT_MS) {
    const settings = await loadSettings();
    const body = {
      text,
      lang: "auto",
      platform,
      always_flag: settings.alwaysFlag,
      never_flag: settings.neverFlag,
    };
    if (settings.policy) body.policy = settings.policy;
    const reply = await callCompanion("/v1/analyze", { method: "POST", body, timeoutMs });
    if (reply.status !== CompanionStatus.CONNECTED) return reply;
    const findings = await root.GardeFouUserChoices.withoutUserChoices(text, reply.data.findings || [], settings);
    return { status: reply.status, language: reply.data.language, findings };
  }

  async function listPolicies() {
    const reply = await callCompanion("/v1/policies", { timeoutMs: STATUS_TIMEOUT_MS });
    if (reply.status !== CompanionStatus.CONNECTED) return reply;
    return { status: reply.status, policies: reply.data.policies || [] };
  }

  // The popup's and options' check takes the path an analysis takes (token, Origin guard, the
  // policy and name lists in force): a GET would pass where every analysis is refused.
  async function getStatus() {
    const { status, message } = await analyze({ text: STATUS_PROBE_TEXT, platform: "other" }, STATUS_TIMEOUT_MS);
    return { status, message };
  }

  root.GardeFouCompanion = Object.freeze({ analyze, listPolicies, getStatus });
})(globalThis);
