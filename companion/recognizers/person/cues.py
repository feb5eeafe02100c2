"""Cue words: what a word next to a capitalised word tells about it, read from
`data/person_cues.yaml` (role words, public roles, institutions, calendar words…)."""

from __future__ import annotations

import yaml

from companion.recognizers.lexicon import DATA_DIR, fold

_LISTS: dict[str, str] = yaml.safe_load(
    (DATA_DIR / "person_cues.yaml").read_text(encoding="utf-8"))


def _words(key: str) -> frozenset[str]:
    return frozenset(fold(word) for word in _LISTS[key].split())


#: folded honorific → whether it must be followed by a period ("M." but "Me", "Mme", "Dr").
HONORIFICS: dict[str, bool] = {
    **dict.fromkeys(_words("honorifics"), False),
    **dict.fromkeys(_words("honorifics_with_period"), True),
}
ROLE_WORDS = _words("role_words")
CAPITALISED_ROLE_WORDS = _words("capitalised_role_words")
ROLE_WORDS_RIGHT_AFTER = _words("role_words_right_after")
NICKNAME_WORDS = _words("nickname_words")
ALIAS_WORDS = _words("alias_words")
WEAK_CUE_WORDS = _words("weak_cue_words")
PUBLIC_ROLE_WORDS = _words("public_role_words")
PET_WORDS = _words("pet_words")
ROLE_PLAYING_WORDS = _words("role_playing_words")
PET_EMOJI = _words("pet_emoji")
APPOSITION_MODIFIERS = _words("apposition_modifiers")
PET_COMPOUND_HEADS = _words("pet_compound_heads")
SIGN_OFF_ABBREVIATIONS = _words("sign_off_abbreviations")
WORK_WORDS = _words("work_words")
NEWS_WORDS = _words("news_words")
STREET_TYPE_ABBREVIATIONS = _words("street_type_abbreviations")
STREET_TYPES = _words("street_types")
FRANCHISE_BRANDS = _words("franchise_brands")
WEEKDAY_LABELS = _words("weekday_labels")
JOB_TITLE_WORDS = _words("job_title_words")
PLACE_HEAD_WORDS = _words("place_head_words")
PLACE_TAIL_WORDS = _words("place_tail_words")
FIRM_WORDS = _words("firm_words")
FACILITY_WORDS = _words("facility_words")
LOCATIVE_WORDS = _words("locative_words")
CALENDAR_WORDS = _words("calendar_words")
CROSSING_WORDS = _words("crossing_words")
TOWN_WORDS = _words("town_words")
SPORT_CATEGORIES = _words("sport_categories")
SPORT_CATEGORY_AFTER = _words("sport_category_after")
HASHTAG_CUE_WORDS = _words("hashtag_cue_words")
ARTICLES = _words("articles")
INTERJECTIONS = _words("interjections")
NAME_PARTICLES = _words("name_particles")
DETERMINERS = _words("determiners")
HANDLE_CUE_WORDS = _words("handle_cue_words")
FILE_EXTENSIONS = _words("file_extensions")
WEB_DOMAIN_ENDINGS = _words("web_domain_endings")
PERSON_VERBS_EN = _words("person_verbs_en")
PERSON_VERBS_FR_PAST = _words("person_verbs_fr_past")
PERSON_VERBS_FR_PRESENT = _words("person_verbs_fr_present")
PERSON_OBJECT_VERBS = _words("person_object_verbs")
PERSON_POSSESSIVES = _words("person_possessives")
OWN_POSSESSIVES = _words("own_possessives")
GREETING_WORDS = _words("greeting_words")
KIN_WORDS = _words("kin_words")

#: Capitalised, these are still cues, never part of a name ("Coach Dave", "Premier Legault").
CUE_WORDS = (ROLE_WORDS | CAPITALISED_ROLE_WORDS | NICKNAME_WORDS | ALIAS_WORDS | WEAK_CUE_WORDS
             | PUBLIC_ROLE_WORDS | PLACE_HEAD_WORDS | PLACE_TAIL_WORDS | JOB_TITLE_WORDS)
#: Cue words that are surnames too, right after an honorific ("Mr. Park", « Mme Rivière »,
#: "Mrs. Church"); a role never is one ("Mme la Présidente", "Dr. Coach").
SURNAME_CUE_WORDS = (PLACE_HEAD_WORDS | PLACE_TAIL_WORDS) - (
    ROLE_WORDS | CAPITALISED_ROLE_WORDS | PUBLIC_ROLE_WORDS | JOB_TITLE_WORDS | NICKNAME_WORDS)
PERSON_LABELS = frozenset({"PER", "PERSON"})
#: Parts of speech that a name never gets ("Gros merci", "Appelez").
WORD_POS = frozenset("ADJ ADV VERB AUX DET ADP PRON CCONJ SCONJ INTJ NUM".split())
OTHER_LABELS = frozenset("ORG LOC GPE FAC NORP PRODUCT EVENT WORK_OF_ART LAW".split())
#: Entities that may say, score or write things like a person ("Deloitte said"); the models
#: call many unlisted first names places ("Tenzin" GPE, "Odalys" LOC), so places do not count.
ORG_LABELS = frozenset("ORG PRODUCT WORK_OF_ART NORP".split())
#: spaCy's labels for places.
PLACE_LABELS = frozenset("LOC GPE FAC".split())
