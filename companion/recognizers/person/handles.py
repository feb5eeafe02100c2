"""Handles and hashtags: "@marie.tremblay", "#FièreDeNadia".
"""

from __future__ import annotations

from companion.recognizers.lexicon import (
    fold,
    is_ambiguous_name,
    is_given_name,
    is_not_person,
    is_place,
)
from companion.recognizers.person.cues import CALENDAR_WORDS, HASHTAG_CUE_WORDS
from companion.recognizers.person.scores import HANDLE_SCORE, HASHTAG_SCORE, LONE_HANDLE_SCORE
from companion.recognizers.person.words import CAMEL_PART, HANDLE_PART, HASHTAG, MENTION


class HandlesAndHashtags:
    """Names inside @mentions and hashtags (part of Analysis)."""

    def _handles(self) -> None:
        for m in MENTION.finditer(self.text):
            handle = m.group(1).rstrip(".")
            if handle[:1].isupper() and handle[1:].islower() and handle.isalpha():
                continue  # "@Samir Haddad": a plain word, read with the following words
            parts = [fold(p) for p in HANDLE_PART.findall(handle)]
            if not parts or is_not_person(" ".join(parts)) or is_place(fold(handle)):
                continue
            given = [p for p in parts if is_given_name(p)]
            start, end = m.start(1), m.start(1) + len(handle)
            if given and len(parts) >= 2:
                self._add(start, end, HANDLE_SCORE, "handle with a given name", parts)
            elif given and not is_ambiguous_name(given[0]):
                self._add(start, end, LONE_HANDLE_SCORE, "handle that is a given name", parts)

    def _hashtags(self) -> None:
        for m in HASHTAG.finditer(self.text):
            base = m.start(1)
            parts = [
                (p.start() + base, p.end() + base, p.group())
                for p in CAMEL_PART.finditer(m.group(1))
            ]
            folded_all = " ".join(fold(p[2]) for p in parts)
            if is_not_person(folded_all) or is_place(fold(m.group(1))):
                continue
            k = 0
            while k < len(parts):
                start, end, part = parts[k]
                folded = fold(part)
                title = part[:1].isupper() and part[1:].islower()
                if not (title and is_given_name(folded)):
                    k += 1
                    continue
                previous = fold(parts[k - 1][2]) if k else ""
                if previous in ("saint", "sainte", "st", "ste"):
                    k += 1
                    continue
                nxt = k + 1
                if nxt < len(parts) and parts[nxt][2][:1].isupper() and parts[nxt][2][1:].islower():
                    nf = fold(parts[nxt][2])
                    if not self.dictionary.is_stop(nf) and not is_place(nf):
                        end = parts[nxt][1]
                        nxt += 1
                ambiguous = is_ambiguous_name(folded) and end == parts[k][1]
                if folded in CALENDAR_WORDS or (ambiguous and previous not in HASHTAG_CUE_WORDS):
                    k = nxt
                    continue
                self._add(
                    start, end, HASHTAG_SCORE, "given name in a hashtag",
                    [fold(p[2]) for p in parts[k:nxt]],
                )
                k = nxt

