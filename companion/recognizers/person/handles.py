"""Handles and hashtags: "@marie.tremblay", "@julietremblay87", "j.tremblay_87", "#FièreDeNadia".

A handle is a name when its parts hold a given name ("marie.tremblay", "kevin.b.89"), an initial
and a surname-like part ("j.tremblay_87"), or starts with a given name run into the rest
("julietremblay87", unless a longer ordinary word starts it: "marcheduquartier"). The span is the
whole handle, "@" included, so that the suggested replacement removes all of it. A handle typed
without "@" ("son insta : j.tremblay_87") must look like one: an underscore or trailing digits, or
a platform word just before it. A mention that none of these reads is still someone tagged,
at a lower score, unless it is made of words, places or an institution's words ("@kev_b", but
not "@tourismegaspesie").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from companion.recognizers.lexicon import (
    fold,
    is_ambiguous_name,
    is_common_surname,
    is_given_name,
    is_not_person,
    is_place,
    is_place_however_accented,
    is_unaccented_given_name,
    is_unaccented_surname,
    strip_accents,
)
from companion.recognizers.person.cues import (
    CALENDAR_WORDS,
    CUE_WORDS,
    FILE_EXTENSIONS,
    HANDLE_CUE_WORDS,
    HASHTAG_CUE_WORDS,
    HONORIFICS,
    PLACE_HEAD_WORDS,
    PLACE_TAIL_WORDS,
    ROLE_WORDS,
    WEB_DOMAIN_ENDINGS,
)
from companion.recognizers.person.scores import (
    HANDLE_SCORE,
    HASHTAG_SCORE,
    LONE_HANDLE_SCORE,
    MENTION_SCORE,
    RUN_IN_HANDLE_SCORE,
    SHAPED_HANDLE_SCORE,
)
from companion.recognizers.person.words import (
    BARE_HANDLE,
    CAMEL_PART,
    HANDLE_PART,
    HASHTAG,
    MENTION,
    base_form,
)

#: Letters of a given name run into the rest of a handle ("julie" in "julietremblay87").
_MIN_RUN_IN = 3
#: How far back a platform word may be from a bare handle ("insta : ", "my snap is ").
_CUE_WINDOW = 20
_CUE_WORDS_BEFORE = 4
_WORDS = regex.compile(r"\w+")
#: Words of an institution's handle, typed with or without accents ("@info.cegep"); short words
#: keep them ("cote" is a surname, "côte" a street).
_INSTITUTION_WORDS = PLACE_HEAD_WORDS | PLACE_TAIL_WORDS | frozenset(
    strip_accents(w) for w in PLACE_HEAD_WORDS | PLACE_TAIL_WORDS if len(w) >= 5)
VOWELS = regex.compile(r"[aeiouyàâäéèêëîïôöùûü]")
#: Initials at the start of a handle: one letter, or two with no vowel ("j", "jf", "mc").
_INITIALS = regex.compile(r"\p{L}|[b-df-hj-np-tv-z]{2}")
#: "@jroy" may be a word run together; "@jdesrosiers" is a name
_MIN_SURNAME_AFTER_INITIALS = 4



def _two_pieces(part: str) -> Iterator[tuple[str, str]]:
    """Every cut of `part` into two pieces of _MIN_RUN_IN letters or more."""
    for k in range(_MIN_RUN_IN, len(part) - _MIN_RUN_IN + 1):
        yield part[:k], part[k:]


def _initials_then_surname(head: str, tail: str) -> bool:
    """Folded handle pieces: initials ("j", "jf"), then a listed surname ("pelletier")."""
    return bool(_INITIALS.fullmatch(head)) and is_common_surname(tail)


def _names_only(parts: list[str]) -> list[str]:
    """A handle's parts that may be names elsewhere in the post: not its trade or role words
    ("@alexis.dumont_coach", "@dani.ouellet.tattoo")."""
    return [p for p in parts if base_form(p) not in CUE_WORDS]


class HandlesAndHashtags:
    """Names inside @mentions and hashtags (part of Analysis)."""

    def _handles(self) -> None:
        for m in MENTION.finditer(self.text):
            handle = m.group(1).rstrip(".")
            if handle[:1].isupper() and handle[1:].islower() and handle.isalpha():
                continue  # "@Samir Haddad": a plain word, read with the following words
            if "." in handle and fold(handle.rsplit(".", 1)[-1]) in WEB_DOMAIN_ENDINGS:
                continue  # "end in @lavoienguyen.ca": a web domain
            found = self._handle_name(handle) or self._unread_mention(handle)
            if found is not None:
                score, why, parts = found
                self._add(m.start(), m.start(1) + len(handle), score, why, _names_only(parts))
        for m in BARE_HANDLE.finditer(self.text):
            handle = m.group()
            looks_like_handle = ("_" in handle or handle[-1].isdigit()
                                 or self._handle_cue(m.start())
                                 or self._initials_and_surname(handle)
                                 or self._given_name_dot_surname(handle))
            if not looks_like_handle or fold(handle.rsplit(".", 1)[-1]) in FILE_EXTENSIONS:
                continue
            found = self._handle_name(handle)
            if found is not None:
                score, why, parts = found
                self._add(m.start(), m.end(), score, why, _names_only(parts))

    @staticmethod
    def _initials_and_surname(handle: str) -> bool:
        """A handle without "@" made of initials, a dot and a listed surname ("d.ouellet",
        "jf.roy"): a name, with no platform word around it."""
        head, dot, tail = fold(handle).partition(".")
        return bool(dot) and _initials_then_surname(head, tail)

    def _given_name_dot_surname(self, handle: str) -> bool:
        """A handle without "@" made of a given name, a dot and a word of neither language
        ("tomas.herrera on Teams"): a work account's name, with no platform word before it."""
        head, dot, tail = fold(handle).partition(".")
        return bool(dot) and "." not in tail and (
            (is_given_name(head) and not is_ambiguous_name(head)) or is_unaccented_given_name(head)
        ) and len(tail) >= _MIN_RUN_IN and tail.isalpha() and not self._known_word(
            tail, self.dictionary, self.other_dictionary)

    @staticmethod
    def _surname_after_initials(blob: str) -> str | None:
        """The listed surname of four letters or more that a one-piece handle has after one
        or two initials ("jdesrosiers", "jfgagnon")."""
        for k in (1, 2):
            head, tail = blob[:k], blob[k:]
            if len(tail) >= _MIN_SURNAME_AFTER_INITIALS and _initials_then_surname(head, tail):
                return tail
        return None

    def _handle_cue(self, start: int) -> bool:
        """A platform word among the few words just before: "insta : j.tremblay", "my snap is
        marc.cote", « son compte insta c'est lucas.pelletier »."""
        before = _WORDS.findall(self.text[max(0, start - _CUE_WINDOW) : start])
        return any(fold(w) in HANDLE_CUE_WORDS for w in before[-_CUE_WORDS_BEFORE:])

    def _handle_name(self, handle: str) -> tuple[float, str, list[str]] | None:
        """(score, reason, name parts) when `handle` (without "@") is a person's name."""
        parts = [fold(p) for p in HANDLE_PART.findall(handle)]
        if not parts or is_not_person(" ".join(parts)) or is_place(fold(handle)):
            return None
        given = [p for p in parts if is_given_name(p) or is_unaccented_given_name(p)
                 or self._run_in_given_names(p)]
        institution = [p for p in parts if p in _INSTITUTION_WORDS]
        name_parts = [p for p in parts if p not in institution and not self.dictionary.is_stop(p)]
        initial_and_surname = (len(parts) >= 2 and len(parts[0]) == 1
                               and len(parts[1]) >= _MIN_RUN_IN and not self._known_word(
                                   parts[1], self.dictionary, self.other_dictionary))
        if institution and not ((given or initial_and_surname) and len(name_parts) >= 2):
            return None  # "@club_julie", "@resto.chez.julie", but "@danielle_fortier_law",
            # "@j.okafor_law"
        surnames = [p for p in parts if is_common_surname(p) and p not in given]
        if given and all(is_ambiguous_name(g) for g in given) and not surnames and all(
                p in given or self._known_word(p, self.dictionary, self.other_dictionary)
                for p in parts):
            return None  # "@galerie.blanche", "@rose.bonbon": words, but "@sandy_vu"
        # a common surname that is no word of either language ("@xX_Tremblay_Xx", "mr.diallo")
        if not given and any(len(p) >= _MIN_RUN_IN and not self._known_word(
                p, self.dictionary, self.other_dictionary) for p in surnames):
            return HANDLE_SCORE, "handle with a surname", surnames
        if given and len(parts) >= 2:
            return HANDLE_SCORE, "handle with a given name", parts
        if given and not is_ambiguous_name(given[0]):
            return LONE_HANDLE_SCORE, "handle that is a given name", parts
        if initial_and_surname:
            return HANDLE_SCORE, "handle with an initial and a surname", parts[1:2]
        if (len(parts) == 2 and _initials_then_surname(parts[0], parts[1])
                and len(parts[1]) > len(parts[0])):
            # "@jf_pelletier", "jp.roy": initials and a listed surname, though also a word
            return HANDLE_SCORE, "handle with initials and a surname", parts[1:2]
        if len(parts) == 1:
            split = self._run_in_given_name(parts[0])
            if split is not None:
                return RUN_IN_HANDLE_SCORE, "handle starting with a given name", [split]
            surname = self._surname_after_initials(parts[0])
            if surname is not None:
                return HANDLE_SCORE, "handle with initials and a surname", [surname]
        elif len(parts) <= 3 and any(self._surname_like(p) for p in parts) and not any(
                is_place_however_accented(p) for p in parts):
            # "@yufei.li", "@tiohatekon.horn", "@paris.okonkwo": first.last with an unlisted name
            return SHAPED_HANDLE_SCORE, "handle shaped like first.last", parts
        return None

    def _unread_mention(self, handle: str) -> tuple[float, str, list[str]] | None:
        """A mention no list reads ("@kev_b", "@jaysonpierre"): someone tagged, most mentions
        in a post are people. Not when a part, or the start or the end of a part run into the
        rest, is an ordinary word, an institution's word or a place ("@chezmarcel",
        "@tourismegaspesie", "@rseq_monteregie"), nor an acronym in capitals ("@RSEQ")."""
        if handle.isupper() or not handle[:1].isalpha():
            return None
        parts = [fold(p) for p in HANDLE_PART.findall(handle)]
        if not parts or not any(len(p) >= _MIN_RUN_IN and VOWELS.search(p) for p in parts):
            return None
        for part in parts:
            if part in _INSTITUTION_WORDS or is_place_however_accented(part) or (
                    len(part) >= _MIN_RUN_IN and self._words_at_the_edges(part)):
                return None
        return MENTION_SCORE, "a mention that reads as no word", parts

    def _words_at_the_edges(self, part: str) -> bool:
        """`part` is, starts with or ends with an ordinary word, an institution's word or a
        place of four letters or more."""
        if self._known_word(part, self.dictionary, self.other_dictionary):
            return True
        for k in range(len(part) - _MIN_RUN_IN, _MIN_RUN_IN, -1):
            for piece in (part[:k], part[-k:]):
                if len(piece) > _MIN_RUN_IN and (
                        piece in _INSTITUTION_WORDS or is_place_however_accented(piece)
                        or self._known_word(piece, self.dictionary, self.other_dictionary)):
                    return True
        return False

    def _named_after_cue(self, folded: str, previous: str, before_previous: str) -> bool:
        """In a hashtag, a listed surname or a given name typed without its accents right after
        "Team", "Go", "Merci"…, after a role word or an honorific ("#MerciCoachBerube",
        "#MerciMadameRioux"), or after "Et"/"And" that follows a given name ("#TeamLachapelle",
        "#MariageAudreyEtFelix")."""
        after_cue = (previous in HASHTAG_CUE_WORDS or previous in ROLE_WORDS
                     or previous in HONORIFICS) or (
            previous in ("et", "and") and is_given_name(fold(before_previous)))
        return after_cue and (
            ((is_common_surname(folded) or is_unaccented_surname(folded)) and not self._known_word(
                folded, self.dictionary, self.other_dictionary))
            or is_unaccented_given_name(folded))

    def _surname_like(self, part: str) -> bool:
        """A part of a handle that is no word of either language, no acronym ("rseq", "qc"):
        three letters or more, two vowels or more."""
        return (len(part) >= _MIN_RUN_IN and len(VOWELS.findall(part)) >= 2
                and not self._known_word(part, self.dictionary, self.other_dictionary)
                and not self._words_run_together(part))

    def _words_run_together(self, part: str) -> bool:
        """Two words of three letters or more typed as one ("thebeard", "hockeymom")."""
        return any(
            self._known_word(head, self.dictionary, self.other_dictionary)
            and self._known_word(tail, self.dictionary, self.other_dictionary)
            for head, tail in _two_pieces(part))

    @staticmethod
    def _run_in_given_names(part: str) -> bool:
        """Two listed given names run together ("marcandre", "mariejosee")."""
        return any(
            is_given_name(head) and (is_given_name(tail) or is_unaccented_given_name(tail))
            for head, tail in _two_pieces(part))

    def _run_in_given_name(self, blob: str) -> str | None:
        """The given name a one-piece handle starts with ("julie" in "julietremblay"), unless
        an ordinary word at least as long starts it ("marcheduquartier", "leaderboard")."""
        for k in range(len(blob) - _MIN_RUN_IN, _MIN_RUN_IN - 1, -1):
            prefix = blob[:k]
            if is_given_name(prefix):
                return None if is_ambiguous_name(prefix) else prefix
            if k > _MIN_RUN_IN and self._known_word(prefix, self.dictionary,
                                                    self.other_dictionary):
                return None
        return None

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
                previous = fold(parts[k - 1][2]) if k else ""
                if not (title and (is_given_name(folded) or self._named_after_cue(
                        folded, previous, parts[k - 2][2] if k > 1 else ""))):
                    k += 1
                    continue
                if previous in ("saint", "sainte", "st", "ste"):
                    k += 1
                    continue
                nxt = k + 1
                if nxt < len(parts) and parts[nxt][2][:1].isupper() and parts[nxt][2][1:].islower():
                    nf = fold(parts[nxt][2])
                    if not self._stop_word(nf) and not is_place(nf):  # "#AudreyEtFelix"
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

