/* Options: the pairing token, the companion's port, and the user's always-flag / never-flag name lists. */
(function () {
  "use strict";

  const { MessageType, extensionApi, sendMessage } = GardeFouProtocol;
  const { loadSettings, saveSettings } = GardeFouSettings;

  const form = document.querySelector("form");
  const tokenInput = document.querySelector('[data-gf-field="token"]');
  const portInput = document.querySelector('[data-gf-field="port"]');
  const alwaysFlagInput = document.querySelector('[data-gf-field="always-flag"]');
  const neverFlagInput = document.querySelector('[data-gf-field="never-flag"]');
  const statusElement = document.querySelector("[data-gf-status]");

  const namesFromLines = (text) => text.split("\n").map((name) => name.trim()).filter(Boolean);

  function showStatus(status, text) {
    statusElement.dataset.gfStatus = status;
    statusElement.textContent = text;
  }

  async function save(event) {
    event.preventDefault();
    const port = Number(portInput.value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      showStatus("invalid", extensionApi.i18n.getMessage("optionsInvalidPort"));
      return;
    }
    showStatus("saving", extensionApi.i18n.getMessage("optionsSaving"));
    await saveSettings({
      token: tokenInput.value.trim(),
      companionPort: port,
      alwaysFlag: namesFromLines(alwaysFlagInput.value),
      neverFlag: namesFromLines(neverFlagInput.value),
    });
    const { status } = await sendMessage(MessageType.GET_STATUS);
    const statusMessage = { connected: "popupStatusConnected", "needs-token": "popupStatusNeedsToken" }[status] || "popupStatusOffline";
    showStatus(status, `${extensionApi.i18n.getMessage("optionsSaved")} ${extensionApi.i18n.getMessage(statusMessage)}`);
  }

  async function start() {
    GardeFouPageI18n.translatePage();
    const settings = await loadSettings();
    tokenInput.value = settings.token;
    portInput.value = String(settings.companionPort);
    alwaysFlagInput.value = settings.alwaysFlag.join("\n");
    neverFlagInput.value = settings.neverFlag.join("\n");
    form.addEventListener("submit", save);
  }

  start();
})();
