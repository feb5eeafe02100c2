/*
 * The welcome page, opened on install and from the chip when pairing is needed: connection
 * status (pairing through the native host, or what to install), the organization's policy, and a
 * sample post to try.
 */
(function () {
  "use strict";

  const { MessageType, CompanionStatus, extensionApi, sendMessage } = GardeFouProtocol;
  const { loadSettings, saveSettings } = GardeFouSettings;

  const statusElement = document.querySelector("[data-gf-status]");
  const retryButton = document.querySelector('[data-gf-action="retry"]');
  const policySelect = document.querySelector('[data-gf-field="policy"]');
  const sampleInput = document.querySelector('[data-gf-field="sample"]');
  const findingsList = document.querySelector('[data-gf-field="findings"]');
  const sections = document.querySelectorAll("[data-gf-section]");

  let language = extensionApi.i18n.getUILanguage().startsWith("fr") ? "fr" : "en";
  let statusKey = "checking";
  const text = (key) => GardeFouWelcomeText[language][key];

  // Status key → [data-gf-status value, section shown].
  const STATES = {
    checking: ["checking", null],
    pairing: ["pairing", null],
    connected: ["connected", null],
    notInstalled: ["not-installed", "install"],
    refused: ["refused", "refused"],
    failed: ["failed", "failed"],
  };

  function translate() {
    document.documentElement.lang = language;
    for (const element of document.querySelectorAll("[data-w]")) element.textContent = text(element.dataset.w);
    showStatus(statusKey);
  }

  function showStatus(key) {
    statusKey = key;
    const [status, section] = STATES[key];
    statusElement.dataset.gfStatus = status;
    statusElement.textContent = text(key);
    retryButton.hidden = key === "connected" || key === "checking" || key === "pairing";
    for (const element of sections) element.hidden = element.dataset.gfSection !== section;
  }

  function showFailure(result) {
    if (result.code === "host_missing") return showStatus("notInstalled");
    if (result.code === "host_forbidden" || result.code === "caller_refused") {
      document.querySelector('[data-gf-field="extension-id"]').textContent = extensionApi.runtime.id;
      return showStatus("refused");
    }
    document.querySelector('[data-gf-field="failure"]').textContent = result.message || result.code;
    return showStatus("failed");
  }

  async function connect({ pairFirst }) {
    if (!pairFirst) {
      showStatus("checking");
      const { status } = await sendMessage(MessageType.GET_STATUS);
      if (status === CompanionStatus.CONNECTED) return connected();
    }
    showStatus("pairing");
    const result = await sendMessage(MessageType.PAIR);
    if (result?.status !== "paired") return showFailure(result || {});
    return connected();
  }

  async function connected() {
    const reply = await sendMessage(MessageType.LIST_POLICIES);
    if (reply.status !== CompanionStatus.CONNECTED) return showFailure({ code: "host_failed", message: reply.message || reply.status });
    showStatus("connected");
    const { policy } = await loadSettings();
    policySelect.replaceChildren(policySelect.options[0]);
    for (const pack of reply.policies) {
      const option = document.createElement("option");
      option.value = pack.id;
      option.textContent = pack.name?.[language] || pack.id;
      option.title = pack.description?.[language] || "";
      policySelect.append(option);
    }
    policySelect.value = policy;
    return undefined;
  }

  async function trySample() {
    const reply = await sendMessage(MessageType.ANALYZE, { text: sampleInput.value, platform: "other" });
    if (reply.status !== CompanionStatus.CONNECTED) {
      findingsList.replaceChildren(item(text("tryOffline")));
      return;
    }
    if (!reply.findings.length) {
      findingsList.replaceChildren(item(text("tryNothing")));
      return;
    }
    findingsList.replaceChildren(...reply.findings.map((finding) => {
      const entry = item("");
      entry.dataset.gfSeverity = finding.severity;
      entry.dataset.gfType = finding.type;
      const label = document.createElement("strong");
      label.textContent = extensionApi.i18n.getMessage(`type_${finding.type}`) || finding.type;
      const quoted = language === "fr" ? `« ${finding.text.slice(0, 80)} »` : `“${finding.text.slice(0, 80)}”`;
      entry.append(label, ` ${quoted} — ${finding.message}`);
      return entry;
    }));
  }

  function item(content) {
    const entry = document.createElement("li");
    entry.textContent = content;
    return entry;
  }

  document.querySelector('[data-gf-action="switch-language"]').addEventListener("click", () => {
    const sampleUntouched = sampleInput.value === text("sample");
    language = language === "fr" ? "en" : "fr";
    translate();
    if (sampleUntouched) sampleInput.value = text("sample");
    findingsList.replaceChildren();
    if (statusKey === "connected") connected();  // the policies' names in the new language
  });
  retryButton.addEventListener("click", () => connect({ pairFirst: true }));
  policySelect.addEventListener("change", () => saveSettings({ policy: policySelect.value }));
  document.querySelector('[data-gf-action="try"]').addEventListener("click", trySample);

  translate();
  sampleInput.value = text("sample");
  connect({ pairFirst: false });
})();
