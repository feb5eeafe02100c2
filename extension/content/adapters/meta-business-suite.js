/*
 * Meta Business Suite (business.facebook.com), where organizations write one post for their
 * Facebook Page and Instagram account: its composer is a Lexical editor, as on Facebook, where
 * Enter is a new line. Its findings count as Facebook's (one switch for both in the popup).
 */
GardeFou.adapters.register({
  platform: "facebook",
  hosts: ["business.facebook.com"],
  boxes: [{ selector: '[data-lexical-editor="true"][contenteditable="true"]', editor: "lexical" }],
});
