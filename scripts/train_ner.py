"""Teaches the pinned spaCy NER models names as people type them on social media.

The pinned models learned from edited text: a name is a capitalised word. In posts, names come
in lower case ("merci à huguette"), in capitals (an ALL-CAPS alert), without accents. This
updates only each model's `ner` component (it has its own tok2vec, so the tagger, lemmatizer and
attribute ruler are untouched), starting from its shipped weights, on:

- the labelled posts of the retired names and policy sets (tests/retired-blind/*: PERSON spans
  by hand, other writers and briefs than the blind sets under tests/blind/), each also in lower
  case, with only its names in lower case, and (one post in two) in capitals and without
  accents: the same spans, since these changes keep every character's offset;
- rehearsal: generated training posts (training/policy/), mostly as written.

The target of a post is its hand-labelled PERSON spans (honorifics left out: the model's names
never include them) plus what the shipped model itself finds there besides persons (places,
organizations…), so that it keeps doing that. Labels nothing here reads (the English model's
dates, amounts, numbers…: casing_ner.KEPT_LABELS) are removed from the component before
training, and taught as no entity. A name the shipped model calls a person
where the writer labelled none (a public figure, a brand) is taught as no entity in the
hand-labelled sets; in the rehearsal posts, where writers labelled names only now and then, the
shipped model's persons are kept.

Writes companion/nlp/data/ner-<lang>.bin (the component's weights, about 6 MB each) and
companion/nlp/data/ner.json (the base package and version each was trained from, and its
sha256, which companion/nlp/casing_ner.py checks at load). Same data, seed and machine: the
same bytes (single-threaded, fixed seeds). Prints the PERSON scores of the NER alone on a
development split before and after.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import random
import sys
import time
import warnings
from importlib import metadata
from pathlib import Path

import numpy
import regex
import spacy
import srsly
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.training import Example, offsets_to_biluo_tags
from spacy.util import compounding, fix_random_seed, minibatch

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from companion.nlp.casing_ner import DATA_DIR, KEPT_LABELS, MANIFEST, weights_path  # noqa: E402
from companion.nlp.engine import MODEL_VERSIONS, MODELS  # noqa: E402
from companion.nlp.runtime import single_thread_blas  # noqa: E402
from companion.recognizers.lexicon import strip_accents  # noqa: E402

SEED = 20261202
EPOCHS = 3
DROPOUT = 0.2
REHEARSAL_POSTS = 1500  # per language, drawn with the seed from training/policy
LABELLED_SETS = ("pii-1", "pii-2", "pii-3", "pii-4", "policy-1", "policy-2", "policy-3",
                 "pii-6", "pii-10", "pii-11", "pii-12", "pii-13", "pii-14", "pii-16", "pii-18")
RETIRED = REPO / "tests" / "retired-blind"
GENERATED = REPO / "training" / "policy"
#: The model's PERSON label in each language.
PERSON_LABEL = {"en": "PERSON", "fr": "PER"}
#: Honorifics at the start of a labelled name: the corpora include them, the models never do.
HONORIFIC = regex.compile(
    r"^(?:(?:Me|M|Mme|Mlle|Dr|Dre|Mr|Mrs|Ms|Mx|Pr|Madame|Monsieur|Maître|Docteur|Doctor)\.?\s+)+",
    regex.IGNORECASE)


def read_posts(path: Path, lang: str) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [post for post in map(json.loads, lines) if post["lang"] == lang]


def labelled_names(post: dict) -> list[tuple[int, int]]:
    spans = []
    for entity in post.get("entities", []):
        if entity["type"] != "PERSON":
            continue
        start, end = entity["start"], entity["end"]
        honorific = HONORIFIC.match(post["text"][start:end])
        if honorific and honorific.end() < end - start:
            start += honorific.end()
        spans.append((start, end))
    return spans


def drop_labels(nlp, kept: frozenset[str]) -> None:
    """Replaces `nlp`'s NER with one that has only the `kept` labels: the other labels' actions
    leave its transition system and their rows leave its output layer, so that what it scores
    for the kept actions is unchanged until training teaches it what to do where it chose a
    dropped one."""
    ner = nlp.get_pipe("ner")
    if set(ner.labels) <= kept:
        return
    before = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    blob = srsly.msgpack_loads(ner.to_bytes(exclude=["vocab"]))
    moves = srsly.msgpack_loads(blob["moves"])
    labels = {action: {label: count for label, count in by_label.items()
                       if label == "" or label in kept}
              for action, by_label in srsly.json_loads(moves["moves"]).items()}
    after = BiluoPushDown(nlp.vocab.strings, labels)
    rows = [before.index(after.get_class_name(i)) for i in range(after.n_moves)]
    model = srsly.msgpack_loads(blob["model"])
    (output,) = [i for i, node in enumerate(model["nodes"])
                 if node["name"] == "linear" and node["dims"].get("nO") == len(before)]
    params = model["params"][output]
    params["W"] = numpy.asarray(params["W"])[rows].copy()
    params["b"] = numpy.asarray(params["b"])[rows].copy()
    model["nodes"][output]["dims"]["nO"] = len(rows)
    moves["moves"] = srsly.json_dumps(labels)
    blob["moves"], blob["model"] = srsly.msgpack_dumps(moves), srsly.msgpack_dumps(model)
    config = {key: value for key, value in nlp.config["components"]["ner"].items()
              if key != "factory"}
    nlp.replace_pipe("ner", "ner", config=config).from_bytes(srsly.msgpack_dumps(blob),
                                                             exclude=["vocab"])


def target(shipped, post: dict, label: str, keep_shipped_persons: bool, kept: frozenset[str]):
    """The labelled names plus the shipped model's other entities (of the kept labels) that do
    not touch them."""
    names = labelled_names(post)
    spans = [(start, end, label) for start, end in names]
    for ent in shipped(post["text"]).ents:
        if ent.label_ not in kept or (ent.label_ == label and not keep_shipped_persons):
            continue
        if any(ent.start_char < end and start < ent.end_char for start, end in names):
            continue
        spans.append((ent.start_char, ent.end_char, ent.label_))
    return sorted(spans)


def casings(text: str, spans, label: str, rng: random.Random, labelled: bool):
    """The post as written and as people also type it (every offset unchanged)."""
    yield text
    if not labelled:
        if rng.random() < 0.3:
            yield text.lower()
        return
    yield text.lower()
    chars = list(text)
    for start, end, span_label in spans:
        if span_label == label:
            chars[start:end] = text[start:end].lower()
    yield "".join(chars)
    if rng.random() < 0.5:
        yield text.upper()
    if rng.random() < 0.5:
        yield strip_accents(text)


def examples(nlp, shipped, posts, label, rng, labelled: bool) -> list[Example]:
    out = []
    kept = frozenset(nlp.get_pipe("ner").labels)
    for post in posts:
        spans = target(shipped, post, label, keep_shipped_persons=not labelled, kept=kept)
        for text in casings(post["text"], spans, label, rng, labelled):
            if len(text) != len(post["text"]):
                continue  # a character whose case or accent changes its length
            doc = nlp.make_doc(text)
            # a span that does not fall on token boundaries (inside a handle) is left unknown
            out.append(Example.from_dict(doc, {"entities": offsets_to_biluo_tags(doc, spans)}))
    return out


def person_scores(nlp, posts, label, change=lambda text: text) -> str:
    tp = fp = fn = 0
    for post in posts:
        gold = labelled_names(post)
        found = [(e.start_char, e.end_char) for e in nlp(change(post["text"])).ents
                 if e.label_ == label]
        tp += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in found)
        fp += sum(not any(s < ge and gs < e for gs, ge in gold) for s, e in found)
        fn += sum(not any(s < ge and gs < e for s, e in found) for gs, ge in gold)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def train(lang: str, dev_set: str | None) -> dict:
    package = MODELS[lang]
    label = PERSON_LABEL[lang]
    rng = random.Random(SEED)
    fix_random_seed(SEED)
    shipped = spacy.load(package, exclude=["parser", "senter"])
    nlp = spacy.load(package, exclude=["parser", "senter"])
    drop_labels(nlp, KEPT_LABELS[lang])
    sets = [name for name in LABELLED_SETS if name != dev_set]
    labelled = [post for name in sets for post in read_posts(RETIRED / name / "corpus.jsonl", lang)]
    generated = [post for path in sorted(glob.glob(str(GENERATED / "*" / "batch-*.jsonl")))
                 for post in read_posts(Path(path), lang)]
    rehearsal = rng.sample(generated, min(REHEARSAL_POSTS, len(generated)))
    data = (examples(nlp, shipped, labelled, label, rng, labelled=True)
            + examples(nlp, shipped, rehearsal, label, rng, labelled=False))
    dev = read_posts(RETIRED / dev_set / "corpus.jsonl", lang) if dev_set else []
    print(f"{lang}: {len(labelled)} labelled posts ({', '.join(sets)}), {len(rehearsal)} "
          f"rehearsal posts, {len(data)} examples", flush=True)
    with nlp.select_pipes(enable=["ner"]):
        if dev:
            print(f"  {dev_set}, shipped NER: as written {person_scores(nlp, dev, label)}; "
                  f"lower case {person_scores(nlp, dev, label, str.lower)}", flush=True)
        optimizer = nlp.resume_training()
        for epoch in range(1, EPOCHS + 1):
            rng.shuffle(data)
            losses: dict[str, float] = {}
            for batch in minibatch(data, size=compounding(8.0, 32.0, 1.001)):
                nlp.update(batch, sgd=optimizer, drop=DROPOUT, losses=losses)
            print(f"  epoch {epoch}: loss {losses['ner']:.0f}", flush=True)
        with nlp.use_params(optimizer.averages):
            if dev:
                print(f"  {dev_set}, trained NER: as written {person_scores(nlp, dev, label)}; "
                      f"lower case {person_scores(nlp, dev, label, str.lower)}", flush=True)
            weights = nlp.get_pipe("ner").to_bytes(exclude=["vocab"])
    installed = metadata.version(package)
    if installed != MODEL_VERSIONS[package]:
        raise SystemExit(f"{package} {installed} is installed; "
                         f"the pin is {MODEL_VERSIONS[package]}")
    return {"package": package, "version": installed, "weights": weights,
            "sha256": hashlib.sha256(weights).hexdigest(), "sets": sets}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="fr,en", help="comma-separated (default fr,en)")
    parser.add_argument("--dev-set", choices=LABELLED_SETS, default=None,
                        help="leave this retired set out of training and score the NER on it")
    parser.add_argument("--output", type=Path, default=DATA_DIR,
                        help=f"folder for the weights and {MANIFEST} (default: the package's)")
    args = parser.parse_args(argv)
    if args.dev_set and args.output.resolve() == DATA_DIR.resolve():
        parser.error("--dev-set trains on less than the shipped weights: give another --output")
    warnings.filterwarnings("ignore", message=r"\[W030\]")  # handles: left unknown on purpose
    single_thread_blas()
    started = time.perf_counter()
    args.output.mkdir(parents=True, exist_ok=True)
    manifest_path = args.output / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    for lang in args.languages.split(","):
        trained = train(lang, args.dev_set)
        weights_path(lang, args.output).write_bytes(trained.pop("weights"))
        manifest[lang] = {**trained, "seed": SEED, "epochs": EPOCHS,
                          "command": "scripts/train-ner"}
        print(f"  wrote {weights_path(lang, args.output)} (sha256 {trained['sha256'][:12]}…)",
              flush=True)
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
