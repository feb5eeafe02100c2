/* The popup: companion status, the organization's policy (applies at once), and the per-site switches. */
(function () {
  "use strict";

  const { MessageType, CompanionStatus, extensionApi, sendMessage } = GardeFouProtocol;
  const { loadSettings, saveSettings } = GardeFouSettings;

  const STATUS_MESSAGES = {
    [CompanionStatus.CONNECTED]: "popupStatusConnected",
    [CompanionStatus.OFFLINE]: "popupStatusOffline",
    [CompanionStatus.NEEDS_TOKEN]: "popupStatusNeedsToken",
    [CompanionStatus.ERROR]: "popupStatusError",
  };

  const statusElement = document.querySelector("[data-gf-status]");
  const policySelect = document.querySelector('[data-gf-field="policy"]');
  const grantButton = document.querySelector('[data-gf-action="grant"]');
  const siteSwitches = document.querySelectorAll("[data-platform]");
  const uiLanguage = extensionApi.i18n.getUILanguage().startsWith("fr") ? "fr" : "en";

  // The status of an analysis with the settings in force; "error" carries the companion's reason.
  async function showStatus() {
    const { status, message = "" } = await sendMessage(MessageType.GET_STATUS).catch(() => ({ status: CompanionStatus.OFFLINE }));
    const shown = STATUS_MESSAGES[status] ? status : CompanionStatus.OFFLINE;
    statusElement.dataset.gfStatus = shown;
    statusElement.textContent = extensionApi.i18n.getMessage(STATUS_MESSAGES[shown], [message]);
  }

  function addPolicyOption(value, label, description) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    if (description) option.title = description;
    policySelect.append(option);
  }

  async function fillPolicies(selectedPolicy) {
    const reply = await sendMessage(MessageType.LIST_POLICIES).catch(() => ({ status: CompanionStatus.OFFLINE }));
    for (const policy of reply.policies || []) {
      addPolicyOption(policy.id, policy.name?.[uiLanguage] || policy.id, policy.description?.[uiLanguage]);
    }
    // Offline, the list is unknown: still show the choice in force.
    if (selectedPolicy && ![...policySelect.options].some((option) => option.value === selectedPolicy)) {
      addPolicyOption(selectedPolicy, selectedPolicy);
    }
    policySelect.value = selectedPolicy;
  }

  // Firefox grants host permissions on request only; the content scripts and the companion need them.
  async function offerHostAccess() {
    const origins = extensionApi.runtime.getManifest().host_permissions;
    if (await extensionApi.permissions.contains({ origins })) return;
    grantButton.hidden = false;
    grantButton.addEventListener("click", async () => {
      if (await extensionApi.permissions.request({ origins })) grantButton.hidden = true;
    });
  }

  async function start() {
    GardeFouPageI18n.translatePage();
    const settings = await loadSettings();
    for (const siteSwitch of siteSwitches) {
      siteSwitch.checked = settings.enabledPlatforms[siteSwitch.dataset.platform];
      siteSwitch.addEventListener("change", async () => {
        const { enabledPlatforms } = await loadSettings();
        saveSettings({ enabledPlatforms: { ...enabledPlatforms, [siteSwitch.dataset.platform]: siteSwitch.checked } });
      });
    }
    policySelect.addEventListener("change", async () => {
      await saveSettings({ policy: policySelect.value });
      showStatus();
    });
    document.querySelector('[data-gf-action="open-options"]').addEventListener("click", (event) => {
      event.preventDefault();
      extensionApi.runtime.openOptionsPage();
      window.close();
    });
    await Promise.all([fillPolicies(settings.policy), showStatus(), offerHostAccess()]);
  }

  start();
})();
