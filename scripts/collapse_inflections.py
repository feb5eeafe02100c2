"""Replaces hand-spelled inflection families in word lists by one term matched by lemma.

    "=pourri", "=pourris", "=pourrie", "=pourries"   →   "pourrir"
    "=fais =appel", "=faites =appel"                 →   "faire appel"

A developer's tool (not shipped). Terms of one list whose words have the same lemmas (spaCy's,
the lemmatizer the rules match with) form a family. A family is replaced by its lemmas, written
as one plain term, only if that term finds exactly what the family found on every post of the
development corpora (scripts/compare_findings.py lists them), in both languages: where a
surface form is needed (« mon client » must not find « mes clients »), the family stays as it
is. It edits lexicon files (policies/**/lexicons/*.yaml, one term a line) and the one-line
`terms: [...]` lists of rules and detectors, leaving comments and layout alone, and can be run
again on edited files.

    scripts/collapse-inflections [--dry-run] [FILE_OR_FOLDER ...]   # default: policies/
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from compare_findings import posts  # noqa: E402

from companion.policy.terms import compile_terms  # noqa: E402
from companion.policy.textview import expand_contractions  # noqa: E402

_TERM_WORD = re.compile(r"=?\w+\*?")
_ITEM = re.compile(r'^(\s*)- (".*"|\'.*\'|[^#\s].*?)\s*$')
_SECTION = re.compile(r"^(fr|en|any):\s*$")
_FLOW_TERMS = re.compile(r"^(\s*(?:- )?terms:\s*)(\[.*\])(\s*(?:#.*)?)$")


class Corpora:
    """Every development post as the rules see it, by language."""

    def __init__(self) -> None:
        from companion.pipeline import Pipeline
        from companion.policy import PolicyCatalog
        from companion.policy.textview import TextView

        pipeline = Pipeline(PolicyCatalog.load())
        self.nlp = pipeline._nlp_engine
        self.views: dict[str, list] = defaultdict(list)
        for _, post in posts(None):
            ctx = pipeline.policy_context(post["text"], language=post.get("lang", "auto"))
            self.views[ctx.language].append(TextView(ctx))

    def matches(self, terms: list[str], lang: str) -> set[tuple[int, int, int]]:
        termset = compile_terms({lang: terms}, {})
        return {(n, *span) for n, view in enumerate(self.views[lang])
                for span in termset.find(view)}


def lemmas(term: str, lang: str, nlp) -> tuple[str, ...] | None:
    """The lemma of each word of `term` (`_` kept), or None for a term this tool leaves alone
    (a regex, a lexicon, a prefix `word*`, a symbol the matcher ignores such as « % »)."""
    if term.startswith(("/", "@")) or re.search(r"[^\w\s'’=-]", term):
        return None
    parts = _TERM_WORD.findall(expand_contractions(term.lower()))
    if not parts or any(p.endswith("*") for p in parts):
        return None
    plain = [p.strip("=") for p in parts]
    [doc] = list(nlp.docs([" ".join("truc" if p == "_" else p for p in plain)], lang))
    found = [t.lemma_.lower() for t in doc if re.search(r"\w", t.text)]
    if len(found) != len(plain) or any(not re.fullmatch(r"\w+", w) for w in found):
        return None
    return tuple("_" if p == "_" else w for p, w in zip(plain, found, strict=True))


def family_term(members: list[str], key: tuple[str, ...]) -> str:
    """The one term for a family: the first member as written, where its words vary across
    the family replaced by their lemma (matched by lemma, not `=form`)."""
    words = [list(re.finditer(r"=?\w+\*?", expand_contractions(m.lower()))) for m in members]
    first = expand_contractions(members[0])
    out, at = [], 0
    for i, match in enumerate(words[0]):
        if len({w[i].group() for w in words}) > 1:
            out += [first[at:match.start()], key[i]]
            at = match.end()
    return "".join([*out, first[at:]])


def finds_itself(new: str, member: str, lang: str, corpora: Corpora) -> bool:
    """Whether `new` finds the words of `member` written as a post (`_` as some word)."""
    from companion.policy.model import PolicyContext
    from companion.policy.textview import TextView

    words = [p.strip("=") for p in _TERM_WORD.findall(expand_contractions(member))]
    text = " ".join("truc" if w == "_" else w for w in words)
    [doc] = list(corpora.nlp.docs([text], lang))
    view = TextView(PolicyContext(text=text, language=lang, doc=doc))
    return (0, len(text)) in compile_terms({lang: [new]}, {}).find(view)


def families_to_collapse(terms: list[str], lang: str, langs: tuple[str, ...],
                         corpora: Corpora) -> dict[str, str | None]:
    """Term → its lemma term (the first of a family) or None (the others), for each family
    (lemmas in `lang`) whose lemma term finds the same on the corpora of `langs`."""
    families: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for term in dict.fromkeys(terms):
        key = lemmas(term, lang, corpora.nlp)
        if key is not None:
            families[key].append(term)
    replace: dict[str, str | None] = {}
    for key, members in families.items():
        new = family_term(members, key) if len(members) > 1 else ""
        if len(members) < 2 or new in terms:
            continue
        if all(finds_itself(new, m, lang, corpora) for m in members) and all(
                corpora.matches([new], each) == corpora.matches(members, each) for each in langs):
            replace[members[0]] = new
            replace.update({m: None for m in members[1:]})
    return replace


def quoted(term: str) -> str:
    """A term as YAML writes it: double quotes, or single quotes around a backslash."""
    if "\\" in term or '"' in term:
        return "'" + term.replace("'", "''") + "'"
    return json.dumps(term, ensure_ascii=False)


def rewrite_lexicon(lines: list[str], corpora: Corpora) -> int:
    """Collapses the fr and en lists of a lexicon file; the number of terms removed."""
    sections: dict[str, list[int]] = defaultdict(list)
    current = None
    for i, line in enumerate(lines):
        if m := _SECTION.match(line):
            current = m.group(1)
        elif line and not line[0].isspace() and not line.startswith("#"):
            current = None
        elif current and _ITEM.match(line):
            sections[current].append(i)
    drop: list[int] = []
    for lang in ("fr", "en"):
        rows = sections.get(lang, [])
        terms = [str(yaml.safe_load(_ITEM.match(lines[i]).group(2))) for i in rows]
        replace = families_to_collapse(terms, lang, (lang,), corpora)
        for row, term in zip(rows, terms, strict=True):
            if term not in replace:
                continue
            if replace[term] is None:
                drop.append(row)
            else:
                lines[row] = f"{_ITEM.match(lines[row]).group(1)}- {quoted(replace[term])}"
    for i in sorted(drop, reverse=True):
        del lines[i]
    return len(drop)


def rewrite_flow_lists(lines: list[str], corpora: Corpora) -> int:
    """Collapses the one-line `terms: [...]` lists of a rules or detectors file (their terms
    apply to both languages: a family must find the same in both)."""
    removed = 0
    for i, line in enumerate(lines):
        m = _FLOW_TERMS.match(line)
        if not m:
            continue
        terms = yaml.safe_load(m.group(2))
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            continue
        kept = terms
        for lang in ("fr", "en"):
            replace = families_to_collapse(kept, lang, ("fr", "en"), corpora)
            kept = [replace.get(t, t) for t in kept if replace.get(t, t) is not None]
        if kept != terms:
            removed += len(terms) - len(kept)
            lines[i] = f"{m.group(1)}[{', '.join(map(quoted, kept))}]{m.group(3)}"
    return removed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[REPO / "policies"])
    parser.add_argument("--dry-run", action="store_true", help="say what would change")
    args = parser.parse_args()
    files = [f for p in args.paths for f in (sorted(p.rglob("*.yaml")) if p.is_dir() else [p])]
    corpora = Corpora()
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        lexicon = path.parent.name == "lexicons"
        removed = (rewrite_lexicon if lexicon else rewrite_flow_lists)(lines, corpora)
        if removed:
            new = "\n".join(lines)
            yaml.safe_load(new)  # still YAML
            total += removed
            print(f"{path.relative_to(REPO)}: {removed} terms fewer")
            if not args.dry_run:
                path.write_text(new, encoding="utf-8")
    print(f"{total} hand-spelled inflections replaced by lemma terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
