"""Cuts a post into paragraphs and sentences, which the pipeline analyses independently.

spaCy runs on each sentence on its own, the pattern recognizers on each paragraph on its own,
and their results are cached per sentence and per paragraph, so that when the user types one
more character only the sentence and the paragraph being edited are analysed again. For the
cached and the cold analysis to agree, segmentation is part of the analysis itself: a post is
*always* analysed this way, cache or not.

A cut must therefore depend only on the characters near it (an edit elsewhere cannot move it)
and must not split what the NER reads as one thing. It is conservative:
- paragraphs: after a blank line;
- sentences: after a blank line, and after a sentence end: ".", "!", "?" or "…" (possibly
  followed by closing quotes or brackets), then white space, then something other than a
  lower-case letter — except after an abbreviation: a word of at most three letters ("M.",
  "Me.", "Dr.", "St."), a word with an inner period ("p.m.", "c.-à-d."), or a listed one
  ("boul.", "app.", "Ltée.").
White space belongs to the segment before the cut, so the segments concatenate to the text.
Lines without end punctuation stay together (a signature block, an address over two lines).

Length is bounded too, so that one request never holds the models for long (the pipeline lets
other requests through between segments): a paragraph longer than MAX_PARAGRAPH is cut after
the last sentence that fits (else after white space), a sentence longer than MAX_SENTENCE after
the last white space that fits (a long run of text without either is cut where the limit falls).
Posts people write never reach these limits; a pasted list or a run of digits does.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A blank line, or a sentence end and the white space after it (the cut is at the end).
# Linear on any input: possessive quantifiers never backtrack, and a sentence end is only
# tried at the start of a run of end punctuation ("!?." * 33_333 is one attempt, not 10^5).
_CUT = re.compile(
    r"\n[^\S\n]*+\n\s*+"
    r"|(?<![.!?…])(?P<end>[.!?…]++)(?:[^\S\n]*+[\"'»”’)\]])*+(?P<space>\s++)(?=\S)",
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*+\n")
_BLANK_LINES = re.compile(r"\n[^\S\n]*+\n\s*+")
_SPACES = re.compile(r"\s+")
MAX_PARAGRAPH = 5_000
MAX_SENTENCE = 1_000
_LONGEST_WORD = 40  # characters looked at before a period
_ABBREVIATIONS = frozenset(
    "boul blvd ave av ch chem app apt bur rte str ste tél tel ext poste dre mme mlle mgr "
    "prof inc ltd ltée corp cie etc env approx dept dép gouv hon sgt capt cpl gén vol art "
    "min max fig réf ref no nos num tél".split()
)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(start offset, text) of each paragraph: cut after blank lines (and when too long)."""
    starts = _cuts(text, sentences=False)
    if _longest(starts, len(text)) > MAX_PARAGRAPH:
        starts = _bounded(starts, len(text), MAX_PARAGRAPH,
                          [_cuts(text, sentences=True), _space_ends(text)])
    return _pieces(text, starts)


def sentences(text: str) -> list[tuple[int, str]]:
    """(start offset, text) of each sentence, paragraphs included; see the module docstring."""
    starts = _cuts(text, sentences=True)
    if _longest(starts, len(text)) > MAX_SENTENCE:
        starts = _bounded(starts, len(text), MAX_SENTENCE, [_space_ends(text)])
    return _pieces(text, starts)


def _longest(starts: list[int], end: int) -> int:
    return max(b - a for a, b in zip(starts, [*starts[1:], end], strict=True))


def _space_ends(text: str) -> list[int]:
    return [m.end() for m in _SPACES.finditer(text)]


def _bounded(starts: list[int], end: int, limit: int, preferred: list[list[int]]) -> list[int]:
    """`starts` with more cuts so that no piece is longer than `limit`: at each step the last
    cut that fits, from the first list of `preferred` (sorted positions) that has one."""
    bounded = []
    for start, stop in zip(starts, [*starts[1:], end], strict=True):
        bounded.append(start)
        while stop - bounded[-1] > limit:
            here = bounded[-1]
            cut = here + limit
            for positions in preferred:
                last = bisect_right(positions, cut) - 1
                if last >= 0 and positions[last] > here:
                    cut = positions[last]
                    break
            bounded.append(cut)
    return bounded


def _cuts(text: str, *, sentences: bool) -> list[int]:
    starts = [0]
    for match in (_CUT if sentences else _BLANK_LINES).finditer(text):
        cut = match.end()
        if cut >= len(text):
            break
        if sentences and match.group("end") is not None and not _is_sentence_end(text, match):
            continue
        if cut > starts[-1]:
            starts.append(cut)
    return starts


def _pieces(text: str, starts: list[int]) -> list[tuple[int, str]]:
    ends = [*starts[1:], len(text)]
    return [(start, text[start:end]) for start, end in zip(starts, ends, strict=True)]


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    if _BLANK_LINE.search(match.group("space")):
        return True
    if text[match.end()].islower():
        return False
    if match.group("end") != ".":  # "!", "?", "…", "..." do not end abbreviations
        return True
    period = match.start("end")
    before = text[max(0, period - _LONGEST_WORD):period].split()
    word = before[-1].lstrip("(\"'«“‘[") if before and not text[period - 1].isspace() else ""
    if "." in word:  # p.m. / c.-à-d. / U.S. / a web address
        return False
    abbreviation = word.isalpha() and (len(word) <= 3 or word.casefold() in _ABBREVIATIONS)
    return not abbreviation
