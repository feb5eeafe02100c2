/*
 * LinkedIn runs two composers side by side: the share box is Quill (.ql-editor), in the older
 * page and inside the open shadow root of #interop-outlet (the content script finds it there:
 * events are read from their composed path); the feed's comment box is TipTap (ProseMirror).
 * Neither publishes on Enter: the Post / Comment button does.
 */
GardeFou.adapters.register({
  platform: "linkedin",
  hosts: ["www.linkedin.com", "linkedin.com"],
  boxes: [
    { selector: '.ql-editor[contenteditable="true"]', editor: "contenteditable" },
    { selector: '[data-view-name="comment-box"] .tiptap.ProseMirror[contenteditable="true"]', editor: "contenteditable" },
  ],
});
