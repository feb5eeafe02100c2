"""Whole posts written in the evaluation corpus's style (data/posts.md): every labelled span is
found, exactly, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.pipeline import MIN_SCORE

POSTS = Path(__file__).parent / "data" / "posts.md"
_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def parse(path: Path) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(language, text, [(type, span)]) for each post of a marked-up file."""
    posts, language, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if language is None and line.startswith("#"):
            continue
        if line.startswith("lang: "):
            language, lines = line.removeprefix("lang: ").strip(), []
        elif line == "---":
            marked = "\n".join(lines)
            posts.append(
                (language, _MARK.sub(r"\2", marked), [m.groups() for m in _MARK.finditer(marked)])
            )
            language = None
        else:
            lines.append(line)
    return posts


@pytest.mark.parametrize(("language", "text", "expected"), parse(POSTS))
def test_post(analyze, language, text, expected):
    found = sorted(
        (r.start, r.entity_type, text[r.start : r.end])
        for r in analyze(text, language)
        if r.score >= MIN_SCORE
    )
    assert [(t, span) for _, t, span in found] == expected
