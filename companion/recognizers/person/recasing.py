"""Names typed in lower case or in capitals, read by spaCy's NER on a re-cased copy.

The models learnt names from edited text: "hey tremaine walcott just confirmed" or "CALL
AOIFE OR TOMÁS" give them nothing to go on. So, where a paragraph has words typed without a
telling case, a copy of it is re-cased the way an editor would have written it (a word that is
no word of either language, or a listed given name, takes a capital; in capitals, every other
word goes to lower case) and the model's NER reads the copy once. A person it finds there over
such a word is evidence for it, as a PERSON entity is for a capitalised word. The model reads
only the sentences around such words, at most WINDOW characters on either side, and once per
paragraph (the pipeline keeps each paragraph's words).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from companion.recognizers.lexicon import (
    fold,
    is_given_name,
    is_place_however_accented,
    is_unaccented_given_name,
)
from companion.recognizers.person.cues import (
    CALENDAR_WORDS,
    CUE_WORDS,
    INTERJECTIONS,
    PERSON_LABELS,
)
from companion.recognizers.person.words import (
    MIN_UNCASED_NAME_LETTERS,
    POSSESSIVE,
    VOWEL,
    WORD,
    base_form,
)

#: French pronouns after a hyphen end a verb, not a name ("écrivez-moi", "vont-ils").
CLITICS = frozenset("moi toi lui elle elles ils nous vous leur on y en le la les".split())
#: Characters of context read around each re-cased word, within its sentence.
WINDOW = 80


@cache
def skipped_on_the_copy(nlp: Language) -> tuple[str, ...]:
    """The components the re-cased copy skips: all but the NER and a shared tok2vec it listens
    to (in both pinned models the NER has a tok2vec of its own, so the copy skips the shared
    one, which only the tagger reads). Worked out once per loaded model."""
    read = {"ner"} | {name for name, component in nlp.pipeline
                      if "ner" in getattr(component, "listener_map", {})}
    return tuple(name for name in nlp.pipe_names if name not in read)


class Recasing:
    """The re-cased reading of `self.text` (part of Analysis)."""

    def _recased_persons(self, nlp: Language | None) -> list[tuple[int, int]]:
        """Spans of the words typed without a telling case that the NER calls a person once the
        text is re-cased."""
        if nlp is None:
            return []
        chars = list(self.text)
        name_like: list[tuple[int, int]] = []
        for m in WORD.finditer(self.text):
            word = m.group()
            if m.start() and self.text[m.start() - 1] in "@#":
                continue
            if any(start <= m.start() < end for start, end in self.address_spans):
                continue  # "marie.tremblay@gmail.com"
            if POSSESSIVE.search(word) and len(word) > 3:
                word = word[:-2]  # "brennan's"
            capitals = word.isupper() and len(word) > 1 and self._in_capitals_at(m.start())
            if not (word.islower() or capitals):
                continue
            folded = fold(word)
            end = m.start() + len(word)
            if self._name_like(folded, m.start(), end):
                recased = "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
                name_like.append((m.start(), end))
            elif is_place_however_accented(folded):
                recased = word[:1].upper() + word[1:].lower()
            elif capitals:
                recased = word.lower()
                if self._sentence_starts(m.start()):
                    recased = recased[:1].upper() + recased[1:]
            elif self._sentence_starts(m.start()):
                recased = word[:1].upper() + word[1:]  # "lol bridget" → "Lol bridget"
            else:
                continue
            if len(recased) == len(word):
                chars[m.start() : end] = recased
        if not name_like:
            return []
        recased_text = "".join(chars)
        windows = self._windows(name_like)
        spans = []
        copies = nlp.pipe((recased_text[a:b] for a, b in windows),
                          disable=skipped_on_the_copy(nlp))
        for (w_start, _end), doc in zip(windows, copies, strict=True):
            for ent in doc.ents:
                start, end = ent.start_char + w_start, ent.end_char + w_start
                if ent.label_ in PERSON_LABELS and any(
                        start <= s and e <= end for s, e in name_like):
                    spans.append((start, end))
        return spans

    def _windows(self, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The stretches the NER reads: each word with up to WINDOW characters of its sentence
        on either side, overlapping stretches merged (the rest of the paragraph is not read
        again)."""
        windows: list[tuple[int, int]] = []
        for start, end in words:
            before = self.text[max(0, start - WINDOW) : start]
            cut = max(before.rfind(c) for c in ".!?\n")
            left = start - len(before) + cut + 1 if cut >= 0 else start - len(before)
            after = self.text[end : end + WINDOW]
            cuts = [i for i in (after.find(c) for c in ".!?\n") if i >= 0]
            right = end + (min(cuts) + 1 if cuts else len(after))
            if windows and left <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(right, windows[-1][1]))
            else:
                windows.append((left, right))
        return windows

    def _sentence_starts(self, offset: int) -> bool:
        """Whether only spaces stand between `offset` and the end of the previous sentence
        (walks back over the spaces only: this is asked of every word)."""
        i = offset
        while i > 0 and self.text[i - 1] in " \t\u00a0":
            i -= 1
        return i == 0 or self.text[i - 1] in ".!?\n"

    def _name_like(self, folded: str, start: int, end: int) -> bool:
        """A listed given name, or a word of three letters or more that is no word of either
        language, no chat word, no place and no acronym."""
        if folded in INTERJECTIONS or base_form(folded) in CUE_WORDS:
            return False  # "ben content", "aréna Gilles-Chabot"
        if self.dictionary.is_stop(folded) or folded in CALENDAR_WORDS:
            return False  # listed given names, but in lower case "will", "mai", "noël"
        if is_given_name(folded) or is_unaccented_given_name(folded):
            return True
        parts = folded.split("-")
        return (
            len(folded) >= MIN_UNCASED_NAME_LETTERS
            and all(part.isalpha() for part in parts)
            and parts[-1] not in CLITICS  # « écrivez-moi », « vont-ils »
            and not self._frequent_word(folded)
            and bool(VOWEL.search(folded))
            and folded not in INTERJECTIONS and folded not in CALENDAR_WORDS
            and not self._known_word(folded, self.dictionary, self.other_dictionary)
            and not self._known_lemma_at(folded, start, end)
            and not self._inflected_english(folded)
            and not is_place_however_accented(folded)
        )

    def _frequent_word(self, folded: str) -> bool:
        """A word the model has a vector for: a frequent word of the web, often one typed
        without its accents ("numero", "lecole"), which the lemmatizer's tables lack. (Only the
        French model has vectors; they include frequent surnames, which the given name before
        them still finds: "marie tremblay".)"""
        vocab = self.dictionary.vocab
        return vocab is not None and vocab.vectors.shape[0] > 0 and vocab[folded].has_vector

    def _known_lemma_at(self, folded: str, start: int, end: int) -> bool:
        """In English, spaCy's lemma of the word is an ordinary word ("keeps" → "keep")."""
        if self.language != "en" or self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return (span is not None and len(span) > 0
                and self.dictionary.is_word(folded, span[0].lemma_))
