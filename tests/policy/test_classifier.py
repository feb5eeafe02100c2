"""The `classifier` detector kind: the learned model's score for a category over a threshold,
pointing at a sentence, explained with its score, and learned rules as switchable fallbacks."""

from __future__ import annotations

import dataclasses

import numpy
import pytest

from companion.policy import CATEGORIES, PolicyCatalog, classifier, load_pack, validate_pack
from companion.policy.classifier import shipped_classifier
from companion.policy.explain import explain
from companion.policy.textview import TextView
from tests.policy.test_catalog import MINIMAL_RULE, write_pack

THREAT = "On sait où tu stationnes ton char. Fais attention en sortant de l'aréna ce soir."


def learned_rule(threshold: float, *, fallback: bool = False, rule_id: str = "learned") -> str:
    """A rule of the minimal pack's category that reads the classifier."""
    rule = MINIMAL_RULE.replace("rules:\n", "").replace("id: secret-word", f"id: {rule_id}")
    return rule.replace(
        'detect: {terms: ["abracadabra"]}',
        "detect: {classifier: {category: CONFIDENTIAL_INFORMATION, "
        f"threshold: {threshold}}}}}\n    fallback: {str(fallback).lower()}")


def pack_with(tmp_path, *rules: str):
    return load_pack(write_pack(tmp_path, "org", "rules:\n" + "".join(rules)))


def test_the_shipped_model_scores_every_category(pipeline):
    view = TextView(pipeline.policy_context(THREAT, language="fr", policy="rseq-monteregie"))
    scores = shipped_classifier().scores(view).probabilities
    assert set(scores) == set(CATEGORIES)
    assert all(0 < s < 1 for s in scores.values())


def test_the_model_finds_a_veiled_threat_the_word_rules_miss(pipeline):
    text = ("Le coach Gagnon devrait surveiller ses pneus, on dit ça de même. "
            "La partie commence à 19 h.")
    [finding] = [f for f in pipeline.analyze(text, language="fr", policy="rseq-monteregie")
                 .findings if f.kind == "policy"]
    assert (finding.type, finding.rule.id) == ("HARASSMENT", "learned-harassment")
    assert finding.text == "Le coach Gagnon devrait surveiller ses pneus, on dit ça de même."


def test_the_model_reads_tone_said_outside_words(pipeline):
    """Ironic praise leans on an eye-roll or scare quotes; the same words said plainly thank."""
    def disparagement(text: str) -> float:
        view = TextView(pipeline.policy_context(text, language="en", policy="rseq-monteregie"))
        return shipped_classifier().scores(view).probabilities["DISPARAGEMENT"]

    plain = disparagement("Thanks to the ref for his vision tonight.")
    assert disparagement("Thanks to the ref for his vision tonight 🙄") > plain + 0.1
    assert disparagement('Thanks to the ref for his "vision" tonight') > plain + 0.05


def test_a_classifier_finding_points_at_one_sentence(pipeline, tmp_path):
    pack = pack_with(tmp_path, learned_rule(0.001))
    [hit] = pack.evaluate(pipeline.policy_context(THREAT, language="fr", policy=pack))
    assert THREAT[hit.start:hit.end] in {"On sait où tu stationnes ton char.",
                                         "Fais attention en sortant de l'aréna ce soir."}


def test_a_fallback_rule_is_silent_when_a_word_rule_of_its_category_fired(pipeline, tmp_path):
    pack = pack_with(tmp_path, MINIMAL_RULE.replace("rules:\n", ""),
                     learned_rule(0.001, fallback=True))
    fired = lambda text: {h.rule_id for h in pack.evaluate(  # noqa: E731
        pipeline.policy_context(text, language="fr", policy=pack))}
    assert fired("Le mot est abracadabra.") == {"secret-word"}
    assert fired("Le mot est sésame.") == {"learned"}
    context = pipeline.policy_context("Le mot est abracadabra.", language="fr", policy=pack)
    silent = next(r for r in explain(pack, context) if r.rule_id == "learned")
    assert "it is a fallback and another rule of CONFIDENTIAL_INFORMATION fired" in silent.reason


def test_explain_shows_the_score_and_a_near_miss(pipeline, tmp_path):
    ctx = pipeline.policy_context(THREAT, language="fr", policy="rseq-monteregie")
    score = shipped_classifier().scores(TextView(ctx)).probabilities["CONFIDENTIAL_INFORMATION"]
    over = pack_with(tmp_path / "a", learned_rule(round(score * 0.9, 4)))
    [fired] = explain(over, pipeline.policy_context(THREAT, language="fr", policy=over))
    assert fired.fired and fired.evidence[0].score == pytest.approx(score, abs=1e-6)
    assert fired.evidence[0].condition.startswith("classifier CONFIDENTIAL_INFORMATION ≥ ")
    under = pack_with(tmp_path / "b", learned_rule(min(round(score * 1.5, 4), 0.99)))
    [missed] = explain(under, pipeline.policy_context(THREAT, language="fr", policy=under))
    assert not missed.fired
    assert f"score for CONFIDENTIAL_INFORMATION is {score:.2f}, under the threshold" in (
        missed.reason)


def test_scores_do_not_depend_on_the_paragraph_cache(pipeline):
    text = "Premier paragraphe, rien à signaler.\n\n" + THREAT
    model = shipped_classifier()
    pipeline.clear_caches()
    cold = pipeline.policy_context(text, language="fr", policy="rseq-monteregie")
    warm = pipeline.policy_context(text, language="fr", policy="rseq-monteregie")
    whole = dataclasses.replace(cold, segments=())  # one view of the whole post
    assert (model.scores(TextView(cold)) == model.scores(TextView(warm))
            == model.scores(TextView(whole)))


def test_learned_rules_can_be_left_out_to_measure_the_word_rules():
    with_model, words_only = PolicyCatalog.load(), PolicyCatalog.load(learned=False)
    for pack in with_model.packs():
        learned = {r.id for r in pack.rules if r.learned}
        assert learned and all(r.fallback for r in pack.rules if r.learned)
        assert {r.id for r in words_only.get(pack.id).rules} == (
            {r.id for r in pack.rules} - learned)


def test_a_classifier_condition_with_an_unknown_category_is_reported(tmp_path):
    rule = learned_rule(0.5).replace("category: CONFIDENTIAL_INFORMATION, threshold",
                                     "category: SECRETS, threshold")
    [error] = validate_pack(write_pack(tmp_path, "org", "rules:\n" + rule))
    assert "classifier.category" in error and "HARASSMENT" in error


def test_a_learned_veto_silences_a_word_rule_the_model_disagrees_with(pipeline, tmp_path):
    folder = write_pack(tmp_path, "org")
    text = "Le mot est abracadabra."
    pack = load_pack(folder)
    assert [h.rule_id for h in pack.evaluate(
        pipeline.policy_context(text, language="fr", policy=pack))] == ["secret-word"]
    with (folder / "pack.yaml").open("a", encoding="utf-8") as pack_yaml:
        pack_yaml.write("learned_veto: 0.99\n")
    vetoing = load_pack(folder)
    context = pipeline.policy_context(text, language="fr", policy=vetoing)
    assert vetoing.evaluate(context) == []
    [why] = explain(vetoing, context)
    assert "under the pack's learned_veto 0.99" in why.reason


def test_a_rule_exempt_from_the_veto_fires_whatever_the_model_says(pipeline, tmp_path):
    rule = MINIMAL_RULE.replace('detect: {terms: ["abracadabra"]}',
                                'detect: {terms: ["abracadabra"]}\n    exempt_from_veto: true')
    folder = write_pack(tmp_path, "org", rule)
    with (folder / "pack.yaml").open("a", encoding="utf-8") as pack_yaml:
        pack_yaml.write("learned_veto: 0.99\n")
    pack = load_pack(folder)
    context = pipeline.policy_context("Le mot est abracadabra.", language="fr", policy=pack)
    assert [h.rule_id for h in pack.evaluate(context)] == ["secret-word"]


def test_a_breach_buried_among_ordinary_sentences_is_scored_by_its_passage(pipeline, monkeypatch):
    """The ordinary sentences of a long post weigh against every category; a passage the model
    is nearly sure of counts on its own, and the finding points into it."""
    weights = {"w:secret": 8.0, **{f"w:{w}": -1.5 for w in ("rain", "snow", "wind", "fog", "hail")}}
    column = CATEGORIES.index("CONFIDENTIAL_INFORMATION")
    rows = numpy.zeros((len(weights), len(CATEGORIES)), numpy.float32)
    rows[:, column] = list(weights.values())
    model = classifier.PolicyClassifier(
        10, numpy.array([classifier.bucket(k, 10) for k in weights]), rows,
        numpy.full(len(CATEGORIES), -2.0, numpy.float32), tuple(CATEGORIES))
    text = "Rain today. Snow again. Wind all week. I posted the secret report. Fog at dawn. Hail."

    def scored():
        view = TextView(pipeline.policy_context(text, language="en", policy="cisss-gaspesie"))
        scores = model.scores(view)
        best = classifier.sentence_span(view, scores.best_sentence["CONFIDENTIAL_INFORMATION"])
        return scores.probabilities["CONFIDENTIAL_INFORMATION"], text[best[0]:best[1]]

    score, sentence = scored()
    assert score > 0.95 and sentence == "I posted the secret report."
    monkeypatch.setattr(classifier, "PASSAGE_FLOOR", 2.0)  # the post as a whole only
    assert scored()[0] < 0.5
