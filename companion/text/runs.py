"""Cuts very long runs of non-space characters into pieces spaCy can tokenize in linear time.

spaCy's tokenizer peels prefixes and suffixes off a token one at a time, searching the whole
remaining token each time: on a run without spaces (10,000 emoji, a pasted blob) that is
quadratic, a minute for 10,000 characters. No word the recognizers look for is that long, so
the pipeline hands spaCy such runs in pieces of at most MAX_RUN characters (the pieces
concatenate to the text: offsets do not move). Pattern recognizers still see the whole text.
"""

from __future__ import annotations

import re
from itertools import pairwise

#: Longest run of non-space characters spaCy gets in one piece.
MAX_RUN = 100
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")


def cut_long_runs(text: str) -> list[str]:
    """Pieces that concatenate to `text`, cut only inside runs longer than MAX_RUN."""
    cuts = [cut for run in _LONG_RUN.finditer(text)
            for cut in range(run.start() + MAX_RUN, run.end(), MAX_RUN)]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[start:end] for start, end in pairwise(bounds)]
