"""Rewrites `near:` conditions from the positional form to named parts, in place.

    near:                              near:
      of:                                parts:
        - ref: client-any        →         client:
        - ref: identifying-detail            ref: client-any
      within: {sentences: 2}               detail:
      focus: 0                               ref: identifying-detail
                                         within: {sentences: 2}
                                         point_at: client

A developer's tool (not shipped): it edits the YAML text line by line, so comments and layout
stay as they are, and it can be run again on files edited meanwhile (a converted `near` is left
alone). Each part is named from what it holds (`ref: client-any` → client-any, `terms:
["@review_requests"]` → review-requests, `pii: [PERSON]` → person); rename them by hand where a
better name says more. The built-in packs were converted with it, with part names chosen by
hand (they are in the packs now); it is kept for organizations' own packs.

    scripts/convert-near-parts [FILE_OR_FOLDER ...]     # default: every pack under policies/
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
POLICIES = REPO / "policies"

_NEAR = re.compile(r"^(\s*)(- )?near:\s*(#.*)?$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def auto_name(spec: dict) -> str:
    """A part's name from what it holds."""
    if "ref" in spec:
        return str(spec["ref"])
    if "terms" in spec:
        terms = spec["terms"]
        if isinstance(terms, dict):
            terms = [t for lang in ("fr", "en", "any") for t in terms.get(lang, [])]
        lexicons = [t[1:] for t in terms if isinstance(t, str) and t.startswith("@")]
        return lexicons[0].replace("_", "-") if lexicons else "words"
    if "pii" in spec:
        types = spec["pii"]
        return types[0].lower().replace("_", "-") if len(types) == 1 else "personal-data"
    if "ner" in spec:
        return "place-name" if set(spec["ner"]) <= {"LOC", "GPE", "FAC"} else "named-entity"
    if "classifier" in spec:
        return f"{spec['classifier']['category'].lower().replace('_', '-')}-score"
    if "any" in spec:
        return "-or-".join(auto_name(m) for m in spec["any"][:2])[:40].rstrip("-")
    if "near" in spec:
        return "nearby"
    if "count" in spec:
        return "cues"
    return "part"


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        candidate, n = name, 2
        while candidate in out:
            candidate, n = f"{name}-{n}", n + 1
        out.append(candidate)
    return out


def convert_once(lines: list[str]) -> bool:
    """Converts the first positional `near` of `lines`; False when there is none left."""
    for i, line in enumerate(lines):
        m = _NEAR.match(line)
        if not m:
            continue
        key_indent = len(m.group(1)) + (2 if m.group(2) else 0) + 2
        end = i + 1
        while end < len(lines) and (not _is_content(lines[end])
                                    or _indent(lines[end]) >= key_indent):
            end += 1
        of_line = next((j for j in range(i + 1, end)
                        if _indent(lines[j]) == key_indent and lines[j].strip() == "of:"), None)
        if of_line is None:
            continue
        of_end = of_line + 1
        while of_end < end and (not _is_content(lines[of_end])
                                or _indent(lines[of_end]) > key_indent):
            of_end += 1
        first = next(j for j in range(of_line + 1, of_end) if _is_content(lines[j]))
        item_indent = _indent(lines[first])
        starts = [j for j in range(of_line + 1, of_end)
                  if _indent(lines[j]) == item_indent and lines[j].lstrip().startswith("- ")]
        items = []
        for k, start in enumerate(starts):
            stop = starts[k + 1] if k + 1 < len(starts) else of_end
            items.append(yaml.safe_load(textwrap.dedent("\n".join(lines[start:stop])))[0])
        names = _unique([auto_name(s) for s in items])
        for j in range(of_line, end):
            focus = re.match(r"^(\s*)focus:\s*(\d+)\s*(#.*)?$", lines[j])
            if focus and _indent(lines[j]) == key_indent:
                comment = f"  {focus.group(3)}" if focus.group(3) else ""
                lines[j] = f"{focus.group(1)}point_at: {names[int(focus.group(2))]}{comment}"
        pad = " " * item_indent
        for start, name in reversed(list(zip(starts, names, strict=True))):
            rest = lines[start].lstrip()[2:]
            if rest.startswith("{") or rest.startswith("["):
                lines[start] = f"{pad}{name}: {rest}"
            else:
                lines[start:start + 1] = [f"{pad}{name}:", f"{pad}  {rest}"]
        lines[of_line] = lines[of_line].replace("of:", "parts:", 1)
        return True
    return False


def convert(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    while convert_once(lines):
        pass
    new = "\n".join(lines)
    if new != text:
        yaml.safe_load(new)  # still YAML
        path.write_text(new, encoding="utf-8")
        return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[POLICIES])
    args = parser.parse_args()
    files = [f for p in args.paths for f in (sorted(p.rglob("*.yaml")) if p.is_dir() else [p])]
    changed = [f for f in files if convert(f)]
    for f in changed:
        print(f"converted {f}")
    print(f"{len(changed)} of {len(files)} files changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
