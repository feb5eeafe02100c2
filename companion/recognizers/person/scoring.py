"""Scoring: vetoes first (public figure, institution, place, date), then the scoring table
applied to the candidate's word kinds and evidence; coordinated names share their fate.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from companion.recognizers.lexicon import (
    fold,
    is_common_surname,
    is_given_name,
    is_not_name_word,
    is_not_person,
    is_place,
    is_public_figure,
)
from companion.recognizers.person.candidates import Candidate
from companion.recognizers.person.cues import (
    ARTICLES,
    CALENDAR_WORDS,
    CAPITALISED_ROLE_WORDS,
    CROSSING_WORDS,
    DETERMINERS,
    FACILITY_WORDS,
    FIRM_WORDS,
    FRANCHISE_BRANDS,
    GREETING_WORDS,
    HONORIFICS,
    INTERJECTIONS,
    LOCATIVE_WORDS,
    NEWS_WORDS,
    NICKNAME_WORDS,
    OWN_POSSESSIVES,
    PET_EMOJI,
    PET_WORDS,
    PLACE_HEAD_WORDS,
    PLACE_TAIL_WORDS,
    PUBLIC_ROLE_WORDS,
    ROLE_PLAYING_WORDS,
    ROLE_WORDS,
    ROLE_WORDS_RIGHT_AFTER,
    SPORT_CATEGORIES,
    SPORT_CATEGORY_AFTER,
    STREET_TYPE_ABBREVIATIONS,
    STREET_TYPES,
    TOWN_WORDS,
    WEAK_CUE_WORDS,
    WEEKDAY_LABELS,
    WORD_POS,
    WORK_WORDS,
)
from companion.recognizers.person.evidence import OBJECT_PARTICLES
from companion.recognizers.person.scores import (
    AMBIGUOUS_FULL_NAME_SCORE,
    AMBIGUOUS_NAME_SCORE,
    COORDINATED_SCORE,
    FULL_NAME_SCORE,
    GIVEN_NAME_SCORE,
    HONORIFIC_SCORE,
    INITIAL_AND_SURNAME_SCORE,
    INITIALS_SCORE,
    LIST_ANCHOR_MIN_SCORE,
    LONE_NER_SCORE,
    MID_SENTENCE_AMBIGUOUS_SCORE,
    NER_BONUS,
    OTHER_ENTITY_PENALTY,
    SENTENCE_START_GIVEN_NAME_SCORE,
    SURNAME_WITH_CUE_SCORE,
    UNCASED_FULL_NAME_SCORE,
    UNCASED_GIVEN_NAME_SCORE,
    UNKNOWN_FULL_NAME_SCORE,
    UNKNOWN_WITH_CUE_SCORE,
)
from companion.recognizers.person.speakers import CONTACT_EMOJI_LABEL
from companion.recognizers.person.words import (
    AGE_AFTER,
    AMBIG,
    COMMON,
    CONJUNCTION,
    CUE,
    GIVEN,
    INIT,
    LOWER,
    MIN_UNCASED_NAME_LETTERS,
    PLACE,
    TAIL,
    UNKNOWN,
    UPPER,
    Word,
    base_form,
)

#: Past a list item, another item follows (or precedes): a comma, "et", "and", "&".
LIST_GOES_ON_AFTER = regex.compile(r"^(?:\s*,|\s+(?:et|and|&|ou|or)\s)")
LIST_JOINERS = frozenset("et and ou or à au de to for pour with avec".split())
LIST_GOES_ON_BEFORE = regex.compile(r"(?:,|\s(?:et|and|&|ou|or))\s*$")
#: Digits after a name that are not its number ("Route 112"): a phone number ("call Niamh 514
#: 555…"), the number of the next item of a list ("1. Samuel Coonishish 2. Davi Rocha 3.").
PHONE_OR_LIST_AFTER = regex.compile(
    r"[ \u00a0](?:\(?\d{3}\)?(?:[ .\u00a0\u2013-]?\d){7}|\d{1,2}[.)][ \u00a0]+\p{Lu})")


#: A firm's legal form typed with periods right after its name ("s.e.n.c.r.l.", "S.E.N.C.").
FIRM_FORM_AFTER = regex.compile(r"^[ \u00a0]+s\.e\.n\.c\.", regex.IGNORECASE)


#: "&" after a name, and the word after it ("Landry & Fils", "Priya & Dev").
AMPERSAND_AFTER = regex.compile(r"^[ \u00a0]{0,2}&[ \u00a0]{0,2}(\p{L}*)")
#: After "&", the rest of a firm's name ("& Fils", "& Associés", "& Sons", "& Cie").
AMPERSAND_FIRM_WORDS = frozenset(
    "fils fille filles frères sœurs soeurs associés associées associates sons partners cie co "
    "compagnie company".split())


#: After a surname and "&", a family, not a firm's partners ("O'Connor & family").
AMPERSAND_FAMILY_WORDS = frozenset("family famille kids enfants".split())
#: A number right after a name ("April 15", "Bill 96", "Route 112").
NUMBER_AFTER = regex.compile(r"[ \u00a0]\d")
#: A word before a colon or "=": a label in a schedule ("Lun : Karine", "sam = souper").
LABEL = regex.compile(r"(?<![\p{L}'’-])(\p{L}+)\.?[ \t\u00a0]?[:=](?!//)")
#: "St." and "Ste." before a name: a saint's, so a church or a town ("St. Andrew's", "Ste. Anne").
SAINT_BEFORE_NAME = frozenset({"st", "ste"})
#: A federal bill's number ("Bill C-332", « projet de loi S-12 »).
LEGISLATION_NUMBER_AFTER = regex.compile(r"[ \u00a0]\p{Lu}-\d")
#: "R. c. Marakah", "R. v. Jordan": the Crown (Regina, Rex) as a party in a case name.
CROWN_IN_A_CASE_NAME = regex.compile(r"R\.[ \u00a0]+[cv]\.[ \u00a0]")
WORD_CHAR = regex.compile(r"\w")
#: Royal titles that parents give their child: after a possessive, a term of endearment.
ENDEARMENT_ROLES = frozenset("prince princesse princess roi reine king queen".split())
ENDEARMENT_POSSESSIVES = frozenset("mon ma notre nos my our".split())

#: Between an animal or a role and a name, a preposition makes the name its owner's or the
#: one addressed ("le chat de Manon", "la chienne à Ginette", "mention honorable à Lucas").
OWNER_PREPOSITIONS = frozenset("de d du des à a au of to for pour with avec chez by par".split())
#: Before a full name, these make it a thing named after the person: a record, a card.
INDEFINITE_ARTICLES = {"en": frozenset({"a", "an"}), "fr": frozenset({"un", "une"})}
#: An English possessive right after a word ("lab's", "the judges'").
POSSESSIVE_AFTER = regex.compile(r"['’](?:s\b|\s)")

#: "Les Jardins de Rosalie", "The House of Anansi": what joins a named thing to its name.
NAMED_THING_PREPOSITIONS = frozenset("de du des d of".split())
NAMED_THING_ARTICLES = frozenset("le la les l the".split())
#: The Quebec "à" of belonging names a thing too, after an article: "La Cantine à Lulu", "la
#: Coulée à Ti-Paul"; without one it is said to someone ("Un gros Merci à Julie").
BELONGING_PREPOSITIONS = frozenset("à a".split())

#: French plural articles opening a run of capitals: a team or a business, never a person
#: (though "Les" is an English given name)
PLURAL_ARTICLES = frozenset("les des".split())
#: Up to three words right after a name, to read it with them against the lists.
WORDS_AFTER = regex.compile(r"(?:[ \u00a0][\p{L}'’&-]+){1,3}")
#: Before a word spaCy calls a place, prepositions that make it one ("from Tehran", « en
#: Gaspésie »); not "à", "de", "to", which also come before persons ("merci à Diallo").
FROM_PLACE_WORDS = frozenset("from in near en vers près".split())

#: Between a work and its author: "un roman de", "a painting by", "covers of".
WORK_PREPOSITIONS = frozenset("de d du by of".split())
#: A saying's author, after a quoted sentence and a dash: "“… until it's done.” — Nelson
#: Mandela" (a first name the lists call a word may stand between); not a team's name
#: ("Wayne Gretzky's Accountants" — Tom Mackenzie…).
QUOTE_ATTRIBUTION_BEFORE = regex.compile(
    r"[.!?…][ \u00a0]?[»\"”][ \u00a0]{0,3}[—–][ \u00a0]{0,3}(?:\p{Lu}\p{Ll}{1,20}[ \u00a0])?$")
QUOTE_ATTRIBUTION_REACH = 32
#: « la juge en chef Manon Savard »: a public role two words away.
CHIEF_JUDGE_BEFORE = regex.compile(
    r"\bjuges?[ \u00a0]en[ \u00a0]chef(?:[ \u00a0]adjointe?)?[ \u00a0]$", regex.IGNORECASE)
CHIEF_JUDGE_REACH = 32
#: A name an animal answers to: "answers to Gerry", « répond au nom de Pitou ».
PET_CALL_BEFORE = regex.compile(
    r"(?:\b(?:answers|responds)[ \u00a0]to|\brépond[ \u00a0](?:au[ \u00a0]nom[ \u00a0]de|à))"
    r"[ \u00a0]$", regex.IGNORECASE)
PET_CALL_REACH = 24
#: How far after a name its closing quotation mark may be.
QUOTED_TITLE_REACH = 80
QUOTE_CLOSE = regex.compile(r"[»”\"\n]")
#: A quotation that starts with a capitalised article: a title or a team's name.
QUOTED_ARTICLE = regex.compile(
    r"[ \u00a0]{0,3}(?:Les|La|Le|L['’]|The|Un|Une|A|An)(?:[ \u00a0]|(?<=['’]))")
#: The word right before an opening quotation mark (« notre équipe « … » »).
WORD_BEFORE_QUOTE = regex.compile(r"(?<!\w)(\w{1,30})[ \u00a0]{0,3}$")
#: A title that ends with a preposition before the name is about that person.
TITLE_ABOUT_SOMEONE = regex.compile(
    r"\b(?:de|du|des|d['’]|sur|à|au|pour|contre|avec|about|of|on|for|to|against|with)"
    r"[ \u00a0]{0,3}$", regex.IGNORECASE)
#: How much of the text before a quotation mark or a name those patterns read.
QUOTE_LOOKBEHIND = 40
#: Words that name what a quoted name is the name of.
TEAM_WORDS = frozenset("équipe team band groupe group titre title".split())
#: Single quotation marks, told from apostrophes by the letters around them: they set off the
#: name of a variety, a song or a product ('Emily Carr' roses, Hosta 'Frances Williams').
SINGLE_QUOTE_OPEN = regex.compile(r"(?<![\p{L}\p{N}])['‘](?=\p{L})")
SINGLE_QUOTE_CLOSE = regex.compile(r"(?<=[\p{L}\p{N}.!?])['’](?![\p{L}\p{N}])")
SINGLE_QUOTED_REACH = 40
#: A nickname in single quotes between a given name and a surname: Dorothy 'Dot' MacInnis.
NAME_BEFORE_QUOTE = regex.compile(r"\p{Lu}[\p{L}'’-]{0,30}[ \u00a0]$")
NAME_AFTER_QUOTE = regex.compile(r"[ \u00a0]\p{Lu}")
#: A quoted title, then "de"/"by": « Kukum » de Michel Jean, "The Break" by Katherena Vermette.
QUOTED_TITLE_BEFORE = regex.compile(r"[»\"”]\s*(?:de|d['’]|by)\s*$", regex.IGNORECASE)

#: The longest piece of a hyphenated East Asian given name ("Jun-Ho", "Mei-Lin", "Anh-Thu").
SHORT_SYLLABLE = 3
#: The English pronoun, capitalised wherever it stands ("I'm Kathleen"): no proper noun.
ENGLISH_I = regex.compile(r"^I(?:['’](?:m|d|ll|ve))?$")


class Scorer:
    """Scores candidates (part of Analysis)."""

    def _score(self, c: Candidate) -> None:
        names = c.names
        first, last = c.words[0], c.words[-1]
        start, end = c.start, c.end(self.text)
        before = self._words_before(first)
        prev = before[0] if before else None
        prev_bases = [base_form(w.folded) for w in before]
        after, separated = self._word_after(last)
        after_base = base_form(after.folded) if after else ""
        full = " ".join(w.folded for w in names)

        # vetoes: every return until the flag is cleared below
        c.vetoed = True
        c.listed = self._listed_with_neighbours(full, start, end, prev) and not (
            self._private_bearer(c, prev_bases))
        adjacent_to_prev = prev is not None and self.text[prev.end : first.start] == " "
        if self._public_role_or_pet_before(before, prev_bases, c.honorific) or (
                self._public_role_of_a_place(first)) or CHIEF_JUDGE_BEFORE.search(
                self.text, max(0, start - CHIEF_JUDGE_REACH), start) or c.listed or (
                len(names) > 2 and names[-1].kind == PLACE
                and is_not_person(" ".join(w.folded for w in names[:-1]))):
            return  # "le juge Gagnon", "notre chien Winston", "François Legault", "Tim
            # Hortons Gaspé"
        animal_emoji_after = self.text[end : end + 3].lstrip()[:1] in PET_EMOJI and not (
            CONTACT_EMOJI_LABEL.match(self.text, end))  # but "Nadia 🐢 : …", a chat's contact
        if not c.honorific and (animal_emoji_after or self._animal_apposition(end)
                                or PET_CALL_BEFORE.search(
                                    self.text, max(0, start - PET_CALL_REACH), start)):
            c.animal = True
            return  # "Voici Gérard 🐢", "Rosie (une vieille chihuahua)", "answers to Gerry"
        if self._author_of_a_work(c, prev_bases, first) or QUOTE_ATTRIBUTION_BEFORE.search(
                self.text, max(0, start - QUOTE_ATTRIBUTION_REACH), start):
            return  # "un roman de Kim Thúy", "« Kukum » de Michel Jean", "“…” — Nelson
            # Mandela": the author of a work or a saying
        if (not c.honorific and len(names) > 1 and names[0].kind in (GIVEN, AMBIG)
                and not any(w.uncased for w in names) and adjacent_to_prev
                and prev.folded in INDEFINITE_ARTICLES[self.language]):
            return  # "a Gary Carter and an Andre Dawson", « un Diane Tell »: a card, a record
            # (but "a raymond leblanc", typed as is: someone of that name)
        if prev_bases[:1] and (prev_bases[0] in ROLE_PLAYING_WORDS or (
                prev_bases[0] in ("de", "of") and prev_bases[1:2] in (["rôle"], ["role"]))):
            return  # « j'ai joué Pierre Brochant », « dans le rôle de Marilla »: a character
        if self._in_a_named_thing(first):
            return  # "Les Jardins de Rosalie", "Les Confitures de Mamie Rose": a business
        if self._in_a_quoted_title(start, end):
            return  # « Les Réjeanne Padovani », "The Ruth Bader Ginsburg Fan Club"
        if not c.honorific and self._in_single_quotes(start, end):
            return  # roses 'Emily Carr' and 'John Cabot', beans 'Jacob's Cattle'
        if len(names) > 1 and is_place(full):
            return  # "Hope Town", "Thetford Mines": a town of several words
        if any(base_form(w.folded) in FIRM_WORDS for w in names[1:]):
            c.institution = True  # "Boileau Weiss LLP", "Gravel Roy INC"
            return
        if after is not None and separated and after_base in PUBLIC_ROLE_WORDS:
            return  # "Marc Tanguay, député de LaFontaine", "Jeanne Roy, the author of…"
        adjacent_prev = prev is not None and self.text[prev.end : first.start] in (" ", "\u00a0")
        if adjacent_prev and prev.folded == "chez" and self._business_called_chez(prev):
            return  # "au restaurant Chez Ti-Jean", "Pizzeria Chez Tony", but "chez Julie" is
            # at Julie's
        if self._abbreviation_before(first, SAINT_BEFORE_NAME):
            c.institution = True  # "St. Andrew's church", "Ste. Anne"
            return
        if (adjacent_prev and base_form(prev.folded) in PLACE_HEAD_WORDS) or (
                self._abbreviation_before(first, STREET_TYPE_ABBREVIATIONS)):
            c.institution = True  # "parc Jean-Drapeau", "boul. Taschereau", but not "Welcome
            # to the team, Oluwaseun"
            return
        if adjacent_prev and prev.folded in FRANCHISE_BRANDS and not prev.text.islower():
            c.institution = True  # "Honda Jean-Paul Caron", "GMC Lussier": a dealership
            return
        before_three = self._words_before(first, 3)
        if self._named_after_its_owner(before_three) or self._named_place_of(before_three):
            c.institution = True  # "Clinique dentaire Dr Mailloux", "Salon de coiffure Julie
            # Roy", "l'Hôpital de Maria", "le chemin des Boucher"
            return
        if len(prev_bases) > 1 and prev_bases[0] in ("of", "de", "du", "des") and (
                prev_bases[1] in CROSSING_WORDS):
            c.institution = True  # "the corner of Rachel and Fullum": streets
            return
        if (len(names) == 1 and names[0].folded in SPORT_CATEGORIES and after is not None
                and not separated and after.folded in SPORT_CATEGORY_AFTER):
            return  # "Benjamin girls: 1. Zoë…", « Cadet masculin »: an age category
        if len(prev_bases) > 1 and prev_bases[0] in ("of", "de") and prev_bases[1] in TOWN_WORDS:
            c.institution = True  # "the Town of Hudson", « la Ville de Mercier »
            return
        if after is not None and after_base in PLACE_TAIL_WORDS and (
            after.title or after_base in FIRM_WORDS or after_base in FACILITY_WORDS
            or (last.uncased and self.text[last.end : after.start] == " ")  # "james bay",
            # but "danny's place"
        ) and not (c.honorific and separated):  # but "Me Oussama Tahiri, Avocat principal"
            c.institution = True
            return
        ampersand = AMPERSAND_AFTER.match(self.text[end : end + 24])
        lone_given = len(names) == 1 and names[0].kind in (GIVEN, AMBIG)
        partner = fold(ampersand.group(1)) if ampersand else ""
        couple = ampersand and (
            (names[0].kind in (GIVEN, AMBIG) and is_given_name(partner))  # "Aoife & Carlos"
            or partner in AMPERSAND_FAMILY_WORDS)  # "O'Connor & family"
        if (ampersand and (not (lone_given or couple)
                           or partner in AMPERSAND_FIRM_WORDS)
                ) or FIRM_FORM_AFTER.match(self.text[end : end + 16]):
            # "Tremblay & Associés", "Landry & Fils" (but "Priya & Dev"), "Gravel Beaulieu
            # s.e.n.c.r.l."
            c.institution = True
            return
        if (
            not c.honorific
            and adjacent_prev
            and prev.kind in (COMMON, PLACE)
            and prev.title
            and self._capital_is_informative(prev.start)
            and not ENGLISH_I.match(prev.text)
        ):
            return  # "Coupe Stanley", "Place Ville Marie": part of a longer proper noun
        if (NUMBER_AFTER.match(self.text, end) and not c.honorific
                and names[0].kind != GIVEN
                and not PHONE_OR_LIST_AFTER.match(self.text[end : end + 20])
                ) or LEGISLATION_NUMBER_AFTER.match(self.text, end):
            return  # "April 15", "Bill 96", "Route 112", "Bill C-332"; not "1. Samuel
            # Coonishish 2. Ilyes…"
        if CROWN_IN_A_CASE_NAME.match(self.text, start):
            return  # "R. c. Marakah": the Crown, not someone's initial
        if all(w.folded in CALENDAR_WORDS for w in names) and not (
                c.honorific or (adjacent_prev and prev_bases[0] in ROLE_WORDS and not prev.title)):
            return  # "in June", « le Père Noël », but "his wife June", « tatie Mai »
        if lone_given and self._day_in_a_schedule(names[0]):
            return  # "Lun : Karine / Mer : Steve / Sam : moi", "sam = on fête…": the day
        if lone_given and not c.honorific and adjacent_prev and (
                prev.folded in ("au", "aux") or (
                    prev.folded == "the" and self.text[end : end + 2] in ("'s", "’s"))):
            return  # « on se voit au Tim », "the Mike's on Sherbrooke": a shop, a restaurant
        if not c.honorific and adjacent_prev and prev.folded == "du" and self.language == "fr":
            return  # « départ du Tim », « elle a chanté du Céline », « Les Filles du Roy »
        if lone_given and not c.honorific and adjacent_prev and prev.folded in ("la", "le") and (
                prev.title and self._capital_is_informative(prev.start)):
            return  # « et La Louise, une pale ale », « le syndicat Le Marie-Anne »: a named thing
        c.vetoed = False

        # "ma cliente Julie", "ma cliente préférée Julie"; not "to file before Friday"
        role_before = bool(prev_bases) and (
            prev_bases[0] in ROLE_WORDS
            or (prev_bases[0] in CAPITALISED_ROLE_WORDS and prev.title)
            or (
                len(prev_bases) > 1
                and prev_bases[1] in ROLE_WORDS
                and self._pos(before[0]) == "ADJ"
            )
        )
        role_after = (
            after is not None
            and not after.title
            and (
                (separated and (after_base in ROLE_WORDS or self._role_after_adjective(after)))
                or after_base in ROLE_WORDS_RIGHT_AFTER
                or (after_base.removesuffix("s") in ROLE_WORDS_RIGHT_AFTER  # "the Adeyemi twins"
                    and self.text[end : after.start] == " " and not last.uncased)
            )
        )
        role_before = role_before or (
            bool(prev_bases) and prev_bases[0] in NICKNAME_WORDS and first.title
        ) or (  # "Big Mo", "la grande Jo"
            len(prev_bases) > 1 and prev_bases[0] in ("de", "d", "à")
            and prev_bases[1] in ROLE_WORDS
        )  # « le père de Keshia », « le père à Junior »
        kin_after = (self._possessive_role_follows(end, after) or self._kin_follows(end)
                     or partner in AMPERSAND_FAMILY_WORDS)  # "O'Connor & family"
        role_after = role_after or kin_after  # "Keshia's dad", "Makwa and her brother"
        age_after = bool(AGE_AFTER.match(self.text[end : end + 30]))
        numbered = self._numbered_player(first)  # "#44 GILL, #27 HARVEY", "SINGH #4"
        strong_cue = role_before or role_after or age_after or numbered
        #: cues that only a person takes, unlike a role word next to it ("the Criminals")
        own_role_before = (  # "my sister Patience"; not "our Volunteer Auxiliary"
            len(prev_bases) > 1 and prev_bases[0] in ROLE_WORDS
            and prev_bases[1] in OWN_POSSESSIVES and prev is not None and prev.text.islower())
        personal_cue = kin_after or own_role_before or age_after or numbered
        # "Priya said", "I told Ahmed", « Wissal a dit », « demandé à Odalys »
        action_cue = (self._person_verb_follows(end) or self._person_object_before(prev_bases)
                      ) and not any(self.in_org_ent[start:end])
        weak_cue = any(b in WEAK_CUE_WORDS for b in prev_bases) or first.after_at
        vocative = self._vocative(start, end) or (  # "Florence you nailed it", "lol Jo t'es…"
            self._addressed(end) and self._pos(last) not in ("VERB", "AUX")
            and (prev is None or prev.folded in INTERJECTIONS | GREETING_WORDS
                 or not self._capital_is_informative(start)))
        # a word typed without a telling case has no capital to tell
        mid_sentence = (self._capital_is_informative(names[0].start if names else start)
                        and not (names and names[0].uncased))
        ner_person = any(self.in_person_ent[start:end]) or any(self.in_recased_person[start:end])
        ner_other = not ner_person and self.other_ent_id[start] == self.other_ent_id[end - 1] != 0
        kinds = [w.kind for w in names]
        reasons = c.reasons

        score = 0.0
        if c.honorific:
            score = HONORIFIC_SCORE
            reasons.append("honorific")
        elif kinds[0] == INIT:
            if strong_cue or weak_cue or ner_person:
                score = INITIALS_SCORE
                reasons.append("initials with a cue")
            elif kinds[-1] in (UNKNOWN, UPPER, TAIL, GIVEN, AMBIG) and len(names) >= 2 and not any(
                    self.dictionary.is_word(w.folded) for w in names[-1:]):
                score = INITIAL_AND_SURNAME_SCORE
                reasons.append("an initial and a surname")  # "K. Mukherjee", "X. Dumont"
        elif names[0].uncased and kinds[0] in (GIVEN, AMBIG):
            if (len(names) == 1 and self.language == "fr" and names[0].folded in INTERJECTIONS
                    and not ner_person):
                return  # « Bon ben ma fille… », « merci ben »: the joual "bien"
            # a greeting or "avec" right before ("merci à julie"), not past a noun ("avec
            # étui rose")
            weak_adjacent = bool(prev_bases) and (prev_bases[0] in WEAK_CUE_WORDS or (
                prev_bases[0] in OBJECT_PARTICLES | {"to"} and prev_bases[1:2]
                and prev_bases[1] in WEAK_CUE_WORDS))
            # a French word is a word whatever the re-cased reading says ("du marc de café"),
            # unless the tagger reads it as a proper noun: the French tables hold common given
            # names too ("chez mathieu", « un gars nommé marc »)
            french = self.dictionary if self.language == "fr" else self.other_dictionary
            recased_person = any(self.in_recased_person[start:end]) and not any(
                french.is_word(w.folded) and self._pos(w) != "PROPN" for w in names)
            uncased = self._uncased_score(names, prev, strong_cue, weak_adjacent, vocative,
                                          recased_person)
            if uncased is None:
                return
            score = uncased
            reasons.append("name typed without capitals")
        elif kinds[0] in (GIVEN, AMBIG) and len(names) >= 2:
            if kinds[0] == AMBIG and kinds[1] == COMMON and not (
                strong_cue or ner_person or mid_sentence
            ):
                return  # "Rose Bonbon" at a sentence start
            score = FULL_NAME_SCORE if kinds[0] == GIVEN else AMBIGUOUS_FULL_NAME_SCORE
            reasons.append("given name and surname")
        elif kinds == [GIVEN]:
            w = names[0]
            if w.also_place and (prev is not None and prev.folded in LOCATIVE_WORDS):
                return
            supported = (strong_cue or weak_cue or vocative or ner_person or mid_sentence
                         or action_cue)
            if w.also_place and not supported:
                return
            score = GIVEN_NAME_SCORE if supported else SENTENCE_START_GIVEN_NAME_SCORE
            reasons.append("given name")
        elif kinds == [AMBIG]:
            w = names[0]
            if w.also_place and prev is not None and prev.folded in LOCATIVE_WORDS:
                return
            if not mid_sentence and self._pos(w) in WORD_POS:
                return  # "Lovely family, messy will": the adjective at a sentence start
            if self._pos(w) in ("VERB", "AUX") and not (strong_cue or vocative):
                return  # "…, Hope to see you there"
            if strong_cue or vocative:
                score = AMBIGUOUS_NAME_SCORE
            elif prev is not None and (prev.folded in DETERMINERS or self._pos(prev) == "DET"):
                return  # "Quelle Victoire hier soir!", "What a Joy": the word, capitalised
            elif mid_sentence or weak_cue or action_cue:  # "Pat said he's in"
                score = MID_SENTENCE_AMBIGUOUS_SCORE
            else:
                return
            reasons.append("given name that is also a word")
        elif kinds[0] == UNKNOWN and len(names) >= 2:
            if names[0].folded in PLURAL_ARTICLES:
                return  # "vs Les Castors", "Shoutout to Les Délices de…": a team, a business
            if ner_person or strong_cue:
                score = UNKNOWN_FULL_NAME_SCORE
            elif self._rostered(start, end):
                score = UNKNOWN_WITH_CUE_SCORE
            else:
                return  # "Port Daniel", "Air Transat", "Intellectual Property": a weak cue,
                # a vocative or a verb after it is not enough for two unlisted words
            reasons.append("unlisted full name")
        elif kinds == [UNKNOWN]:
            w = names[0]
            if (prev is not None and prev.folded in FROM_PLACE_WORDS
                    and all(self.in_place_ent[start:end]) and not strong_cue):
                return  # "a civil engineer from Tehran", "passed away in Hudson"
            if w.uncased:
                vocative = False  # "supervision, mentorship, the…": commas around a word
            if self._named_after_someone(w):
                c.vetoed = True  # not lifted by a name next to it
                return  # "Marie-Victorin", "Jean-Talon", "Mgr-Euclide-Théberge": a place
            if self._family_by_its_surname(w, prev) or self._double_surname(w) or (
                    strong_cue and (ner_person or personal_cue or w.uncased
                                    or is_common_surname(w.folded)
                                    or not self._word_of_a_language(w))):
                score = SURNAME_WITH_CUE_SCORE  # "ma cliente Tremblay", "Shiloh's mom"; but
                # a word of the language next to a role word is the word ("the Criminals")
            elif (prev is not None and prev.folded in ARTICLES) or (
                after is not None and after.kind == PLACE and self.text[end : after.start] == " "
            ):
                return  # "the Canadiens", "Costco Boucherville"
            elif ner_person and (weak_cue or vocative or mid_sentence):
                score = UNKNOWN_WITH_CUE_SCORE
            elif action_cue and (pos := self._pos(w)) != "VERB" and (
                    pos == "PROPN" or not self._word_of_a_language(w)) and (
                    not any(is_place(part) for part in w.folded.split("-"))):
                score = UNKNOWN_WITH_CUE_SCORE  # "Tenzin scored", but not "Hydro-Québec a dit"
            elif self.language == "en" and not mid_sentence and self._person_pronoun_follows(w):
                score = UNKNOWN_WITH_CUE_SCORE  # "Chidinma finished her GED this week"
            elif self._rostered(start, end) and not self._word_of_a_language(w):
                score = UNKNOWN_WITH_CUE_SCORE  # "Tue: Bosum, Wed: Ornella", "Goalie: Ayaan"
            elif is_common_surname(w.folded) and (ner_person or mid_sentence):
                score = UNKNOWN_WITH_CUE_SCORE  # "Diallo aussi.", "Haddad c. Bélisle"
            elif ner_person:
                score = LONE_NER_SCORE
            elif (self._greeted(prev, first, end) and self._pos(w) in ("PROPN", "NOUN", "")
                  and not ner_other and not self._word_of_a_language(w)):
                score = UNKNOWN_WITH_CUE_SCORE  # "Happy birthday Anouk!!"
            else:
                return
            reasons.append("unlisted name")
        else:
            return

        if ner_person:
            score += NER_BONUS
            reasons.append("spaCy")
        if ner_other:
            score -= OTHER_ENTITY_PENALTY
        c.score = score
        c.strong_evidence = strong_cue

    def _listed_with_neighbours(self, full: str, start: int, end: int, prev: Word | None
                                ) -> bool:
        """A listed public figure, firm or brand, alone, with the word right before it or with
        the words right after it ("McCarthy Tétrault": "McCarthy" alone starts no name)."""
        if is_not_person(full):
            return True
        gap = (" ", "\u00a0")
        if (prev is not None and self.text[prev.end : start] in gap
                and is_not_person(f"{prev.folded} {full}")):
            return True
        # the next one to three words, small ones included ("Chevaliers de Colomb")
        m = WORDS_AFTER.match(self.text, end)
        words = m.group().split() if m else []
        return any(is_not_person(" ".join([full, *map(fold, words[:k])]))
                   for k in range(1, len(words) + 1))

    def _in_a_quoted_title(self, start: int, end: int) -> bool:
        """A name inside quotation marks whose text starts with a capitalised article, or that
        follows a team or band word: the title of a work or a team's name (« Les Réjeanne
        Padovani », notre équipe « Jean-Guy Tremblay et les Mononcles »). Quoted speech starts
        otherwise (« Julie a dit… »)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start]
        opening = max(before.rfind("«"), before.rfind("“"))
        if before.count('"') % 2 == 1:
            opening = max(opening, before.rfind('"'))
        if opening < 0 or any(ch in before[opening + 1 :] for ch in "»”"):
            return False
        closing = QUOTE_CLOSE.search(self.text, end, min(len(self.text), end + QUOTED_TITLE_REACH))
        if closing is None or TITLE_ABOUT_SOMEONE.search(before[-QUOTE_LOOKBEHIND:]):
            return False  # « Le vrai visage de Nancy Trudel »: a page about a person
        quoted = QUOTED_ARTICLE.match(before, opening + 1)
        lead_in = WORD_BEFORE_QUOTE.search(before[max(0, opening - QUOTE_LOOKBEHIND) : opening])
        return bool(quoted) or bool(lead_in and base_form(fold(lead_in.group(1)))
                                    in TEAM_WORDS)

    def _in_single_quotes(self, start: int, end: int) -> bool:
        """The name stands inside single quotation marks on its line, as a variety, a song or a
        product does; a nickname quoted between a given name and a surname is still a name."""
        line_start = self._line_start_within(start, SINGLE_QUOTED_REACH)
        opening = None
        for m in SINGLE_QUOTE_OPEN.finditer(self.text, line_start, start + 1):
            opening = m
        if opening is None or SINGLE_QUOTE_CLOSE.search(self.text, opening.end(), start):
            return False
        reach_end = min(len(self.text), end + SINGLE_QUOTED_REACH)
        line_end = self.text.find("\n", end, reach_end)
        closing = SINGLE_QUOTE_CLOSE.search(self.text, end, reach_end if line_end < 0 else line_end)
        if closing is None:
            return False
        return not (NAME_BEFORE_QUOTE.search(self.text, line_start, opening.start())
                    and NAME_AFTER_QUOTE.match(self.text, closing.end()))

    def _business_called_chez(self, chez: Word) -> bool:
        """A capitalised "Chez" opens a business's name where its capital says so: in
        mid-sentence ("au restaurant Chez Ti-Jean"), after a capitalised trade that follows a
        lower-case word or is a shop's ("and Pizzeria Chez Tony", « la Boulangerie Chez
        Ginette ») or after an opening quotation mark (« still "Chez Ti-Paul" »). A lower-case
        "chez Julie" is at Julie's."""
        if not chez.title:
            return False
        if self._capital_is_informative(chez.start):
            return True
        line_before = self.text[self._line_start_within(chez.start, QUOTE_LOOKBEHIND) : chez.start]
        opened = line_before.rstrip(" \u00a0")[-1:]
        if opened in ("«", "“") or (opened == '"' and line_before.count('"') % 2 == 1):
            return True
        k = chez.index - 1
        if k < 0:
            return False
        trade = self.words[k]
        adjacent = self.text[trade.end : chez.start] == " "
        a_trade = trade.kind in (COMMON, CUE) or self._word_of_a_language(trade)
        after_lower = k > 0 and self.words[k - 1].text.islower() and (
            self.text[self.words[k - 1].end : trade.start] == " ")  # "and Pizzeria Chez Tony"
        return adjacent and trade.title and a_trade and (
            after_lower or self._capital_is_informative(trade.start)
            or base_form(trade.folded) in PLACE_HEAD_WORDS)

    def _abbreviation_before(self, first: Word, abbreviations: frozenset[str]) -> bool:
        """The word right before the name is one of `abbreviations` with its period ("St.
        Andrew's", "boul. Taschereau"), which ends no sentence there."""
        if first.index == 0:
            return False
        prev = self.words[first.index - 1]
        return prev.folded in abbreviations and self.text[prev.end : first.start] in (
            ". ", ".\u00a0")

    @staticmethod
    def _named_after_its_owner(before: list[Word]) -> bool:
        """A business named by its trade, then its owner: a capitalised shop noun and one
        lower-case word, or "de" and one ("Clinique dentaire Dr Mailloux", « Clinique de physio
        Marc-Antoine Roy »). `before`: up to three words before the name."""
        if len(before) < 2 or before[0].kind != LOWER or base_form(before[0].folded) in ROLE_WORDS:
            return False
        bases = [base_form(w.folded) for w in before]
        if before[1].title and bases[1] in PLACE_HEAD_WORDS and bases[0] not in LOCATIVE_WORDS:
            return True  # but « la tourtière du Lac de Réjean » is Réjean's
        return (len(before) == 3 and bases[1] in ("de", "du", "des", "d")
                and before[2].title and bases[2] in PLACE_HEAD_WORDS)

    @staticmethod
    def _named_place_of(before: list[Word]) -> bool:
        """A place named "<head> de/des <name>": a capitalised institution ("l'Hôpital de
        Maria", a town) or a street in any case ("chemin des Boucher", "rue de Gaspé"); not "la
        maison de Julie" or "le café de Marc", which are Julie's and Marc's, nor a dish from a
        place ("la tourtière du Lac de Réjean" is Réjean's). `before`: up to three words before
        the name."""
        if len(before) < 2 or before[0].folded not in ("de", "du", "des", "d"):
            return False
        head = base_form(before[1].folded)
        if head in STREET_TYPES:
            return True
        return head in PLACE_HEAD_WORDS and before[1].title and not (
            len(before) > 2 and before[2].folded in NAMED_THING_PREPOSITIONS)

    @staticmethod
    def _private_bearer(c: Candidate, prev_bases: list[str]) -> bool:
        """A public figure's surname alone is someone else's after an honorific or a role
        word: « Mme Legault », "ma cliente Trudeau" (not "Legault a dit")."""
        return len(c.names) == 1 and (c.honorific or (
            bool(prev_bases) and prev_bases[0] in ROLE_WORDS))

    def _public_role_or_pet_before(self, before: list[Word], prev_bases: list[str],
                                   honorific: bool) -> bool:
        """A public role or an animal names the name after it ("le juge Gagnon", "l'honorable
        Marie Deschamps", "notre chien Winston"), unless a preposition stands between: then
        the name is the animal's owner or the one addressed ("le chat de Manon B.", "mention
        honorable à Lucas"), as in "the maid of honour Steph". An animal word with a capital
        is someone's nickname ("avec Pitou, Ben pis Mathias")."""
        if not prev_bases:
            return False
        if prev_bases[0] in ENDEARMENT_ROLES and any(
                b in ENDEARMENT_POSSESSIVES for b in prev_bases[1:3]):
            return False  # "notre princesse Gurleen", "our little prince Noah"
        def cue(k: int) -> bool:
            return prev_bases[k] in PUBLIC_ROLE_WORDS or (
                prev_bases[k] in PET_WORDS and not before[k].title)

        if cue(0):
            return not (prev_bases[0] in ("honour", "honor") and prev_bases[1:2] == ["of"])
        # a role two words back does not name someone given an honorific ("Judges included
        # Dr. Hélène Marchand"), nor through a person's role ("my lab mate Seun", "the dog
        # walker Julie") or a possessive ("our lab's own Thomas")
        return (len(prev_bases) > 1 and prev_bases[0] not in OWNER_PREPOSITIONS
                and prev_bases[0] not in ROLE_WORDS
                and not POSSESSIVE_AFTER.match(self.text, before[1].end)
                and cue(1) and not honorific)

    def _day_in_a_schedule(self, w: Word) -> bool:
        """A day's abbreviation that is also a given name ("Sam"), written as a label, in a post
        that labels another day the same way: a schedule."""
        if w.folded not in WEEKDAY_LABELS or not LABEL.match(self.text, w.start):
            return False
        days = {fold(m.group(1)) for m in LABEL.finditer(self.text)} & WEEKDAY_LABELS
        return len(days - {w.folded}) > 0

    def _public_role_of_a_place(self, first: Word) -> bool:
        """A public role, "de"/"of" a place and a comma before the name: the office holder
        named in apposition (« l'ex-maire de Matane, Jean-Paul Desjardins », "the former MP for
        Gaspé, Diane Lebouthillier")."""
        before = self._words_before(first, 4)
        if len(before) < 3 or "," not in self.text[before[0].end : first.start]:
            return False
        place, preposition, role = before[0], before[1], before[2]
        return (place.title and preposition.folded in ("de", "du", "of", "for")
                and base_form(role.folded).removeprefix("ex-") in PUBLIC_ROLE_WORDS)

    def _double_surname(self, w: Word) -> bool:
        """Two capitalised surnames joined by a hyphen, one of them listed and neither a word,
        a given name or a place: a family's double name ("the Desjardins-Okafor house", « la
        gang Gagnon-Mbeki »), not "Hydro-Québec" or "Jean-Talon"."""
        parts = w.text.split("-")
        if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() and len(p) >= 3
                                      for p in parts):
            return False
        folded = [fold(p) for p in parts]
        return any(is_common_surname(p) for p in folded) and not any(
            is_given_name(p) or is_place(p) or is_not_name_word(p)
            or (not is_common_surname(p)
                and self._known_word(p, self.dictionary, self.other_dictionary))
            for p in folded)

    def _family_by_its_surname(self, w: Word, prev: Word | None) -> bool:
        """A family named by its surname: « chez les Tremblay » (a French family name takes no
        plural, a team does: « les Remparts »), "the Nguyens" (a listed surname and a plural
        "s"; "the Canadiens" is none)."""
        if prev is None or self.text[prev.end : w.start] not in (" ", "\u00a0"):
            return False
        if prev.folded == "les":
            return not w.folded.endswith(("s", "x"))
        return prev.folded == "the" and w.folded.endswith("s") and any(
            is_common_surname(w.folded[: -len(plural)]) for plural in ("s", "es"))

    def _in_a_named_thing(self, first: Word) -> bool:
        """A name after a capitalised common noun and "de"/"of" ends the name of a business,
        a title or a team ("Les Jardins de Rosalie", "Le Pain de Paulette", "Les Filles de
        Caleb"), when the noun's capital says something: mid-sentence, or after a capitalised
        article. So does "à" after an article and such a noun ("La Cantine à Lulu"). A role
        word may stand between ("Les Confitures de Mamie Rose"); a capitalised role word is
        not such a noun ("la Maman de Léa")."""
        k = first.index - 1
        if k >= 0 and base_form(self.words[k].folded) in ROLE_WORDS | NICKNAME_WORDS:
            k -= 1
        if k < 1 or self.words[k].folded not in NAMED_THING_PREPOSITIONS | BELONGING_PREPOSITIONS:
            return False
        noun, article = self.words[k - 1], self.words[k - 2] if k >= 2 else None
        belonging = self.words[k].folded in BELONGING_PREPOSITIONS
        if not (noun.title and (noun.kind == COMMON or (belonging and noun.kind == CUE))
                and base_form(noun.folded) not in ROLE_WORDS):
            return False  # a cue word too before "à": « La Cantine à Lulu »
        if belonging and not (article is not None and article.folded in NAMED_THING_ARTICLES
                              and self.text[article.end : noun.start] in (" ", "'", "’")):
            return False
        for left, right in pairwise(self.words[k - 1 : first.index + 1]):
            gap = self.text[left.end : right.start]
            if len(gap) > 2 or gap.strip(" \u00a0'’"):  # one space, or "d'" elided
                return False
        if self._capital_is_informative(noun.start):
            return True
        return (article is not None and article.title and article.folded in NAMED_THING_ARTICLES
                and self.text[article.end : noun.start] in (" ", "'", "’"))

    def _author_of_a_work(self, c: Candidate, prev_bases: list[str], first: Word) -> bool:
        """A full name after "<a work> de/by/of" or after a quoted title and "de"/"by": the
        work's author or performer. A first name alone there is often a private person's
        ("la chanson de Marie-Eve pour sa grand-mère")."""
        if len(c.names) < 2:
            return False
        if len(prev_bases) > 1 and prev_bases[0] in WORK_PREPOSITIONS and (
                prev_bases[1] in WORK_WORDS or prev_bases[1].rstrip("sx") in WORK_WORDS) and (
                self._words_before(first)[1].folded not in NEWS_WORDS):
            return True
        return bool(QUOTED_TITLE_BEFORE.search(self.text[max(0, first.start - 12) : first.start]))

    @staticmethod
    def _named_after_someone(w: Word) -> bool:
        """A single hyphenated word that starts with a given name or an honorific names a
        street, a school or a park in Quebec, not a person ("Jean-Talon", "Mgr-Parent"); but
        syllables of three letters or fewer make an East Asian given name ("Jun-Ho", "Mei-Lin",
        "Anh-Thu")."""
        if "-" not in w.text or all(len(piece) <= SHORT_SYLLABLE for piece in w.text.split("-")):
            return False
        head = w.folded.split("-", 1)[0]
        return is_given_name(head) or head in HONORIFICS or head in PUBLIC_ROLE_WORDS

    @staticmethod
    def _uncased_score(names: list[Word], prev: Word | None, strong_cue: bool, weak_cue: bool,
                       vocative: bool, recased_person: bool) -> float | None:
        """A name typed in lower case or in an all-capitals line, where no capital tells names
        from words: a given name and an unlisted surname ("marie tremblay", "KEVIN ROY"); a
        given name that is no word ("huguette"); a given name that is also a word ("marie",
        "rose") only with a cue ("ma cliente marie", "salut rose,"), or, unless the word is
        a common one ("rose", "will"), when the re-cased reading calls it a person ("lol
        bridget you're the best"; in capitals, where dogs and brands are shouted too, not
        enough: "BLACK LAB NAMED ROSIE", "GOURDE STANLEY")."""
        first = names[0]
        cue = (strong_cue or weak_cue or vocative
               or (recased_person and first.text.islower()
                   and (first.kind != AMBIG or len(names) > 1)))
        if first.also_place and prev is not None and prev.folded in LOCATIVE_WORDS:
            return None  # "à laval"
        if len(names) >= 2 and first.kind == GIVEN:
            return UNCASED_FULL_NAME_SCORE
        if len(names) >= 2 and names[1].kind == TAIL:
            return UNCASED_FULL_NAME_SCORE if cue else None
        if first.kind == AMBIG or first.word_like or first.also_place:
            return UNCASED_GIVEN_NAME_SCORE if cue else None
        return GIVEN_NAME_SCORE if cue else UNCASED_GIVEN_NAME_SCORE

    def _drop_lists_of_words(self, candidates: list[Candidate],
                             pairs: list[tuple[Candidate, Candidate]]) -> None:
        """A list made only of words (given names that are also words, "Love"), none with a
        role word or an age, is a list of words ("Faith, Hope and Love", "Will and Grace"),
        unless it is thanked or greeted ("Shoutout to Grace, Hope and Victoire")."""
        groups: list[list[Candidate]] = []
        for left, right in pairs:
            if groups and groups[-1][-1] is left:
                groups[-1].append(right)
            else:
                groups.append([left, right])
        for group in groups:
            before = [base_form(w.folded) for w in self._words_before(group[0].words[0])]
            if any(b in WEAK_CUE_WORDS for b in before):
                continue
            if all(len(c.names) == 1 and not c.honorific and not c.strong_evidence
                   and self._word_of_a_language(c.names[0]) for c in group):
                for c in group:
                    c.score = 0.0

    def _word_of_a_language(self, w: Word) -> bool:
        return w.kind == AMBIG or (w.kind == UNKNOWN and self._known_word(
            w.folded, self.dictionary, self.other_dictionary))

    @staticmethod
    def _same_animal_again(candidates: list[Candidate]) -> None:
        """An animal's name is the animal's wherever else the post uses it alone ("Barbara
        (cat, 14, diva) … Barbara ate Steve's parsley"), unless a role word makes it someone's
        ("named after my father-in-law Gerald")."""
        animals = {c.names[0].folded for c in candidates if c.animal and len(c.names) == 1}
        for c in candidates:
            if (not c.animal and not c.honorific and not c.strong_evidence
                    and len(c.names) == 1 and c.names[0].folded in animals):
                c.animal, c.vetoed, c.score = True, True, 0.0

    def _coordinate(self, candidates: list[Candidate]) -> None:
        """Names joined by "et", "and", "&" or a comma share their fate: a lone unlisted word
        next to a person is one too ("Keisha and Marisol"), an unlisted full name next to a
        full name too; a name next to an institution's is part of it ("Fondation Lucie et
        André Chagnon"); a full name in a list with a listed public figure is one too, unless
        a cue makes it a private person's ("Wayne Gretzky and my cousin Kevin Roy")."""
        pairs = [
            (left, right)
            for left, right in pairwise(candidates)
            if CONJUNCTION.match(self.text[left.end(self.text) : right.start])
        ]
        self._drop_lists_of_words(candidates, pairs)
        public = {id(c) for c in candidates
                  if c.listed and is_public_figure(" ".join(w.folded for w in c.names))}
        for ordered in (pairs, [(b, a) for a, b in reversed(pairs)]):
            for known, other in ordered:
                if known.institution and not other.honorific and not (
                        other.score >= FULL_NAME_SCORE and self._after_a_comma(known, other)):
                    # but "at the Hôpital de Maria, Linda MacPherson is done": a clause
                    other.institution, other.vetoed, other.score = True, True, 0.0
                elif known.animal and len(other.names) == 1 and not other.honorific:
                    other.animal, other.vetoed, other.score = True, True, 0.0  # "Gérald et
                    # Monique, deux chats"
                elif id(known) in public and len(other.names) >= 2 and not (
                        other.honorific or other.strong_evidence or other.vetoed):
                    other.listed, other.vetoed, other.score = True, True, 0.0  # "(Larry
                    # Walker, Vladimir Guerrero rookies)": in a list of public figures
                    public.add(id(other))
                elif (
                    known.score >= COORDINATED_SCORE
                    and other.score < COORDINATED_SCORE
                    and not other.vetoed
                    and self._may_join_a_list(other, known)
                ):
                    other.score = COORDINATED_SCORE
                    other.reasons.append("next to another name")

    def _after_a_comma(self, a: Candidate, b: Candidate) -> bool:
        """Only a comma between the two candidates (no "et", "and", "&")."""
        left, right = (a, b) if a.start < b.start else (b, a)
        return self.text[left.end(self.text) : right.start].strip() == ","

    def _may_join_a_list(self, other: Candidate, known: Candidate) -> bool:
        """A lone unlisted word that is no word of either language, or a given name, next to a
        name ("Keisha and Marisol"; not "Siri and Alexa", "Nursing and Admin"), or an unlisted
        full name next to a full name ("Huong Tran and Aaliyah Haddad")."""
        first = other.names[0]
        if len(other.names) == 1:
            if first.kind == UNKNOWN:
                return is_common_surname(first.folded) or not self._word_of_a_language(first)
            return first.kind in (AMBIG, GIVEN) and first.folded not in CALENDAR_WORDS
        return (len(other.names) == 2 and len(known.names) >= 2 and first.kind == UNKNOWN
                and other.names[1].kind in (UNKNOWN, GIVEN, AMBIG))

    def _coordinate_uncased(self, candidates: list[Candidate]) -> list[tuple[Word, Candidate]]:
        """In a list typed in lower case, an unlisted word next to a name is one too ("merci à
        julie, karim et thi-lan", "congrats to tomasz, wiktoria and priyanka") when it is no
        word of either language and no place. Returns each such word with the name it joins."""
        found: list[tuple[Word, Candidate]] = []
        for anchor in candidates:
            if anchor.score < LIST_ANCHOR_MIN_SCORE or not all(w.uncased for w in anchor.names):
                continue
            for step in (-1, 1):
                edge = anchor.words[0] if step < 0 else anchor.words[-1]
                k = self._past_joiners(edge.index + step, step)
                while 0 <= k < len(self.words) and self._uncased_list_item(k, edge, step):
                    found.append((self.words[k], anchor))
                    edge, k = self.words[k], self._past_joiners(k + step, step)
        return found

    def _past_joiners(self, k: int, step: int) -> int:
        """The first word from `k` on (in the direction of `step`) that is not "et", "and",
        "à"… (at most two are skipped: "et à")."""
        for _ in range(2):
            if 0 <= k < len(self.words) and self.words[k].folded in LIST_JOINERS:
                k += step
        return k

    def _uncased_list_item(self, k: int, neighbour: Word, step: int) -> bool:
        """Word `k` is a name in the list that `neighbour` is in: joined to it by "et", "and"
        or "&", or by a comma with the list going on past it ("karim" in "julie, karim et
        thi-lan", not "t'as" in "salut ricardo, t'as oublié")."""
        w = self.words[k]
        gap = self._gap(w, neighbour)
        if not CONJUNCTION.match(gap):
            return False
        if "," in gap and not WORD_CHAR.search(gap):
            beyond = (self.text[w.end : w.end + 8] if step > 0
                      else self.text[max(w.start - 8, 0) : w.start])
            if not (LIST_GOES_ON_AFTER if step > 0 else LIST_GOES_ON_BEFORE).search(beyond):
                return False
        return (
            w.kind == LOWER and w.in_run and w.text.islower()
            and all(part.isalpha() for part in w.text.split("-"))  # no elision: "t'as"
            and len(w.folded) >= MIN_UNCASED_NAME_LETTERS
            and not self._known_word(w.folded, self.dictionary, self.other_dictionary)
            and not self._known_lemma(w) and not is_place(w.folded)
            and w.folded not in INTERJECTIONS and w.folded not in CALENDAR_WORDS
        )

    def _gap(self, a: Word, b: Word) -> str:
        left, right = (a, b) if a.start < b.start else (b, a)
        return self.text[left.end : right.start]
