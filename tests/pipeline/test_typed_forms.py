"""Personal data typed the way people really type it, through the whole pipeline: numbers with a
word processor's dashes are found, and the findings point at what the user typed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "text", "entity", "expected"),
    [
        ("fr", "Son NAS : 130–692–544, merci de le garder pour vous.", "CA_SIN", "130–692–544"),
        ("en", "Client born on 2012—04—19, file attached.", "DATE_OF_BIRTH", "2012—04—19"),
        ("fr", "Audience au dossier 500–17–012345–231 demain.", "QC_COURT_FILE_NUMBER",
         "500–17–012345–231"),
        ("fr", "Appelle-moi au 514–555–0199 ce soir.", "PHONE_NUMBER", "514–555–0199"),
    ],
)
def test_numbers_with_dashes_are_found_as_typed(pipeline, language, text, entity, expected):
    result = pipeline.analyze(text, language=language, policy=None)
    assert [f.text for f in result.findings if f.type == entity] == [expected]


def test_a_whole_handle_is_replaced(pipeline):
    text = "Merci à @sophie.gagnon pour les photos!"
    [finding] = [f for f in pipeline.analyze(text, language="fr", policy=None).findings
                 if f.type == "PERSON"]
    assert finding.text == "@sophie.gagnon"
    assert finding.suggestion.replacement == "S. G."
