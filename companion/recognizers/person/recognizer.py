"""The Presidio recognizer and the analysis of one text, assembled from the parts of this
package.
"""

from __future__ import annotations

from dataclasses import replace

import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language
from spacy.tokens import Doc

from companion.recognizers.lexicon import Dictionary, dictionary_for
from companion.recognizers.person.candidates import Candidate, CandidateFinder
from companion.recognizers.person.cues import (
    ORG_LABELS,
    OTHER_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
)
from companion.recognizers.person.evidence import Evidence
from companion.recognizers.person.handles import HandlesAndHashtags
from companion.recognizers.person.nicknames import Nicknames
from companion.recognizers.person.propagation import Propagation
from companion.recognizers.person.recasing import Recasing
from companion.recognizers.person.rosters import Rosters
from companion.recognizers.person.scores import COORDINATED_SCORE
from companion.recognizers.person.scoring import Scorer
from companion.recognizers.person.signatures import Signatures
from companion.recognizers.person.speakers import Speakers
from companion.recognizers.person.words import INIT, PLACE, Word, WordScanner


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
        nlp = self._nlp(nlp_artifacts, self.supported_language)
        if segments:
            words, recased, scored = self._by_paragraph(segments, dictionaries, nlp)
            analysis = Analysis(text, self.supported_language, doc, *dictionaries, words=words,
                                recased=recased, scored=scored)
        else:
            analysis = Analysis(text, self.supported_language, doc, *dictionaries, nlp=nlp)
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

    def _by_paragraph(self, segments, dictionaries: tuple[Dictionary, Dictionary],
                      nlp: Language | None
                      ) -> tuple[list[Word], list[tuple[int, int]], list[Candidate]]:
        """The post's words, the persons of their re-cased reading (`recasing`) and its scored
        candidates, paragraph by paragraph (companion.nlp.joined.Segment). A word's class
        depends only on its paragraph (its spelling, the characters around it, its token's
        tags), and so does a candidate's score: the words it reads around a name stop at a line
        break, and the few look-behinds of 24 to 80 characters could only cross a blank line
        into another paragraph (on every labelled set, the same scores as the whole text's).
        So each paragraph is analysed once while the user types in another; the steps that
        join paragraphs (coordination, propagation, speakers, rosters…) run on the whole
        post."""
        key = ("person paragraph", self.supported_language)
        words: list[Word] = []
        recased: list[tuple[int, int]] = []
        scored: list[Candidate] = []
        for segment in segments:
            memo = segment.memo.get(key)
            if memo is None:
                analysis = Analysis(segment.text, self.supported_language, segment.piece.doc,
                                    *dictionaries, nlp=nlp)
                memo = segment.memo[key] = (
                    tuple((w.start, w.end, w.text, w.folded, w.kind, w.also_place, w.in_run,
                           w.after_at, w.uncased, w.word_like) for w in analysis.words),
                    tuple(analysis.recased),
                    tuple(analysis.scored_candidates()))
            scanned, persons, candidates = memo
            recased.extend((start + segment.offset, end + segment.offset)
                           for start, end in persons)
            offset, first = segment.offset, len(words)
            words.extend(
                Word(first + i, start + offset, end + offset, word, folded, kind, also_place,
                     in_run, after_at, uncased, word_like)
                for i, (start, end, word, folded, kind, also_place, in_run, after_at, uncased,
                        word_like)
                in enumerate(scanned))
            for c in candidates:  # copies on the post's words: the whole-post steps change
                i = first + c.words[0].index  # a candidate's fate, not the paragraph's memo
                scored.append(replace(c, words=words[i : i + len(c.words)],
                                      reasons=list(c.reasons)))
        return words, recased, scored

    @staticmethod
    def _nlp(nlp_artifacts: NlpArtifacts | None, language: str) -> Language | None:
        engine = getattr(nlp_artifacts, "nlp_engine", None)
        try:
            return engine.get_nlp(language) if engine is not None else None
        except (AttributeError, KeyError):
            return None

    def _dictionary(self, nlp_artifacts: NlpArtifacts | None, language: str) -> Dictionary:
        return dictionary_for(self._nlp(nlp_artifacts, language))



class Analysis(
    WordScanner, CandidateFinder, Evidence, Recasing, Scorer, HandlesAndHashtags, Signatures,
    Speakers, Rosters, Nicknames, Propagation
):
    """One text's PERSON analysis."""

    def __init__(
        self,
        text: str,
        language: str,
        doc: Doc | None,
        dictionary: Dictionary,
        other_dictionary: Dictionary,
        *,
        words: list[Word] | None = None,
        nlp: Language | None = None,
        recased: list[tuple[int, int]] | None = None,
        scored: list[Candidate] | None = None,
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
        #: per character: inside an organisation's or a product's entity; inside a place's
        self.in_org_ent = bytearray(len(text))
        self.in_place_ent = bytearray(len(text))
        if doc is not None:
            for number, ent in enumerate(doc.ents, start=1):
                start, end = ent.start_char, min(ent.end_char, len(text))
                if ent.label_ in PERSON_LABELS:
                    self.in_person_ent[start:end] = b"\x01" * max(end - start, 0)
                elif ent.label_ in OTHER_LABELS:
                    self.other_ent_id[start:end] = [number] * max(end - start, 0)
                    if ent.label_ in ORG_LABELS:
                        self.in_org_ent[start:end] = b"\x01" * max(end - start, 0)
                    elif ent.label_ in PLACE_LABELS:
                        self.in_place_ent[start:end] = b"\x01" * max(end - start, 0)
        self.line_breaks = [m.start() for m in regex.finditer("\n", text)]
        self.title_case_lines, self.caps_lines = self._cased_lines()
        self.in_caps_run = self._caps_runs()
        #: persons of the re-cased reading (words typed in lower case or in capitals)
        self.recased = self._recased_persons(nlp) if recased is None else recased
        self.in_recased_person = bytearray(len(text))
        for start, end in self.recased:
            self.in_recased_person[start:end] = b"\x01" * (end - start)
        self.words = list(self._scan_words()) if words is None else words
        #: the candidates, scored (given when they were scored paragraph by paragraph)
        self.scored = scored
        self.results: list[tuple[int, int, float, str]] = []
        #: folded name parts of confident results, for _propagate
        self.known: set[str] = set()
        #: per character: inside a vetoed candidate (a firm, a public figure, a place)
        self.vetoed_chars = bytearray(len(text))
        #: per character: inside a listed public figure, firm or brand, or an institution
        self.firm_chars = bytearray(len(text))

    # --- pipeline -----------------------------------------------------------------------------
    def scored_candidates(self) -> list[Candidate]:
        """The text's candidate names, each scored on its own (before they share their fate)."""
        candidates = [c for run in self._runs() for c in self._segment(run)]
        for candidate in candidates:
            self._score(candidate)
        return candidates

    def run(self) -> list[tuple[int, int, float, str]]:
        candidates = self.scored if self.scored is not None else self.scored_candidates()
        self._coordinate(candidates)
        self._same_animal_again(candidates)
        for candidate in candidates:
            if candidate.vetoed:  # "Gravel Beaulieu s.e.n.c.r.l.": not lifted by propagation
                start, end = candidate.start, candidate.end(self.text)
                self.vetoed_chars[start:end] = b"\x01" * (end - start)
                if candidate.listed or candidate.institution:
                    self.firm_chars[start:end] = b"\x01" * (end - start)
        for candidate in candidates:
            if candidate.score > 0:
                self._add(
                    candidate.start,
                    candidate.end(self.text),
                    candidate.score,
                    ", ".join(candidate.reasons),
                    [w.folded for w in candidate.names if w.kind not in (INIT, PLACE)],
                )
        for word, anchor in self._coordinate_uncased(candidates):
            self._add(word.start, word.end, COORDINATED_SCORE,
                      f"in a list with {self.text[anchor.start : anchor.end(self.text)]}", [])
        self._handles()
        self._hashtags()
        self._signatures()
        self._speakers()
        self._cast_roles()
        self._rosters()
        self._nicknames()
        self._propagate()
        return self.results

