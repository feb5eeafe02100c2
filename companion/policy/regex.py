"""The regular expressions of policy terms (`/…/`), compiled for the engine their pack may use.

The built-in packs' expressions run on Python's `re`: they use look-arounds, and they ship with
the product, reviewed and measured. An organization's own packs are not: with `re`, one
expression such as /(a+)+$/ takes seconds on a 37-character post and holds the interpreter
meanwhile (every other request waits). Their expressions run on RE2 (google-re2), whose matching
time grows linearly with the text whatever the expression. RE2 has no look-around and no
back-reference: such an expression is refused when the pack loads, and the message says why.

RE2's shorthand classes know only ASCII, where `re`'s know Unicode: `\\w`, `\\d`, `\\s` (and
their negations) are rewritten to the Unicode classes `re` means, so « élève » stays a word and a
no-break space a space. A word boundary `\\b` cannot be written in RE2 for Unicode words: it
keeps RE2's meaning (between an ASCII letter or digit and anything else), right around digits and
unaccented words, and is refused beside an accented letter (`/\\bélève\\b/`), with the way
around (a phrase term, whose words are matched whole).
"""

from __future__ import annotations

import re

import re2

#: Unicode classes of `re`'s shorthands, as RE2 class members (Python's \s is str.isspace()).
_WORD = r"\pL\pN_"
_DIGIT = r"\p{Nd}"
_SPACE = r"\t-\r\x{1c}-\x{1f}\x{85}\p{Z}"
_MEMBERS = {"w": _WORD, "d": _DIGIT, "s": _SPACE}
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # RE2 would print every refused expression on stderr


class RegexError(ValueError):
    """An expression cannot be compiled; the message says why and how to fix it."""


def compile_builtin(source: str) -> re.Pattern[str]:
    """A built-in pack's expression (between the slashes), case-insensitive, on `re`."""
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise RegexError(f"regular expression /{source}/ is invalid ({exc}); fix it or escape "
                         "special characters with a backslash") from exc


def compile_linear(source: str):
    """An organization pack's expression, case-insensitive, on RE2 (linear time)."""
    try:
        return re2.compile("(?i)" + _unicode_classes(source), _OPTIONS)
    except re2.error as exc:
        detail = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(
            exc.args[0], bytes) else str(exc)
        raise RegexError(
            f"regular expression /{source}/ cannot be used ({detail}): an organization pack's "
            "expressions run on a linear-time engine (RE2), which has no look-around "
            "((?=, (?!, (?<=, (?<!) and no back-reference (\\1); rewrite it without them, or use "
            "a phrase term") from exc


def _unicode_classes(source: str) -> str:
    """`source` with \\w \\d \\s \\W \\D \\S meaning what they mean in `re`; \\b \\B refused."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        char = source[i]
        if source.startswith(("\\b", "\\B"), i) and not in_class:
            _check_boundary(source, i)
        if char == "\\" and i + 1 < len(source):
            out.append(_translated_escape(source, source[i:i + 2], in_class))
            i += 2
        elif char == "[" and not in_class:
            in_class = True
            j = i + 1 + source.startswith("^", i + 1)
            j += source.startswith("]", j)  # a "]" first in a class is a member
            out.append(source[i:j])
            i = j
        else:
            in_class = in_class and char != "]"
            out.append(char)
            i += 1
    return "".join(out)


def _check_boundary(source: str, i: int) -> None:
    """RE2's \\b sees an accented letter as a non-word character: refuse it beside one."""
    beside = source[i - 1:i] + source[i + 2:i + 3]
    if any(not c.isascii() and c.isalnum() for c in beside):
        raise RegexError(
            f"regular expression /{source}/ puts {source[i:i + 2]} (word boundary) beside an "
            "accented letter, which an organization pack's engine (RE2) does not count as part "
            "of a word; write the words as a phrase term instead (its words are matched whole, "
            "accents and case ignored)")


def _translated_escape(source: str, escape: str, in_class: bool) -> str:
    letter = escape[1]
    if letter in "bB" and not in_class:
        return escape
    members = _MEMBERS.get(letter.lower())
    if members is None:
        return escape
    negated = letter.isupper()
    if not in_class:
        return f"[{'^' if negated else ''}{members}]"
    if negated:
        raise RegexError(f"regular expression /{source}/ has {escape} inside […]; write the "
                         "class the other way round, [^…] with the characters wanted")
    return members
