"""Every regular expression the companion runs on a post stays linear on adversarial input.

The patterns are gathered from the live pipeline and the companion's modules (recognizers,
policy packs, language detection, segmentation…) rather than listed by hand, so a pattern added
tomorrow is checked too. Each runs, in a child process, over runs of characters that make badly
nested quantifiers backtrack, at two lengths: when the longer input takes far more than
proportionally longer, the pattern backtracks, and on a 100,000-character post it would stall
the companion for minutes or hours.

Times are the child's own CPU time (time.process_time), not the wall clock: other processes
taking the machine's cores do not make a linear pattern look slow. A `re` pattern cannot count
its backtracking steps, so the shape (×4 input → about ×4 CPU time when linear, ×16 or far more
when it backtracks) is what is asserted.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types

import regex

SHORT, LONG = 2_000, 8_000
#: Time ratio LONG/SHORT above which a pattern is not linear (linear: about 4; quadratic: 16).
MAX_GROWTH = 8
#: Below this time over a SHORT input, a pattern does too little work for its growth to be
#: measured (a backtracking pattern takes tens of milliseconds there).
MEASURABLE_S = 0.001
#: Longest a pattern may take over one LONG input, even linearly (×12.5 for a 100,000-character
#: post).
LONG_BUDGET_S = 0.15
CHILD_TIMEOUT_S = 240

#: Runs a pattern almost matches; each is followed by "!" so that the match fails at the end.
UNITS = ["a", "A", "1", " ", "\u00a0", ".", "-", "@", "é", "'", ",", "\n", "(", "/",
         "1 ", "1-", "12-", "a.", "a@", "a-", "Aa ", "A. ", "Me ", "1, rue ", "a@b.",
         "H2X ", "514 ", "de la ", "Marie ", "rue de la ", "l'a", "ab1", "1a", "a1-"]

_CHILD = r"""
import json, re, sys, time
import regex
job = json.loads(sys.stdin.read())
def timed(compiled, unit, length, repeats=1):
    text = unit * (length // len(unit)) + "!"
    best = float("inf")
    for _ in range(repeats):
        began = time.process_time()
        for _ in compiled.finditer(text):
            pass
        best = min(best, time.process_time() - began)
    return best
for index, (module, pattern, flags) in enumerate(job["patterns"]):
    compiled = (re if module == "re" else regex).compile(pattern, flags)
    print(json.dumps({"started": index}), flush=True)
    growth, slowest = 0.0, 0.0
    for unit in job["units"]:
        short = timed(compiled, unit, job["short"])
        if short > job["long_budget"]:
            short = timed(compiled, unit, job["short"], repeats=3)
        if short > job["long_budget"]:  # already hopeless: spare the long run
            growth, slowest = float("inf"), max(slowest, short)
            continue
        long = timed(compiled, unit, job["long"])
        if short >= job["measurable"] and long / short > job["max_growth"] or (
                long > job["long_budget"]):
            # confirm with the best of a few runs: another process may have had the CPU
            short = timed(compiled, unit, job["short"], repeats=3)
            long = timed(compiled, unit, job["long"], repeats=3)
        slowest = max(slowest, long)
        if short >= job["measurable"]:
            growth = max(growth, long / short)
    print(json.dumps({"done": index, "growth": growth, "slowest": slowest}), flush=True)
"""


def test_every_pattern_stays_linear_on_adversarial_input(pipeline):
    owners = _patterns_reachable_from(pipeline, *_companion_modules())
    patterns = list(owners)
    assert len(patterns) >= 20, "the walk found too few patterns to be trusted"
    job = {"units": UNITS, "short": SHORT, "long": LONG, "measurable": MEASURABLE_S,
           "long_budget": LONG_BUDGET_S, "max_growth": MAX_GROWTH,
           "patterns": [("re" if isinstance(p, re.Pattern) else "regex", p.pattern, p.flags)
                        for p in patterns]}
    try:
        output = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(job),
                                capture_output=True, text=True, timeout=CHILD_TIMEOUT_S).stdout
    except subprocess.TimeoutExpired as stalled:
        output = stalled.stdout.decode() if isinstance(stalled.stdout, bytes) else (
            stalled.stdout or "")
    events = [json.loads(line) for line in output.splitlines()]
    results = {e["done"]: e for e in events if "done" in e}
    stalled = [e["started"] for e in events if "started" in e and e["started"] not in results]
    assert not stalled, f"stalled on {_describe(patterns[stalled[0]], owners)}"
    assert len(results) == len(patterns), output[-2000:]
    backtracking = [f"{_describe(patterns[i], owners)}: ×{r['growth']:.0f} for ×4 input, "
                    f"{r['slowest']:.2f} s" for i, r in sorted(results.items())
                    if r["growth"] > MAX_GROWTH or r["slowest"] > LONG_BUDGET_S]
    assert not backtracking, "patterns that backtrack on long runs:\n" + "\n".join(backtracking)


def _describe(pattern, owners) -> str:
    return f"{owners[pattern]} = {pattern.pattern[:90]!r}"


def _companion_modules() -> list[types.ModuleType]:
    return [module for name, module in sorted(sys.modules.items())
            if name == "companion" or name.startswith("companion.")]


def _patterns_reachable_from(*roots: object) -> dict[re.Pattern | regex.Pattern, str]:
    """Compiled patterns held by the companion's objects, classes and modules (not by spaCy's),
    each with where it was found."""
    found: dict[re.Pattern | regex.Pattern, str] = {}
    seen: set[int] = set()
    stack: list[tuple[object, str]] = [(root, _name(root)) for root in roots]
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, re.Pattern | regex.Pattern):
            found.setdefault(node, where)
        elif isinstance(node, dict):
            stack += [(value, f"{where}[{key!r}]") for key, value in node.items()]
        elif isinstance(node, list | tuple | set | frozenset):
            stack += [(value, f"{where}[]") for value in node]
        elif _is_ours(node):
            stack += [(value, f"{_name(node)}.{key}") for key, value in _attributes(node)]
    return found


def _is_ours(node: object) -> bool:
    if isinstance(node, types.ModuleType | type):
        module = getattr(node, "__module__", None) or node.__name__
        return module.startswith("companion")
    module = getattr(type(node), "__module__", "") or ""
    return module.startswith(("companion.", "presidio_analyzer"))


def _name(node: object) -> str:
    if isinstance(node, types.ModuleType):
        return node.__name__
    if isinstance(node, type):
        return f"{node.__module__}.{node.__qualname__}"
    return f"<{type(node).__module__}.{type(node).__qualname__}>"


def _attributes(node: object) -> list[tuple[str, object]]:
    items = list(getattr(node, "__dict__", {}).items())
    for slot in getattr(type(node), "__slots__", ()):
        if hasattr(node, slot):
            items.append((slot, getattr(node, slot)))
    return items
