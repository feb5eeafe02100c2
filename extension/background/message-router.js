/* Answers the protocol's messages (see shared/protocol.js) from the content scripts, popup and options. */
(function (root) {
  "use strict";

  const { MessageType, extensionApi } = root.GardeFouProtocol;
  const companion = root.GardeFouCompanion;
  const choices = root.GardeFouUserChoices;

  const handlers = {
    [MessageType.ANALYZE]: (message) => companion.analyze({ text: String(message.text), platform: message.platform }),
    [MessageType.GET_STATUS]: () => companion.getStatus(),
    [MessageType.LIST_POLICIES]: () => companion.listPolicies(),
    [MessageType.NEVER_FLAG]: (message) => choices.neverFlag(message.name),
    [MessageType.DISABLE_RULE]: (message) => choices.disableRule(message.rule),
    [MessageType.IGNORE_IN_POST]: (message) => choices.ignoreInPost(String(message.text), message.finding),
  };

  extensionApi.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const handler = handlers[message?.type];
    if (!handler || sender.id !== extensionApi.runtime.id) return false;
    handler(message).then(sendResponse);
    return true;
  });
})(globalThis);
