"""The built-in packs read as cards: evidence from the documented condition kinds, `near`
with named parts (never the deprecated positional form), and no condition nested more than
two levels deep (deeper evidence is a named detector, referred to with `ref:`)."""

from __future__ import annotations

import re

import pytest

from companion.policy.catalog import BUILTIN_DIR, _load_detectors, _load_shared, load_pack
from companion.policy.files import PackFiles
from companion.policy.schema import ConditionSpec, deprecated_forms

PACK_IDS = ["barreau-qc", "cisss-gaspesie", "law-firm", "rseq-monteregie", "shelter"]
MAX_DEPTH = 2


def depth(spec: ConditionSpec) -> int:
    """How many levels of any/near/count a condition nests (a leaf or a `ref:` is 0)."""
    children = (spec.any_ or []) + (spec.count.of if spec.count else []) + (
        [*spec.near.members, *spec.near.unless] if spec.near else [])
    own = 1 + max(map(depth, children)) if children else 0
    return max([own, *map(depth, spec.except_)])


def built_in_conditions():
    """(where, condition) of every built-in detector and rule."""
    _, registry = _load_shared(BUILTIN_DIR)
    found = [(f"detector {name}", spec) for name, spec in registry.detectors.items()]
    for pack_id in PACK_IDS:
        pack = load_pack(BUILTIN_DIR / pack_id)
        for rule in pack.rules:
            found += [(f"{pack_id} rule {rule.id}", c)
                      for c in (rule.spec.detect, rule.spec.unless) if c is not None]
        folder = BUILTIN_DIR / pack_id / "detectors"
        if folder.is_dir():
            found += [(f"{pack_id} detector {name}", spec) for name, spec in
                      _load_detectors(PackFiles(), folder, []).items()]
    return found


CONDITIONS = built_in_conditions()


@pytest.mark.parametrize(("where", "spec"), CONDITIONS, ids=[w for w, _ in CONDITIONS])
def test_no_built_in_condition_nests_more_than_two_levels(where, spec):
    assert depth(spec) <= MAX_DEPTH, f"{where}: move the inner conditions to a named detector"


@pytest.mark.parametrize(("where", "spec"), CONDITIONS, ids=[w for w, _ in CONDITIONS])
def test_built_in_conditions_use_no_deprecated_form(where, spec):
    assert deprecated_forms(spec) == []


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_built_in_packs_load_without_notes(pack_id):
    assert load_pack(BUILTIN_DIR / pack_id).notes == []


def test_every_composite_detector_says_what_it_finds():
    """A detector built from other conditions opens with a comment line saying what it
    finds (a reader of a rule follows `ref:` to it)."""
    missing = []
    for path in sorted(BUILTIN_DIR.glob("*/detectors/*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = re.match(r"^  ([a-z0-9-]+):\s*$", line)
            if m and i + 1 < len(lines) and not lines[i + 1].strip().startswith("#"):
                body = lines[i + 1].strip()
                if body.startswith(("any:", "near:", "count:")):
                    missing.append(f"{path.relative_to(BUILTIN_DIR)}: {m.group(1)}")
    assert not missing, missing
