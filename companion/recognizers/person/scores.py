"""The scoring table: how likely each kind of evidence makes a candidate a person.

A result is kept when its score reaches the pipeline's threshold (0.4).
"""

from __future__ import annotations

from companion.findings.model import MIN_SCORE

HONORIFIC_SCORE = 0.9
FULL_NAME_SCORE = 0.85  # a given name and a surname
AMBIGUOUS_FULL_NAME_SCORE = 0.8  # "Rose Paquette"
GIVEN_NAME_SCORE = 0.8  # a lone given name with some support
SENTENCE_START_GIVEN_NAME_SCORE = 0.7  # "Mélanie est arrivée hier"
AMBIGUOUS_NAME_SCORE = 0.7  # "Hope" with a cue or a vocative
MID_SENTENCE_AMBIGUOUS_SCORE = 0.6  # "Texto à Martin"
#: Typed in lower case or in capitals ("marie tremblay", "KEVIN ROY", "huguette").
UNCASED_FULL_NAME_SCORE = 0.75
UNCASED_GIVEN_NAME_SCORE = 0.6
INITIALS_SCORE = 0.75  # "la petite É. B."
INITIAL_AND_SURNAME_SCORE = 0.6  # "K. Mukherjee": no cue, but the shape of a name
SIGN_OFF_SCORE = 0.7  # "merci pour tout -JF"
NICKNAME_SCORE = 0.6  # « tante Gisèle dite "la Grande" », "(goes by JJ)"
#: A nickname quoted between a given name and a surname: Patrick "Pat" Nolan, Jordan « La
#: Mèche » Pelletier (a person's in all 55 cases of the labelled development sets).
NICKNAMED_NAME_SCORE = 0.85
SPEAKER_SCORE = 0.7  # "kev: who's driving / jess: not me"
ROSTER_SCORE = 0.6  # "9h RICHARD + FORTIN": a surname alone in a pasted roster
UNKNOWN_FULL_NAME_SCORE = 0.75  # two unlisted capitalised words, with spaCy or a cue
UNKNOWN_WITH_CUE_SCORE = 0.6
SURNAME_WITH_CUE_SCORE = 0.7  # "le dossier Wilson", "ma cliente Tremblay"
#: A single unlisted word only spaCy calls a person: below the threshold, as the French model
#: calls many capitalised sentence starts persons ("Guignolée du Dr Julien").
LONE_NER_SCORE = 0.3
PROPAGATED_SCORE = 0.7
COORDINATED_SCORE = 0.6  # "Keisha and Marisol"
#: A name typed in lower case that is kept (the pipeline's threshold) makes the unlisted
#: non-words listed with it names ("merci à julie, dagny et karim").
LIST_ANCHOR_MIN_SCORE = MIN_SCORE
HANDLE_SCORE = 0.8  # "@marie.tremblay"
LONE_HANDLE_SCORE = 0.65  # "@julie"
RUN_IN_HANDLE_SCORE = 0.7  # "@julietremblay87"
SHAPED_HANDLE_SCORE = 0.65  # "@yufei.li": first.last, the first unlisted
MENTION_SCORE = 0.5  # "@kev_b": a mention made of no word, no place, no institution
HASHTAG_SCORE = 0.75
NER_BONUS = 0.05
OTHER_ENTITY_PENALTY = 0.1
PROPAGATION_MIN_SCORE = 0.7
