/*
 * Options: the pairing token, the companion's port, the user's always-flag / never-flag name lists,
 * and the policy rules turned off from a card (each can be turned back on here).
 */
(function () {
  "use strict";

  const { MessageType, CompanionStatus, extensionApi, sendMessage } = GardeFouProtocol;
  const { loadSettings, saveSettings } = GardeFouSettings;

  const form = document.querySelector("form");
  const tokenInput = document.querySelector('[data-gf-field="token"]');
  const portInput = document.querySelector('[data-gf-field="port"]');
  const alwaysFlagInput = document.querySelector('[data-gf-field="always-flag"]');
  const neverFlagInput = document.querySelector('[data-gf-field="never-flag"]');
  const statusElement = document.querySelector("[data-gf-status]");
  const disabledRulesList = document.querySelector('[data-gf-list="disabled-rules"]');
  const noDisabledRule = document.querySelector('[data-gf-empty="disabled-rules"]');

  // What the companion accepts in each name list (companion/api/schemas.py).
  const MAX_NAMES = 1000;
  const MAX_NAME_CHARS = 200;
  const STATUS_MESSAGES = {
    [CompanionStatus.CONNECTED]: "popupStatusConnected",
    [CompanionStatus.NEEDS_TOKEN]: "popupStatusNeedsToken",
    [CompanionStatus.ERROR]: "popupStatusError",
  };

  const namesFromLines = (text) => text.split("\n").map((name) => name.trim()).filter(Boolean);

  // The reason a list cannot be saved as typed, or null.
  function nameListProblem(names) {
    if (names.length > MAX_NAMES) return extensionApi.i18n.getMessage("optionsTooManyNames");
    const tooLong = names.find((name) => name.length > MAX_NAME_CHARS);
    return tooLong ? extensionApi.i18n.getMessage("optionsNameTooLong", [`${tooLong.slice(0, 40)}…`]) : null;
  }

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
    const alwaysFlag = namesFromLines(alwaysFlagInput.value);
    const neverFlag = namesFromLines(neverFlagInput.value);
    const listProblem = nameListProblem(alwaysFlag) || nameListProblem(neverFlag);
    if (listProblem) {
      showStatus("invalid", listProblem);
      return;
    }
    showStatus("saving", extensionApi.i18n.getMessage("optionsSaving"));
    await saveSettings({ token: tokenInput.value.trim(), companionPort: port, alwaysFlag, neverFlag });
    // The same path as an analysis, with what was just saved: the companion's refusal shows here.
    const { status, message = "" } = await sendMessage(MessageType.GET_STATUS);
    const statusMessage = STATUS_MESSAGES[status] || "popupStatusOffline";
    showStatus(status, `${extensionApi.i18n.getMessage("optionsSaved")} ${extensionApi.i18n.getMessage(statusMessage, [message])}`);
  }

  // One line per rule turned off ("policy/rule-id"), with its « Réactiver » button.
  function showDisabledRules(disabledRules) {
    noDisabledRule.hidden = disabledRules.length > 0;
    disabledRulesList.replaceChildren(...disabledRules.map((key) => {
      const item = document.createElement("li");
      item.dataset.gfRule = key;
      const name = document.createElement("code");
      name.textContent = key;
      const enable = document.createElement("button");
      enable.type = "button";
      enable.dataset.gfAction = "enable-rule";
      enable.textContent = extensionApi.i18n.getMessage("optionsEnableRule");
      enable.addEventListener("click", async () => {
        const { disabledRules: current } = await loadSettings();
        await saveSettings({ disabledRules: current.filter((disabled) => disabled !== key) });
      });
      item.append(name, " ", enable);
      return item;
    }));
  }

  async function start() {
    GardeFouPageI18n.translatePage();
    const settings = await loadSettings();
    tokenInput.value = settings.token;
    portInput.value = String(settings.companionPort);
    alwaysFlagInput.value = settings.alwaysFlag.join("\n");
    neverFlagInput.value = settings.neverFlag.join("\n");
    showDisabledRules(settings.disabledRules);
    extensionApi.storage.onChanged.addListener((changes, area) => {
      if (area === "local" && changes.disabledRules) showDisabledRules(changes.disabledRules.newValue || []);
    });
    form.addEventListener("submit", save);
  }

  start();
})();
