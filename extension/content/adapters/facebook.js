/* Facebook: posts, comments and messages are Lexical editors; comments, replies and messages publish on Enter. */
GardeFou.adapters.register({
  platform: "facebook",
  hosts: ["www.facebook.com", "facebook.com", "m.facebook.com"],
  boxes: [{
    selector: '[data-lexical-editor="true"][role="textbox"]',
    editor: "lexical",
    enterSubmits: ':is([aria-label*="comment" i], [aria-label*="répon" i], [aria-label*="reply" i], [aria-label*="message" i])',
  }],
});
