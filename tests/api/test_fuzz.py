"""Property-based fuzzing of /v1/analyze and /v1/redact (hypothesis): whatever comes in, no
5xx; findings always point inside the text; redaction changes nothing outside the chosen spans;
every response matches the OpenAPI document."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Pieces of posts: personal data, names hidden by invisible characters, and hostile characters.
PIECES = st.sampled_from([
    "Marie Tremblay", "Ma\u200brie Trem\u00adblay", "Me Sophie Bélanger", "la petite Léa",
    "514-555-0199", "(418) 555-0123", "+1 819 555 0147", "271 849 382", "TREM 0412 1925",
    "H2X 1Y4", "1234, rue Principale", "née le 3 mars 2016", "500-17-012345-231",
    "4539 1488 0343 6467", "m.tremblay@example.com", "Mon client", "Quel idiot, ce juge.",
    "DPJ", "maison d'hébergement", "5 étoiles", "garanti", " ", "\n", ", ", ". ", "🎉",
    "👩🏽‍⚖️", "\u202e", "\u200d", "\x00", "\ud800", "\udfff", "\u00ad", "שלום", "مرحبا",
    "'", "’", "«", "»", "-", "@", "#", "http://x.ca",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=25).map("".join),
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=25).map("".join),
)
POLICIES = st.sampled_from([None, "barreau-qc", "law-firm", "rseq-monteregie", "shelter",
                            "cisss-gaspesie"])
LANGS = st.sampled_from(["auto", "fr", "en"])


def _post(client, auth, path: str, body: object):
    """Sends `body` as JSON text (lone surrogates escaped, as a browser would send them)."""
    return client.post(path, data=json.dumps(body).encode(), headers=auth,
                       content_type="application/json")


@FUZZ
@given(text=TEXTS, policy=POLICIES, lang=LANGS)
def test_analyze_answers_every_text_with_findings_inside_it(client, auth, conforms, text, policy,
                                                            lang):
    response = _post(client, auth, "/v1/analyze", {"text": text, "policy": policy, "lang": lang})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert conforms(response, "/v1/analyze", "post") == []
    findings = json.loads(response.get_data())["findings"]
    for finding in findings:
        assert 0 <= finding["start"] <= finding["end"] <= len(text)
        assert text[finding["start"]:finding["end"]] == finding["text"]
    assert [f["id"] for f in findings] == [f"f{i}" for i in range(1, len(findings) + 1)]
    assert [(f["start"], f["end"]) for f in findings] == sorted(
        (f["start"], f["end"]) for f in findings)


@FUZZ
@given(text=TEXTS, policy=POLICIES, choices=st.lists(st.booleans(), max_size=40),
       replacement=st.text(max_size=8))
def test_redaction_changes_nothing_outside_the_chosen_spans(client, auth, conforms, text, policy,
                                                            choices, replacement):
    analysis = json.loads(_post(client, auth, "/v1/analyze",
                                {"text": text, "policy": policy}).get_data())
    chosen, taken_until = [], -1
    for finding, wanted in zip(analysis["findings"], choices, strict=False):
        if wanted and finding["start"] >= taken_until and finding["end"] > finding["start"]:
            chosen.append({**finding, "replacement": replacement} if "suggestion" not in finding
                          else finding)
            taken_until = finding["end"]
    response = _post(client, auth, "/v1/redact",
                     {"text": text, "policy": policy, "findings": chosen})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert conforms(response, "/v1/redact", "post") == []
    body = json.loads(response.get_data())
    assert [(e["start"], e["end"]) for e in body["edits"]] == [
        (f["start"], f["end"]) for f in chosen]
    _assert_only_edits_changed(text, body["text"], body["edits"])


@FUZZ
@given(text=TEXTS, spans=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400),
                                            st.text(max_size=6)), max_size=8))
def test_redaction_of_arbitrary_spans_is_exact_or_refused(client, auth, text, spans):
    findings = [{"start": s, "end": e, "replacement": r} for s, e, r in spans]
    response = _post(client, auth, "/v1/redact", {"text": text, "findings": findings})
    assert response.status_code in (200, 400), response.get_data(as_text=True)[:300]
    if response.status_code == 200:
        body = json.loads(response.get_data())
        _assert_only_edits_changed(text, body["text"], body["edits"])
    else:
        assert response.get_json()["error"]["code"] in ("bad_field", "overlapping_findings")


def _assert_only_edits_changed(original: str, redacted: str, edits: list[dict]) -> None:
    """Walks both texts: between edits, the redacted text is the original, character for
    character; at each edit, the replacement and nothing else."""
    cursor, out = 0, 0
    for edit in edits:
        kept = original[cursor:edit["start"]]
        assert redacted[out:out + len(kept)] == kept
        out += len(kept)
        assert redacted[out:out + len(edit["replacement"])] == edit["replacement"]
        out += len(edit["replacement"])
        cursor = edit["end"]
    assert redacted[out:] == original[cursor:]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
FIELDS = st.sampled_from(["text", "policy", "lang", "platform", "always_flag", "never_flag",
                          "findings", "start", "end", "replacement", "suggestion"])


@FUZZ
@given(path=st.sampled_from(["/v1/analyze", "/v1/redact"]),
       body=st.one_of(JSON_VALUES, st.dictionaries(FIELDS, JSON_VALUES, max_size=6),
                      st.fixed_dictionaries({"text": st.text(max_size=50)},
                                            optional={"findings": JSON_VALUES,
                                                      "policy": JSON_VALUES,
                                                      "always_flag": JSON_VALUES})))
def test_any_json_body_gets_a_documented_answer_and_never_a_5xx(client, auth, conforms, path,
                                                                body):
    response = _post(client, auth, path, body)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    assert conforms(response, path, "post") == []


@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes_get_a_json_answer_and_never_a_5xx(client, auth, raw):
    response = client.post("/v1/analyze", data=raw, headers=auth, content_type="application/json")
    assert response.status_code < 500
    assert response.is_json
    assert response.status_code == 200 or "error" in response.get_json()
