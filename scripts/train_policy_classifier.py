"""Trains the learned policy classifier (companion/policy/classifier.py) from posts in the repo.

Data (eval-dev format: id, lang, policy, rules = expected categories, text):
  training/policy/**/*.jsonl          generated training posts (see training/policy/README.md)
  tests/policy/data/policy_corpus.jsonl   the rules' regression corpus
  tests/retired-blind/policy-1, 3, 6        retired blind sets (other writers, other briefs)
  tests/retired-blind/pii-1, 3, 4, 6, 10–14,  retired names sets: everyday posts full of
    16, 18, 19                               personal details, mostly breaching nothing
  the word rules' own examples             each about its rule's category only (see rule_examples)
About a fifth of the generated posts is held out, by WHOLE batch file (a hash of
"writer folder/batch file name", so the split never moves): the writers put near-twin posts in
one batch, and a post whose twin was trained on would flatter the model. Held-out posts are not
trained on, and scored at the end. The holdout corpora under tests/ and eval-dev are not
read here (nor tests/retired-blind/policy-2, pii-2, policy-8, policy-9):
`scripts/calibrate-policy-classifier` chooses the learned rules' threshold and the packs'
`learned_veto` on them.

The model: one logistic regression per category over hashed binary features, all trained
together, full batch, with Adam and L2; category c learns only from posts whose pack has a rule
of category c (a shelter post is not a negative example of HARASSMENT: the shelter pack does not
label it). Positives are weighted by sqrt(negatives / positives). No random step: the same data
gives the same weights (the seed below only fixes numpy's generator for good measure).

Writes companion/policy/data/policy-classifier.npz (only the rows of features seen in
training, float16) and prints, on the held-out split: the classifier alone (score ≥ 0.5), the
rules alone, the rules with their learned fallback rules, and the same with a `learned_veto`,
per category.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from companion.policy.classifier import MODEL_PATH, PolicyClassifier, post_features  # noqa: E402
from companion.policy.examples import pack_examples  # noqa: E402
from companion.policy.model import CATEGORIES  # noqa: E402

SEED = 20261202
BITS = 18
EPOCHS = 300
LEARNING_RATE = 0.05
L2 = 1e-3
HELD_OUT_SHARE = 5  # about one batch file in five
REPORTED_VETO = 0.1  # the held-out report also shows the packs with this `learned_veto`
GENERATED = REPO / "training" / "policy"
CORPUS = REPO / "tests" / "policy" / "data" / "policy_corpus.jsonl"
RETIRED_BLIND = tuple(REPO / "tests" / "retired-blind" / name / "corpus.jsonl"
                      for name in ("policy-1", "policy-3", "policy-6", "policy-7", "pii-1",
                                   "pii-3", "pii-4", "pii-6", "pii-10", "pii-11", "pii-12",
                                   "pii-13", "pii-14", "pii-16", "pii-18", "pii-19"))


def held_out(batch: Path) -> bool:
    """Whether a batch file of generated posts is kept for validation (whole files only)."""
    name = batch.relative_to(GENERATED).as_posix()  # e.g. "policy-gen-2/batch-03.jsonl"
    return zlib.crc32(name.encode("utf-8")) % HELD_OUT_SHARE == 0


def read_generated(keep_held_out: bool) -> list[dict]:
    """The generated posts of the training batches, or of the held-out ones."""
    return [json.loads(line) for path in sorted(GENERATED.rglob("*.jsonl"))
            if held_out(path) == keep_held_out
            for line in path.read_text("utf-8").splitlines() if line.strip()]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def rule_examples(pipeline) -> list[dict]:
    """The built-in word rules' examples as posts, each about its rule's category only
    (`only`): an example was written for one rule and says nothing of the other categories.
    A `match` example is a positive (a `learned_veto` must not silence it); a `no_match`
    example is a negative (the rule authors' near-misses: "opposing counsel was well prepared
    and courteous") unless another word rule of the category fires on it."""
    posts = []
    for pack in pipeline.catalog.packs():
        category = {rule.id: rule.category for rule in pack.rules}
        for example in pack_examples(pack):
            rule_category = category[example.rule_id]
            if not example.should_fire and rule_category in {
                    f.type for f in pipeline.analyze(example.text, language=example.language,
                                                     policy=pack.id).findings}:
                continue
            posts.append({"lang": example.language, "policy": pack.id, "text": example.text,
                          "rules": [rule_category] if example.should_fire else [],
                          "only": rule_category})
    return posts


def read_posts() -> tuple[list[dict], list[dict]]:
    """(training posts, held-out generated posts)."""
    training = read_generated(False) + read_jsonl(CORPUS)
    for path in RETIRED_BLIND:
        training += read_jsonl(path)
    return training, read_generated(True)


class Features:
    """Each post's features as the companion computes them: through the pipeline's own view."""

    def __init__(self) -> None:
        from companion.pipeline import Pipeline
        from companion.policy import PolicyCatalog
        from companion.policy.textview import TextView

        self.pipeline = Pipeline(PolicyCatalog.load(learned=False))
        self.view = TextView
        self.pack_categories = {pack.id: {r.category for r in pack.rules}
                                for pack in self.pipeline.catalog.packs()}

    def matrix(self, posts: list[dict]):
        rows, masks, labels = [], [], []
        for post in posts:
            ctx = self.pipeline.policy_context(post["text"], language=post["lang"],
                                               policy=post["policy"])
            buckets, _ = post_features(self.view(ctx), BITS)
            rows.append(numpy.unique(buckets))
            allowed = ({post["only"]} if "only" in post
                       else self.pack_categories[post["policy"]])
            masks.append([c in allowed for c in CATEGORIES])
            labels.append([c in post["rules"] for c in CATEGORIES])
        indptr = numpy.cumsum([0] + [len(r) for r in rows])
        return (indptr, numpy.concatenate(rows), numpy.array(labels, numpy.float32),
                numpy.array(masks, numpy.float32))


def train(indptr, indices, labels, masks,
          l2: float = L2) -> tuple[numpy.ndarray, numpy.ndarray]:
    numpy.random.seed(SEED)
    n, k = labels.shape
    weights = numpy.zeros((1 << BITS, k), numpy.float32)
    bias = numpy.zeros(k, numpy.float32)
    post_of = numpy.repeat(numpy.arange(n), numpy.diff(indptr))
    positives, negatives = (labels * masks).sum(0), ((1 - labels) * masks).sum(0)
    boost = numpy.where(positives > 0, numpy.sqrt(negatives / numpy.maximum(positives, 1)), 1)
    example_weight = masks * numpy.where(labels > 0, boost, 1.0).astype(numpy.float32) / n
    moments = {name: [numpy.zeros_like(p), numpy.zeros_like(p)]
               for name, p in (("w", weights), ("b", bias))}
    for step in range(1, EPOCHS + 1):
        logit = numpy.add.reduceat(weights[indices], indptr[:-1], axis=0) + bias
        error = (1 / (1 + numpy.exp(-numpy.clip(logit, -30, 30))) - labels) * example_weight
        grad_w = numpy.zeros_like(weights)
        numpy.add.at(grad_w, indices, error[post_of])
        grad_w += l2 * weights
        for name, param, grad in (("w", weights, grad_w), ("b", bias, error.sum(0))):
            m, v = moments[name]
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= LEARNING_RATE * (m / (1 - 0.9**step)) / (
                numpy.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return weights, bias


def save(weights: numpy.ndarray, bias: numpy.ndarray, path: Path, **metadata: str) -> None:
    """An .npz numpy.load reads, written with fixed timestamps (same data, same bytes)."""
    used = numpy.flatnonzero(numpy.abs(weights).sum(axis=1) > 0)
    arrays = {"bits": numpy.int64(BITS), "buckets": used.astype(numpy.int32),
              "weights": weights[used].astype(numpy.float16), "bias": bias,
              "categories": numpy.array(CATEGORIES),
              **{key: numpy.array(value) for key, value in metadata.items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            numpy.lib.format.write_array(buffer, numpy.asanyarray(array), allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)),
                             buffer.getvalue(), compress_type=zipfile.ZIP_DEFLATED)


def tally(pairs) -> tuple[Counter, Counter, Counter, int, int]:
    """Over (expected, found) category sets, one pair a post: true positives, false positives
    and misses by category, then the benign posts and those of them that got any category."""
    tp, fp, fn = Counter(), Counter(), Counter()
    benign = alarms = 0
    for expected, got in pairs:
        tp.update(got & expected)
        fp.update(got - expected)
        fn.update(expected - got)
        if not expected:
            benign += 1
            alarms += bool(got)
    return tp, fp, fn, benign, alarms


def table(title: str, posts: list[dict], found: list[set[str]]) -> list[str]:
    tp, fp, fn, benign, alarms = tally(
        (set(post["rules"]), got) for post, got in zip(posts, found, strict=True))
    lines = [title, f"  {'category':<34}{'exp':>5}{'P':>7}{'R':>7}{'F1':>7}"]

    def row(name: str, t: int, f: int, n: int) -> str:
        p = t / (t + f) if t + f else 1.0
        r = t / (t + n) if t + n else 1.0
        f1 = 2 * t / (2 * t + f + n) if t + f + n else 1.0
        return f"  {name:<34}{t + n:>5}{p:>7.2f}{r:>7.2f}{f1:>7.2f}"

    for c in sorted(set(tp) | set(fp) | set(fn)):
        lines.append(row(c, tp[c], fp[c], fn[c]))
    lines.append(row("micro", sum(tp.values()), sum(fp.values()), sum(fn.values())))
    lines.append(f"  false alarms on benign posts: {alarms}/{benign}"
                 f" = {alarms / max(benign, 1):.2f}")
    return lines


def report(held: list[dict]) -> None:
    from companion.pipeline import Pipeline
    from companion.policy import PolicyCatalog
    from companion.policy.classifier import shipped_classifier
    from companion.policy.textview import TextView

    shipped_classifier.cache_clear()
    model = shipped_classifier()
    results = {}
    for learned, veto in ((False, None), (True, None), (True, REPORTED_VETO)):
        pipeline = Pipeline(PolicyCatalog.load(learned=learned, learned_veto=veto))
        results[learned, veto] = [{f.type for f in pipeline.analyze(
            p["text"], language=p["lang"], policy=p["policy"]).findings if f.kind == "policy"}
            for p in held]
    alone = []
    for post in held:
        ctx = pipeline.policy_context(post["text"], language=post["lang"],
                                      policy=post["policy"])
        allowed = {r.category for r in pipeline.catalog.get(post["policy"]).rules}
        scores = model.scores(TextView(ctx)).probabilities
        alone.append({c for c in allowed if scores[c] >= 0.5})
    for title, found in (("classifier alone (score ≥ 0.5)", alone),
                         ("rules alone (--without-classifier)", results[False, None]),
                         ("rules with the learned rules", results[True, None]),
                         (f"rules, learned rules and --learned-veto {REPORTED_VETO}",
                          results[True, REPORTED_VETO])):
        print("\n".join(table(f"held-out split, {len(held)} posts: {title}", held, found)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--l2", type=float, default=L2,
                        help=f"L2 penalty (default {L2}; larger = less confident)")
    parser.add_argument("--no-report", action="store_true",
                        help="skip scoring the held-out split")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    training, held = read_posts()
    features = Features()
    training += rule_examples(features.pipeline)
    indptr, indices, labels, masks = features.matrix(training)
    print(f"{len(training)} training posts ({int(labels.any(1).sum())} with a breach), "
          f"{len(held)} held out; features in {time.perf_counter() - started:.0f} s")
    weights, bias = train(indptr, indices, labels, masks, args.l2)
    save(weights, bias, args.output, seed=str(SEED), epochs=str(EPOCHS), l2=str(args.l2),
         training_posts=str(len(training)), held_out_posts=str(len(held)))
    PolicyClassifier.load(args.output)  # it must load as the companion loads it
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB) "
          f"in {time.perf_counter() - started:.0f} s")
    if not args.no_report and args.output == MODEL_PATH:
        report(held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
