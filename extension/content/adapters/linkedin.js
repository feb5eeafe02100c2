/* LinkedIn: the post composer is Quill 1 (.ql-editor); comment boxes are Quill or another contenteditable (generic). */
GardeFou.adapters.register({
  platform: "linkedin",
  hosts: ["www.linkedin.com", "linkedin.com"],
  boxes: [{ selector: '.ql-editor[contenteditable="true"]', editor: "contenteditable" }],
});
