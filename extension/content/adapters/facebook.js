/*
 * Facebook (www., web. — the same site under another name — and m.): posts, comments and
 * Messenger are Lexical editors; comments, replies and messages publish on Enter, posts do not.
 */
GardeFou.adapters.register({
  platform: "facebook",
  hosts: ["www.facebook.com", "facebook.com", "web.facebook.com", "m.facebook.com"],
  boxes: [{
    selector: '[data-lexical-editor="true"][role="textbox"]',
    editor: "lexical",
    enterSubmits: ':is([aria-label*="comment" i], [aria-label*="répon" i], [aria-label*="reply" i], [aria-label*="message" i])',
  }],
});
