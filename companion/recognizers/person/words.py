"""The words of a post, each classified: honorific, initial, given name, place, cue, stop
word, ordinary word of the language, unknown (likely a surname), in capitals or in lower case.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex

from companion.recognizers.lexicon import (
    Dictionary,
    fold,
    is_ambiguous_name,
    is_common_surname,
    is_given_name,
    is_not_name_word,
    is_place,
    is_unaccented_given_name,
    places,
)
from companion.recognizers.person.cues import (
    ARTICLES,
    CALENDAR_WORDS,
    CUE_WORDS,
    DETERMINERS,
    HONORIFICS,
    INTERJECTIONS,
    KIN_WORDS,
    ROLE_WORDS,
    SIGN_OFF_ABBREVIATIONS,
    SURNAME_CUE_WORDS,
    WORD_POS,
)

# --- Patterns ---------------------------------------------------------------------------------
#: A word: letters joined by apostrophes and hyphens, and by a colon right before a lower-case
#: letter, the long vowel of Mohawk spelling ("Kahnawà:ke", "Niá:wen").
WORD = regex.compile(r"[^\W\d_]+(?:(?:['’-]|:(?=\p{Ll}))[^\W\d_]+)*")
ELISION = regex.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{Lu})")
LOWER_ELISION = regex.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]")
POSSESSIVE = regex.compile(r"['’][sS]$")
#: Two or more words in capitals in a row ("merci à MARTINE GIROUX pour…"): read from the lists,
#: like an all-capitals line.
CAPS_RUN = regex.compile(
    r"(?<![\p{L}\d])\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+(?:[ \u00a0]+\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+)+"
    r"(?![\p{L}\d])")
#: In capitals, a word with no vowel is an acronym ("CLSC", "DPJ").
VOWEL = regex.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]", regex.IGNORECASE)
#: A saint's name shortened and hyphenated, after a given name a surname ("MARC ST-ONGE").
SAINT_SURNAME = regex.compile(r"^ste?-\p{L}")
#: Two initials typed as one word, the way people shorten compound first names ("JF", "J-F").
INITIALS_AS_NAME = regex.compile(r"^[B-DF-HJ-NP-TV-Z]-?[B-DF-HJ-NP-TV-Z]$")
#: The English pronoun, alone or contracted ("I", "I've", "I'd").
ENGLISH_I_FORM = regex.compile(r"I(?:['’]\p{L}{1,2})?$")
#: A capitalised word right after: the one before is part of a longer proper noun.
CAPITALISED_WORD_AFTER = regex.compile(r"[ \u00a0]\p{Lu}")
#: After "the" and a capitalised word, a noun that makes it a family's surname ("the Adams
#: family", "the Adeyemi twins"), though the word is also a word or a place.
FAMILY_AFTER = regex.compile(r"[ \u00a0](?:family|families|twins|kids|boys|girls|clan)\b")
POSSESSIVE_RELATIVE = regex.compile(r"['’]s[ \u00a0](\p{L}+)")
HASHTAG = regex.compile(r"(?<![\w#&])#(\w+)")
MENTION = regex.compile(r"(?<![\w@])@(\w[\w.]*)")
#: A handle written without "@": letters and digits joined by dots or underscores, no space
#: ("j.tremblay_87", "marc_andre_cote"). Not inside a URL, a path or an e-mail address.
BARE_HANDLE = regex.compile(
    r"(?<![\w@./:#\\-])\p{L}[\p{L}\d]{0,30}(?:[._][\p{L}\d]{1,30}){1,4}(?![\w@/\\-]|\.\w)"
)
# Anchored starts keep these linear on a 100,000-character token.
URL_OR_EMAIL = regex.compile(
    r"(?<!\S)(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
)
CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\d+")
HANDLE_PART = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
AGE_AFTER = regex.compile(
    r"^\s{0,3}(?:[,(]?\s{0,3}\d{1,3}\s{0,3}(?:ans|an|mois|years?\s+old|yrs?|yo|months?\s+old)\b"
    r"|\(\d{1,2}\)(?!\s{0,3}\d))",  # "Ethan (7)", not "(514) 555…"
    regex.IGNORECASE,
)
#: A nickname made of "Ti-", "Tit-" or "P'tit-" and a capitalised word ("Ti-Pit", "Tit-Mousse");
#: typed in lower case ("ti-loup", "ti-mi"), it is one too unless a determiner makes it a thing
#: or a child ("un ti-punch", "des ti-punch", "mon ti-gars", "pauvres ti-pits").
NICKNAME = regex.compile(r"^(?:Ti|Tit|P['’]tit|Ptit)-\p{Lu}\p{Ll}+$")
LOWER_NICKNAME = regex.compile(r"^(?:ti|tit|p['’]tit|ptit)-\p{Ll}{2,}$")
SENTENCE_PUNCTUATION = frozenset(".!?…\n\r")
LONG_WORD = regex.compile(r"[^\W\d_]{4,}")
#: A line is in Title Case when at least this many of its words of 4+ letters, and this share
#: of them, are capitalised.
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.75
#: Between coordinated names, a preposition may be repeated ("Merci à Julie et à Rosemonde");
#: "pis" is the spoken "and" of Quebec ("Karine pis Jo"), "+" the typed one ("Roxanne + JB").
CONJUNCTION = regex.compile(
    r"^(?:\s*,\s*|\s+(?:et|and|&|ou|or|pis|\+)\s+)(?:(?:à|au|de|to|for|pour|with|avec)\s+)?$"
)

# Word kinds
HON, INIT, GIVEN, AMBIG, PLACE, CUE, STOP, COMMON, UNKNOWN, UPPER, LOWER = (
    "hon", "init", "given", "ambig", "place", "cue", "stop", "common", "unknown", "upper", "lower"
)
#: An unlisted word typed without a capital (or in an all-capitals line) right after a given
#: name: a surname there ("marie tremblay", "KEVIN ROY"), nothing on its own.
TAIL = "tail"
NAME_KINDS = frozenset({GIVEN, AMBIG, UNKNOWN, COMMON, PLACE, INIT, UPPER, TAIL})
SURNAME_KINDS = frozenset({GIVEN, AMBIG, UNKNOWN, COMMON, PLACE, UPPER, INIT, TAIL})
AFTER_UNKNOWN_KINDS = frozenset({UNKNOWN, GIVEN, AMBIG, UPPER, COMMON})
MAX_NAME_WORDS = 4
#: In lower case, the English tagger calls names adjectives or adverbs ("to emily and priya"),
#: but a verb or a function word it tags is one ("my lawyer said", "will you") when it is a
#: word of the language: it also calls unknown words verbs ("thanks to fionnuala").
UNCASED_NOT_NAME_POS = frozenset("VERB AUX ADP DET PRON CCONJ SCONJ PART".split())
#: English words after which a lower-case word is a noun or an adjective ("a long exposure").
ENGLISH_ARTICLES = frozenset("a an the another every".split())
#: Honorifics that are also ordinary words in lower case ("il me parle", "ms word", "i miss
#: you", "dr" for "drive"): a surname after them must be no word.
AMBIGUOUS_HONORIFICS = frozenset("me ms miss dr dre prof".split())
#: Shorter uncased words are not read as names ("al", "jo", "ed" are too often something else).
MIN_UNCASED_NAME_LETTERS = 3
#: A player's number right before or after a word ("#44 GILL", "# 7 Rivera", "SINGH #4"), and
#: all of them.
JERSEY_NUMBER_BEFORE = regex.compile(r"#[ \u00a0]?\d{1,3}[ \u00a0]$")
JERSEY_NUMBER_AFTER = regex.compile(r"[ \u00a0]#\d{1,3}(?!\d)")
JERSEY_NUMBERS = regex.compile(r"#[ \u00a0]?\d{1,3}[ \u00a0]\p{Lu}|\p{Lu}[ \u00a0]#\d{1,3}(?!\d)")
NON_WORD_CHARS = regex.compile(r"\W")
#: right after a number: "1 oz", "5km" are units, not initials
AFTER_A_NUMBER = regex.compile(r"(?<=\d[ \u00a0]?)")
#: "st laurent", "ste foy": a saint's name, not initials and a surname.
SAINT_ABBREVIATIONS = frozenset({"st", "ste", "sts", "stes"})


@dataclass
class Word:
    index: int
    start: int
    end: int
    text: str
    folded: str
    kind: str = LOWER
    also_place: bool = False
    in_run: bool = True  # False inside a hashtag, a handle, a URL or an e-mail address
    after_at: bool = False
    #: typed in lower case or in an all-capitals line: its case says nothing ("huguette")
    uncased: bool = False
    #: uncased, and also an ordinary word of either language ("marie": il marie, "pierre")
    word_like: bool = False

    @property
    def title(self) -> bool:
        return self.text[:1].isupper() and any(c.islower() for c in self.text)



class WordScanner:
    """Finds and classifies the words of `self.text` (part of Analysis)."""

    @cached_property
    def address_spans(self) -> list[tuple[int, int]]:
        """The URLs and e-mail addresses of the text: no word in them is a name of its own (the
        word scan and the re-cased reading both skip them; handles.py reads them)."""
        return [m.span() for m in URL_OR_EMAIL.finditer(self.text)]

    def _scan_words(self) -> Iterator[Word]:
        excluded = [*self.address_spans]
        excluded += [m.span() for m in HASHTAG.finditer(self.text)]
        excluded += [m.span() for m in BARE_HANDLE.finditer(self.text)]
        for m in MENTION.finditer(self.text):
            handle = m.group(1)
            plain_title = handle[:1].isupper() and handle[1:].islower() and handle.isalpha()
            if not plain_title:  # "@marie.tremblay", "@MarieTremblay": see _handles
                excluded.append(m.span())
        excluded.sort()
        ex_index = 0
        previous: Word | None = None
        earlier: Word | None = None  # the word before `previous`
        for index, m in enumerate(WORD.finditer(self.text)):
            start, end = m.span()
            word = m.group()
            elision = ELISION.match(word)
            if elision:
                start += elision.end()
                word = word[elision.end() :]
            possessive = POSSESSIVE.search(word)
            if possessive and len(word) > 3:
                end -= 2
                word = word[:-2]
            while ex_index < len(excluded) and excluded[ex_index][1] <= start:
                ex_index += 1
            in_excluded = ex_index < len(excluded) and excluded[ex_index][0] <= start
            w = Word(index, start, end, word, fold(word), in_run=not in_excluded)
            w.after_at = start > 0 and self.text[start - 1] == "@"
            self._classify(w)
            if w.kind in (LOWER, UPPER) and len(word) > 1:
                self._classify_uncased(w, previous, earlier)
            if (previous is not None and w.text.islower()
                    and self._lower_case_initials(previous, w)):
                previous.kind, w.kind, w.uncased = INIT, TAIL, True  # "j. jalbert", "jf gauthier"
            if (previous is not None and w.title and previous.kind == UPPER
                    and is_common_surname(w.folded) and self._initials_as_name(previous)
                    and not self._known_word(previous.folded, self.dictionary,
                                             self.other_dictionary)  # "TV Lapointe"
                    and self.text[previous.end : start] == " "):
                previous.kind = INIT  # "JP Lacasse", "JF Gagnon": initials, then a surname
            if previous is not None and self._shouted_pronoun(previous, w):
                previous.kind = STOP  # "VENU ME CALMER": « me », not Maître
            if previous is not None and self._lower_case_honorific(previous, w):
                previous.kind = HON  # "me girard", "ms. dufresne", "mrs okafor", "mme Poirier"
                if w.kind == LOWER:
                    w.kind = GIVEN if is_given_name(w.folded) else TAIL
                    w.uncased = True
            if ((w.kind == COMMON or (w.kind in (UPPER, LOWER) and self._initials_as_name(w)))
                    and previous is not None and previous.kind == LOWER
                    and base_form(previous.folded) in ROLE_WORDS
                    and base_form(previous.folded) == previous.folded  # a plural is no role before
                    # one name ("back to the files Monday")
                    and not self.dictionary.is_stop(previous.folded)  # « son Journal »
                    and not ENGLISH_I_FORM.match(word)  # "my friend I've known"
                    and self.text[previous.end : start] == " "
                    and not CAPITALISED_WORD_AFTER.match(self.text, end)):
                w.kind = UNKNOWN  # "thank you nurse Precious", « mon chum JF », « papa jf »,
                # but "my client Services Canada"
            if (w.kind == COMMON and w.title and is_common_surname(w.folded)
                    and previous is not None and previous.kind == CUE and previous.title
                    and base_form(previous.folded) in ROLE_WORDS
                    and self.text[previous.end : start] == " "):
                w.kind = UNKNOWN  # "Coach Pelletier", "Nurse Roy": a listed surname that is
                # also a word, after a capitalised role word
            if (w.kind in (COMMON, PLACE) and w.title and previous is not None
                    and previous.folded == "the" and self.text[previous.end : start] == " "
                    and FAMILY_AFTER.match(self.text, end)):
                w.kind = UNKNOWN  # "the Adams family", "the Price twins"
            if (w.kind == CUE and previous is not None and previous.kind == HON
                    and base_form(w.folded) in SURNAME_CUE_WORDS
                    and self.text[previous.end : start] in (" ", ". ", "\u00a0")):
                w.kind = UNKNOWN  # "Mr. Park from gym class", « Mme Rivière »
            if (
                w.kind == LOWER
                and len(word) == 1
                and word.isupper()
                and previous is not None
                and previous.kind == HON
                and self.text[previous.end : start] in (" ", ". ")
            ):
                w.kind = INIT  # a pseudonym: "Mme X", "M. Z"
            earlier, previous = previous, w
            yield w

    def _classify(self, w: Word) -> None:
        text, folded = w.text, w.folded
        if folded in HONORIFICS and text[:1].isupper():
            needs_period = HONORIFICS[folded]
            if not needs_period or self.text[w.end : w.end + 1] == ".":
                w.kind = HON
                return
        if len(text) == 1:
            w.kind = INIT if text.isupper() and self.text[w.end : w.end + 1] == "." else LOWER
            return
        if not w.title:
            w.kind = UPPER if text.isupper() else LOWER
            return
        if "-" in folded and folded in places():
            w.kind = PLACE  # "Val-David", "Val-Jalbert": a town, though its parts are names
        elif is_given_name(folded) or NICKNAME.match(text):
            w.kind = AMBIG if is_ambiguous_name(folded) else GIVEN
            w.also_place = is_place(folded)
        elif is_place(folded):
            w.kind = PLACE
        elif folded in CALENDAR_WORDS:
            w.kind = COMMON  # "see you Monday": a day or a month that is no listed given name
        elif is_not_name_word(folded):
            w.kind = COMMON  # "Portuguese", "Tagalog", "Fortnite"
        elif base_form(folded) in CUE_WORDS:
            w.kind = CUE
        elif self.dictionary.is_stop(folded) or folded in INTERJECTIONS:
            w.kind = STOP  # "Hahaha Josée t'as raison"
        elif self.other_dictionary.is_stop(folded) and not self._capital_is_informative(w.start):
            w.kind = STOP  # « "Je t'aime" » in an English post: the other language's stop
            # word where any word may be capitalised
        elif is_common_surname(folded) and not self._known_word(
                folded, self.dictionary, self.other_dictionary):
            w.kind = UNKNOWN  # "Aaliyah, Tremblay and…": the tagger's adjective is a surname
        elif (is_common_surname(folded) and self._capital_is_informative(w.start)
              and not self._stop_word(folded)):
            w.kind = UNKNOWN  # « pis à Cormier qui a… »: a listed surname capitalised in
            # mid-sentence, though also a word or read as an adjective by the tagger
        elif "-" in folded and is_unaccented_given_name(folded):
            w.kind = GIVEN  # "Marie-Eve", "Jean-Francois": no word, whatever the tagger says
        elif self._ordinary_word(w) and not self._relative_follows(w):
            w.kind = COMMON
        elif is_unaccented_given_name(folded) and not self._known_word(
                folded, self.dictionary, self.other_dictionary):
            w.kind = GIVEN  # "Helene", "Jean-Francois", but not "Real" (Réal)
        else:
            w.kind = UNKNOWN

    def _classify_uncased(self, w: Word, previous: Word | None,
                          earlier: Word | None = None) -> None:
        """A word in lower case, or in an all-capitals line ("ALERTE : MARIE TREMBLAY A…"),
        is read from the lists alone: a listed given name ("huguette", "marc-andre"), or, right
        after a given name however typed, an unlisted word that is no word of either language
        ("tremblay" in "marie tremblay", "Julie tremblay")."""
        folded = w.folded
        if LOWER_NICKNAME.match(w.text) and not (previous is not None and (
                base_form(previous.folded) in DETERMINERS | ARTICLES
                or self._pos(previous) == "ADJ")):
            w.kind, w.uncased = GIVEN, True  # "avec la grande jo pis ti-loup"
            return
        listed = is_given_name(folded)
        if w.kind == UPPER and not self._in_capitals_at(w.start) and not (
                listed and len(folded) > MIN_UNCASED_NAME_LETTERS  # "NAM", "KIM": acronyms
                and not (previous is not None and previous.kind in (GIVEN, AMBIG, HON)
                           and self.text[previous.end : w.start] in (" ", "\u00a0"))):
            # "Julie TREMBLAY": an upper-case surname in a cased line, as before; but a listed
            # given name of four letters or more typed in capitals on its own is read as uncased
            # ("avec JULIE pis…")
            if ((is_common_surname(folded) or self._numbered_player(w))
                    and len(folded) > MIN_UNCASED_NAME_LETTERS
                    and not (previous is not None and previous.kind in (GIVEN, AMBIG, HON))):
                self._classify_in_capitals(w, previous)  # "#1 BERGERON": needs evidence
            return
        if (listed or is_unaccented_given_name(folded)) and len(folded) >= MIN_UNCASED_NAME_LETTERS:
            word_like = (self._known_word(folded, self.dictionary, self.other_dictionary)
                         or self._known_lemma(w))
            if (w.kind == UPPER and not self._in_capitals_at(w.start)
                    and not is_ambiguous_name(folded)):
                # shouted in a cased line: the word lists' rare proper nouns ("guillaume",
                # "malik") do not make a listed given name a word; stop words still do
                word_like = self._stop_word(folded)
            # "my lawyer said…", "will you…" (but "to fionnuala" is no verb); "real" is not
            # "Réal", but "beatrice" is Béatrice when the re-cased reading says so
            if not ((self.language == "en" and word_like
                     and (self._pos(w) in UNCASED_NOT_NAME_POS
                          or self._after_an_article(previous, earlier)))
                    or (word_like and not listed and not self.in_recased_person[w.start])):
                w.kind = AMBIG if is_ambiguous_name(folded) else GIVEN
                if listed and word_like and w.kind == GIVEN and w.text.islower() and not (
                        previous is not None
                        and base_form(previous.folded) in DETERMINERS | ARTICLES):
                    # the tables that call "julie" and "david" words hold names; a
                    # determiner still makes it a word ("une pierre", "the pier")
                    word_like = self._stop_word(folded) or self._plain_word(w)
                w.uncased, w.word_like, w.also_place = True, word_like, is_place(folded)
        elif (
            previous is not None
            and previous.kind in (GIVEN, AMBIG)
            and previous.folded not in CALENDAR_WORDS
            and folded not in INTERJECTIONS
            and not LOWER_ELISION.match(folded)  # "Noël d'équipe"
            and self.text[previous.end : w.start] in (" ", "\u00a0")
            and not (self.language == "en" and self._pos(w) in UNCASED_NOT_NAME_POS)
            and len(folded) >= MIN_UNCASED_NAME_LETTERS
            and (not is_place(folded) or SAINT_SURNAME.match(folded))  # "marc st-onge"
            and (self._in_one_person_entity(previous, w) or (
                not self._known_word(folded, self.dictionary, self.other_dictionary)
                and not self._hyphenated_words(folded)
                and not self._known_lemma(w)))
        ):
            w.kind = TAIL
            w.uncased = True
        elif (w.kind == LOWER and w.text.islower() and self.in_recased_person[w.start]
              and self._name_like(folded, w.start, w.end)):
            w.kind, w.uncased = UNKNOWN, True  # "hey tremaine walcott": the re-cased reading
        if w.kind == UPPER:
            self._classify_in_capitals(w, previous)

    def _in_capitals_at(self, offset: int) -> bool:
        """Whether `offset` is in an all-capitals line or a run of words in capitals."""
        return self._line(offset) in self.caps_lines or bool(self.in_caps_run[offset])

    def _classify_in_capitals(self, w: Word, previous: Word | None) -> None:
        """Among words in capitals, neither a listed given name nor a surname after one: a word
        of either language is an ordinary word ("WE MISS YOU", "CALL AOIFE OR TOMÁS"), except
        after an honorific ("MME CÔTÉ"); any other word of four letters or more that is no
        place and no acronym may be a surname ("COACH MORIARTY")."""
        folded = w.folded
        stop = self._stop_word(folded)
        if previous is not None and previous.kind == HON and not stop:
            return
        if not stop and self._numbered_player(w):
            w.kind, w.uncased = UNKNOWN, True  # "#44 GILL, #15 RIVERA": a player
            return
        if (stop or self._known_word(folded, self.dictionary, self.other_dictionary)
                or self._inflected_english(folded)
                or not all(part.isalpha() for part in folded.split("-"))  # "T'ES"
                or self._known_lemma(w) or folded in INTERJECTIONS or folded in CALENDAR_WORDS
                or folded in CUE_WORDS or len(folded) < 4 or not VOWEL.search(folded)
                or is_place(folded) or is_not_name_word(folded)):
            w.kind = LOWER
        else:
            w.kind, w.uncased = UNKNOWN, True

    def _numbered_player(self, w: Word) -> bool:
        """Right before or after a player's number ("#44 GILL", "SINGH #4") in a post that
        numbers two players or more, so that "#1 PRIORITY" stays a word."""
        return (len(w.folded) >= MIN_UNCASED_NAME_LETTERS
                and bool(JERSEY_NUMBER_BEFORE.search(self.text, max(0, w.start - 6), w.start)
                         or JERSEY_NUMBER_AFTER.match(self.text, w.end))
                and self.jersey_numbers >= 2)

    @cached_property
    def jersey_numbers(self) -> int:
        """How many players' numbers the text holds ("#44 GILL", "SINGH #4")."""
        return len(JERSEY_NUMBERS.findall(self.text))

    def _lower_case_honorific(self, honorific: Word, w: Word) -> bool:
        """An honorific typed in lower case, then a surname ("me girard", "ms. dufresne",
        "madame nguyen", "mme poirier"). The surname must be no word of either language after
        an honorific that is also a word ("me": il me parle; "ms word"); after the others, it
        may be one ("mme poirier") but not a stop word, a verb or an adjective."""
        if honorific.kind != LOWER or not honorific.text.islower():
            return False
        if w.title and w.kind in (UNKNOWN, COMMON, GIVEN, AMBIG):
            return (honorific.folded in HONORIFICS and not HONORIFICS[honorific.folded]
                    and (w.kind != COMMON or honorific.folded not in AMBIGUOUS_HONORIFICS)
                    and self.text[honorific.end : w.start] in (" ", ". ", "\u00a0"))
        if (not (w.kind == LOWER or (w.kind == UNKNOWN and w.uncased))
                or not w.text.islower() or honorific.folded not in HONORIFICS
                or HONORIFICS[honorific.folded]
                or self.text[honorific.end : w.start] not in (" ", ". ", "\u00a0")
                or len(w.folded) < MIN_UNCASED_NAME_LETTERS
                or not (all(part.isalpha() for part in w.folded.split("-"))
                        or is_common_surname(w.folded))  # "mrs o'brien"
                or w.folded in INTERJECTIONS or w.folded in CALENDAR_WORDS
                or self._stop_word(w.folded)
                or is_place(w.folded)):
            return False
        if honorific.folded in AMBIGUOUS_HONORIFICS:
            # "me" is a French honorific: English lists hold surnames ("girard"). The tagger
            # calls the word after a pronoun "me" a verb: believed at a sentence start, or when
            # a verb follows ("me lavallière est malade").
            dictionaries = ((self.dictionary,) if honorific.folded == "me" and self.language == "fr"
                            else (self.dictionary, self.other_dictionary))
            return not (self._known_word(w.folded, *dictionaries) or self._known_lemma(w)
                        or (self._pos(w) in ("VERB", "AUX")
                            and self._capital_is_informative(honorific.start)
                            and not self._verb_follows(w)))
        return (self._pos(w) not in WORD_POS or self._surname_of_no_word(w.folded)
                or is_common_surname(w.folded))  # "mme cloutier", though "cloutier" is a trade

    def _lower_case_initials(self, initials: Word, w: Word) -> bool:
        """Initials typed in lower case before a name ("r. gingras", "jp pelletier", "c. roy")
        or before a word of neither language ("j. jalbert"): one letter and a period, or two
        letters that are no word, no honorific and no saint ("st laurent")."""
        gap = self.text[initials.end : w.start]
        if initials.kind not in (LOWER, UNKNOWN) or not initials.text.islower():
            return False
        if AFTER_A_NUMBER.match(self.text, initials.start):
            return False  # "8 lb 1 oz pis…": a unit
        one_letter = len(initials.text) == 1 and gap in (". ", ".")
        letters = initials.text.replace("-", "")
        # a vowel second is a word ("pa", "le"), unless a hyphen says initials ("p-o gagnon")
        two_letters = (len(letters) == 2 and gap == " "
                       and (letters[1] not in "aeiouy" or "-" in initials.text)
                       and initials.folded not in HONORIFICS
                       and initials.folded not in SAINT_ABBREVIATIONS
                       and not self._known_word(initials.folded, self.dictionary,
                                                self.other_dictionary))
        parts = w.folded.split("-")
        return (one_letter or two_letters) and not self._stop_word(w.folded) and (
            w.folded not in INTERJECTIONS) and (
            any(is_common_surname(part) or is_given_name(part) for part in parts)
            or (len(w.folded) >= MIN_UNCASED_NAME_LETTERS and not is_place(w.folded)
                and not any(self._known_word(part, self.dictionary, self.other_dictionary)
                            for part in parts)))

    def _initials_as_name(self, w: Word) -> bool:
        """Two initials typed as one word, in any case ("JF", "J-F", "jf"), that are no
        abbreviation, chat word, honorific or stop word ("PS", "pk", "ms", "by")."""
        return (bool(INITIALS_AS_NAME.match(w.text.upper()))
                and w.folded not in SIGN_OFF_ABBREVIATIONS and w.folded not in INTERJECTIONS
                and w.folded not in HONORIFICS and not self._stop_word(w.folded))

    def _shouted_pronoun(self, honorific: Word, w: Word) -> bool:
        """In capitals, an honorific that is also a stop word ("ME", « me ») before a word of
        either language that is no listed surname: the pronoun ("ME CALMER"), not "ME CÔTÉ"."""
        return (honorific.kind == HON and honorific.text.isupper()
                and self._stop_word(honorific.folded) and self._in_capitals_at(honorific.start)
                and w.kind in (UPPER, LOWER) and not is_common_surname(w.folded)
                and (self._known_word(w.folded, self.dictionary, self.other_dictionary)
                     or self._known_lemma(w)))

    def _surname_of_no_word(self, folded: str) -> bool:
        """After an honorific, a word none of whose parts is a word of either language
        ("lachance", "dubuc-hernandez", "rochon"): the tagger calls such an unknown word in
        lower case an adjective or a verb."""
        parts = folded.split("-")
        return all(part.isalpha() and len(part) >= MIN_UNCASED_NAME_LETTERS for part in parts
                   ) and not any(self._known_word(part, self.dictionary, self.other_dictionary)
                                 or part in INTERJECTIONS for part in parts)

    def _inflected_english(self, folded: str) -> bool:
        """An inflected English word ("named", "missing", "shouts"): the English tables hold
        base forms only, and in capitals the tagger's lemma is the word itself."""
        english = self.dictionary if self.language == "en" else self.other_dictionary
        for suffix in ("ing", "ed", "es", "s", "d"):
            base = folded[: -len(suffix)]
            if folded.endswith(suffix) and len(base) >= 3 and (
                    english.is_word(base) or (suffix in ("ing", "ed") and english.is_word(
                        base + "e"))):
                return True
        return False

    def _verb_follows(self, w: Word) -> bool:
        token = self._token(w)
        doc = self.doc
        return (token is not None and doc is not None and token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ in ("VERB", "AUX"))

    def _relative_follows(self, w: Word) -> bool:
        """ "Shiloh's mom": a word of the language is a name before "'s" and a relative."""
        after = self.text[w.end : w.end + 16]
        m = POSSESSIVE_RELATIVE.match(after)
        return bool(m) and fold(m.group(1)) in KIN_WORDS

    def _in_one_person_entity(self, first: Word, second: Word) -> bool:
        """spaCy reads both words as one person's name ("marc-andre cote", though "cote" is
        a word)."""
        return bool(self.in_person_ent[first.start] and self.in_person_ent[second.start]
                    and self.in_person_ent[first.end - 1]
                    and all(self.in_person_ent[first.end : second.start]))

    def _known_lemma(self, w: Word) -> bool:
        """In English, whose word list lacks inflected forms, spaCy's lemma of the word is an
        ordinary word ("brought" → "bring"). (The French lemmatizer makes verbs of unknown
        words: "tremblay" → "trembler".)"""
        token = self._token(w) if self.language == "en" else None
        return token is not None and self.dictionary.is_word(w.folded, token.lemma_)

    def _plain_word(self, w: Word) -> bool:
        """`w` is an ordinary word of either language by the tables that hold no names (see
        Dictionary.is_plain_word), or, in English, its lemma is ("dates" → "date")."""
        token = self._token(w) if self.language == "en" else None
        lemma = fold(token.lemma_) if token is not None else w.folded
        return any(d.is_plain_word(w.folded) or d.is_plain_word(lemma)
                   for d in (self.dictionary, self.other_dictionary))

    def _stop_word(self, folded: str) -> bool:
        """A stop word of either language."""
        return self.dictionary.is_stop(folded) or self.other_dictionary.is_stop(folded)

    @staticmethod
    def _known_word(folded: str, *dictionaries: Dictionary) -> bool:
        """A stop word or an ordinary word of one of `dictionaries`."""
        return any(d.is_stop(folded) or d.is_word(folded) for d in dictionaries)

    def _hyphenated_words(self, folded: str) -> bool:
        """ "Écrivez-nous", "Peut-être": every part an ordinary or a stop word."""
        parts = folded.split("-")
        return len(parts) > 1 and all(
            self.dictionary.is_stop(p) or self.dictionary.is_word(p) for p in parts
        )

    def _token(self, w: Word):
        if self.doc is None:
            return None
        span = self.doc.char_span(w.start, w.end, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _after_an_article(self, previous: Word | None, earlier: Word | None) -> bool:
        """An English article just before, or before a lower-case adjective just before: the
        word is a noun or an adjective ("a long exposure", "an absolute angel", "a young guy"),
        not a name."""
        if previous is not None and earlier is not None and previous.text.islower() and (
                self._pos(previous) == "ADJ"):
            previous = earlier
        return previous is not None and previous.folded in ENGLISH_ARTICLES

    def _pos(self, w: Word) -> str:
        token = self._token(w)
        return token.pos_ if token is not None else ""

    def _ordinary_word(self, w: Word) -> bool:
        """A capitalised word that is a word of the language, not a name.

        Known to the dictionary, or tagged by spaCy as a verb, adjective, determiner…; in English,
        a word tagged as a proper noun in mid-sentence is not ordinary even if WordNet lists it
        ("the Wilson file").
        """
        token = self._token(w)
        if token is not None and token.pos_ in WORD_POS:
            return True
        if (
            token is not None
            and self.language == "en"
            and token.tag_ in ("NNP", "NNPS")
            and self._capital_is_informative(w.start)
        ):
            return False
        lemma = token.lemma_ if token is not None else None
        if self.dictionary.is_word(w.folded, lemma) or self._hyphenated_words(w.folded):
            return True
        return not self._capital_is_informative(w.start) and self.other_dictionary.is_word(w.folded)


def initials_key(initials: str) -> str:
    """Initials as the abbreviation lists hold them: letters only, folded ("P.S." → "ps")."""
    return fold(NON_WORD_CHARS.sub("", initials))


def base_form(folded: str) -> str:
    """A cue word's base form: elision removed, a plural -s or -x dropped ("résidentes")."""
    word = LOWER_ELISION.sub("", folded)
    if len(word) > 3 and word[-1] in "sx" and word[:-1] in CUE_WORDS:
        return word[:-1]
    return word
