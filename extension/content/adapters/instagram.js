/* Instagram: comments are a React-controlled textarea (Enter publishes); captions and messages are Lexical editors. */
GardeFou.adapters.register({
  platform: "instagram",
  hosts: ["www.instagram.com", "instagram.com"],
  boxes: [
    { selector: '[data-lexical-editor="true"]', editor: "lexical", enterSubmits: '[aria-label*="message" i]' },
    { selector: "textarea", editor: "textarea", enterSubmits: "textarea" },
  ],
});
