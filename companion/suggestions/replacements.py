"""Readable replacements: a name becomes initials, other personal data a bracketed placeholder.

"Me Sophie Bélanger" → "Me S. B.", "Jean-François Côté" → "J.-F. C.", "@MarieTremblay" → "M. T.",
'Patrick "Pat" Nolan' → "P. N.".
The honorific stays: it carries no identity and keeps the sentence grammatical.
"""

from __future__ import annotations

import re

from companion.findings.model import Localized, Suggestion

HONORIFICS = ("Me", "Maître", "M.", "Mme", "Mlle", "Dr", "Dre", "Dr.", "Mr.", "Mr", "Mrs.", "Mrs",
              "Ms.", "Ms", "Miss")
_HONORIFIC = re.compile(r"^(?:{})\s+".format("|".join(re.escape(h) for h in HONORIFICS)))
_CAMEL_PARTS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
#: A nickname quoted inside a name (Patrick "Pat" Nolan): its initials would only point to it.
_QUOTED_NICKNAME = re.compile(r"\s[«\"“‘'][^«»\"“”‘’\n]{1,30}[»\"”’']\s")


def initials(name: str) -> str:
    """ "Marie Tremblay" → "M. T."; keeps a leading honorific and joins hyphenated parts."""
    name = name.strip().lstrip("@#")
    honorific = ""
    match = _HONORIFIC.match(name)
    if match:
        honorific, name = match.group(0), name[match.end():]
    words = _WORD.findall(_QUOTED_NICKNAME.sub(" ", name))
    if len(words) == 1 and "-" not in words[0]:
        words = _CAMEL_PARTS.findall(words[0]) or words  # @MarieTremblay → Marie, Tremblay
    parts = []
    for word in words:
        parts.append("-".join(piece[0].upper() + "." for piece in word.split("-") if piece))
    return (honorific + " ".join(parts)) if parts else name


def person_suggestion(name: str) -> Suggestion:
    replacement = initials(name)
    return Suggestion(
        replacement=replacement,
        label={"fr": f"Remplacer par les initiales « {replacement} »",
               "en": f"Replace with the initials “{replacement}”"},
    )


def placeholder_suggestion(placeholder: Localized, post_language: str) -> Suggestion:
    """The placeholder is written in the post's language, so the post stays in one language."""
    replacement = placeholder.get(post_language) or placeholder["en"]
    return Suggestion(
        replacement=replacement,
        label={"fr": f"Remplacer par « {replacement} »", "en": f"Replace with “{replacement}”"},
    )
