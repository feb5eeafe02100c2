"""PERSON: private persons' names, full or partial, in French and English posts.

spaCy's NER alone is not good enough here: fr_core_news_md tags capitalised sentence starts and
towns as persons ("Souper", "Laval") and gives MISC to first names ("la petite Emma"); the small
English model misses common Quebec names. So names are found from the shape of the text and from
word lists, and spaCy's entities are only one piece of evidence:

1. Candidates (`candidates`): runs of capitalised words joined by single spaces ("M. Léo
   Cormier", "Pierre-Luc", "É. B."), @mentions, and hashtags split at their capitals
   ("#FièreDeNadia" → "Nadia").
2. Each word is classified (`words`, lists in `lexicon` and `cues`): honorific, initial, given
   name (see lexicon; some are also ordinary words: "Rose", "Hope"; typed without accents when
   that is no word: "Helene", not "Real"), place, stop word, ordinary word (from the spaCy
   model's lemmatizer tables), or unknown (likely a surname; a common Quebec surname alone,
   "Diallo aussi", is one when spaCy calls it a person or its capital is in mid-sentence).
3. Evidence for a person (`evidence`): an honorific; a role word before ("ma cliente", "la
   petite", "my client") or after ("Patrick Nadeau, l'arbitre", "Inaya, our new intern"); an age
   after ("Mélanie, 32 ans"); a vocative ("Rob, …", "…, Kevin:"); a greeting before and the end
   of the clause after ("Happy birthday Anouk!!"); a verb said only of people after ("Tenzin
   scored", « Wissal a dit ») or taking a person before ("I told Odalys", « demandé à Odalys »);
   a relative ("Keshia's dad", « le père de Keshia », "Makwa and her brother"); a capital in
   mid-sentence; a spaCy PER/PERSON entity (the models call many unlisted names places, so only
   an organisation's entity counts against a verb cue).
4. Scoring (`scoring`, with the table in `scores`). Vetoes: a public role before ("le juge",
   "Premier"); a listed public figure or business; an institution or street word before or after
   ("parc Marie-Victorin", "Tremblay Avocats"); a business named "Chez" or "à" its owner
   ("Pizzeria Chez Tony", "La Cantine à Lulu"); a name after « du » or after a capitalised
   article in mid-sentence, which names a thing (« départ du Tim », « et La Louise, une ale »);
   a capitalised ordinary word just before in mid-sentence ("Coupe Stanley"); a variety or a
   title in single quotes ("the rose 'John Cabot'"); a place; a single hyphenated given-name +
   surname compound, which in Quebec names a place ("Marie-Victorin"). A full name listed with a
   listed public figure is one too, unless a cue makes it private ("my cousin Kevin Roy").
5. Propagation (`propagation`): a name accepted with good confidence makes its parts names
   elsewhere in the post ("Hope Nakamura … Hope", "#GoHope").

@mentions and hashtags are read apart (`handles`), and so are initials and first names signing a
message ("merci pour tout -JF", `signatures`), the speakers of a chat pasted into a post
("kev: who's driving / jess: not me", `speakers`) and surnames alone in a roster pasted from a
sheet ("9h FORTIN + MAILHOT", `rosters`). The word lists are data files in
`companion/recognizers/data/`.

Names typed in lower case or in an all-capitals line are read from the lists alone, since their
case says nothing (`words`, "marie tremblay", "ALERTE : KEVIN ROY…"): a given name and an unlisted
word that is no word of either language, or a given name that is no word; a given name that is
also a word ("marie", "rose") needs a cue. In a lower-case list with such a name, an unlisted
word that is no word of either language is a name too ("merci à julie, dagny et karim").

Words typed without a telling case that are in no list (a lower-case "tamsin pryce", an
unlisted surname in capitals) are read a second time by spaCy's NER on a re-cased copy of their
sentence (`recasing`): a person found there is evidence for them, as an entity is for a
capitalised word. Honorifics count in lower case too ("me girard", "ms. dufresne").

Spans include the honorific and leave out role words, "#" and a possessive "'s"; a handle's span
includes its "@".
"""


from companion.recognizers.person.recognizer import PersonRecognizer

__all__ = ["PersonRecognizer"]
