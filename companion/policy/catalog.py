"""Loads the policy packs: the built-in ones under policies/ and an organization's own packs
dropped into extra folders (the user's config dir `policies/`).

Layout of a policies root:
  base/pack.yaml              the shared personal-data base (every pack extends it)
  shared/lexicons/*.yaml      word lists reused by several packs (@name in terms)
  shared/detectors/*.yaml     named conditions reused by several packs (ref: name)
  shared/negation.yaml        negation cues
  <id>/pack.yaml              id, names, descriptions, source, entity overrides
  <id>/rules.yaml, <id>/rules/*.yaml      the rules
  <id>/lexicons/*.yaml, <id>/detectors/*.yaml   optional, the pack's own additions

An organization's pack that cannot load is skipped and listed, with its problems, in
`PolicyCatalog.failed` (shown by `garde-fou policies` and GET /v1/policies). It may not take a
built-in pack's id unless its pack.yaml says `overrides: true`. Its files are read within
bounds (files.py) and its regular expressions run in linear time (regex.py).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from companion.policy.builtin import BUILTIN_DIR
from companion.policy.files import PackFiles
from companion.policy.model import EntityPolicy
from companion.policy.negation import Negation
from companion.policy.pack import BasePack, CompileError, PolicyPack, Registry, Rule
from companion.policy.schema import (
    BaseFile,
    DetectorsFile,
    LexiconFile,
    NegationFile,
    PackFile,
    RuleSpec,
    deprecated_forms,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)


_RESERVED = {"base", "shared"}
#: The built-in shared part (base, lexicons, detectors) is read once by every pack: 100 KB now.
_SHARED_MAX_BYTES = 4 * 1024 * 1024


class PolicyError(ValueError):
    """A pack cannot be loaded. The message (one line per problem, also in `.errors`) says
    which file, which rule and how to fix it."""

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


@dataclass(frozen=True)
class FailedPack:
    """An organization's pack that was skipped, with its problems (one line each)."""

    folder: Path
    problems: list[str]

    def to_json(self) -> dict[str, object]:
        return {"folder": str(self.folder), "problems": self.problems}


class PolicyCatalog:
    def __init__(self, base: BasePack, packs: dict[str, PolicyPack],
                 failed: list[FailedPack]) -> None:
        self.base = base
        self._packs = packs
        #: the user's own packs that could not load (and were skipped)
        self.failed = failed

    @property
    def errors(self) -> list[str]:
        """Every problem of the skipped packs, one line each."""
        return [line for pack in self.failed for line in pack.problems]

    @classmethod
    def load(cls, extra_dirs: Sequence[Path] = (), *, learned: bool = True,
             learned_veto: float | None = None) -> PolicyCatalog:
        """The built-in packs and those in `extra_dirs`. For measurements: `learned=False`
        leaves out what reads the learned classifier (its rules and the packs' `learned_veto`),
        to score the word rules alone; `learned_veto` sets it on every built-in pack."""
        base, registry = _load_shared(BUILTIN_DIR)
        packs: dict[str, PolicyPack] = {}
        for folder in _pack_dirs(BUILTIN_DIR):
            pack = packs[folder.name] = _load_pack(folder, base, registry, builtin=True)
            if learned_veto is not None:
                pack.learned_veto = learned_veto
            if not learned:
                pack.rules = [r for r in pack.rules if not r.learned]
                pack.learned_veto = None
        builtin_ids = frozenset(packs)
        failed: list[FailedPack] = []
        for extra in extra_dirs:
            if not Path(extra).is_dir():
                continue
            for folder in _pack_dirs(Path(extra), report_strays=True):
                try:
                    pack = _load_pack(folder, base, registry, builtin=False,
                                      builtin_ids=builtin_ids)
                except PolicyError as exc:
                    log.warning("policy pack %s skipped:\n%s", folder, exc)
                    failed.append(FailedPack(folder, exc.errors))
                    continue
                if pack.overrides:
                    log.info("policy pack %s (%s) overrides the built-in one", pack.id, folder)
                packs[pack.id] = pack
        return cls(base, dict(sorted(packs.items())), failed)

    def packs(self) -> list[PolicyPack]:
        return list(self._packs.values())

    def listing(self) -> dict[str, object]:
        """What GET /v1/policies and `garde-fou policies --json` answer: the packs, then the
        organization's packs that could not load, each with its problems."""
        policies = []
        for pack in self.packs():
            entry: dict[str, object] = {"id": pack.id, "name": pack.name,
                                        "description": pack.description, "source": pack.source}
            if pack.overrides:
                entry["overrides"] = True
            policies.append(entry)
        return {"policies": policies, "errors": [pack.to_json() for pack in self.failed]}

    def get(self, pack_id: str) -> PolicyPack:
        return self._packs[pack_id]


def validate_pack(path: Path) -> list[str]:
    """Checks a pack (its folder, or any file in it) or the shared base, lexicons and detectors:
    [] when valid, else one line per problem."""
    try:
        load_pack(path)
    except PolicyError as exc:
        return exc.errors
    return []


def load_pack(path: Path) -> PolicyPack | None:
    """The pack in folder `path` (or holding the file `path`), compiled against the built-in
    shared parts; None when `path` is one of those shared parts (base/, shared/), which are
    then checked. Raises PolicyError saying what is wrong."""
    path = Path(path).resolve()
    if not path.exists():
        raise PolicyError([f"{path}: no such file or folder"])
    shared_part = any(path.is_relative_to(BUILTIN_DIR / name) for name in _RESERVED)
    folder = next((p for p in (path, *path.parents[:2]) if (p / "pack.yaml").is_file()), None)
    if folder is None and not shared_part:
        raise PolicyError([f"{path}: not inside a policy pack; a pack is a folder holding "
                           "pack.yaml (see policies/README.md)"])
    base, registry = _load_shared(BUILTIN_DIR)
    if shared_part:
        return None
    return _load_pack(folder, base, registry, builtin=path.is_relative_to(BUILTIN_DIR),
                      builtin_ids=frozenset(p.name for p in _pack_dirs(BUILTIN_DIR)))


# ---- loading -------------------------------------------------------------------------------


def _pack_dirs(root: Path, report_strays: bool = False) -> list[Path]:
    folders = []
    for child in sorted(root.iterdir()):
        if not child.is_dir() or child.name.startswith(".") or child.name in _RESERVED:
            continue
        if (child / "pack.yaml").is_file() or report_strays:
            folders.append(child)
    return folders


def _load_shared(root: Path) -> tuple[BasePack, Registry]:
    errors: list[str] = []
    files = PackFiles(max_bytes=_SHARED_MAX_BYTES)
    base_file = _parse(files, root / "base" / "pack.yaml", BaseFile, errors)
    negation_file = _parse(files, root / "shared" / "negation.yaml", NegationFile, errors)
    lexicons = _load_lexicons(files, root / "shared" / "lexicons", errors)
    detectors = _load_detectors(files, root / "shared" / "detectors", errors)
    if errors or base_file is None or negation_file is None:
        raise PolicyError(errors)
    base = BasePack({
        name: EntityPolicy(spec.severity, spec.message.model_dump(), spec.placeholder.model_dump())
        for name, spec in base_file.entities.items()
    })
    negation = Negation.from_lists(negation_file.cues.model_dump(),
                                   negation_file.clause_words.model_dump(), negation_file.window)
    registry = Registry(lexicons, detectors, negation, frozenset(lexicons), frozenset(detectors))
    _compile_detectors(registry, root / "shared" / "detectors", errors)
    if errors:
        raise PolicyError(errors)
    return base, registry


def _load_pack(folder: Path, base: BasePack, shared: Registry, *, builtin: bool,
               builtin_ids: frozenset[str] = frozenset()) -> PolicyPack:
    """`builtin`: a pack shipped with the companion. An organization's pack may not reuse one
    of `builtin_ids` unless it says `overrides: true`."""
    errors: list[str] = []
    files = PackFiles()
    pack_path = folder / "pack.yaml"
    if not pack_path.is_file():
        raise PolicyError([f"{folder}: no pack.yaml; a pack folder needs one with id, name, "
                           "description and source (see policies/README.md)"])
    pack_file = _parse(files, pack_path, PackFile, errors)
    if pack_file is not None and pack_file.id != folder.name:
        errors.append(f"{pack_path}: id {pack_file.id!r} differs from the folder name "
                      f"{folder.name!r}; rename the folder or change the id")
    overrides = not builtin and pack_file is not None and pack_file.id in builtin_ids
    if overrides and not pack_file.overrides:
        errors.append(f"{pack_path}: id {pack_file.id!r} is a built-in pack's; give this pack "
                      "its own id, or add `overrides: true` to pack.yaml to replace the "
                      "built-in pack")
    notes: list[str] = []
    registry = shared.extended(_load_lexicons(files, folder / "lexicons", errors),
                               _load_detectors(files, folder / "detectors", errors, notes),
                               builtin=builtin)
    if registry is not shared:
        _compile_detectors(registry, folder / "detectors", errors)
    rules = _load_rules(files, folder, registry, errors, builtin, notes)
    if not rules and not errors:
        errors.append(f"{folder}: no rules; add rules.yaml or rules/*.yaml")
    if errors or pack_file is None:
        raise PolicyError(errors)
    return PolicyPack(
        id=pack_file.id,
        name=pack_file.name.model_dump(),
        description=pack_file.description.model_dump(),
        source=pack_file.source,
        base=base,
        entity_overrides=pack_file.entities,
        rules=rules,
        overrides=overrides,
        labels=registry.labels,
        learned_veto=pack_file.learned_veto,
        notes=notes,
    )


def _rule_files(folder: Path) -> list[Path]:
    files = [folder / "rules.yaml"] if (folder / "rules.yaml").is_file() else []
    if (folder / "rules").is_dir():
        files += sorted((folder / "rules").glob("*.yaml"))
    return files


def _load_rules(files: PackFiles, folder: Path, registry: Registry, errors: list[str],
                builtin: bool, notes: list[str]) -> list[Rule]:
    """The pack's rules; problems go to `errors`, deprecated forms to `notes`."""
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path in _rule_files(folder):
        data = files.load(path, errors)
        if data is None:
            continue
        items = data.get("rules") if isinstance(data, dict) else data
        if not isinstance(items, list) or not items:
            errors.append(f"{path}: expected a list of rules (or `rules:` followed by a list); "
                          "start each rule with `- id: …`")
            continue
        for number, item in enumerate(items, 1):
            label = _rule_label(item, number)
            try:
                spec = RuleSpec.model_validate(item)
            except ValidationError as exc:
                errors.extend(_describe(exc, path, label))
                continue
            if spec.id in seen:
                errors.append(f"{path}: rule {label}: id already used in {seen[spec.id].name}; "
                              "give each rule of a pack its own id")
                continue
            seen[spec.id] = path
            notes += [f"{path}: rule {label}: {note}"
                      for condition in (spec.detect, spec.unless) if condition is not None
                      for note in deprecated_forms(condition)]
            try:
                rules.append(Rule.compile(spec, registry, builtin))
            except CompileError as exc:
                errors.append(f"{path}: rule {label}: {exc}")
    return rules


def _load_lexicons(files: PackFiles, folder: Path,
                   errors: list[str]) -> dict[str, dict[str, list[str]]]:
    lexicons = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        lexicon = _parse(files, path, LexiconFile, errors)
        if lexicon is not None:
            lexicons[path.stem] = {"fr": lexicon.fr, "en": lexicon.en, "any": lexicon.any}
    return lexicons


def _load_detectors(files: PackFiles, folder: Path, errors: list[str],
                    notes: list[str] | None = None) -> dict[str, Any]:
    detectors: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        parsed = _parse(files, path, DetectorsFile, errors)
        if parsed is not None:
            detectors.update(parsed.detectors)
            if notes is not None:
                notes += [f"{path}: detector {name!r}: {note}"
                          for name, spec in parsed.detectors.items()
                          for note in deprecated_forms(spec)]
    return detectors


def _compile_detectors(registry: Registry, folder: Path, errors: list[str]) -> None:
    """Compiles every detector now, so a broken one is reported even if no rule uses it."""
    for name in registry.detectors:
        try:
            registry.detector(name)
        except CompileError as exc:
            errors.append(f"{folder}: detector {name!r}: {exc}")


# ---- reading and error messages -------------------------------------------------------------


def _parse(files: PackFiles, path: Path, model: type[M], errors: list[str]) -> M | None:
    data = files.load(path, errors)
    if data is None:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors.extend(_describe(exc, path, None))
        return None


def _rule_label(item: object, number: int) -> str:
    rule_id = item.get("id") if isinstance(item, dict) else None
    return f"{rule_id!r}" if isinstance(rule_id, str) else f"#{number} (no id)"


_TYPE_TAG = re.compile(r"^(?:[A-Z]\w*|list\[.*\]|dict\[.*\]|str|int|float|bool|literal\[.*\]|"
                       r"function-\w+\[.*\]|constrained-str|tagged-union\[.*\]|none)$")

_HINTS = {
    "missing": "add this field",
    "extra_forbidden": "remove this field or fix its spelling",
    "literal_error": "use one of the values listed",
    "string_too_short": "write some text",
    "too_short": "add at least one item",
    "string_pattern_mismatch": "use lower-case letters, digits and hyphens, e.g. client-named",
    "string_type": "write it as text (quote it if needed)",
    "list_type": "write a YAML list, one `- item` per line",
    "dict_type": "write a mapping of `key: value` lines",
    "model_type": "write a mapping of `key: value` lines",
    "model_attributes_type": "write a mapping of `key: value` lines",
    "bool_type": "write true or false",
    "int_type": "write a whole number",
    "int_parsing": "write a whole number",
    "float_parsing": "write a number",
    "greater_than": "use a larger number",
    "greater_than_equal": "use a larger number",
    "less_than_equal": "use a smaller number",
}


def _describe(exc: ValidationError, path: Path, rule: str | None) -> list[str]:
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(p) for p in err["loc"] if not _TYPE_TAG.match(str(p)))
        message = err["msg"].removeprefix("Value error, ")
        hint = _HINTS.get(err["type"])
        line = (f"{path}: " + (f"rule {rule}: " if rule else "")
                + (f"{loc}: " if loc else "") + message + (f" — fix: {hint}" if hint else ""))
        if line not in lines:
            lines.append(line)
    return lines
