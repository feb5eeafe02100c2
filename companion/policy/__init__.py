"""Organization policies as data: packs of rules (policies/<id>/) that say which rule of the
user's organization a post breaks, quoting the source, on top of a shared personal-data base.

The pipeline uses:
    catalog = PolicyCatalog.load(extra_dirs=[settings.user_policies_dir])
    pack = catalog.get("barreau-qc"); pack.entity("PERSON"); pack.evaluate(PolicyContext(...))
and the CLI `policies --validate/--test` uses validate_pack(path), load_pack(path) and
run_examples (companion.policy.examples).
"""

from companion.policy.catalog import PolicyCatalog, PolicyError, load_pack, validate_pack
from companion.policy.model import (
    CATEGORIES,
    ENTITY_TYPES,
    EntityPolicy,
    PiiSpan,
    PolicyContext,
    PolicyHit,
)
from companion.policy.pack import BasePack, PolicyPack

__all__ = [
    "CATEGORIES",
    "ENTITY_TYPES",
    "BasePack",
    "EntityPolicy",
    "PiiSpan",
    "PolicyCatalog",
    "PolicyContext",
    "PolicyError",
    "PolicyHit",
    "PolicyPack",
    "load_pack",
    "validate_pack",
]
