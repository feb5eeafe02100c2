"""PERSON: private persons' names, full or partial, in French and English posts.

spaCy's NER alone is not good enough here: fr_core_news_md tags capitalised sentence starts and
towns as persons ("Souper", "Laval") and gives MISC to first names ("la petite Emma"); the small
English model misses common Quebec names. So names are found from the shape of the text and from
word lists, and spaCy's entities are only one piece of evidence:

1. Candidates: runs of capitalised words joined by single spaces ("M. Léo Cormier", "Pierre-Luc",
   "É. B."), @mentions, and hashtags split at their capitals ("#FièreDeNadia" → "Nadia").
2. Each word is classified: honorific, initial, given name (see lexicon; some are also ordinary
   words: "Rose", "Hope"; typed without accents when that is no word: "Helene", not "Real"),
   place, stop word, ordinary word (from the spaCy model's lemmatizer tables), or unknown
   (likely a surname).
3. Evidence for a person: an honorific; a role word before ("ma cliente", "la petite", "my client")
   or after ("Patrick Nadeau, l'arbitre", "Inaya, our new intern"); an age after ("Mélanie,
   32 ans"); a vocative ("Rob, …", "…, Kevin:"); a capital in mid-sentence; a spaCy PER/PERSON
   entity.
4. Vetoes: a public role before ("le juge", "Premier"); a listed public figure or business; an
   institution or street word before or after ("parc Marie-Victorin", "Tremblay Avocats"); a
   capitalised ordinary word just before in mid-sentence ("Coupe Stanley"); a place; a single
   hyphenated given-name + surname compound, which in Quebec names a place ("Marie-Victorin").
5. A name accepted with good confidence makes its parts names elsewhere in the post ("Hope
   Nakamura … Hope", "#GoHope").

Spans include the honorific and leave out role words, "@", "#" and a possessive "'s".
Lower-case names ("marie tremblay") are not found.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from companion.recognizers.lexicon import (
    Dictionary,
    dictionary_for,
    fold,
    is_ambiguous_name,
    is_given_name,
    is_not_person,
    is_place,
    is_unaccented_given_name,
)

# --- Scores -----------------------------------------------------------------------------------
HONORIFIC_SCORE = 0.9
FULL_NAME_SCORE = 0.85  # a given name and a surname
AMBIGUOUS_FULL_NAME_SCORE = 0.8  # "Rose Paquette"
GIVEN_NAME_SCORE = 0.8  # a lone given name with some support
SENTENCE_START_GIVEN_NAME_SCORE = 0.7  # "Mélanie est arrivée hier"
AMBIGUOUS_NAME_SCORE = 0.7  # "Hope" with a cue or a vocative
MID_SENTENCE_AMBIGUOUS_SCORE = 0.6  # "Texto à Martin"
INITIALS_SCORE = 0.75  # "la petite É. B."
UNKNOWN_FULL_NAME_SCORE = 0.75  # two unlisted capitalised words, with spaCy or a cue
UNKNOWN_WITH_CUE_SCORE = 0.6
SURNAME_WITH_CUE_SCORE = 0.7  # "le dossier Wilson", "ma cliente Tremblay"
#: A single unlisted word only spaCy calls a person: below the threshold, as the French model
#: calls many capitalised sentence starts persons ("Guignolée du Dr Julien").
LONE_NER_SCORE = 0.3
PROPAGATED_SCORE = 0.7
COORDINATED_SCORE = 0.6  # "Keisha and Marisol"
HANDLE_SCORE = 0.8  # "@marie.tremblay"
LONE_HANDLE_SCORE = 0.65  # "@julie"
HASHTAG_SCORE = 0.75
NER_BONUS = 0.05
OTHER_ENTITY_PENALTY = 0.1
PROPAGATION_MIN_SCORE = 0.7

# --- Words ------------------------------------------------------------------------------------
#: folded honorific → whether it must be followed by a period ("M." but "Me", "Mme", "Dr").
HONORIFICS: dict[str, bool] = {
    "m": True, "mm": True, "me": False, "mme": False, "mmes": False, "mlle": False,
    "dr": False, "dre": False, "drs": False, "mr": False, "mrs": False, "ms": False,
    "miss": False, "maître": False, "madame": False, "monsieur": False, "docteur": False,
    "docteure": False, "prof": False, "professeur": False, "professeure": False,
}
#: Role and relationship words that announce a private person, before ("ma cliente Julie") or
#: after the name ("Patrick Nadeau, l'arbitre", "the Wilson file"). Singular forms.
ROLE_WORDS = frozenset(
    """
    client cliente petit petite enfant fils fille garçon bébé ado adolescent adolescente
    résident résidente patient patiente usager usagère bénéficiaire stagiaire collègue ami amie
    chum blonde conjoint conjointe mari épouse époux voisin voisine mère père maman papa soeur
    sœur frère cousin cousine tante oncle grand-mère grand-père neveu nièce intervenant
    intervenante éducateur éducatrice bénévole employé employée adjoint adjointe associé associée
    technicien technicienne infirmier infirmière préposé préposée arbitre entraîneur entraîneuse
    coach joueur joueuse athlète élève étudiant étudiante survivante victime accusé accusée
    plaignant plaignante défendeur défenderesse demandeur demanderesse locataire propriétaire
    famille dossier notaire avocat avocate parajuriste secrétaire réceptionniste filleul filleule
    jeune coloc colocataire capitaine ex roommate captain mamie papi grand-maman grand-papa
    matante mononcle agent agente policier policière sergent sergente granny nana auntie
    officer constable
    kid child son daughter boy girl baby teen teenager resident intern trainee colleague
    coworker co-worker friend buddy husband wife spouse boyfriend girlfriend neighbour neighbor
    mom mother dad father sister brother aunt uncle grandma grandpa grandmother grandfather nephew
    niece caseworker worker volunteer employee assistant associate paralegal nurse referee player
    student pupil survivor victim accused plaintiff defendant tenant landlord family file lawyer
    """.split()
)
#: Words that may follow a surname directly ("the Wilson file", "the Dubois kids"); other role
#: words count after a name only past a comma or a determiner ("Nadeau, l'arbitre").
ROLE_WORDS_RIGHT_AFTER = frozenset("file case family kid child boy girl twin".split())
#: Greetings, thanks and prepositions that often come before a name: they support a given name,
#: not an unknown word ("Merci Desjardins" thanks a bank).
WEAK_CUE_WORDS = frozenset(
    """
    merci bravo félicitations bienvenue bonjour bonsoir salut allo allô cher chère avec
    thanks thank congrats congratulations welcome hi hello hey dear with tag
    appelez contactez demandez texto textez call text ask contact
    """.split()
)
#: A name after these is a public figure acting publicly, not a private person.
PUBLIC_ROLE_WORDS = frozenset(
    """
    juge judge justice honorable hon ministre minister premier député députée mp mna sénateur
    sénatrice senator maire mairesse mayor gouverneur gouverneure governor ambassadeur
    ambassadrice pape pope roi reine king queen prince princesse
    """.split()
)
#: A name after these is an animal's ("notre chien Winston", "my cat Luna").
PET_WORDS = frozenset(
    "chien chienne chiot chat chatte chaton cheval jument lapin perroquet toutou minou "
    "dog puppy cat kitten horse pony bunny rabbit parrot pet".split()
)
#: A name after these is a place or an institution ("parc Marie-Victorin", "Collège Saint-Rémi").
PLACE_HEAD_WORDS = frozenset(
    """
    rue boulevard boul avenue av chemin route rang montée côte place parc pont autoroute station
    métro école collège cégep université polyvalente académie église paroisse basilique
    cathédrale hôpital clinique clsc chsld centre pavillon aréna salle stade complexe bibliothèque
    musée théâtre fondation maison manoir villa domaine lac mont rivière île baie pointe cap
    quartier ville municipalité comté circonscription prix trophée bourse fonds loi règlement
    programme cabinet étude groupe club restaurant resto café bar boutique saint sainte st ste
    banque pharmacie fromagerie boulangerie pâtisserie épicerie quincaillerie dépanneur garage
    brasserie microbrasserie vignoble érablière
    street park bridge school college university church hospital clinic center arena hall stadium
    library museum theatre theater foundation lake mount river island bay award prize fund act
    bill program firm group team store shop san santa bank bakery pharmacy
    """.split()
)
#: A name before these is an institution, a firm or a street ("Tremblay Avocats", "Jean-Talon
#: Market").
PLACE_TAIL_WORDS = frozenset(
    """
    avocats avocat associés associates notaires notaire inc ltée ltd llp law legal sencrl
    street st avenue ave road rd boulevard blvd drive lane way park bridge school college
    university church hospital clinic centre center arena hall stadium library museum foundation
    lake river island bay award prize fund act group groupe team club market marché day cup
    trophy bowl bank
    """.split()
)
#: Written in lower case after a firm's name ("Tremblay avocats", "Dupont inc.").
FIRM_WORDS = frozenset(
    "avocats avocat associés associates notaires notaire inc ltée ltd llp sencrl".split()
)
#: Words after which a name that is also a place is the place ("à Victoria", "in Florence").
LOCATIVE_WORDS = frozenset(
    "à au aux en de du des vers près depuis in at from to near around".split()
)
#: Never a name on their own ("in May", "à Noël", "April 15").
CALENDAR_WORDS = frozenset(
    """
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi
    mardi mercredi jeudi vendredi samedi dimanche noël pâques january february march april may
    june july august september october november december monday tuesday wednesday thursday
    friday saturday sunday christmas easter halloween
    """.split()
)
#: Hashtag parts after which a name is meant ("#GoHope", "#JusticePourLéa", "#MerciJulie").
HASHTAG_CUE_WORDS = frozenset(
    "go pour for de merci bravo team love thanks fier fière proud bonne happy welcome "
    "bienvenue".split()
)
#: Before a lone unlisted word, a team, a brand or a business rather than a person.
ARTICLES = frozenset("the le la les l des du".split())
#: Chat words a tagger takes for proper nouns ("Lol, …", "Btw, …").
INTERJECTIONS = frozenset(
    "lol btw fyi ps omg ok okay wow yay yo ouf bref ben bon ayoye tsé genre wouhou hey oups yé "
    "youpi hourra woohoo ah oh eh euh ouin hein".split()
)
#: Capitalised particles inside surnames ("De Luca", "Da Silva", "Van Houtte").
NAME_PARTICLES = frozenset("de da di del della des du van von der le la".split())
#: Determiners skipped when looking for a role word after a name ("Nadeau, l'arbitre").
DETERMINERS = frozenset(
    "le la les l un une mon ma mes ton ta notre nos votre vos son sa ses leur "
    "the a an my our your his her their".split()
)

#: Capitalised, these are still cues, never part of a name ("Coach Dave", "Premier Legault").
_CUE_WORDS = ROLE_WORDS | WEAK_CUE_WORDS | PUBLIC_ROLE_WORDS | PLACE_HEAD_WORDS | PLACE_TAIL_WORDS
_PERSON_LABELS = frozenset({"PER", "PERSON"})
#: Parts of speech that a name never gets ("Gros merci", "Appelez").
_WORD_POS = frozenset("ADJ ADV VERB AUX DET ADP PRON CCONJ SCONJ INTJ NUM".split())
_OTHER_LABELS = frozenset("ORG LOC GPE FAC NORP PRODUCT EVENT WORK_OF_ART LAW".split())

# --- Patterns ---------------------------------------------------------------------------------
_WORD = regex.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ELISION = regex.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{Lu})")
_LOWER_ELISION = regex.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]")
_POSSESSIVE = regex.compile(r"['’]s$")
_HASHTAG = regex.compile(r"(?<![\w#&])#(\w+)")
_MENTION = regex.compile(r"(?<![\w@])@(\w[\w.]*)")
# Anchored starts keep these linear on a 100,000-character token.
_URL_OR_EMAIL = regex.compile(
    r"(?<!\S)(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
)
_CAMEL_PART = regex.compile(r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\d+")
_HANDLE_PART = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_AGE_AFTER = regex.compile(
    r"^\s{0,3}[,(]?\s{0,3}\d{1,3}\s{0,3}(?:ans|an|mois|years?\s+old|yrs?|yo|months?\s+old)\b",
    regex.IGNORECASE,
)
_SENTENCE_PUNCTUATION = frozenset(".!?…\n\r")
_LONG_WORD = regex.compile(r"[^\W\d_]{4,}")
#: A line is in Title Case when at least this many of its words of 4+ letters, and this share
#: of them, are capitalised.
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.75
_CONJUNCTION = regex.compile(r"^(?:\s*,\s*|\s+(?:et|and|&|ou|or)\s+)$")

# Word kinds
HON, INIT, GIVEN, AMBIG, PLACE, CUE, STOP, COMMON, UNKNOWN, UPPER, LOWER = (
    "hon", "init", "given", "ambig", "place", "cue", "stop", "common", "unknown", "upper", "lower"
)
_NAME_KINDS = frozenset({GIVEN, AMBIG, UNKNOWN, COMMON, PLACE, INIT, UPPER})
_SURNAME_KINDS = frozenset({GIVEN, AMBIG, UNKNOWN, COMMON, PLACE, UPPER, INIT})
_AFTER_UNKNOWN_KINDS = frozenset({UNKNOWN, GIVEN, AMBIG, UPPER, COMMON})
MAX_NAME_WORDS = 4


@dataclass
class _Word:
    index: int
    start: int
    end: int
    text: str
    folded: str
    kind: str = LOWER
    also_place: bool = False
    in_run: bool = True  # False inside a hashtag, a handle, a URL or an e-mail address
    after_at: bool = False

    @property
    def title(self) -> bool:
        return self.text[:1].isupper() and any(c.islower() for c in self.text)


@dataclass
class _Candidate:
    words: list[_Word]
    honorific: bool = False
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    #: not a person whatever the evidence (public figure, institution, "April 15"…)
    vetoed: bool = False
    #: vetoed as (part of) an institution's or a street's name ("Fondation Lucie …")
    institution: bool = False

    @property
    def names(self) -> list[_Word]:
        return [w for w in self.words if w.kind != HON]

    @property
    def start(self) -> int:
        return self.words[0].start

    def end(self, text: str) -> int:
        end = self.words[-1].end
        if self.words[-1].kind == INIT and text[end : end + 1] == ".":
            end += 1
        return end


class PersonRecognizer(LocalRecognizer):
    """Finds PERSON spans; see the module docstring for how."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc: Doc | None = nlp_artifacts.tokens if nlp_artifacts is not None else None
        other = "en" if self.supported_language == "fr" else "fr"
        dictionaries = (self._dictionary(nlp_artifacts, self.supported_language),
                        self._dictionary(nlp_artifacts, other))
        segments = getattr(nlp_artifacts, "segments", ())
        words = self._words_by_paragraph(segments, dictionaries) if segments else None
        analysis = _Analysis(text, self.supported_language, doc, *dictionaries, words=words)
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=round(min(score, 1.0), 2),
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name,
                    original_score=score,
                    textual_explanation=f"{self.name}: {why}",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end, score, why in analysis.run()
        ]

    def _words_by_paragraph(self, segments, dictionaries: tuple[Dictionary, Dictionary]
                            ) -> list[_Word]:
        """The post's words, classified paragraph by paragraph (companion.nlp.joined.Segment):
        a word's class depends only on its paragraph (its spelling, the characters around it,
        its token's tags), so each paragraph is classified once while the user types in
        another. Same words as scanning the whole text."""
        key = ("person words", self.supported_language)
        words: list[_Word] = []
        for segment in segments:
            scanned = segment.memo.get(key)
            if scanned is None:
                analysis = _Analysis(segment.text, self.supported_language, segment.piece.doc,
                                     *dictionaries)
                scanned = segment.memo[key] = tuple(
                    (w.start, w.end, w.text, w.folded, w.kind, w.also_place, w.in_run,
                     w.after_at) for w in analysis.words)
            offset, first = segment.offset, len(words)
            words.extend(
                _Word(first + i, start + offset, end + offset, word, folded, kind, also_place,
                      in_run, after_at)
                for i, (start, end, word, folded, kind, also_place, in_run, after_at)
                in enumerate(scanned))
        return words

    @staticmethod
    def _dictionary(nlp_artifacts: NlpArtifacts | None, language: str) -> Dictionary:
        engine = getattr(nlp_artifacts, "nlp_engine", None)
        try:
            nlp = engine.get_nlp(language) if engine is not None else None
        except (AttributeError, KeyError):
            nlp = None
        return dictionary_for(nlp)


class _Analysis:
    """One text's PERSON analysis."""

    def __init__(
        self,
        text: str,
        language: str,
        doc: Doc | None,
        dictionary: Dictionary,
        other_dictionary: Dictionary,
        *,
        words: list[_Word] | None = None,
    ) -> None:
        self.text = text
        self.language = language
        #: the other language's words, for capitalised sentence starts ("Shoutout à…", "Fin de…")
        self.other_dictionary = other_dictionary
        self.doc = doc
        self.dictionary = dictionary
        # per character: inside a spaCy person entity; number of the other entity it is in (0: none)
        self.in_person_ent = bytearray(len(text))
        self.other_ent_id = [0] * len(text)
        if doc is not None:
            for number, ent in enumerate(doc.ents, start=1):
                start, end = ent.start_char, min(ent.end_char, len(text))
                if ent.label_ in _PERSON_LABELS:
                    self.in_person_ent[start:end] = b"\x01" * max(end - start, 0)
                elif ent.label_ in _OTHER_LABELS:
                    self.other_ent_id[start:end] = [number] * max(end - start, 0)
        self.line_breaks = [m.start() for m in regex.finditer("\n", text)]
        self.title_case_lines = self._title_case_lines()
        self.words = list(self._scan_words()) if words is None else words
        self.results: list[tuple[int, int, float, str]] = []
        #: folded name parts of confident results, for _propagate
        self.known: set[str] = set()

    # --- pipeline -----------------------------------------------------------------------------
    def run(self) -> list[tuple[int, int, float, str]]:
        candidates = [c for run in self._runs() for c in self._segment(run)]
        for candidate in candidates:
            self._score(candidate)
        self._coordinate(candidates)
        for candidate in candidates:
            if candidate.score > 0:
                self._add(
                    candidate.start,
                    candidate.end(self.text),
                    candidate.score,
                    ", ".join(candidate.reasons),
                    [w.folded for w in candidate.names if w.kind != INIT],
                )
        self._handles()
        self._hashtags()
        self._propagate()
        return self.results

    # --- words --------------------------------------------------------------------------------
    def _scan_words(self) -> Iterator[_Word]:
        excluded = [m.span() for m in _URL_OR_EMAIL.finditer(self.text)]
        excluded += [m.span() for m in _HASHTAG.finditer(self.text)]
        for m in _MENTION.finditer(self.text):
            handle = m.group(1)
            plain_title = handle[:1].isupper() and handle[1:].islower() and handle.isalpha()
            if not plain_title:  # "@marie.tremblay", "@MarieTremblay": see _handles
                excluded.append(m.span())
        excluded.sort()
        ex_index = 0
        previous: _Word | None = None
        for index, m in enumerate(_WORD.finditer(self.text)):
            start, end = m.span()
            word = m.group()
            elision = _ELISION.match(word)
            if elision:
                start += elision.end()
                word = word[elision.end() :]
            possessive = _POSSESSIVE.search(word)
            if possessive and len(word) > 3:
                end -= 2
                word = word[:-2]
            while ex_index < len(excluded) and excluded[ex_index][1] <= start:
                ex_index += 1
            in_excluded = ex_index < len(excluded) and excluded[ex_index][0] <= start
            w = _Word(index, start, end, word, fold(word), in_run=not in_excluded)
            w.after_at = start > 0 and self.text[start - 1] == "@"
            self._classify(w)
            if (
                w.kind == LOWER
                and len(word) == 1
                and word.isupper()
                and previous is not None
                and previous.kind == HON
                and self.text[previous.end : start] in (" ", ". ")
            ):
                w.kind = INIT  # a pseudonym: "Mme X", "M. Z"
            previous = w
            yield w

    def _classify(self, w: _Word) -> None:
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
        if is_given_name(folded):
            w.kind = AMBIG if is_ambiguous_name(folded) else GIVEN
            w.also_place = is_place(folded)
        elif is_place(folded):
            w.kind = PLACE
        elif _base(folded) in _CUE_WORDS:
            w.kind = CUE
        elif self.dictionary.is_stop(folded):
            w.kind = STOP
        elif self._ordinary_word(w):
            w.kind = COMMON
        elif is_unaccented_given_name(folded) and not self._known_word(
                folded, self.dictionary, self.other_dictionary):
            w.kind = GIVEN  # "Helene", "Jean-Francois", but not "Real" (Réal)
        else:
            w.kind = UNKNOWN

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

    def _token(self, w: _Word):
        if self.doc is None:
            return None
        span = self.doc.char_span(w.start, w.end, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _pos(self, w: _Word) -> str:
        token = self._token(w)
        return token.pos_ if token is not None else ""

    def _ordinary_word(self, w: _Word) -> bool:
        """A capitalised word that is a word of the language, not a name.

        Known to the dictionary, or tagged by spaCy as a verb, adjective, determiner…; in English,
        a word tagged as a proper noun in mid-sentence is not ordinary even if WordNet lists it
        ("the Wilson file").
        """
        token = self._token(w)
        if token is not None and token.pos_ in _WORD_POS:
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

    # --- candidates ---------------------------------------------------------------------------
    def _runs(self) -> Iterator[list[int]]:
        """Indices of consecutive capitalised words joined by a single space (or "M. ", "É. ")."""
        run: list[int] = []
        for i, w in enumerate(self.words):
            eligible = w.in_run and w.kind not in (LOWER,) and (w.kind != UPPER or run)
            if eligible and run and self._joined(self.words[run[-1]], w):
                run.append(i)
                continue
            if run:
                yield run
            run = [i] if eligible else []
        if run:
            yield run

    def _joined(self, left: _Word, right: _Word) -> bool:
        gap = self.text[left.end : right.start]
        if gap in (" ", "\u00a0"):
            return True
        return left.kind in (HON, INIT) and gap in (". ", ".\u00a0", ".")

    def _segment(self, run: list[int]) -> Iterator[_Candidate]:
        """Splits a run into candidate names; words that cannot start a name are skipped."""
        words = [self.words[i] for i in run]
        i, n = 0, len(words)
        while i < n:
            kind = words[i].kind
            if kind == HON and i + 1 < n and words[i + 1].kind in _NAME_KINDS:
                j = self._extend(words, i + 1, _NAME_KINDS, MAX_NAME_WORDS)
                yield _Candidate(words[i:j], honorific=True)
            elif kind in (GIVEN, AMBIG):
                j = self._extend(words, i + 1, _SURNAME_KINDS, MAX_NAME_WORDS - 1)
                yield _Candidate(words[i:j])
            elif kind == INIT:
                j = i + 1
                while j < n and words[j].kind == INIT:
                    j += 1
                if j < n and words[j].kind in (UNKNOWN, COMMON, UPPER):
                    j += 1
                yield _Candidate(words[i:j])
            elif kind == UNKNOWN:
                j = self._extend(words, i + 1, _AFTER_UNKNOWN_KINDS, MAX_NAME_WORDS - 1)
                yield _Candidate(words[i:j])
            else:
                j = i + 1
            i = j

    def _extend(self, words: list[_Word], j: int, kinds: frozenset[str], limit: int) -> int:
        """The end of a name continuing at `j`: words of `kinds`, and capitalised particles
        followed by such a word ("Antonio De Luca", "Luis Da Silva"). A word in capitals
        that is a word of the language ends the name once it has a part after the first
        ("Me Sophie Bélanger MAINTENANT", but "Sophie BLANC")."""
        start = j
        while j < len(words) and j - start < limit:
            if (words[j].kind == UPPER and j > start
                    and self._known_word(words[j].folded, self.dictionary)):
                break
            if words[j].kind in kinds:
                j += 1
            elif (
                words[j].folded in NAME_PARTICLES
                and j + 1 < len(words)
                and words[j + 1].kind in (UNKNOWN, COMMON, PLACE, GIVEN, AMBIG)
            ):  # "De Luca": a surname may also be a given name
                j += 2
            else:
                break
        return j

    # --- evidence -----------------------------------------------------------------------------
    def _words_before(self, first: _Word, limit: int = 2) -> list[_Word]:
        """Up to `limit` words before `first` in the same clause (a comma may intervene)."""
        found: list[_Word] = []
        k = first.index - 1
        right = first
        while k >= 0 and len(found) < limit:
            w = self.words[k]
            gap = self.text[w.end : right.start]
            if any(ch in _SENTENCE_PUNCTUATION or ch in ":;()" for ch in gap) or len(gap) > 3:
                break
            found.append(w)
            right = w
            k -= 1
        return found

    def _word_after(self, last: _Word) -> tuple[_Word | None, bool]:
        """The first word after `last` in the same clause, past a comma and a determiner, and
        whether a comma or a determiner came first ("Nadeau, l'arbitre", "Ouellette votre…")."""
        k = last.index + 1
        left_end = last.end
        separated = False
        while k < len(self.words):
            w = self.words[k]
            gap = self.text[left_end : w.start]
            if any(ch in _SENTENCE_PUNCTUATION or ch in ":;()" for ch in gap) or len(gap) > 3:
                return None, False
            separated = separated or "," in gap or bool(_LOWER_ELISION.match(w.folded))
            if _base(w.folded) in DETERMINERS and not _LOWER_ELISION.match(w.folded):
                separated = True
                left_end = w.end
                k += 1
                continue
            return w, separated
        return None, False

    def _role_after_adjective(self, adjective: _Word) -> bool:
        """An adjective, then a role word: "Inaya, our new intern", "Kadi, notre nouvelle
        stagiaire"."""
        k = adjective.index + 1
        if k >= len(self.words) or self._pos(adjective) != "ADJ":
            return False
        role = self.words[k]
        return (
            self.text[adjective.end : role.start] == " "
            and not role.title
            and _base(role.folded) in ROLE_WORDS
        )

    def _title_case_lines(self) -> set[int]:
        """Lines written in Title Case ("Setting Clear Boundaries for Client Interactions"),
        where a capital says nothing about a word."""
        long_words: dict[int, list[bool]] = {}
        for m in _LONG_WORD.finditer(self.text):
            long_words.setdefault(self._line(m.start()), []).append(m.group()[0].isupper())
        return {
            line
            for line, capitals in long_words.items()
            if len(capitals) >= TITLE_CASE_MIN_WORDS
            and sum(capitals) >= TITLE_CASE_SHARE * len(capitals)
        }

    def _line(self, offset: int) -> int:
        return bisect_right(self.line_breaks, offset)

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
        j = end
        while j < len(self.text) and self.text[j] in " \t\u00a0":
            j += 1
        after_ok = j >= len(self.text) or self.text[j] in ",:!?.\n\r" or not (
            self.text[j].isalnum() or self.text[j] in "'’-(\"«"
        )
        return before_ok and after_ok

    # --- scoring ------------------------------------------------------------------------------
    def _score(self, c: _Candidate) -> None:
        names = c.names
        first, last = c.words[0], c.words[-1]
        start, end = c.start, c.end(self.text)
        before = self._words_before(first)
        prev = before[0] if before else None
        prev_bases = [_base(w.folded) for w in before]
        after, separated = self._word_after(last)
        after_base = _base(after.folded) if after else ""
        full = " ".join(w.folded for w in names)

        # vetoes: every return until the flag is cleared below
        c.vetoed = True
        if any(b in PUBLIC_ROLE_WORDS | PET_WORDS for b in prev_bases) or is_not_person(full):
            return  # "le juge Gagnon", "notre chien Winston", "François Legault"
        adjacent_prev = prev is not None and self.text[prev.end : first.start] in (" ", "\u00a0")
        if adjacent_prev and prev.folded == "chez" and prev.title and self._capital_is_informative(
            prev.start
        ):
            return  # "au restaurant Chez Ti-Jean", but "chez Julie" is at Julie's
        if first.index > 0 and self.words[first.index - 1].folded in ("st", "ste") and self.text[
                self.words[first.index - 1].end : first.start] in (". ", ".\u00a0"):
            c.institution = True  # "St. Andrew's church", "Ste. Anne"
            return
        if adjacent_prev and _base(prev.folded) in PLACE_HEAD_WORDS:
            c.institution = True  # "parc Jean-Drapeau", but not "Welcome to the team, Oluwaseun"
            return
        if after is not None and after_base in PLACE_TAIL_WORDS and (
            after.title or after_base in FIRM_WORDS
        ):
            c.institution = True
            return
        if self.text[end : end + 3].lstrip().startswith("&"):
            return  # "Tremblay & Associés"
        if (
            not c.honorific
            and adjacent_prev
            and prev.kind in (COMMON, PLACE)
            and prev.title
            and self._capital_is_informative(prev.start)
        ):
            return  # "Coupe Stanley", "Place Ville Marie": part of a longer proper noun
        if regex.match(r"[ \u00a0]\d", self.text[end : end + 2]) and not c.honorific:
            return  # "April 15", "Bill 96", "Route 112"
        if len(names) == 1 and names[0].folded in CALENDAR_WORDS:
            return
        c.vetoed = False

        # "ma cliente Julie", "ma cliente préférée Julie"; not "to file before Friday"
        role_before = bool(prev_bases) and (
            prev_bases[0] in ROLE_WORDS
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
            )
        )
        age_after = bool(_AGE_AFTER.match(self.text[end : end + 30]))
        strong_cue = role_before or role_after or age_after
        weak_cue = any(b in WEAK_CUE_WORDS for b in prev_bases) or first.after_at
        vocative = self._vocative(start, end)
        mid_sentence = self._capital_is_informative(names[0].start if names else start)
        ner_person = any(self.in_person_ent[start:end])
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
            supported = strong_cue or weak_cue or vocative or ner_person or mid_sentence
            if w.also_place and not supported:
                return
            score = GIVEN_NAME_SCORE if supported else SENTENCE_START_GIVEN_NAME_SCORE
            reasons.append("given name")
        elif kinds == [AMBIG]:
            w = names[0]
            if w.also_place and prev is not None and prev.folded in LOCATIVE_WORDS:
                return
            if strong_cue or vocative:
                score = AMBIGUOUS_NAME_SCORE
            elif mid_sentence or weak_cue:
                score = MID_SENTENCE_AMBIGUOUS_SCORE
            else:
                return
            reasons.append("given name that is also a word")
        elif kinds[0] == UNKNOWN and len(names) >= 2:
            if ner_person or strong_cue:
                score = UNKNOWN_FULL_NAME_SCORE
            elif weak_cue or vocative:
                score = UNKNOWN_WITH_CUE_SCORE
            else:
                return
            reasons.append("unlisted full name")
        elif kinds == [UNKNOWN]:
            w = names[0]
            if "-" in w.text and is_given_name(w.folded.split("-", 1)[0]):
                return  # "Marie-Victorin", "Jean-Talon": a place named after someone
            if strong_cue:
                score = SURNAME_WITH_CUE_SCORE
            elif (prev is not None and prev.folded in ARTICLES) or (
                after is not None and after.kind == PLACE and self.text[end : after.start] == " "
            ):
                return  # "the Canadiens", "Costco Boucherville"
            elif ner_person and (weak_cue or vocative or mid_sentence):
                score = UNKNOWN_WITH_CUE_SCORE
            elif ner_person:
                score = LONE_NER_SCORE
            elif vocative and self._pos(w) == "PROPN" and w.folded not in INTERJECTIONS:
                score = UNKNOWN_WITH_CUE_SCORE  # "Tanya, I saw your comment…"
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

    def _coordinate(self, candidates: list[_Candidate]) -> None:
        """Names joined by "et", "and", "&" or a comma share their fate: a lone unlisted word
        next to a person is one too ("Keisha and Marisol"); a name next to an institution's
        is part of it ("Fondation Lucie et André Chagnon")."""
        pairs = [
            (left, right)
            for left, right in pairwise(candidates)
            if _CONJUNCTION.match(self.text[left.end(self.text) : right.start])
        ]
        for ordered in (pairs, [(b, a) for a, b in reversed(pairs)]):
            for known, other in ordered:
                if known.institution and not other.honorific:
                    other.institution, other.vetoed, other.score = True, True, 0.0
                elif (
                    known.score >= COORDINATED_SCORE
                    and other.score < COORDINATED_SCORE
                    and not other.vetoed
                    and len(other.names) == 1
                    and other.names[0].kind in (UNKNOWN, AMBIG)
                    and other.names[0].folded not in CALENDAR_WORDS
                ):
                    other.score = COORDINATED_SCORE
                    other.reasons.append("next to another name")

    # --- mentions, hashtags, repeats --------------------------------------------------------
    def _add(self, start: int, end: int, score: float, why: str, parts: list[str]) -> None:
        self.results.append((start, end, score, why))
        if score >= PROPAGATION_MIN_SCORE:
            self.known.update(p for p in parts if len(p) >= 3)

    def _handles(self) -> None:
        for m in _MENTION.finditer(self.text):
            handle = m.group(1).rstrip(".")
            if handle[:1].isupper() and handle[1:].islower() and handle.isalpha():
                continue  # "@Samir Haddad": a plain word, read with the following words
            parts = [fold(p) for p in _HANDLE_PART.findall(handle)]
            if not parts or is_not_person(" ".join(parts)) or is_place(fold(handle)):
                continue
            given = [p for p in parts if is_given_name(p)]
            start, end = m.start(1), m.start(1) + len(handle)
            if given and len(parts) >= 2:
                self._add(start, end, HANDLE_SCORE, "handle with a given name", parts)
            elif given and not is_ambiguous_name(given[0]):
                self._add(start, end, LONE_HANDLE_SCORE, "handle that is a given name", parts)

    def _hashtags(self) -> None:
        for m in _HASHTAG.finditer(self.text):
            base = m.start(1)
            parts = [
                (p.start() + base, p.end() + base, p.group())
                for p in _CAMEL_PART.finditer(m.group(1))
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

    def _propagate(self) -> None:
        """Parts of names accepted elsewhere in the post are names too ("Hope", "#GoHope")."""
        if not self.known:
            return
        covered = bytearray(len(self.text))
        for start, end, _score, _why in self.results:
            covered[start:end] = b"\x01" * (end - start)
        for w in self.words:
            if w.folded not in self.known or not (w.title or w.kind == UPPER) or any(
                covered[w.start : w.end]
            ):
                continue
            before = self._words_before(w)
            if before and (_base(before[0].folded) in PLACE_HEAD_WORDS | PUBLIC_ROLE_WORDS):
                continue
            self._add(w.start, w.end, PROPAGATED_SCORE, "name seen elsewhere in the post", [])
        for m in _HASHTAG.finditer(self.text):
            base = m.start(1)
            for p in _CAMEL_PART.finditer(m.group(1)):
                s, e = p.start() + base, p.end() + base
                if fold(p.group()) in self.known and not any(covered[s:e]):
                    self._add(s, e, PROPAGATED_SCORE, "name seen elsewhere in the post", [])


def _base(folded: str) -> str:
    """A cue word's base form: elision removed, a plural -s or -x dropped ("résidentes")."""
    word = _LOWER_ELISION.sub("", folded)
    if len(word) > 3 and word[-1] in "sx" and word[:-1] in _CUE_WORDS:
        return word[:-1]
    return word
