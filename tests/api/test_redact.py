"""POST /v1/redact: what one click, or "redact all", writes."""


def test_redacting_by_finding_ids_replaces_only_those_spans(client, auth):
    text = "Ma cliente Marie Tremblay: 514-555-0199."
    analysis = client.post("/v1/analyze", json={"text": text}, headers=auth).get_json()
    person = next(f for f in analysis["findings"] if f["type"] == "PERSON")
    response = client.post("/v1/redact", json={"text": text, "findings": [person["id"]]},
                           headers=auth)
    assert response.status_code == 200
    body = response.get_json()
    assert body["text"] == "Ma cliente M. T.: 514-555-0199."
    assert body["edits"] == [
        {"start": person["start"], "end": person["end"], "replacement": "M. T."}]


def test_redacting_every_finding_object_leaves_no_personal_data(client, auth):
    text = "Appelez Marie Tremblay au 514-555-0199 ou marie.t@example.com."
    findings = client.post("/v1/analyze", json={"text": text}, headers=auth).get_json()["findings"]
    body = client.post("/v1/redact", json={"text": text, "findings": findings},
                       headers=auth).get_json()
    assert "Marie" not in body["text"] and "555" not in body["text"] and "@" not in body["text"]
    assert body["text"].startswith("Appelez M. T. au ")


def test_a_finding_whose_text_changed_meanwhile_is_refused(client, auth):
    finding = {"start": 0, "end": 5, "text": "Marie", "suggestion": {"replacement": "M."}}
    response = client.post("/v1/redact", json={"text": "Julie est là", "findings": [finding]},
                           headers=auth)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "stale_finding"


def test_an_unknown_finding_id_names_the_field(client, auth):
    response = client.post("/v1/redact", json={"text": "Rien ici.", "findings": ["f9"]},
                           headers=auth)
    assert response.status_code == 400
    assert "findings.0" in response.get_json()["error"]["message"]


def test_overlapping_choices_are_refused(client, auth):
    findings = [{"start": 0, "end": 5, "replacement": "a"},
                {"start": 2, "end": 8, "replacement": "b"}]
    response = client.post("/v1/redact", json={"text": "Marie Tremblay", "findings": findings},
                           headers=auth)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "overlapping_findings"
