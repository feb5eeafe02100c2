/* Instagram: comments are a React-controlled textarea; captions and messages are Lexical editors. */
GardeFou.adapters.register({
  platform: "instagram",
  hosts: ["www.instagram.com", "instagram.com"],
  boxes: [
    { selector: '[data-lexical-editor="true"]', editor: "lexical" },
    { selector: "textarea", editor: "textarea" },
  ],
});
