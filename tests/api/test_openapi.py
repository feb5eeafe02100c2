"""GET /v1/openapi.json, and the document kept true: every route documented, every documented
status met by a real response whose body matches the documented schema."""

from __future__ import annotations

import typing

import pytest

from companion import __version__
from companion.api.schemas import AnalyzeRequest, FindingSpan, RedactRequest
from companion.config import CHROME_EXTENSION_ID

TEXT = "Ma cliente Marie Tremblay m'a appelée au 514-555-0199 pour son dossier."


def test_the_document_is_served_with_this_companions_version_and_port(client, auth,
                                                                      openapi_document):
    response = client.get("/v1/openapi.json", headers=auth)
    assert response.status_code == 200
    served = response.get_json()
    assert served["info"]["version"] == __version__
    assert served["servers"] == [{"url": "http://127.0.0.1:8731"}]
    assert served["paths"] == openapi_document["paths"]
    assert served["components"] == openapi_document["components"]


def test_the_document_needs_the_token_like_every_endpoint_but_health(client):
    assert client.get("/v1/openapi.json").status_code == 401


def test_every_route_is_documented_and_every_documented_route_exists(app, openapi_document):
    served = {
        (rule.rule, method.lower())
        for rule in app.url_map.iter_rules() if rule.rule.startswith("/v1/")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    documented = {(path, method) for path, operations in openapi_document["paths"].items()
                  for method in operations}
    assert served == documented


def _ask(client, auth, method, path, *, headers=None, **kwargs):
    return getattr(client, method)(path, headers={**auth, **(headers or {})}, **kwargs)


def _analysis(client, auth, text=TEXT):
    return client.post("/v1/analyze", json={"text": text}, headers=auth).get_json()


# (path, method, status, how to get that response from the companion)
SCENARIOS = [
    ("/v1/health", "get", 200, lambda c, a: c.get("/v1/health")),
    ("/v1/health", "get", 403, lambda c, a: c.get("/v1/health", headers={"Host": "evil.example"})),
    ("/v1/policies", "get", 200, lambda c, a: _ask(c, a, "get", "/v1/policies")),
    ("/v1/policies", "get", 401, lambda c, a: c.get("/v1/policies")),
    ("/v1/policies", "get", 403, lambda c, a: _ask(c, a, "get", "/v1/policies",
                                                   headers={"Origin": "https://evil.example"})),
    ("/v1/openapi.json", "get", 200, lambda c, a: _ask(c, a, "get", "/v1/openapi.json")),
    ("/v1/openapi.json", "get", 401, lambda c, a: c.get("/v1/openapi.json")),
    ("/v1/openapi.json", "get", 403, lambda c, a: _ask(c, a, "get", "/v1/openapi.json",
                                                       headers={"Host": "evil.example:8731"})),
    ("/v1/analyze", "post", 200, lambda c, a: _ask(c, a, "post", "/v1/analyze",
                                                   json={"text": TEXT})),
    ("/v1/analyze", "post", 200, lambda c, a: _ask(
        c, a, "post", "/v1/analyze", json={
            "text": "Mon client Jean Gagnon a été condamné ce matin. Quel idiot, ce juge.",
            "policy": "barreau-qc", "lang": "fr", "platform": "facebook"},
        headers={"Origin": f"chrome-extension://{CHROME_EXTENSION_ID}"})),
    ("/v1/analyze", "post", 400, lambda c, a: _ask(c, a, "post", "/v1/analyze",
                                                   json={"text": 1})),
    ("/v1/analyze", "post", 401, lambda c, a: c.post("/v1/analyze", json={"text": TEXT})),
    ("/v1/analyze", "post", 403, lambda c, a: _ask(c, a, "post", "/v1/analyze",
                                                   json={"text": TEXT},
                                                   headers={"Origin": "null"})),
    ("/v1/analyze", "post", 413, lambda c, a: _ask(c, a, "post", "/v1/analyze",
                                                   json={"text": "a" * 100_001})),
    ("/v1/analyze", "post", 415, lambda c, a: _ask(c, a, "post", "/v1/analyze", data=TEXT,
                                                   content_type="text/plain")),
    ("/v1/redact", "post", 200, lambda c, a: _ask(
        c, a, "post", "/v1/redact",
        json={"text": TEXT, "findings": _analysis(c, a)["findings"]})),
    ("/v1/redact", "post", 200, lambda c, a: _ask(
        c, a, "post", "/v1/redact", json={"text": TEXT, "findings": ["f1"]})),
    ("/v1/redact", "post", 400, lambda c, a: _ask(c, a, "post", "/v1/redact",
                                                  json={"text": TEXT})),
    ("/v1/redact", "post", 401, lambda c, a: c.post("/v1/redact", json={"text": TEXT})),
    ("/v1/redact", "post", 403, lambda c, a: _ask(c, a, "post", "/v1/redact",
                                                  json={"text": TEXT, "findings": []},
                                                  headers={"Host": "localhost"})),
    ("/v1/redact", "post", 413, lambda c, a: _ask(
        c, a, "post", "/v1/redact", content_type="application/json",
        data=b"x" * (c.application.config["SETTINGS"].max_body_bytes + 1))),
    ("/v1/redact", "post", 415, lambda c, a: _ask(c, a, "post", "/v1/redact",
                                                  data="text=x", content_type="multipart/x")),
]


@pytest.mark.parametrize(("path", "method", "status", "request_it"), SCENARIOS,
                         ids=[f"{m} {p} {s}" for p, m, s, _ in SCENARIOS])
def test_real_responses_match_the_document(client, auth, conforms, path, method, status,
                                           request_it):
    response = request_it(client, auth)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert conforms(response, path, method) == []


@pytest.mark.parametrize("path", ["/v1/analyze", "/v1/redact"])
def test_an_internal_error_matches_the_document(client, auth, conforms, pipeline, monkeypatch,
                                                path):
    def broken(*args, **kwargs):
        raise RuntimeError("simulated fault")

    monkeypatch.setattr(pipeline, "analyze", broken)
    response = client.post(path, json={"text": TEXT, "findings": ["f1"]}, headers=auth)
    assert response.status_code == 500
    assert conforms(response, path, "post") == []


STOPPED = [("/v1/analyze", "deadline_exceeded", 503), ("/v1/analyze", "abandoned", 503),
           ("/v1/analyze", "superseded", 409), ("/v1/redact", "deadline_exceeded", 503)]


@pytest.mark.parametrize(("path", "reason", "status"), STOPPED)
def test_a_stopped_analysis_matches_the_document(client, auth, conforms, pipeline, monkeypatch,
                                                 path, reason, status):
    from companion.budget import Cancelled

    def stopped(*args, **kwargs):
        raise Cancelled(reason)

    monkeypatch.setattr(pipeline, "analyze", stopped)
    response = client.post(path, json={"text": TEXT, "findings": ["f1"], "box": "b", "seq": 1},
                           headers=auth)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == reason
    assert conforms(response, path, "post") == []


def test_every_documented_status_is_met_by_a_test(openapi_document):
    met = {(path, method, str(status)) for path, method, status, _ in SCENARIOS}
    met |= {(path, "post", "500") for path in ("/v1/analyze", "/v1/redact")}
    met |= {(path, "post", str(status)) for path, _, status in STOPPED}
    documented = {(path, method, status)
                  for path, operations in openapi_document["paths"].items()
                  for method, operation in operations.items()
                  for status in operation["responses"]}
    assert documented == met


@pytest.mark.parametrize(("model", "name"), [(AnalyzeRequest, "AnalyzeRequest"),
                                             (RedactRequest, "RedactRequest"),
                                             (FindingSpan, "FindingSpan")])
def test_request_schemas_describe_what_the_companion_validates(openapi_document, model, name):
    documented = openapi_document["components"]["schemas"][name]
    assert set(documented["properties"]) == set(model.model_fields)
    assert set(documented["required"]) == {
        field for field, info in model.model_fields.items() if info.is_required()}
    for field, info in model.model_fields.items():
        if typing.get_origin(info.annotation) is typing.Literal:
            assert documented["properties"][field]["enum"] == list(
                typing.get_args(info.annotation)), field
            assert documented["properties"][field]["default"] == info.default, field
