"""Scores Garde-fou on a labelled corpus (default: ../shared/eval-dev/corpus.jsonl).

Entities: precision, recall and F1 per type with an overlap match (same type, spans overlap),
plus micro totals. Precision counts the found spans that overlap a labelled one of their type;
recall counts the labelled spans that some found span of their type overlaps.

Policy rules: each post is analysed under its own `policy`; expected and found categories are
compared as sets per post; per-category P/R/F1, micro totals, the false-alarm rate (the share
of posts labelled `rules: []` that got any policy finding) and the confusions between categories
(a post that expected X, missed it, and got Y it did not expect counts once for X → Y).
`--by-language` repeats the micro lines for French and English posts separately.

By default the whole pipeline runs in-process (companion.pipeline.Pipeline), so the entity scores
include its overlap resolution and name lists. `--recognizers-only` runs the recognizers in a bare
Presidio AnalyzerEngine instead (entities only), to look at them in isolation.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO / ".." / "shared" / "eval-dev" / "corpus.jsonl"


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        return self.type == other.type and self.start < other.end and other.start < self.end


@dataclass
class Outcome:
    post: dict
    language: str
    found: list[Span]
    rules: set[str] | None  # None: rules not evaluated


class PipelineAnalyzer:
    def __init__(self, language_from_corpus: bool, learned: bool = True,
                 learned_veto: float | None = None) -> None:
        from companion.pipeline import Pipeline
        from companion.policy import PolicyCatalog

        self.pipeline = Pipeline(PolicyCatalog.load(learned=learned, learned_veto=learned_veto))
        self.language_from_corpus = language_from_corpus

    def __call__(self, post: dict) -> Outcome:
        language = post.get("lang", "auto") if self.language_from_corpus else "auto"
        result = self.pipeline.analyze(post["text"], language=language, policy=post.get("policy"))
        found = [Span(f.type, f.start, f.end, f.text) for f in result.findings if f.kind == "pii"]
        rules = {f.type for f in result.findings if f.kind == "policy"}
        return Outcome(post, result.language, found, rules)


class RecognizersAnalyzer:
    def __init__(self, language_from_corpus: bool) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        from companion.findings.model import MIN_SCORE
        from companion.language.detect import detect_language
        from companion.nlp.engine import LocalSpacyNlpEngine
        from companion.recognizers import SUPPORTED_LANGUAGES, build_recognizers
        from companion.recognizers.context import ContextEnhancer

        engine = LocalSpacyNlpEngine()
        engine.load()
        registry = RecognizerRegistry(supported_languages=list(SUPPORTED_LANGUAGES))
        for language in SUPPORTED_LANGUAGES:
            for recognizer in build_recognizers(language):
                registry.add_recognizer(recognizer)
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=engine,
            supported_languages=list(SUPPORTED_LANGUAGES),
            context_aware_enhancer=ContextEnhancer(),
        )
        self.detect = detect_language
        self.min_score = MIN_SCORE
        self.language_from_corpus = language_from_corpus

    def __call__(self, post: dict) -> Outcome:
        text = post["text"]
        language = post["lang"] if self.language_from_corpus else self.detect(text)
        results = self.analyzer.analyze(text, language=language, score_threshold=self.min_score)
        found = [Span(r.entity_type, r.start, r.end, text[r.start : r.end]) for r in results]
        return Outcome(post, language, found, None)


def prf(tp_p: int, n_found: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp_p / n_found if n_found else (1.0 if not n_gold else 0.0)
    recall = tp_r / n_gold if n_gold else (1.0 if not n_found else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def entity_table(outcomes: Iterable[Outcome]) -> tuple[list[str], dict[str, list]]:
    found, correct, gold, matched = Counter(), Counter(), Counter(), Counter()
    errors: dict[str, list] = {}
    for o in outcomes:
        expected = [Span(e["type"], e["start"], e["end"], e["text"]) for e in o.post["entities"]]
        for s in o.found:
            found[s.type] += 1
            if any(s.overlaps(g) for g in expected):
                correct[s.type] += 1
            else:
                errors.setdefault(o.post["id"], []).append(("FP", s))
        for g in expected:
            gold[g.type] += 1
            if any(g.overlaps(s) for s in o.found):
                matched[g.type] += 1
            else:
                errors.setdefault(o.post["id"], []).append(("FN", g))
    header = (
        f"{'entity type':<22}{'gold':>6}{'found':>7}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}"
    )
    lines = [header, "-" * len(header)]
    for t in sorted(set(found) | set(gold)):
        p, r, f = prf(correct[t], found[t], matched[t], gold[t])
        lines.append(
            f"{t:<22}{gold[t]:>6}{found[t]:>7}{found[t] - correct[t]:>5}{gold[t] - matched[t]:>5}"
            f"{p:>8.3f}{r:>8.3f}{f:>8.3f}"
        )
    tf, tc, tg, tm = (sum(c.values()) for c in (found, correct, gold, matched))
    p, r, f = prf(tc, tf, tm, tg)
    lines.append("-" * len(header))
    lines.append(f"{'micro':<22}{tg:>6}{tf:>7}{tf - tc:>5}{tg - tm:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    return lines, errors


def rule_table(outcomes: list[Outcome]) -> tuple[list[str], dict[str, list]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    errors: dict[str, list] = {}
    quiet_posts = alarms = 0
    for o in outcomes:
        expected = set(o.post.get("rules", []))
        assert o.rules is not None
        for c in o.rules & expected:
            tp[c] += 1
        for c in o.rules - expected:
            fp[c] += 1
            errors.setdefault(o.post["id"], []).append(("FP", c))
        for c in expected - o.rules:
            fn[c] += 1
            errors.setdefault(o.post["id"], []).append(("FN", c))
        if not expected:
            quiet_posts += 1
            alarms += bool(o.rules)
    header = (
        f"{'rule category':<34}{'exp':>5}{'found':>7}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}"
    )
    lines = [header, "-" * len(header)]
    for c in sorted(set(tp) | set(fp) | set(fn)):
        n_exp, n_found = tp[c] + fn[c], tp[c] + fp[c]
        p, r, f = prf(tp[c], n_found, tp[c], n_exp)
        lines.append(
            f"{c:<34}{n_exp:>5}{n_found:>7}{fp[c]:>5}{fn[c]:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
        )
    ttp, tfp, tfn = (sum(c.values()) for c in (tp, fp, fn))
    p, r, f = prf(ttp, ttp + tfp, ttp, ttp + tfn)
    lines.append("-" * len(header))
    lines.append(
        f"{'micro':<34}{ttp + tfn:>5}{ttp + tfp:>7}{tfp:>5}{tfn:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
    )
    rate = alarms / quiet_posts if quiet_posts else 0.0
    lines.append(
        f"false-alarm rate on posts with no expected rule: {alarms}/{quiet_posts} = {rate:.3f}"
    )
    lines.extend(confusion_lines(outcomes))
    return lines, errors


def confusion_lines(outcomes: list[Outcome]) -> list[str]:
    """Expected X, missed it, found Y instead (in the same post)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for o in outcomes:
        expected = set(o.post.get("rules", []))
        assert o.rules is not None
        for missed in expected - o.rules:
            for instead in o.rules - expected:
                pairs[missed, instead] += 1
    if not pairs:
        return ["confusions between categories: none"]
    lines = ["confusions between categories (expected → found instead):"]
    for (missed, instead), n in pairs.most_common():
        lines.append(f"  {missed} → {instead}: {n}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL corpus")
    parser.add_argument("--show-errors", action="store_true", help="list misses per post")
    parser.add_argument(
        "--recognizers-only",
        action="store_true",
        help="entities only, from the recognizers in a bare Presidio engine",
    )
    parser.add_argument(
        "--by-language",
        action="store_true",
        help="also print the micro lines for French and English posts separately",
    )
    parser.add_argument(
        "--corpus-language",
        action="store_true",
        help="analyse each post in its labelled language instead of detecting it",
    )
    parser.add_argument(
        "--without-classifier",
        action="store_true",
        help="leave out the policy rules that read the learned classifier (word rules alone)",
    )
    parser.add_argument(
        "--learned-veto",
        type=float,
        metavar="SCORE",
        help="drop word-rule findings whose category the classifier scores under SCORE "
        "(sets `learned_veto` on every built-in pack, e.g. 0.1)",
    )
    args = parser.parse_args(argv)

    try:
        posts = [json.loads(line) for line in args.corpus.read_text("utf-8").splitlines() if line]
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read corpus {args.corpus}: {exc}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    if args.recognizers_only:
        analyze = RecognizersAnalyzer(args.corpus_language)
    else:
        analyze = PipelineAnalyzer(args.corpus_language, learned=not args.without_classifier,
                                   learned_veto=args.learned_veto)
    loaded = time.perf_counter()
    outcomes = [analyze(post) for post in posts]
    done = time.perf_counter()

    print(f"corpus: {args.corpus.resolve()} ({len(posts)} posts)")
    wrong_language = [
        o.post["id"] for o in outcomes if o.post.get("lang", o.language) != o.language
    ]
    if wrong_language:
        print(f"language detected differs from the label: {', '.join(wrong_language)}")
    print()
    lines, entity_errors = entity_table(outcomes)
    print("\n".join(lines))
    rule_errors: dict[str, list] = {}
    if not args.recognizers_only:
        print()
        lines, rule_errors = rule_table(outcomes)
        print("\n".join(lines))
    if args.by_language:
        for language in ("fr", "en"):
            subset = [o for o in outcomes if o.post.get("lang") == language]
            print(f"\n{language} ({len(subset)} posts)")
            lines, _ = entity_table(subset)
            for line in lines:
                if line.startswith(("PERSON", "micro")):
                    print(f"entities {line}")
            if not args.recognizers_only:
                lines, _ = rule_table(subset)
                for line in lines:
                    if line.startswith(("micro", "false")):
                        print(f"rules    {line}")
    print()
    print(
        f"models loaded in {loaded - started:.1f} s; {len(posts)} posts analysed in "
        f"{done - loaded:.1f} s ({(done - loaded) * 1000 / max(len(posts), 1):.0f} ms/post)"
    )

    if args.show_errors:
        print()
        by_id = {o.post["id"]: o for o in outcomes}
        for post_id in sorted(set(entity_errors) | set(rule_errors)):
            o = by_id[post_id]
            print(f"== {post_id} [{o.language}, {o.post.get('policy')}]")
            for label, span in entity_errors.get(post_id, []):
                print(f"   {label} {span.type:<22} {span.text!r} ({span.start}-{span.end})")
            for label, category in rule_errors.get(post_id, []):
                print(f"   {label} rule {category}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
