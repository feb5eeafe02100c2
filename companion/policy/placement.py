"""Where a policy finding points, and whether it offers its one-click replacement.

What a rule's condition found is evidence (a word, an emoji, a name); what the user is shown
must be something they can act on:
- a finding covers whole words: evidence that starts or ends inside a word, or on a space, is
  widened or trimmed to the words it touches;
- a rule's replacement (« [lieu] ») is offered only where the sentence still reads right once
  it is made: in place of a name (capitalized, a hashtag, a number, or a word tagged as a proper
  noun) — never in place of a common word (« rue », « nouvelle », « québécoise », « croyez »)
  or an emoji;
- a finding that would point at a single word or less (« client », 🙄, « Selfie ») points at
  the sentence that carries the breach instead (in a very long sentence, at the words around
  the evidence; a sentence of one word or an emoji on its own line, with the sentence before
  it, or after it when it comes first).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from companion.policy.terms import Span
from companion.policy.textview import TextView

#: a finding with fewer words than this points at its sentence
MIN_WORDS = 2
#: a sentence longer than this is not shown whole: the evidence with this many words each side
LONG_SENTENCE_CHARS = 300
CONTEXT_WORDS = 8
#: words a placeholder cannot stand in for, by part of speech
_NOT_A_NAME_POS = frozenset({"ADJ", "VERB", "AUX", "PRON", "DET", "INTJ"})


def place(view: TextView, span: Span,
          replacement: dict[str, str] | None) -> tuple[Span, dict[str, str] | None]:
    """The span a finding shows for the evidence `span`, and the replacement it offers."""
    span = whole_words(view, span)
    if replacement is not None and reads_right_replaced(view, span):
        return span, replacement
    if len(_words_in(view, span)) < MIN_WORDS:
        span = sentence_around(view, span)
    return span, None


def whole_words(view: TextView, span: Span) -> Span:
    """`span` trimmed of surrounding spaces and widened to the words it cuts."""
    start, end = _trimmed(view.text, span)
    starts = view.word_starts
    i = bisect_right(starts, start) - 1
    if i >= 0 and view.words[i].start < start < view.words[i].end:
        start = view.words[i].start
    j = bisect_left(starts, end) - 1
    if j >= 0 and view.words[j].start < end < view.words[j].end:
        end = view.words[j].end
    return (start, end) if start < end else span


def reads_right_replaced(view: TextView, span: Span) -> bool:
    """Whether a placeholder can take the place of `span`: a name (capitalized, a hashtag, a
    number, or a word the tagger takes for a proper noun: « boucherville »), not a common noun
    written in lower case (« la rue Saint-Germain »), an adjective, a verb
    or a pronoun (« nouvelle », « croyez »), not an emoji."""
    text = view.text[span[0]:span[1]]
    first = next((ch for ch in text if ch.isalnum()), None)
    if first is None:
        return False
    doc = view.ctx.doc
    covered = None if doc is None else doc.char_span(*span, alignment_mode="expand")
    tokens = [t for t in covered or () if not t.is_punct]
    if any(t.pos_ in _NOT_A_NAME_POS for t in tokens):
        return False
    if text.startswith("#") or first.isupper() or first.isdigit():
        return True
    return bool(tokens) and all(t.pos_ == "PROPN" for t in tokens)


def sentence_around(view: TextView, span: Span) -> Span:
    """The sentence(s) holding `span`, trimmed; or, in a very long sentence, the words around
    it."""
    starts = view.sentence_starts
    first = view.sentence_of(span[0])
    last = view.sentence_of(max(span[1] - 1, span[0]))
    start = starts[first]
    end = starts[last + 1] if last + 1 < len(starts) else len(view.text)
    if end - start > LONG_SENTENCE_CHARS:
        starts_of_words = view.word_starts
        first_word = bisect_left(starts_of_words, start)
        last_word = bisect_left(starts_of_words, end)
        at = bisect_left(starts_of_words, span[0])
        after = bisect_left(starts_of_words, span[1])
        before = view.words[max(first_word, at - CONTEXT_WORDS):at]
        following = view.words[after:min(last_word, after + CONTEXT_WORDS)]
        start = before[0].start if before else span[0]
        end = following[-1].end if following else span[1]
    elif len(_words_in(view, (start, end))) < MIN_WORDS and len(starts) > 1:
        if first > 0:
            start = max(starts[first - 1], end - LONG_SENTENCE_CHARS)
        else:
            end = min(starts[last + 2] if last + 2 < len(starts) else len(view.text),
                      start + LONG_SENTENCE_CHARS)
        start, end = whole_words(view, (start, end))
    start, end = _trimmed(view.text, (start, end))
    return (start, end) if start < end else span


def _trimmed(text: str, span: Span) -> Span:
    """`span` without the spaces it starts or ends with."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words_in(view: TextView, span: Span) -> list:
    lo = bisect_left(view.word_starts, span[0])
    hi = bisect_left(view.word_starts, span[1])
    return view.words[lo:hi]
