"""STREET_ADDRESS: civic addresses, number + street ("1234, rue Principale", "45 Elm Street").

French: civic number (optionally "3-1234" for apartment 3, or "1234A"), an optional comma, a street
type (rue, boulevard, chemin, rang…), an optional particle (de la, du, des, d'), then a capitalised
name ("Mgr-Ross", "Sir-Wilfrid-Laurier", "de la Côte-Sainte-Catherine"), a direction (Est, Ouest)
and a unit ("app. 3", "bureau 200"); after a type, a one-word name may be typed in lower case
("88 rue de la reine"). English: number, capitalised name words, then a street type
(Street, St., Ave., Road…), direction and unit; a French street named the English way keeps its
particle ("1200 des Forges Boulevard", "350 de la Montagne Street"). The city and postal code
are not part of the span. A well-known street named with no type but a direction
("3500 Ontario Est", "17 Riverside West") is one, more weakly. A street named without a civic
number ("Route 112") is not an address.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from companion.recognizers.base import CheckedPatternRecognizer

FRENCH_SCORE = 0.75
#: "1234, rue …": the comma is how civic addresses are written in Quebec French.
FRENCH_COMMA_BONUS = 0.1
ENGLISH_SCORE = 0.75
#: No street type, only a direction after the name: weaker evidence.
DIRECTION_ONLY_SCORE = 0.6

_CIVIC = r"(?<![\w,.-])(?:\d{1,4}-)?\d{1,6}[A-Za-z]?(?![\w])"
_SPACE = r"[ \u00a0]"
# A capitalised word of a street name; a dot only inside it ("St.-Pierre"), never at its end.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ0-9](?:[\w'’]|\.(?=[\w-])){0,30}"
# Between name words: a space, or a hyphen possibly around lowercase particles ("Jean-de-Brébeuf").
_NAME_SEP = r"(?:[ \u00a0]|-(?:(?:de|du|des|la|le|les|aux?|sur|en)-){0,2})"
# After its first word, a street's name goes on with no number and no "ou", "and"… (in capitals:
# "180, MONTÉE WAKEHAM OU 418 555 0171").
_NAME_GOES_ON = r"(?!\d|(?i:ou|et|or|and|au|à|at|to|pis)(?!\w))"
_NAME = rf"{_NAME_WORD}(?:{_NAME_SEP}{_NAME_GOES_ON}{_NAME_WORD}){{0,5}}"
_PARTICLE = r"(?:(?:de[ \u00a0]la|de|du|des)[ \u00a0]|de[ \u00a0]l['’]|d['’]|l['’])?"
_FR_TYPE = (
    r"(?i:rue|boulevard|boul\.?|bd|avenue|av\.|chemin|ch\.|route|rang|montée|côte|place|"
    r"promenade|croissant|impasse|allée|terrasse|carré|ruelle|autoroute|square|passage|quai|"
    r"esplanade|rte)(?!\w)"
)
_FR_ORDINAL_STREET = r"\d{1,3}(?:e|re|er)[ \u00a0](?i:avenue|rue|rang)(?!\w)"
# After a French street type, a one-word name typed in lower case ("88 rue de la reine", "12 rue
# principale"), but not the words of "5 rue plus loin".
_LOWER_NAME = (r"(?!(?:plus|loin|avant|après|pour|dans|avec|sans|qui|que|dont|pis)(?![\w'’-]))"
               r"\p{Ll}[\p{Ll}'’-]{2,30}(?![\w'’-])")
# A well-known street named with no type, only its direction ("3500 Ontario Est", "17 Riverside
# West"): the direction is what says it is a street.
_DIRECTION_ONLY = r"[ \u00a0](?:Est|Ouest|East|West)(?!\w)"
_FR_DIRECTION = r"(?:[ \u00a0](?:Est|Ouest|Nord|Sud|E\.|O\.|N\.|S\.)(?!\w))?"
_FR_UNIT = (
    r"(?:,?[ \u00a0](?i:app\.?|appartement|apt\.?|bureau|local|suite|unité|porte|#)[ \u00a0]?"
    r"\d{1,5}[A-Za-z]?(?!\w))?"
)
_EN_TYPE = (
    r"(?i:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|drive|dr\.?|lane|ln\.?|"
    r"court|ct\.?|crescent|cres\.?|place|pl\.?|way|terrace|circle|highway|hwy\.?|parkway)(?!\w)"
)
_EN_DIRECTION = r"(?:[ \u00a0](?:East|West|North|South|E\.?|W\.?|N\.?|S\.?)(?!\w))?"
_EN_UNIT = (
    r"(?:,?[ \u00a0](?i:apt\.?|apartment|suite|unit|#)[ \u00a0]?\d{1,5}[A-Za-z]?(?!\w))?"
)


#: A number with a letter after it, as ranks are written ("3e", "1re", "2nd").
_ORDINAL = regex.compile(r"(?<!\d)\d+\p{L}")
#: Words that never stand inside an English street's name, before its type.
_NOT_A_STREET_NAME = regex.compile(
    r"[ \u00a0](?i:the|years?|months?|weeks?|days?|times?|my|our|your|his|her|their)[ \u00a0]")


class StreetAddressRecognizer(CheckedPatternRecognizer):
    ENTITY = "STREET_ADDRESS"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "french",
            rf"{_CIVIC}(?P<comma>,)?{_SPACE}(?:{_FR_TYPE}{_SPACE}{_PARTICLE}(?:{_NAME}|(?P<lower>{_LOWER_NAME}))"
            rf"|{_FR_ORDINAL_STREET})"
            rf"{_FR_DIRECTION}{_FR_UNIT}",
            FRENCH_SCORE,
        ),
        Pattern(
            "english",
            rf"{_CIVIC}{_SPACE}{_PARTICLE}(?:{_NAME_WORD}(?:-{_NAME_WORD}){{0,3}}{_SPACE}){{1,4}}?"
            rf"{_EN_TYPE}"
            rf"{_EN_DIRECTION}{_EN_UNIT}",
            ENGLISH_SCORE,
        ),
        Pattern(
            "direction only",
            rf"{_CIVIC}(?P<comma>,)?{_SPACE}{_NAME_WORD}(?:[ \u00a0-]{_NAME_WORD}){{0,2}}"
            rf"{_DIRECTION_ONLY}{_FR_UNIT}",
            DIRECTION_ONLY_SCORE,
        ),
    )
    # "domicil": how the French model lemmatizes "domicile".
    CONTEXT: ClassVar[dict[str, tuple[str, ...]]] = {
        "fr": ("adresse", "habiter", "demeurer", "domicil", "situer", "résider", "local"),
        "en": ("address", "live", "locate", "reside", "home"),
    }
    FLAGS = regex.UNICODE

    def check(self, match: regex.Match, pattern: Pattern, text: str) -> float | None:
        if pattern.name == "english" and _NOT_A_STREET_NAME.search(match.group()):
            return None  # "AFTER 4 YEARS THE COURT RULED"
        if match.groupdict().get("lower") and _ORDINAL.match(match.group()):
            return None  # "3e place cadet", "2e rang régional": a rank, not a civic number
        if match.groupdict().get("comma"):
            return pattern.score + FRENCH_COMMA_BONUS
        return pattern.score
