"""The lawyers' packs: a personal identifier is a client's file only with a client or a matter.

A birth date in a birth announcement, or a person's own SIN in a job post, is personal data
(flagged as such) but no breach of client confidentiality; the same number next to « ma
cliente » or « son dossier » is, and a court file number with anyone's name always is."""

from __future__ import annotations

import pytest

EVERYDAY = [
    ("fr", "Bienvenue à notre petite Léa Tremblay, née le 3 mars 2026 ❤️ Maman et bébé vont bien!"),
    ("en", "Happy 40th to my big brother Kevin Ross, born May 3, 1986! Dinner's on me tonight 🎉"),
]
BREACHES = [
    ("fr", "Le portail refuse encore le NAS de ma cliente, 456 123 785. Quelqu'un a une idée?"),
    ("en", "Kevin Ross, born May 3, 1986, finally has his custody file closed. Great day!"),
    ("fr", "Julie Roy perd sa cause (dossier 500-22-123456-241), quelle injustice."),
]


def rules_fired(pipeline, lang: str, text: str, pack: str) -> set[str]:
    result = pipeline.analyze(text, language=lang, policy=pack)
    return {f.rule.id for f in result.findings if f.kind == "policy"}


@pytest.mark.parametrize("pack", ["barreau-qc", "law-firm"])
@pytest.mark.parametrize(("lang", "text"), EVERYDAY)
def test_a_birth_date_among_family_is_no_case_identifier(pipeline, pack, lang, text):
    result = pipeline.analyze(text, language=lang, policy=pack)
    assert any(f.type == "DATE_OF_BIRTH" for f in result.findings)  # still personal data
    assert "case-identifiers" not in rules_fired(pipeline, lang, text, pack)


@pytest.mark.parametrize("pack", ["barreau-qc", "law-firm"])
@pytest.mark.parametrize(("lang", "text"), BREACHES)
def test_an_identifier_with_a_client_or_a_matter_is_one(pipeline, pack, lang, text):
    assert "case-identifiers" in rules_fired(pipeline, lang, text, pack)
