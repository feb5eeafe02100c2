"""Evidence around a candidate: the words before and after it, whether its capital says
anything (not at a sentence start, not in a Title Case line), a vocative.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from companion.recognizers.lexicon import fold
from companion.recognizers.person.cues import (
    APPOSITION_MODIFIERS,
    CALENDAR_WORDS,
    DETERMINERS,
    GREETING_WORDS,
    JOB_TITLE_WORDS,
    PERSON_OBJECT_VERBS,
    PERSON_POSSESSIVES,
    PERSON_VERBS_EN,
    PERSON_VERBS_FR_PAST,
    PERSON_VERBS_FR_PRESENT,
    PET_COMPOUND_HEADS,
    PET_WORDS,
    ROLE_WORDS,
)
from companion.recognizers.person.words import (
    CAPS_RUN,
    LONG_WORD,
    LOWER_ELISION,
    SENTENCE_PUNCTUATION,
    TITLE_CASE_MIN_WORDS,
    TITLE_CASE_SHARE,
    Word,
    base_form,
)

#: English pronouns that refer to a person, and how many words after a subject to look for one.
#: A line is in capitals when at least two of its words of 4+ letters are, and most of them
#: ("ALERTE : JULIE ROY").
CAPS_MIN_WORDS = 2
PERSON_PRONOUNS = frozenset("she he her his him herself himself".split())
PRONOUN_WINDOW = 12
#: How far after a name its verb or its "and her brother" is looked for, in characters.
VERB_WINDOW = 48
_SPACE = r"[ \u00a0]+"
#: Where a pattern starts with spaces: only at the first of them (linear on a run of spaces).
_LEAD = r"(?<![ \u00a0])" + _SPACE
_ADVERBS_EN = r"(?:(?:just|also|finally|then|already|never|still|really)" + _SPACE + ")?"
SUBJECT_VERB_EN = regex.compile(_LEAD + _ADVERBS_EN + r"(?P<verb>\p{L}+)")
#: « a dit », « m'a écrit », « nous a appris », « est arrivée », « a encore fugué »
SUBJECT_VERB_FR_PAST = regex.compile(
    _LEAD + r"(?:(?:[mtl]['’]|(?:nous|vous|lui|leur)" + _SPACE + r"))?"
    r"(?:a|avait|est|était)" + _SPACE
    + r"(?:(?:encore|déjà|enfin|finalement|bien|pas|jamais|vraiment)" + _SPACE + r")?"
    r"(?P<verb>\p{L}+)", regex.IGNORECASE)
#: « dit que », « se sent », « veut »
SUBJECT_VERB_FR_PRESENT = regex.compile(
    _LEAD + r"(?:(?:se|me|nous|lui)" + _SPACE + r"|[smt]['’])?(?P<verb>\p{L}+)")
AND_HER_RELATIVE = regex.compile(
    _LEAD + r"(?:and|et)" + _SPACE + r"(?P<possessive>\p{L}+)" + _SPACE + r"(?P<role>[\p{L}-]+)")
#: The label of a roster's line, right before a name: "Tue: ", « Gardienne : », a jersey
#: number ("#4 ").
ROSTER_LABEL = regex.compile(
    r"(?:(?<!\p{L})(\p{L}{1,30})[ \u00a0]?:|(?<![#\d])(#\d{1,3}))[ \u00a0]{0,3}$")
#: The label of a numbered line of a list, from the start of the line to the name: a plot, a
#: table or a seat ("- A1 ", "B12. ", "Plot 14: ", « Table 3 : »).
LINE_ITEM_LABEL = regex.compile(
    r"(?:[-•*·][ \t]{0,3})?(?:\p{Lu}{1,2}\d{1,3}[.):]?|\p{L}{2,20}[ \u00a0]\d{1,3}[ \u00a0]?:)"
    r"[ \u00a0]{1,3}")
#: Right after a name, the person spoken to: "Florence you nailed it", « Josée t'as raison ».
SECOND_PERSON = regex.compile(
    r"(?<![ \u00a0])[ \u00a0]{1,3}(?:you|you're|youre|u|ur|t['’]as|t['’]es|t['’]étais|tu|toi)\b",
    regex.IGNORECASE)
ROSTER_WORDS = CALENDAR_WORDS | ROLE_WORDS | JOB_TITLE_WORDS
#: Between a verb and its person object: « demandé à Odalys », "pick up Ayaan".
OBJECT_PARTICLES = frozenset({"à", "a", "up"})
#: An apposition opening after a name: ", ", " (", or a determiner right after it ("Simone la
#: lapine", "Max the beagle").
APPOSITION = regex.compile(
    r"[ \u00a0]?[,(][ \u00a0]*|[ \u00a0](?=(?:le|la|l['’]|the|notre|our|mon|ma|my)\b)")
APPOSITION_WORD = regex.compile(r"\p{L}+|\d+")
#: Words of an apposition read, at most, to reach its head noun.
APPOSITION_WORDS = 5


class Evidence:
    """What surrounds a span of `self.text` (part of Analysis)."""

    def _words_before(self, first: Word, limit: int = 2) -> list[Word]:
        """Up to `limit` words before `first` in the same clause (a comma may intervene)."""
        found: list[Word] = []
        k = first.index - 1
        right = first
        while k >= 0 and len(found) < limit:
            w = self.words[k]
            gap = self.text[w.end : right.start]
            if any(ch in SENTENCE_PUNCTUATION or ch in ":;()" for ch in gap) or len(gap) > 3:
                break
            found.append(w)
            right = w
            k -= 1
        return found

    def _word_after(self, last: Word) -> tuple[Word | None, bool]:
        """The first word after `last` in the same clause, past a comma and a determiner, and
        whether a comma or a determiner came first ("Nadeau, l'arbitre", "Ouellette votre…")."""
        k = last.index + 1
        left_end = last.end
        separated = False
        while k < len(self.words):
            w = self.words[k]
            gap = self.text[left_end : w.start]
            if any(ch in SENTENCE_PUNCTUATION or ch in ":;()" for ch in gap) or len(gap) > 3:
                return None, False
            separated = separated or "," in gap or bool(LOWER_ELISION.match(w.folded))
            if base_form(w.folded) in DETERMINERS and not LOWER_ELISION.match(w.folded):
                separated = True
                left_end = w.end
                k += 1
                continue
            return w, separated
        return None, False

    def _person_pronoun_follows(self, subject: Word) -> bool:
        """A sentence's subject, then a verb, then "she", "her", "his"… in the same sentence:
        the subject is a person ("Tshilanda brought her famous samosas"), not a brand ("Costco
        opens at 9")."""
        k = subject.index + 1
        if (k >= len(self.words) or self.text[subject.end : self.words[k].start] != " "
                or self._pos(self.words[k]) not in ("VERB", "AUX")):
            return False
        left_end = subject.end
        for w in self.words[k : k + PRONOUN_WINDOW]:
            if any(ch in SENTENCE_PUNCTUATION for ch in self.text[left_end : w.start]):
                return False
            if w.folded in PERSON_PRONOUNS:
                return True
            left_end = w.end
        return False

    def _animal_apposition(self, end: int) -> bool:
        """An apposition headed by an animal right after the name: "Rosie (une vieille
        chihuahua)", "Léo, le chat de Manon", "Max, 9 y/o shepherd". Only determiners, numbers,
        ages and sizes may come before the animal ("Julie, la maîtresse du chien" is not), and
        the animal must not be part of a person's job ("Karen, our dog walker")."""
        opening = APPOSITION.match(self.text, end)
        if opening is None:
            return False
        rest = self.text[opening.end() : opening.end() + 60]
        words = list(APPOSITION_WORD.finditer(rest))
        for k, m in enumerate(words[:APPOSITION_WORDS]):
            if any(ch in ".!?;:)\n" for ch in rest[: m.start()]):
                return False
            if m.group().isupper() and len(m.group()) > 1:
                return False  # "Me Zoé la GOAT": an acronym, not a goat
            word = base_form(fold(m.group()))
            if word[-1:] in ("s", "x") and word[:-1] in PET_WORDS:
                word = word[:-1]  # "deux chats", "the two rescue ferrets"
            if word in PET_WORDS:  # "dog walker": a person's job
                following = words[k + 1].group() if k + 1 < len(words) else ""
                return base_form(fold(following)) not in PET_COMPOUND_HEADS
            if not (word.isdigit() or word in DETERMINERS or word in APPOSITION_MODIFIERS):
                return False
        return False

    def _role_after_adjective(self, adjective: Word) -> bool:
        """An adjective, then a role word: "Inaya, our new intern", "Kadi, notre nouvelle
        stagiaire"."""
        k = adjective.index + 1
        if k >= len(self.words) or self._pos(adjective) != "ADJ":
            return False
        role = self.words[k]
        return (
            self.text[adjective.end : role.start] == " "
            and not role.title
            and base_form(role.folded) in ROLE_WORDS
        )

    def _cased_lines(self) -> tuple[set[int], set[int]]:
        """Lines written in Title Case ("Setting Clear Boundaries for Client Interactions"),
        where a capital says nothing about a word, and lines written in capitals ("ALERTE :
        MARIE TREMBLAY A QUITTÉ LA RESSOURCE"), where names are found from the lists, as in
        lower case. One pass over the words of 4+ letters."""
        capitals: dict[int, list[tuple[bool, bool]]] = {}
        for m in LONG_WORD.finditer(self.text):
            word = m.group()
            capitals.setdefault(self._line(m.start()), []).append(
                (word[0].isupper(), word.isupper()))
        title, caps = set(), set()
        for line, words in capitals.items():
            if (len(words) >= TITLE_CASE_MIN_WORDS
                    and sum(t for t, _ in words) >= TITLE_CASE_SHARE * len(words)):
                title.add(line)
            if (len(words) >= CAPS_MIN_WORDS
                    and sum(u for _, u in words) >= TITLE_CASE_SHARE * len(words)):
                caps.add(line)
        return title, caps

    def _caps_runs(self) -> bytearray:
        """Per character: inside two or more words in capitals in a row."""
        inside = bytearray(len(self.text))
        for m in CAPS_RUN.finditer(self.text):
            inside[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        return inside

    def _line(self, offset: int) -> int:
        return bisect_right(self.line_breaks, offset)

    def _line_start_within(self, offset: int, reach: int) -> int:
        """Where `offset`'s line starts, or `reach` characters before `offset` if that is later:
        a look-behind bounded so that it stays linear on a post without line breaks."""
        floor = max(0, offset - reach)
        return max(self.text.rfind("\n", floor, offset) + 1, floor)

    def _capital_is_informative(self, start: int) -> bool:
        """False at a sentence start, after a colon, a quote, an emoji, in a Title Case line:
        wherever any word may be capitalised."""
        if self._line(start) in self.title_case_lines:
            return False
        i = start - 1
        while i >= 0 and self.text[i] in " \t\u00a0":
            i -= 1
        if i < 0:
            return False
        ch = self.text[i]
        return ch.isalnum() or ch in ",'’@"

    def _vocative(self, start: int, end: int) -> bool:
        i = start - 1
        while i >= 0 and self.text[i] in " \t\u00a0@":
            i -= 1
        before_ok = i < 0 or self.text[i] in ",\n\r"
        return before_ok and self._clause_ends(end)

    def _clause_ends(self, end: int) -> bool:
        """Nothing but punctuation, an emoji or the end of the line after `end`."""
        j = end
        while j < len(self.text) and self.text[j] in " \t\u00a0":
            j += 1
        return j >= len(self.text) or self.text[j] in ",:!?.\n\r" or not (
            self.text[j].isalnum() or self.text[j] in "'’-(\"«"
        )

    def _greeted(self, prev: Word | None, first: Word, end: int) -> bool:
        """A greeting right before, the end of the clause right after: "Bravo Nadia!",
        "Happy birthday Anouk!!", « Bonne fête Anouk »."""
        return (prev is not None and self.text[prev.end : first.start] in (" ", "\u00a0")
                and base_form(prev.folded) in GREETING_WORDS and self._clause_ends(end))


    def _rostered(self, start: int, end: int) -> bool:
        """A day or a role, a colon, then the word alone in its clause: a roster ("Tue: Bosum,
        Wed: Ornella", « Gardienne : Maïka »); or a numbered line of a list ("- A1 Fitzgerald",
        "Plot 14: Aoife Brennan")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        while line_start < start and self.text[line_start] in " \t":
            line_start += 1
        labelled_line = LINE_ITEM_LABEL.fullmatch(self.text, line_start, start)
        m = ROSTER_LABEL.search(self.text[max(0, start - 24) : start])
        if labelled_line is None and (m is None or not (
                m.group(2) or base_form(fold(m.group(1))) in ROSTER_WORDS)):
            return False
        return self._clause_ends(end)

    def _addressed(self, end: int) -> bool:
        """A second-person pronoun right after a name that opens its clause: the person
        spoken to ("Florence you nailed it", « Josée t'as raison »)."""
        return bool(SECOND_PERSON.match(self.text, end, end + 12))

    def _person_verb_follows(self, end: int) -> bool:
        """A verb only a person does right after the name: it is its subject ("Priya said",
        "Tenzin scored", « Wissal a dit », « Fernanda m'a écrit », « Nasrin se sent »)."""
        after = self.text[end : end + VERB_WINDOW]
        m = SUBJECT_VERB_EN.match(after)
        if m and fold(m.group("verb")) in PERSON_VERBS_EN:
            return True
        m = SUBJECT_VERB_FR_PAST.match(after)
        if m and fold(m.group("verb")) in PERSON_VERBS_FR_PAST:
            return True
        m = SUBJECT_VERB_FR_PRESENT.match(after)
        return bool(m) and fold(m.group("verb")) in PERSON_VERBS_FR_PRESENT

    @staticmethod
    def _person_object_before(prev_bases: list[str]) -> bool:
        """A verb whose object is a person right before the name ("I told Ahmed", « demandé
        à Odalys », "pick up Ayaan")."""
        if not prev_bases:
            return False
        if prev_bases[0] in PERSON_OBJECT_VERBS:
            return True
        return (len(prev_bases) > 1 and prev_bases[0] in OBJECT_PARTICLES
                and prev_bases[1] in PERSON_OBJECT_VERBS)

    def _kin_follows(self, end: int) -> bool:
        """The name, then "and her brother" or « et sa sœur »: a person with a relative."""
        m = AND_HER_RELATIVE.match(self.text[end : end + VERB_WINDOW])
        return bool(m) and fold(m.group("possessive")) in PERSON_POSSESSIVES and base_form(
            fold(m.group("role"))) in ROLE_WORDS

    def _possessive_role_follows(self, end: int, after: Word | None) -> bool:
        """ "Keshia's dad", "Ahmed's lawyer": a possessive "'s", then a role word."""
        return (after is not None and self.text[end : end + 2] in ("'s", "’s")
                and base_form(after.folded) in ROLE_WORDS)
