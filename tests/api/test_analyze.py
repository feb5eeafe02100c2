"""POST /v1/analyze and the read-only endpoints, as the extension uses them."""

import pytest


def test_health_needs_no_token_and_lists_languages(client):
    response = client.get("/v1/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["languages"] == ["fr", "en"]
    assert body["version"]


def test_policies_lists_the_five_packs_in_both_languages(client, auth):
    body = client.get("/v1/policies", headers=auth).get_json()
    ids = {p["id"] for p in body["policies"]}
    assert {"barreau-qc", "law-firm", "rseq-monteregie", "shelter", "cisss-gaspesie"} <= ids
    for pack in body["policies"]:
        assert pack["name"]["fr"] and pack["name"]["en"]
        assert pack["description"]["fr"] and pack["description"]["en"]
        assert pack["source"]


def _analyze(client, auth, **body):
    response = client.post("/v1/analyze", json=body, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_french_post_gets_its_personal_data_with_offsets_and_suggestions(client, auth):
    text = "Ma cliente Marie Tremblay m'a appelée au 514-555-0199 pour son dossier."
    body = _analyze(client, auth, text=text)
    assert body["language"] == "fr"
    assert isinstance(body["elapsed_ms"], float)
    by_type = {f["type"]: f for f in body["findings"]}
    person, phone = by_type["PERSON"], by_type["PHONE_NUMBER"]
    assert text[person["start"]:person["end"]] == person["text"] == "Marie Tremblay"
    assert person["suggestion"]["replacement"] == "M. T."
    assert person["kind"] == "pii"
    assert phone["text"] == "514-555-0199"
    assert phone["suggestion"]["replacement"] == "[téléphone]"
    ids = [f["id"] for f in body["findings"]]
    assert ids == [f"f{i}" for i in range(1, len(ids) + 1)]


def test_an_english_post_gets_english_placeholders(client, auth):
    body = _analyze(client, auth, text="Call me at (418) 555-0123 tomorrow, thanks!")
    assert body["language"] == "en"
    (phone,) = body["findings"]
    assert phone["suggestion"]["replacement"] == "[phone]"


def test_messages_follow_the_ui_language_header(client, auth):
    text = "Call me at (418) 555-0123 tomorrow, thanks!"
    fr = client.post("/v1/analyze", json={"text": text},
                     headers={**auth, "Accept-Language": "fr-CA,fr;q=0.9"}).get_json()
    en = client.post("/v1/analyze", json={"text": text},
                     headers={**auth, "Accept-Language": "en-US"}).get_json()
    assert fr["findings"][0]["message"] != en["findings"][0]["message"]


def test_lang_field_overrides_detection(client, auth):
    assert _analyze(client, auth, text="Merci beaucoup!", lang="en")["language"] == "en"


def test_offsets_are_code_points_even_after_emoji(client, auth):
    text = "🎉🎉 Bravo Marie Tremblay 🎉"
    (person,) = [f for f in _analyze(client, auth, text=text)["findings"] if f["type"] == "PERSON"]
    assert text[person["start"]:person["end"]] == "Marie Tremblay"


def test_names_hidden_by_invisible_characters_are_found_in_the_original_text(client, auth):
    text = "Ma cliente Ma\u200brie Trem\u00adblay est ravie."
    persons = [f for f in _analyze(client, auth, text=text)["findings"] if f["type"] == "PERSON"]
    assert persons and persons[0]["text"] == "Ma\u200brie Trem\u00adblay"
    assert text[persons[0]["start"]:persons[0]["end"]] == persons[0]["text"]


def test_never_flag_and_always_flag_lists_from_the_request(client, auth):
    text = "Rencontre avec Me Sophie Bélanger et Jean Dubé demain."
    body = _analyze(client, auth, text=text, never_flag=["Sophie Bélanger"], always_flag=["Dubé"])
    flagged = [f["text"] for f in body["findings"] if f["type"] == "PERSON"]
    assert not any("Sophie" in name for name in flagged)
    assert any("Dubé" in name for name in flagged)


def test_a_policy_adds_policy_findings_that_cite_their_rule(client, auth):
    text = ("Mon client Jean Gagnon a été condamné ce matin au palais de justice de Laval "
            "(dossier 540-01-012345-235). Quel idiot, ce juge.")
    body = _analyze(client, auth, text=text, policy="barreau-qc")
    policy_findings = [f for f in body["findings"] if f["kind"] == "policy"]
    assert policy_findings
    for finding in policy_findings:
        assert finding["rule"]["policy"] == "barreau-qc"
        assert finding["rule"]["id"] and finding["rule"]["source"] and finding["rule"]["quote"]
        assert 0 <= finding["start"] < finding["end"] <= len(text)


def test_without_a_policy_only_personal_data_is_reported(client, auth):
    text = "Quel idiot, ce juge. Mon client Jean Gagnon mérite mieux."
    assert {f["kind"] for f in _analyze(client, auth, text=text)["findings"]} == {"pii"}


def test_a_clean_post_has_no_finding(client, auth):
    assert _analyze(client, auth, text="Belle journée pour courir au parc!")["findings"] == []


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_posts_are_fine(client, auth, text):
    assert _analyze(client, auth, text=text)["findings"] == []


def test_an_unknown_policy_is_a_clear_400(client, auth):
    response = client.post("/v1/analyze", json={"text": "x", "policy": "nope"}, headers=auth)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "unknown_policy"


def test_a_post_with_more_findings_than_an_answer_carries_says_it_was_truncated(
        client, auth, conforms):
    text = " ".join(f"a{i}@b.ca" for i in range(600))
    response = client.post("/v1/analyze", json={"text": text}, headers=auth)
    body = response.get_json()
    assert len(body["findings"]) == 500
    assert body["truncated"] is True
    assert body["findings"][0]["text"] == "a0@b.ca"
    assert conforms(response, "/v1/analyze", "post") == []
    short = client.post("/v1/analyze", json={"text": "a1@b.ca"}, headers=auth).get_json()
    assert "truncated" not in short


def test_policies_lists_the_organization_packs_that_could_not_load(client, auth, conforms,
                                                                    pipeline, monkeypatch,
                                                                    tmp_path):
    from companion.policy import PolicyCatalog
    from tests.policy.test_catalog import MINIMAL_RULE, write_pack

    write_pack(tmp_path, "shelter", more="overrides: true\n")
    write_pack(tmp_path, "broken-org", MINIMAL_RULE.replace("severity: block", "severity: x"))
    monkeypatch.setattr(pipeline, "catalog", PolicyCatalog.load([tmp_path]))
    response = client.get("/v1/policies", headers=auth)
    body = response.get_json()
    assert conforms(response, "/v1/policies", "get") == []
    assert [p.get("overrides") for p in body["policies"] if p["id"] == "shelter"] == [True]
    [failed] = body["errors"]
    assert failed["folder"].endswith("broken-org")
    assert "severity" in failed["problems"][0]
