"""DATE_OF_BIRTH: a date stated as someone's birth date ("née le 3 mars 2016", "DOB 1978-03-14").

Every date is found (French and English spellings, ISO and numeric forms); only a date introduced
by a birth word counts. The birth words are checked here as phrases in the 60 characters before
the date ("date de naissance", "born on", "né(e) à Gaspé le"), which Presidio's lemma context
cannot do; a date without them keeps a low score that Presidio's context (a birth lemma among the
five words before) can still lift over the threshold. A range ("children born on or after June
30, 2025") is an eligibility rule, not someone's birth date: dropped.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

FULL_DATE_SCORE = 0.85
PARTIAL_DATE_SCORE = 0.6
NO_BIRTH_WORD_SCORE = 0.1
CUE_WINDOW = 60

_FR_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|d[ée]c\.?)"
)
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_START = r"(?<![\w/.-])"
_END = r"(?![\w/-]|[.,]\d)"

# A birth word, then at most 30 characters of the same sentence, then the date.
_BIRTH_CUE = regex.compile(
    r"(?:\b(?:né|née|nés|nées|né\(e\)|nee|nees|naissance|ddn|born|dob|birth|birthday|birthdate)\b"
    # typed without its accent: "nee le", "est ne le" (not "je ne le")
    r"|(?<=\b(?:est|suis|es|était|etait|étais|etais)[ \u00a0]+)ne(?=[ \u00a0]+(?:le|en|à|a)\b)"
    r"|\b(?:d\.d\.n|d\.o\.b)\.?)(?P<between>[^.!?\n]{0,30})$",
    regex.IGNORECASE,
)
# "born on or after June 30, 2025", "nés avant le 1er octobre": an eligibility rule, not a person.
_RANGE = regex.compile(
    r"\b(?:or after|or before|after|before|between|since|from|après|avant|entre|depuis|à partir)\b",
    regex.IGNORECASE,
)


#: Patterns whose year is optional: without it, a birthday rather than a full birth date.
_OPTIONAL_YEAR = frozenset({"fr_day_month", "en_month_day", "en_day_month"})


class DateOfBirthRecognizer(CheckedPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "fr_day_month",
            rf"{_START}(?:1er|{_DAY})[ \u00a0]{_FR_MONTH}(?:[ \u00a0]{_YEAR})?{_END}",
            FULL_DATE_SCORE,
        ),
        Pattern(
            "en_month_day",
            rf"{_START}{_EN_MONTH}[ \u00a0]{_DAY}(?:st|nd|rd|th)?(?:,?[ \u00a0]{_YEAR})?{_END}",
            FULL_DATE_SCORE,
        ),
        Pattern(
            "en_day_month",
            rf"{_START}{_DAY}(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?{_EN_MONTH}"
            rf"(?:,?[ \u00a0]{_YEAR})?{_END}",
            FULL_DATE_SCORE,
        ),
        Pattern(
            "month_year",
            rf"{_START}(?:{_FR_MONTH}|{_EN_MONTH})[ \u00a0]{_YEAR}{_END}",
            PARTIAL_DATE_SCORE,
        ),
        Pattern("iso", rf"{_START}{_YEAR}([-/.])(?:0?[1-9]|1[0-2])\1{_DAY}{_END}", FULL_DATE_SCORE),
        Pattern(
            "numeric",
            rf"{_START}(?P<a>{_DAY})([-/.])(?P<b>{_DAY})\2(?:{_YEAR}|\d{{2}}){_END}",
            FULL_DATE_SCORE,
        ),
    )
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("naissance", "naître", "ddn", "anniversaire"),
        "en": ("birth", "bear", "dob", "birthday", "birthdate"),
    }
    FLAGS = regex.IGNORECASE | regex.UNICODE

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        if pattern.name == "numeric" and min(int(match["a"]), int(match["b"])) > 12:
            return None  # neither day/month nor month/day
        window = text[max(0, match.start() - CUE_WINDOW) : match.start()]
        cue = _BIRTH_CUE.search(window)
        if not cue:
            return NO_BIRTH_WORD_SCORE
        if _RANGE.search(cue["between"]):
            return None  # dropped: the birth word must not lift it through Presidio's context
        if pattern.name in _OPTIONAL_YEAR and not match.group()[-4:].isdigit():
            return PARTIAL_DATE_SCORE
        return pattern.score
