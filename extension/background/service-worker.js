/* Chrome's background service worker. Firefox loads the same files as an event page (manifest "scripts"). */
importScripts(
  "/shared/protocol.js",
  "/shared/settings.js",
  "/background/native-pairing.js",
  "/background/user-choices.js",
  "/background/companion-client.js",
  "/background/message-router.js",
);
