// A Lexical rich-text editor as Facebook, Instagram and Meta Business Suite mount them, plus what the tests read back.
import {
  $createParagraphNode,
  $getRoot,
  $isTextNode,
  TextNode,
  $applyNodeReplacement,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
} from "lexical";
import { registerRichText, HeadingNode, QuoteNode } from "@lexical/rich-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";

// A mention as Lexical's own mention plugin (lexical-playground's MentionNode) renders it in the
// editor: a segmented TextNode whose span gets class "mention", spell-check off and a background;
// data-lexical-mention is only on the HTML it exports when copied, not in the editor.
export class MentionNode extends TextNode {
  static getType() {
    return "mention";
  }

  static clone(node) {
    return new MentionNode(node.__text, node.__key);
  }

  static importJSON(serialized) {
    return $createMentionNode(serialized.text);
  }

  createDOM(config) {
    const dom = super.createDOM(config);
    dom.style.backgroundColor = "rgba(24, 119, 232, 0.2)";
    dom.className = "mention";
    dom.spellcheck = false;
    return dom;
  }

  exportDOM() {
    const element = document.createElement("span");
    element.setAttribute("data-lexical-mention", "true");
    element.textContent = this.__text;
    return { element };
  }

  isTextEntity() {
    return true;
  }

  canInsertTextBefore() {
    return false;
  }

  canInsertTextAfter() {
    return false;
  }
}

export function $createMentionNode(text) {
  return $applyNodeReplacement(new MentionNode(text).setMode("segmented").toggleDirectionless());
}

// Typing "@[Marie Tremblay]" turns into the mention "@Marie Tremblay" (a stand-in for the typeahead).
const MENTION_TYPED = /@\[([^\]]+)\]/;

function registerMentions(editor) {
  return editor.registerNodeTransform(TextNode, (node) => {
    if (node instanceof MentionNode) return;
    const text = node.getTextContent();
    const match = MENTION_TYPED.exec(text);
    if (!match) return;
    const start = match.index;
    const end = start + match[0].length;
    let typed = node;
    if (start === 0 && end < text.length) [typed] = node.splitText(end);
    else if (start > 0) [, typed] = node.splitText(start, end);
    const mention = $createMentionNode(`@${match[1]}`);
    typed.replace(mention);
    const next = mention.getNextSibling();
    if ($isTextNode(next)) next.select(0, 0);
    else mention.selectEnd();
  });
}

export function mountEditor(element, namespace) {
  const editor = createEditor({
    namespace,
    nodes: [HeadingNode, QuoteNode, MentionNode],
    onError: (error) => console.error(error),
    theme: { text: { bold: "bold" } },
  });
  editor.setRootElement(element);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  registerMentions(editor);
  return editor;
}

// A comment box: Enter (without Shift) publishes what the editor state holds and empties it, as
// Facebook's comment and Messenger boxes do; `published` receives each published text.
export function mountCommentBox(element, namespace, published) {
  const editor = mountEditor(element, namespace);
  editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
    if (event?.shiftKey) return false;
    event?.preventDefault();
    published.push(editor.getEditorState().read(() => $getRoot().getTextContent()));
    editor.update(() => $getRoot().clear().append($createParagraphNode()));
    return true;
  }, COMMAND_PRIORITY_HIGH);
  return editor;
}

// What the tests assert: the editor state itself, not the screen.
export function describeState(editor) {
  return editor.getEditorState().read(() => {
    const nodes = [];
    for (const paragraph of $getRoot().getChildren()) {
      for (const node of paragraph.getChildren()) {
        nodes.push({ type: node.getType(), text: node.getTextContent(), format: node.getFormat?.() ?? 0 });
      }
    }
    return { text: $getRoot().getTextContent(), nodes };
  });
}
