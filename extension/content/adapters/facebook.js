/* Facebook: posts, comments and messages are Lexical editors. */
GardeFou.adapters.register({
  platform: "facebook",
  hosts: ["www.facebook.com", "facebook.com", "m.facebook.com"],
  boxes: [{ selector: '[data-lexical-editor="true"][role="textbox"]', editor: "lexical" }],
});
