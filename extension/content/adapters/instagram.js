/*
 * Instagram: the create-post caption (in its role=dialog) and messages are Lexical editors; the
 * comment box is a React-controlled textarea. Enter publishes comments and messages, not captions.
 */
GardeFou.adapters.register({
  platform: "instagram",
  hosts: ["www.instagram.com", "instagram.com"],
  boxes: [
    { selector: '[data-lexical-editor="true"]', editor: "lexical", enterSubmits: '[aria-label*="message" i]' },
    { selector: "textarea", editor: "textarea", enterSubmits: "textarea" },
  ],
});
