"""Policy findings a person can act on: each points at the sentence or phrase carrying the
breach (never a stray word or an emoji), offers a replacement only where the sentence still
reads right once it is made, and comes once per rule and place."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "data" / "policy_corpus.jsonl"


@pytest.fixture(scope="module")
def analysed(pipeline):
    posts = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [(post, pipeline.analyze(post["text"], language=post["lang"], policy=post["policy"]))
            for post in posts]


def policy_findings(analysed):
    for post, result in analysed:
        for finding in result.findings:
            if finding.kind == "policy":
                yield post, finding


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_one_finding_per_rule_and_place(analysed):
    for post, result in analysed:
        places = [(f.rule.id, f.start, f.end) for f in result.findings if f.kind == "policy"]
        assert len(places) == len(set(places)), post["id"]


def test_findings_cover_whole_words(analysed):
    cut = [f"{post['id']}: « {f.text} »" for post, f in policy_findings(analysed)
           if f.text != f.text.strip()
           or (f.start > 0 and post["text"][f.start - 1].isalnum() and f.text[0].isalnum())
           or (f.end < len(post["text"]) and post["text"][f.end].isalnum()
               and f.text[-1].isalnum())]
    assert not cut, "\n".join(cut)


def test_a_finding_is_a_phrase_unless_it_offers_a_replacement(analysed):
    stray = [f"{post['id']} {f.rule.id}: « {f.text} »" for post, f in policy_findings(analysed)
             if len(words(f.text)) < 2 and f.suggestion is None
             and f.text != post["text"].strip()]  # a one-word reply: « Pathetic. »
    assert not stray, "\n".join(stray)


def test_a_replacement_only_takes_the_place_of_a_name(analysed):
    offered = [(post, f) for post, f in policy_findings(analysed) if f.suggestion is not None]
    assert offered, "the corpus has place names the location rules offer to replace"
    wrong = [f"{post['id']}: « {f.text} » → {f.suggestion.replacement}" for post, f in offered
             if not re.match(r"^(#|\W*[A-Z0-9À-Ý])", f.text)]
    assert not wrong, "\n".join(wrong)


def test_a_remark_is_shown_on_its_sentence(pipeline):
    text = "Le coach des Titans est un vrai clown. Bonne saison à tous!"
    [finding] = [f for f in pipeline.analyze(text, language="fr",
                                             policy="rseq-monteregie").findings
                 if f.kind == "policy"]
    assert finding.text == "Le coach des Titans est un vrai clown."


def test_an_emoji_is_never_the_whole_finding(pipeline):
    text = "Merci au juge pour cette décision tellement brillante 🙄 Vivement l'appel."
    found = [f for f in pipeline.analyze(text, language="fr", policy="barreau-qc").findings
             if f.kind == "policy"]
    assert found and all(len(words(f.text)) >= 2 for f in found)


def test_a_place_name_gets_its_placeholder(pipeline):
    text = "Selfie devant la maison ce matin! #Longueuil"
    [finding] = [f for f in pipeline.analyze(text, language="fr", policy="shelter").findings
                 if f.type == "LOCATION_DISCLOSURE"]
    assert finding.text == "Longueuil"
    assert finding.suggestion.replacement == "[lieu]"


def test_a_client_with_their_town_is_one_warning_not_two(pipeline):
    """client-mentioned and client-recognisable both see « Mon client »; the user reads one."""
    text = "Mon client, un mécanicien de Sept-Îles, a enfin eu sa réponse ce matin."
    found = [f for f in pipeline.analyze(text, language="fr", policy="barreau-qc").findings
             if f.type == "CLIENT_CONFIDENTIALITY"]
    assert [f.rule.id for f in found] == ["client-recognisable"]


def test_a_shelter_named_with_its_town_is_one_warning_not_two(pipeline):
    """shelter-location and shelter-place-named both see « Victoriaville » beside « notre
    maison »; the user reads one warning on the town."""
    text = "Grosse semaine à notre maison de Victoriaville : trois nouvelles familles accueillies."
    found = [(f.rule.id, f.text) for f in pipeline.analyze(text, language="fr",
                                                          policy="shelter").findings
             if f.type == "LOCATION_DISCLOSURE"]
    assert found == [("shelter-place-named", "Victoriaville")]
