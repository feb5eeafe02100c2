/*
 * The sentence a policy finding points at, for « Supprimer la phrase »: the sentence that holds the
 * whole finding, with the blanks after it (so that the post reads on without a double space), when
 * the post still has a sentence of its own once it is gone. Null otherwise.
 */
(function (GardeFou) {
  "use strict";

  const SENTENCE_END = /[.!?…]+["»”')\]]*/gu;
  const MIN_WORDS_LEFT = 3;

  function sentences(text) {
    const spans = [];
    let start = 0;
    const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
    for (const end of [...ends, text.length]) {
      if (end <= start) continue;
      let next = end;
      while (next < text.length && /\s/u.test(text[next]) && text[next] !== "\n") next += 1;
      spans.push({ start, end: next });
      start = next;
    }
    return spans.filter((span) => text.slice(span.start, span.end).trim());
  }

  function removableSentence(text, findingStart, findingEnd) {
    const sentence = sentences(text).find((span) => span.start <= findingStart && findingEnd <= span.end);
    if (!sentence) return null;
    const rest = text.slice(0, sentence.start) + text.slice(sentence.end);
    if (rest.trim().split(/\s+/u).length < MIN_WORDS_LEFT) return null;
    return sentence;
  }

  GardeFou.sentenceSpan = { removableSentence };
})(globalThis.GardeFou);
