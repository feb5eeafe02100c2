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
["@review_requests"]` → review-requests, `pii: [PERSON]` → person), unless NAMES below gives
the names of that `near` (by file, the rule or detector it is in, and its rank there).

    scripts/convert-near-parts [FILE_OR_FOLDER ...]     # default: every built-in pack
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

#: (file under policies/, rule or detector id, rank of the `near` in it from 1) → part names
NAMES: dict[tuple[str, str, int], list[str]] = {
    ("barreau-qc/rules/1-location.yaml", "client-location", 1): ["client-or-case", "place"],
    ("barreau-qc/rules/3-advertising.yaml", "guaranteed-results", 1): ["promise", "ad"],
    ("barreau-qc/rules/3-advertising.yaml", "guaranteed-results", 2): ["guarantee", "outcome"],
    ("barreau-qc/rules/6-testimonials.yaml", "testimonial-request", 1): ["request", "review"],
    ("cisss-gaspesie/detectors/cisss.yaml", "child", 1): ["little", "name"],
    ("cisss-gaspesie/detectors/cisss.yaml", "child", 2): ["name", "age"],
    ("cisss-gaspesie/detectors/cisss.yaml", "child-named", 1): ["child", "name"],
    ("cisss-gaspesie/detectors/cisss.yaml", "user-singled-out", 1): ["user", "detail"],
    ("cisss-gaspesie/detectors/cisss.yaml", "child-with-detail", 1): ["child", "detail"],
    ("cisss-gaspesie/detectors/cisss.yaml", "child-identified", 1):
        ["child-in-care", "detail-or-name"],
    ("cisss-gaspesie/detectors/cisss.yaml", "child-identified", 2):
        ["child", "youth-protection"],
    ("cisss-gaspesie/rules/conduct.yaml", "confidential-document", 1):
        ["document", "disclosure"],
    ("cisss-gaspesie/rules/conduct.yaml", "confidential-document", 2):
        ["document", "personal-data"],
    ("cisss-gaspesie/rules/conduct.yaml", "confidential-document", 3): ["access", "code"],
    ("cisss-gaspesie/rules/consent.yaml", "person-named-at-work", 1):
        ["name", "user-or-staff"],
    ("cisss-gaspesie/rules/consent.yaml", "people-pictured", 1): ["picture", "user-or-staff"],
    ("cisss-gaspesie/rules/lpj.yaml", "court-file-in-care", 1):
        ["identifier", "youth-protection"],
    ("cisss-gaspesie/rules/lpj.yaml", "parent-named", 1): ["parent-named", "youth-protection"],
    ("cisss-gaspesie/rules/lpj.yaml", "parent-named", 2): ["parent", "name"],
    ("law-firm/rules/confidentiality.yaml", "review-reply-details", 1): ["reply", "detail"],
    ("law-firm/rules/professionalism.yaml", "review-reply-blame", 1): ["blame", "reply"],
    ("rseq-monteregie/rules.yaml", "offensive-image", 1): ["altered-image", "person"],
    ("rseq-monteregie/rules.yaml", "denigration-page", 1): ["page", "joining", "aimed-at"],
    ("shared/detectors/conduct.yaml", "contempt-aimed", 1): ["contempt", "target"],
    ("shared/detectors/conduct.yaml", "sarcasm-aimed", 1): ["sarcasm", "person"],
    ("shared/detectors/conduct.yaml", "rumour", 1): ["rumour", "person"],
    ("shared/detectors/conduct.yaml", "mockery", 1): ["mockery", "audience-call", "target"],
    ("shared/detectors/conduct.yaml", "threat", 1): ["cue", "another-cue"],
    ("shared/detectors/conduct.yaml", "pile-on", 1): ["call", "hostility"],
    ("shared/detectors/conduct.yaml", "doxxing", 1): ["contact-details", "hostility"],
    ("shared/detectors/legal.yaml", "addressed-matter", 1): ["your", "matter"],
    ("shared/detectors/legal.yaml", "client-indefinite", 1): ["client", "matter"],
    ("shared/detectors/legal.yaml", "client-and-their-matter", 1): ["client", "their-matter"],
    ("shared/detectors/legal.yaml", "client-and-their-matter", 2): ["his-or-her", "matter"],
    ("shared/detectors/legal.yaml", "client-mentioned", 1): ["client", "detail"],
    ("shared/detectors/legal.yaml", "person-described-with-case", 1): ["person", "case"],
    ("shared/detectors/legal.yaml", "case-details", 1): ["case", "particulars"],
    ("shared/detectors/legal.yaml", "case-details", 2): ["person", "who-it-is"],
    ("shared/detectors/legal.yaml", "case-details", 3): ["name", "own-proceeding"],
    ("shared/detectors/legal.yaml", "case-details", 4): ["name", "matter-of"],
    ("shared/detectors/legal.yaml", "case-details", 5): ["name", "file-word"],
    ("shared/detectors/legal.yaml", "case-identifiers", 1): ["identifier", "person"],
    ("shared/detectors/legal.yaml", "case-event", 1): ["outcome", "matter"],
    ("shared/detectors/legal.yaml", "named-matter", 1): ["name", "your-matter"],
    ("shared/detectors/legal.yaml", "named-matter", 2): ["name", "case-event"],
    ("shared/detectors/legal.yaml", "named-matter", 3): ["name", "spouse", "matter"],
    ("shared/detectors/legal.yaml", "named-matter", 4): ["name", "private-matter"],
    ("shared/detectors/legal.yaml", "addressed-person", 1): ["name", "you"],
    ("shared/detectors/legal.yaml", "legal-advice", 1): ["directive", "person", "matter"],
    ("shared/detectors/legal.yaml", "legal-advice", 2): ["directive", "person"],
    ("shelter/detectors/shelter.yaml", "survivor-detail", 1): ["from", "place"],
    ("shelter/detectors/shelter.yaml", "private-gathering", 1): ["gathering", "residents"],
    ("shelter/rules/events-and-staff.yaml", "private-event", 1): ["event", "when-or-where"],
    ("shelter/rules/events-and-staff.yaml", "staff-photo", 1): ["picture", "staff-or-name"],
    ("shelter/rules/locations.yaml", "shelter-location", 1): ["shelter", "place"],
    ("shelter/rules/locations.yaml", "survivor-whereabouts", 1):
        ["survivor", "whereabouts", "place"],
    ("shelter/rules/locations.yaml", "survivor-whereabouts", 2): ["at-shelter", "woman"],
    ("shelter/rules/survivors.yaml", "survivor-details", 1): ["survivor", "detail"],
    ("shelter/rules/survivors.yaml", "survivors-pictured", 1): ["picture", "survivor"],
    ("shelter/rules/survivors.yaml", "survivors-pictured", 2): ["of-our", "staff-member"],
    ("shelter/rules/survivors.yaml", "incident-disclosure", 1): ["incident", "survivor"],
}

_NEAR = re.compile(r"^(\s*)(- )?near:\s*(#.*)?$")
_OWNER_DETECTOR = re.compile(r"^  ([a-z0-9][a-z0-9-]*):\s*(#.*)?$")
_OWNER_RULE = re.compile(r"^\s*- id:\s*([a-z0-9][a-z0-9-]*)")


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


def _owner(lines: list[str], at: int) -> tuple[str, int]:
    """The rule or detector holding line `at`, and the line it starts at."""
    for i in range(at, -1, -1):
        m = _OWNER_RULE.match(lines[i]) or _OWNER_DETECTOR.match(lines[i])
        if m:
            return m.group(1), i
    return "", 0


def convert_once(lines: list[str], relative: str) -> bool:
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
        owner, owner_line = _owner(lines, i)
        rank = sum(1 for j in range(owner_line, i + 1) if _NEAR.match(lines[j]))
        names = NAMES.get((relative, owner, rank)) or _unique([auto_name(s) for s in items])
        if len(names) != len(items):
            raise SystemExit(f"{relative}: {owner} near #{rank}: NAMES has {len(names)} names "
                             f"for {len(items)} parts")
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
    try:
        relative = path.resolve().relative_to(POLICIES.resolve()).as_posix()
    except ValueError:
        relative = path.name
    while convert_once(lines, relative):
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
