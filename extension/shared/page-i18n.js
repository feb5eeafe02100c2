/* Fills the extension pages' texts from _locales: data-i18n="messageName" sets an element's text. */
(function (root) {
  "use strict";

  const { extensionApi } = root.GardeFouProtocol;

  function translatePage() {
    document.documentElement.lang = extensionApi.i18n.getUILanguage();
    for (const element of document.querySelectorAll("[data-i18n]")) {
      element.textContent = extensionApi.i18n.getMessage(element.dataset.i18n);
    }
  }

  root.GardeFouPageI18n = Object.freeze({ translatePage });
})(globalThis);
