"""The matching engine: lemmas and inflections, negation, co-occurrence scopes, counts, spans,
and how packs use them (whole-post findings, replacements, a category yielding to another)."""

from __future__ import annotations

import pytest

from companion.policy import PiiSpan, PolicyCatalog, PolicyContext
from companion.policy.conditions import cached_find
from companion.policy.textview import TextView, fold
from tests.policy.test_catalog import write_pack

RULE = """\
  - id: {id}
    category: DISPARAGEMENT
    severity: warning
    message: {{fr: "m", en: "m"}}
    source: {{document: d, passage: p, quote: q}}
    detect: {detect}
    {extra}
    examples:
      match: {{fr: ["x"], en: ["x"]}}
      no_match: {{fr: ["y"], en: ["y"]}}
"""

RULES = {
    "lemma": '{terms: ["client"]}',
    "surface": '{terms: ["=ma =cliente"]}',
    "wildcard": '{terms: ["=my _ =case"]}',
    "contraction": '{terms: ["do not sign"]}',
    "regex": """{terms: ['/\\b\\d{1,2} ans\\b/']}""",
    "same-sentence": "{near: {parts: {client: {terms: [client]}, name: {pii: [PERSON]}}, "
                     "within: sentence}}",
    "two-sentences": "{near: {parts: {client: {terms: [client]}, name: {pii: [PERSON]}}, "
                     "within: {sentences: 2}}}",
    "three-words": "{near: {parts: {client: {terms: [client]}, name: {pii: [PERSON]}}, "
                   "within: {words: 3}}}",
    "point-at-name": "{near: {parts: {client: {terms: [client]}, name: {pii: [PERSON]}}, "
                     "point_at: name}}",
    "point-at-client": "{near: {parts: {client: {terms: [client]}, name: {pii: [PERSON]}}, "
                       "point_at: client}}",
    # the deprecated positional form, still read for organizations' packs
    "focus-person": "{near: {of: [{terms: [client]}, {pii: [PERSON]}], focus: 1}}",
    "vetoed": "{near: {parts: {client: {terms: [client]}, name: {pii: [PERSON]}}, "
              "unless: [{terms: [avocat]}]}}",
    "two-cues": "{count: {min: 2, of: [{terms: [vite]}, {terms: [gratuit]}, {terms: [garanti]}]}}",
}


@pytest.fixture(scope="module")
def test_pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("packs")
    rules = "rules:\n" + "".join(
        RULE.format(id=rule_id, detect=detect, extra="span: post" if rule_id == "two-cues"
                    else "")
        for rule_id, detect in RULES.items())
    write_pack(root, "engine", rules)
    return PolicyCatalog.load(extra_dirs=[root]).get("engine")


@pytest.fixture
def hits(test_pack, nlp):
    """The words each rule's condition found (its evidence, before the finding is placed on
    the sentence: see test_findings.py)."""
    def run(text: str, lang: str = "fr", persons: tuple[str, ...] = ()) -> dict[str, list[str]]:
        pii = [PiiSpan("PERSON", text.index(p), text.index(p) + len(p), p) for p in persons]
        view = TextView(PolicyContext(text, lang, nlp[lang](text), pii))
        found: dict[str, list[str]] = {}
        for rule in test_pack.rules:
            for start, end in cached_find(rule.detect, view):
                found.setdefault(rule.id, []).append(text[start:end])
        return found

    return run


def test_lemmas_cover_inflections(hits):
    assert hits("Mes clientes sont ravies.")["lemma"] == ["clientes"]
    assert hits("My clients are happy.", "en")["lemma"] == ["clients"]


def test_surface_forms_do_not_generalize(hits):
    assert hits("Ma cliente est ravie.")["surface"] == ["Ma cliente"]
    assert "surface" not in hits("Mes clientes sont ravies.")


def test_a_wildcard_stands_for_one_word(hits):
    assert hits("In my custody case today.", "en")["wildcard"] == ["my custody case"]
    assert "wildcard" not in hits("In my long custody case.", "en")


def test_contractions_match_their_long_form(hits):
    assert "contraction" in hits("Please don't sign anything.", "en")
    assert "contraction" in hits("Please do not sign anything.", "en")


def test_hashtags_split_at_capitals(hits):
    assert hits("Fière de toi #MaClienteAdorée")["surface"] == ["MaCliente"]


def test_accents_and_case_are_ignored(hits):
    assert hits("CLIENT satisfait")["lemma"] == ["CLIENT"]


def test_ligatures_and_plurals_the_lemmatizer_misses(nlp):
    assert fold("Cœur") == "coeur"
    text = "Les survivantes"
    [_, word] = TextView(PolicyContext(text, "fr", nlp["fr"](text))).words
    assert "survivante" in word.keys


def test_regex_terms(hits):
    assert hits("Elle a 8 ans aujourd'hui.")["regex"] == ["8 ans"]


@pytest.mark.parametrize("text", [
    "Je ne parle jamais de mes clients.",
    "Je ne publie pas le nom d'un client.",
    "Jamais de client en ligne.",
    "Un avocat sans client.",
])
def test_negation_silences_a_term(hits, text):
    assert "lemma" not in hits(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("I never talk about my clients.", "en"),
    ("We don't post about any client.", "en"),
])
def test_negation_in_english(hits, text, lang):
    assert "lemma" not in hits(text, lang)


def test_negation_stops_at_the_clause(hits):
    assert "lemma" in hits("Je ne dors pas, mais mon client attend.")
    assert "lemma" in hits("Je ne dors pas. Mon client attend.")


def test_ne_que_is_a_restriction_not_a_negation(catalog, nlp):
    text = "Tu n'es qu'un clown."
    found = catalog.get("rseq-monteregie").evaluate(PolicyContext(text, "fr", nlp["fr"](text)))
    assert [h.category for h in found] == ["DISPARAGEMENT"]


def test_co_occurrence_scopes(hits):
    text = "Mon client est fâché. Il a vu Marc Roy hier. Bref. Bonne soirée."
    found = hits(text, persons=("Marc Roy",))
    assert "same-sentence" not in found and "two-sentences" in found
    found = hits("Le client de Marc Roy est fâché.", persons=("Marc Roy",))
    assert {"same-sentence", "two-sentences", "three-words"} <= set(found)
    found = hits("Le client est très fâché contre Marc Roy.", persons=("Marc Roy",))
    assert "same-sentence" in found and "three-words" not in found


def test_a_line_break_ends_a_sentence(hits):
    assert "same-sentence" not in hits("Mon client\nMarc Roy", persons=("Marc Roy",))


def test_point_at_chooses_the_named_part_the_warning_underlines(hits):
    found = hits("Mon client Marc Roy est fâché.", persons=("Marc Roy",))
    assert found["point-at-name"] == ["Marc Roy"]
    assert found["point-at-client"] == ["client"]
    assert found["same-sentence"] == ["client Marc Roy"]  # no point_at: all the parts


def test_the_deprecated_positional_form_finds_the_same(hits):
    found = hits("Mon client Marc Roy est fâché.", persons=("Marc Roy",))
    assert found["focus-person"] == found["point-at-name"] == ["Marc Roy"]


def test_unless_vetoes_a_co_occurrence(hits):
    assert "vetoed" not in hits("Le client de l'avocat Marc Roy.", persons=("Marc Roy",))
    assert "vetoed" in hits("Le client de Marc Roy.", persons=("Marc Roy",))


def test_count_needs_distinct_cues_and_spans_the_post(hits, test_pack, context):
    text = "Vite, vite! Consultation gratuite."
    assert [(h.start, h.end) for h in test_pack.evaluate(context(text, "fr"))
            if h.rule_id == "two-cues"] == [(0, len(text))]
    assert "two-cues" not in hits("Vite, vite, vite!")


def test_a_whole_post_finding_spans_the_text(catalog, context):
    text = "Les 5 erreurs qui vont vous faire perdre votre maison 😱😱 Cliquez ici!"
    [hit] = [h for h in catalog.get("barreau-qc").evaluate(context(text, "fr"))
             if h.rule_id == "clickbait"]
    assert (hit.start, hit.end) == (0, len(text))


def test_a_location_finding_suggests_a_placeholder(catalog, context):
    text = "Selfie devant la maison ce matin! #Longueuil"
    [hit] = [h for h in catalog.get("shelter").evaluate(context(text, "fr"))
             if h.category == "LOCATION_DISCLOSURE"]
    assert text[hit.start:hit.end] == "Longueuil"
    assert hit.replacement == {"fr": "[lieu]", "en": "[place]"}
    assert hit.source.startswith("Hébergement femmes Canada") and hit.quote


def test_the_specific_category_wins(catalog, nlp):
    """A named child in foster care is a child-protection matter, not a consent one."""
    text = "Foster parents: we're taking Ava to see her dad Ryan Journeaux at the hospital."
    pii = [PiiSpan("PERSON", text.index(n), text.index(n) + len(n), n)
           for n in ("Ava", "Ryan Journeaux")]
    found = catalog.get("cisss-gaspesie").evaluate(PolicyContext(text, "en", nlp["en"](text), pii))
    assert {h.category for h in found} == {"CHILD_PROTECTION_IDENTIFICATION"}


@pytest.mark.parametrize(("pack_id", "text", "lang", "category"), [
    # indirect identification: no name at all
    ("cisss-gaspesie", "Notre grand de 14 ans, placé chez nous depuis 2021, a gagné son tournoi "
                       "à Gaspé!", "fr", "CHILD_PROTECTION_IDENTIFICATION"),
    # a survivor with an event time and place
    ("shelter", "Bravo à notre résidente qui a témoigné hier au palais de justice de Longueuil.",
     "fr", "SURVIVOR_IDENTIFICATION"),
    # a threat aimed at a staff member versus criticism of a ruling
    ("rseq-monteregie", "L'arbitre, on sait où tu habites. Tu vas le regretter.", "fr",
     "HARASSMENT"),
])
def test_indirect_and_co_occurring_cues(catalog, context, pack_id, text, lang, category):
    assert category in {h.category for h in catalog.get(pack_id).evaluate(context(text, lang))}


@pytest.mark.parametrize(("text", "lang"), [
    ("L'arbitre, on sait où tu es ce soir.", "fr"),
    ("Hey ref, I know where you are tonight.", "en"),
    ("On sait où y reste, l'arbitre 😉", "fr"),
    ("We know what car you drive, coach.", "en"),
])
def test_saying_you_know_where_someone_is_blocks_as_a_threat(catalog, context, text, lang):
    """No threatening word: knowing where a person is, lives or parks is the threat
    (the detector knows-whereabouts), and the word rule blocks it."""
    found = catalog.get("rseq-monteregie").evaluate(context(text, lang))
    assert ("cyberbullying", "block") in {(h.rule_id, h.severity) for h in found}


@pytest.mark.parametrize(("text", "lang"), [
    ("I know where you're coming from, but the ruling says otherwise.", "en"),
    ("Coach, I see where you are going with this, and I agree.", "en"),
    ("Je sais où tu t'en vas avec ça, mais c'est pas si simple.", "fr"),
    ("On voit où tu veux en venir, l'arbitre, pis t'as raison.", "fr"),
])
def test_following_someones_reasoning_is_not_knowing_where_they_are(catalog, context, text, lang):
    """« Où tu t'en vas avec ça », "where you're coming from": the idioms of understanding
    (lexicon understanding_idioms) do not block as a threat."""
    found = catalog.get("rseq-monteregie").evaluate(context(text, lang))
    assert ("cyberbullying", "block") not in {(h.rule_id, h.severity) for h in found}


@pytest.mark.parametrize(("pack_id", "text", "lang"), [
    ("barreau-qc", "Je ne parle jamais de mes clients ni de leurs dossiers.", "fr"),
    ("barreau-qc", "Je suis respectueusement en désaccord avec cette décision du juge.", "fr"),
    ("barreau-qc", "Notre cabinet offre une première consultation gratuite. Appelez-nous.", "fr"),
    ("law-firm", "In Quebec, a tenant can assign a lease; the landlord needs a serious reason "
                 "to refuse.", "en"),
])
def test_ordinary_posts_pass(catalog, context, pack_id, text, lang):
    assert catalog.get(pack_id).evaluate(context(text, lang)) == []


def test_an_exception_drops_exactly_the_spans_it_overlaps():
    from hypothesis import given
    from hypothesis import strategies as st

    from companion.policy.conditions import Except

    class Fixed:
        def __init__(self, spans):
            self.spans = spans

        def find(self, view):
            return self.spans

    class View:
        def __init__(self):
            self.cache = {}

    spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)).map(
        lambda t: (t[0], t[0] + t[1])), max_size=12)

    @given(spans, spans)
    def check(found, excluded):
        kept = Except(Fixed(found), (Fixed(excluded),)).find(View())
        assert kept == [s for s in found
                        if not any(s[0] < x[1] and x[0] < s[1] for x in excluded)]

    check()
