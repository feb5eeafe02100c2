"""The speakers of a chat pasted into a post: "kev: who's driving / jess: not me / kev: dan??".

People paste group chats as posts, one message a line or messages joined by " / ", each opened
by its speaker's name or nickname and a colon. The names are typed as in a chat app (lower case,
"JF", "liv", "raph"), with nothing around them that says "person" — except the shape of the
conversation itself. Two labels or more make a conversation; a label that is an ordinary word
of either language ("Date:", "Rules:", « Lieu : »), a day, a role ("mamie:", "coach:") or an
abbreviation people write before a colon ("PS:", "RSVP:") is not a speaker, and neither is a
label followed by a name alone: that is a role in a cast list ("Argan : Réjean Chiasson").
"""

from __future__ import annotations

import regex

from companion.recognizers.lexicon import fold, is_given_name, is_not_name_word
from companion.recognizers.person.cues import (
    CALENDAR_WORDS,
    HONORIFICS,
    INTERJECTIONS,
    ROLE_WORDS,
    SIGN_OFF_ABBREVIATIONS,
)
from companion.recognizers.person.scores import SPEAKER_SCORE
from companion.recognizers.person.words import base_form

#: The emoji a phone shows after a contact's name ("Nadia 🐢 : …").
CONTACT_EMOJI = r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u200d]+"
#: That emoji, then the colon of a chat message: right after a name, a contact's label.
CONTACT_EMOJI_LABEL = regex.compile(rf"[ \u00a0]?{CONTACT_EMOJI}[ \t\u00a0]?:")
#: A message's opening: at the start of a line, after " / " or after a sentence ("lol. kev:
#: who's driving"), one or two words (a name, a nickname, initials, a role and a name), the
#: emoji a phone shows after a contact's name ("Nadia 🐢 :"), a colon, then the message.
SPEAKER = regex.compile(
    r"(?:^|(?<=[ \u00a0]/[ \u00a0])|(?<=[.!?][ \u00a0]))[ \t]*"
    r"(?P<label>\p{L}[\p{L}'’.-]{0,24}(?:[ \u00a0]\p{L}[\p{L}'’.-]{0,24})?)"
    rf"(?:[ \u00a0]?{CONTACT_EMOJI})?"
    r"[ \t\u00a0]?:[ \t\u00a0]+(?=\S)",
    regex.MULTILINE,
)
LABEL_WORD = regex.compile(r"[\p{L}'’.-]+")
#: A conversation has at least this many speaker labels.
MIN_LABELS = 2
MIN_LETTERS = 2
#: A speaker named by a role ("mamie:", "coach:"): part of the conversation, no name to flag.
ROLE = object()


class Speakers:
    """Speakers of a pasted chat (part of Analysis)."""

    def _speakers(self) -> None:
        found = bytearray(len(self.text))  # by any name kept
        covered = bytearray(len(self.text))  # by a name as sure as a speaker's
        for start, end, score, _why in self.results:
            found[start:end] = b"\x01" * (end - start)
            if score >= SPEAKER_SCORE:
                covered[start:end] = b"\x01" * (end - start)
        speakers = [None if self._names_alone_after(m.end(), found)
                    else self._speaker(m.start("label"), m.end("label"))
                    for m in SPEAKER.finditer(self.text)]
        if sum(speaker is not None for speaker in speakers) < MIN_LABELS:
            return
        for speaker in speakers:
            if speaker is ROLE or speaker is None:
                continue
            start, end = speaker
            if not any(covered[start:end]):
                # a speaker's name is a name elsewhere in the chat ("Nadia 🐢 : …" / "moi : NADIA")
                self._add(start, end, SPEAKER_SCORE, "a speaker in a pasted chat",
                          [fold(self.text[start:end])])

    def _speaker(self, start: int, end: int) -> tuple[int, int] | object | None:
        """The name in a label ("gagnon" in "coach gagnon", all of "Me Roy", "JF"); ROLE for a
        speaker named by a role ("mamie", "coach"); None when the label names no one."""
        words = list(LABEL_WORD.finditer(self.text[start:end]))
        first = base_form(fold(words[0].group().rstrip(".")))
        if len(words) == 1 and first in ROLE_WORDS:
            return ROLE
        if len(words) == 2 and first in ROLE_WORDS:
            start += words[1].start()
            words = words[1:]
        elif len(words) == 2 and first not in HONORIFICS and not is_given_name(first):
            return None  # "Prochaine étape: …", "Point 2: …"
        for w in words[-1:]:
            folded = fold(w.group().rstrip("."))
            if len(folded) < MIN_LETTERS or self._not_a_speaker(folded):
                return None
        return start, end

    def _cast_roles(self) -> None:
        """In a cast list, one role a line ("Argan : Réjean Chiasson", "Toinette : Marie-Ève
        Huard"), the labels are characters: two lines or more whose label is followed by a
        name alone drop the names found in those labels."""
        found = bytearray(len(self.text))
        for start, end, _score, _why in self.results:
            found[start:end] = b"\x01" * (end - start)
        labels = [m.span("label") for m in SPEAKER.finditer(self.text)
                  if self._names_alone_after(m.end(), found)]
        if len(labels) < MIN_LABELS:
            return
        self.results = [r for r in self.results
                        if not any(a <= r[0] and r[1] <= b for a, b in labels)]
        for a, b in labels:  # nor are they names to find again elsewhere (_propagate)
            self.known.discard(fold(self.text[a:b]))

    def _names_alone_after(self, start: int, found: bytearray) -> bool:
        """The line after the label holds only a name found ("Argan : Réjean Chiasson",
        "Toinette : Marie-Ève Huard"): a cast or a credits list, where the label is a role."""
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        message = self.text[start:end]
        letters = [i for i, char in enumerate(message, start) if char.isalpha()]
        return bool(letters) and all(found[i] for i in letters)

    def _not_a_speaker(self, folded: str) -> bool:
        if is_given_name(folded):
            return False
        return (folded in CALENDAR_WORDS or folded in INTERJECTIONS
                or base_form(folded) in ROLE_WORDS or folded in SIGN_OFF_ABBREVIATIONS
                or is_not_name_word(folded)  # "Codenames: team Roxanne"
                or self._known_word(folded, self.dictionary, self.other_dictionary))
