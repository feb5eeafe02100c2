"""Records what every built-in pack finds on the development corpora, and compares two records.

A safety net for rewriting rules and detectors (a new YAML shape, flattened detectors, lemma
terms): what a post gets must not change unless the change is meant.

    scripts/compare-findings record before.jsonl      # before the change
    scripts/compare-findings record after.jsonl       # after it
    scripts/compare-findings diff before.jsonl after.jsonl

`record` analyses each post of the development corpora once (language from the corpus), then
evaluates every built-in pack on it, saving per post and pack the spans of every rule (after
the pack's yields and fallbacks) and of every named detector the rules reach. `diff` prints each
(post, pack, rule or detector) whose spans differ, with the words that appeared or went away,
and exits 1 if any did. The blind sets (../blind) are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

#: ../shared beside the main checkout (/work/main), or beside a worktree's parent folder
SHARED = next((p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()),
              REPO.parent / "shared")
CORPORA = [
    SHARED / "eval-dev" / "corpus.jsonl",
    REPO / "tests" / "holdout" / "corpus.jsonl",
    REPO / "tests" / "holdout2" / "corpus.jsonl",
    REPO / "tests" / "policy" / "data" / "policy_corpus.jsonl",
    *sorted((REPO / "tests" / "retired-blind").glob("policy-*/corpus.jsonl")),
    *sorted((REPO / "training" / "policy").glob("*/*.jsonl")),
]


def posts(limit: int | None) -> Iterator[tuple[str, dict]]:
    """(corpus-relative id, post) of every corpus, in a fixed order."""
    seen = 0
    for path in CORPORA:
        name = (path.relative_to(REPO).as_posix() if path.is_relative_to(REPO)
                else f"shared/{path.relative_to(SHARED).as_posix()}")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                post = json.loads(line)
                yield f"{name}#{post['id']}", post
                seen += 1
                if limit is not None and seen >= limit:
                    return


def detectors_of(condition, labels: dict[int, str], found: dict[str, object]) -> None:
    """The named detectors reachable from `condition`, by name."""
    label = labels.get(id(condition), "")
    if label.startswith("detector "):
        if label[9:] in found:
            return
        found[label[9:]] = condition
    for attr in ("members", "unless", "exceptions"):
        for child in getattr(condition, attr, ()) or ():
            detectors_of(child, labels, found)
    inner = getattr(condition, "condition", None)
    if inner is not None:
        detectors_of(inner, labels, found)


def record(out: Path, limit: int | None) -> None:
    from companion.pipeline import Pipeline
    from companion.policy import PolicyCatalog
    from companion.policy.conditions import cached_find
    from companion.policy.textview import TextView

    catalog = PolicyCatalog.load()
    pipeline = Pipeline(catalog)
    packs = catalog.packs()
    named = {}
    for pack in packs:
        found: dict[str, object] = {}
        for rule in pack.rules:
            for condition in (rule.detect, rule.unless):
                if condition is not None:
                    detectors_of(condition, pack.labels, found)
        named[pack.id] = sorted(found.items())
    n = 0
    with out.open("w", encoding="utf-8") as sink:
        sink.write(json.dumps({"detector_names": {pack: [name for name, _ in found]
                                                  for pack, found in named.items()}}) + "\n")
        for key, post in posts(limit):
            ctx = pipeline.policy_context(post["text"], language=post.get("lang", "auto"))
            for pack in packs:
                rules: dict[str, list] = {}
                for hit in pack.evaluate(ctx):
                    rules.setdefault(hit.rule_id, []).append([hit.start, hit.end])
                view = TextView(ctx)
                detectors = {name: spans for name, condition in named[pack.id]
                             if (spans := [list(s) for s in cached_find(condition, view)])}
                sink.write(json.dumps({"post": key, "pack": pack.id, "lang": ctx.language,
                                       "rules": rules, "detectors": detectors},
                                      ensure_ascii=False) + "\n")
            n += 1
            if n % 500 == 0:
                print(f"{n} posts", file=sys.stderr, flush=True)
    print(f"recorded {n} posts × {len(packs)} packs in {out}")


def load(path: Path) -> tuple[dict[str, list[str]], dict[tuple[str, str], dict]]:
    """The names of the detectors recorded per pack, and the records by (post, pack)."""
    header, *records = map(json.loads, path.read_text(encoding="utf-8").splitlines())
    return header["detector_names"], {(r["post"], r["pack"]): r for r in records}


def diff(before: Path, after: Path, texts: bool) -> int:
    (old_names, old), (new_names, new) = load(before), load(after)
    compared = {pack: set(names) & set(new_names.get(pack, ()))
                for pack, names in old_names.items()}
    for pack, names in sorted(old_names.items()):
        if gone := sorted(set(names) - compared[pack]):
            print(f"note: [{pack}] detectors no longer reached by a rule: {', '.join(gone)}")
        if added := sorted(set(new_names.get(pack, ())) - set(names)):
            print(f"note: [{pack}] new detectors (not compared): {', '.join(added)}")
    text_of = {key: post["text"] for key, post in posts(None)} if texts else {}
    changes = 0
    counts = {"rules": 0, "detectors": 0}
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            print(f"{key}: only in {'after' if a is None else 'before'}")
            changes += 1
            continue
        for kind in ("rules", "detectors"):
            for name in sorted(a[kind].keys() | b[kind].keys()):
                if kind == "detectors" and name not in compared[key[1]]:
                    continue
                was, now = a[kind].get(name), b[kind].get(name)
                if was == now:
                    continue
                changes += 1
                counts[kind] += 1
                text = text_of.get(key[0], "")
                gone = [text[s:e] for s, e in (was or []) if [s, e] not in (now or [])]
                came = [text[s:e] for s, e in (now or []) if [s, e] not in (was or [])]
                print(f"{key[0]} [{key[1]}] {kind[:-1]} {name}: {was} → {now}"
                      + (f"\n    gone {gone}\n    new  {came}" if texts else ""))
    print(f"{len(old)} (post, pack) pairs before, {len(new)} after; "
          f"{counts['rules']} rule and {counts['detectors']} detector differences")
    return 1 if changes else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="analyse the development corpora, save the findings")
    rec.add_argument("out", type=Path)
    rec.add_argument("--limit", type=int, help="only the first N posts (a quick check)")
    cmp_ = sub.add_parser("diff", help="compare two records; exit 1 if they differ")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    cmp_.add_argument("--texts", action="store_true", help="show the words that changed")
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, args.limit)
        return 0
    return diff(args.before, args.after, args.texts)


if __name__ == "__main__":
    sys.exit(main())
