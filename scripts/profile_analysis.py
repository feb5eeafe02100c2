"""Where the time of an analysis goes: pyinstrument over the pipeline, in this process.

    scripts/profile cold 2000 fr        # new posts of ~2,000 characters, nothing cached
    scripts/profile typing 2000 en      # one character added at a time to a cached post
    scripts/profile start               # building the pipeline (models, packs, warm-up)

Prints pyinstrument's call tree (and the mean time per analysis); asserts nothing. The posts
are scripts/bench's, so a profile explains a bench figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.renderers import ConsoleRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import DEFAULT_POLICY, PostMaker, typing_edits

from companion.pipeline import Pipeline
from companion.policy import PolicyCatalog


def build() -> Pipeline:
    pipeline = Pipeline(PolicyCatalog.load())
    pipeline.warm_up()
    return pipeline


def render(profiler: Profiler, flat: bool) -> str:
    options = {"filter_threshold": 0.005}  # hide frames under 0.5% of the time
    return profiler.output(ConsoleRenderer(flat=flat, processor_options=options))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("cold", "typing", "start"))
    parser.add_argument("size", nargs="?", type=int, default=2000)
    parser.add_argument("lang", nargs="?", choices=("fr", "en"), default="fr")
    parser.add_argument("--policy", default=DEFAULT_POLICY, help="'' for none")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--flat", action="store_true", help="functions by own time, no tree")
    args = parser.parse_args(argv)

    profiler = Profiler(interval=0.0005)
    if args.mode == "start":
        profiler.start()
        build()
        profiler.stop()
        print(render(profiler, args.flat))
        return 0

    pipeline = build()
    maker = PostMaker()
    policy = args.policy or None
    if args.mode == "cold":
        texts = [maker.post(args.size, args.lang) for _ in range(args.runs)]
    else:
        post = maker.post(args.size, args.lang)
        pipeline.analyze(post, policy=policy)
        texts = list(typing_edits(post, args.lang, args.runs))
    started = time.perf_counter()
    profiler.start()
    for text in texts:
        pipeline.analyze(text, policy=policy)
    profiler.stop()
    mean = (time.perf_counter() - started) * 1000 / len(texts)
    print(render(profiler, args.flat))
    print(f"{args.mode} {args.size} {args.lang} policy={policy or '-'}: {len(texts)} analyses, "
          f"mean {mean:.1f} ms (profiler overhead included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
