"""The catalog: built-in packs, the personal-data base, user packs from extra folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.policy import CATEGORIES, ENTITY_TYPES, PolicyCatalog, PolicyError
from companion.policy import catalog as catalog_module

PACK_IDS = ["barreau-qc", "cisss-gaspesie", "law-firm", "rseq-monteregie", "shelter"]

#: Categories each pack may fire, from its source document (eval-dev README).
ALLOWED = {
    "barreau-qc": {"CLIENT_CONFIDENTIALITY", "LOCATION_DISCLOSURE", "DISPARAGEMENT",
                   "MISLEADING_ADVERTISING", "PERSONALIZED_LEGAL_ADVICE",
                   "TESTIMONIAL_SOLICITATION"},
    "law-firm": {"CLIENT_CONFIDENTIALITY", "DISPARAGEMENT", "PERSONALIZED_LEGAL_ADVICE"},
    "rseq-monteregie": {"DISPARAGEMENT", "HARASSMENT"},
    "shelter": {"SURVIVOR_IDENTIFICATION", "LOCATION_DISCLOSURE", "PRIVATE_EVENT_DISCLOSURE",
                "CONSENT_REQUIRED"},
    "cisss-gaspesie": {"CHILD_PROTECTION_IDENTIFICATION", "CONSENT_REQUIRED",
                       "CONFIDENTIAL_INFORMATION", "DISPARAGEMENT", "HARASSMENT"},
}

MINIMAL_RULE = """\
rules:
  - id: secret-word
    category: CONFIDENTIAL_INFORMATION
    severity: block
    message: {fr: "Mot secret.", en: "Secret word."}
    source: {document: "Test policy", passage: "s. 1", quote: "Never say the secret word."}
    detect: {terms: ["abracadabra"]}
    examples:
      match: {fr: ["Le mot est abracadabra."], en: ["The word is abracadabra."]}
      no_match: {fr: ["Rien ici."], en: ["Nothing here."]}
"""


def write_pack(root: Path, pack_id: str, rules: str = MINIMAL_RULE, more: str = "") -> Path:
    folder = root / pack_id
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(
        f"id: {pack_id}\n"
        "name: {fr: Organisme test, en: Test organization}\n"
        "description: {fr: Politique de test., en: Test policy.}\n"
        "source: Test policy document\n"
        "extends: base\n" + more, encoding="utf-8")
    (folder / "rules.yaml").write_text(rules, encoding="utf-8")
    return folder


def test_the_five_packs_load_sorted_with_bilingual_names(catalog):
    packs = catalog.packs()
    assert [p.id for p in packs] == PACK_IDS
    for pack in packs:
        assert pack.name["fr"] and pack.name["en"] and pack.name["fr"] != pack.name["en"]
        assert pack.description["fr"] and pack.description["en"]
        assert pack.source
        assert pack.rules
    assert catalog.errors == []


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_each_pack_fires_only_the_categories_of_its_source(catalog, pack_id):
    categories = {rule.category for rule in catalog.get(pack_id).rules}
    assert categories == ALLOWED[pack_id]
    assert categories <= set(CATEGORIES)


def test_every_rule_cites_its_source(catalog):
    for pack in catalog.packs():
        for rule in pack.rules:
            assert rule.quote and rule.source and rule.message["fr"] and rule.message["en"]


def test_unknown_pack_is_a_key_error(catalog):
    with pytest.raises(KeyError):
        catalog.get("no-such-pack")


def test_base_lists_the_ten_entity_types_with_placeholders(catalog):
    placeholders = {t: catalog.base.entity(t).placeholder for t in ENTITY_TYPES}
    assert placeholders["PHONE_NUMBER"] == {"fr": "[téléphone]", "en": "[phone]"}
    assert placeholders["CA_SIN"] == {"fr": "[NAS]", "en": "[SIN]"}
    assert placeholders["QC_COURT_FILE_NUMBER"] == {"fr": "[no de dossier]", "en": "[file number]"}
    assert placeholders["PERSON"] == {"fr": "[nom]", "en": "[name]"}
    for entity_type in ENTITY_TYPES:
        entity = catalog.base.entity(entity_type)
        assert entity.severity in ("info", "warning", "block")
        assert entity.message["fr"] and entity.message["en"]


def test_pack_overrides_merge_with_the_base(catalog):
    shelter = catalog.get("shelter").entity("STREET_ADDRESS")
    base = catalog.base.entity("STREET_ADDRESS")
    assert shelter.severity == "block" and base.severity == "warning"
    assert shelter.message != base.message
    assert shelter.placeholder == base.placeholder
    assert catalog.get("barreau-qc").entity("PHONE_NUMBER") == catalog.base.entity("PHONE_NUMBER")


def test_a_user_pack_in_an_extra_folder_appears(tmp_path):
    write_pack(tmp_path, "my-org")
    loaded = PolicyCatalog.load(extra_dirs=[tmp_path])
    assert [p.id for p in loaded.packs()] == sorted([*PACK_IDS, "my-org"])
    assert loaded.get("my-org").name == {"fr": "Organisme test", "en": "Test organization"}


def test_a_broken_user_pack_is_reported_and_the_others_still_load(tmp_path):
    write_pack(tmp_path, "good-org")
    write_pack(tmp_path, "bad-org", MINIMAL_RULE.replace("severity: block", "severity: fatal"))
    loaded = PolicyCatalog.load(extra_dirs=[tmp_path, tmp_path / "missing"])
    ids = [p.id for p in loaded.packs()]
    assert "good-org" in ids and "bad-org" not in ids
    assert len(loaded.errors) == 1
    assert "bad-org" in loaded.errors[0] and "secret-word" in loaded.errors[0]


def test_a_user_pack_with_a_built_in_id_is_refused_unless_it_says_it_overrides(tmp_path):
    write_pack(tmp_path / "one", "shelter")
    loaded = PolicyCatalog.load(extra_dirs=[tmp_path / "one"])
    assert [r.id for r in loaded.get("shelter").rules] != ["secret-word"]
    [failed] = loaded.failed
    assert failed.folder == tmp_path / "one" / "shelter"
    assert "overrides: true" in failed.problems[0]

    write_pack(tmp_path / "two", "shelter", more="overrides: true\n")
    loaded = PolicyCatalog.load(extra_dirs=[tmp_path / "two"])
    assert [r.id for r in loaded.get("shelter").rules] == ["secret-word"]
    listed = {p["id"]: p for p in loaded.listing()["policies"]}
    assert listed["shelter"]["overrides"] is True
    assert "overrides" not in listed["barreau-qc"]


def test_a_broken_built_in_pack_raises(tmp_path, monkeypatch):
    copy = tmp_path / "policies"
    shutil.copytree(catalog_module.BUILTIN_DIR, copy)
    (copy / "shelter" / "pack.yaml").write_text("id: shelter\n", encoding="utf-8")
    monkeypatch.setattr(catalog_module, "BUILTIN_DIR", copy)
    with pytest.raises(PolicyError) as raised:
        PolicyCatalog.load()
    assert "shelter/pack.yaml" in str(raised.value) and "name" in str(raised.value)


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_the_pack_readme_lists_every_rule_and_what_is_out_of_scope(pack_id):
    readme = (catalog_module.BUILTIN_DIR / pack_id / "README.md").read_text(encoding="utf-8")
    for rule in PolicyCatalog.load().get(pack_id).rules:
        assert f"`{rule.id}`" in readme, f"{pack_id}/README.md does not list {rule.id}"
    assert "## Out of scope" in readme
