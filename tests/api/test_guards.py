"""Who gets in: the token, the Origin and Host headers, the content type and size."""

import pytest

from companion.config import CHROME_EXTENSION_ID

TEXT = {"text": "Bonjour"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "Basic abc"}, {"Authorization": "Bearer "}])
def test_every_endpoint_but_health_needs_the_token(client, headers):
    for method, path in [("get", "/v1/policies"), ("post", "/v1/analyze"), ("post", "/v1/redact")]:
        response = getattr(client, method)(path, json=TEXT, headers=headers)
        assert response.status_code == 401, path
        assert response.get_json()["error"]["code"] in {"missing_token", "bad_token"}


@pytest.mark.parametrize("origin", [f"chrome-extension://{CHROME_EXTENSION_ID}",
                                    "moz-extension://0d5c9a1e-3b7f-4c1e-9f2a-6a1b2c3d4e5f"])
def test_the_extension_origins_are_allowed(client, auth, origin):
    response = client.post("/v1/analyze", json=TEXT, headers={**auth, "Origin": origin})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin


@pytest.mark.parametrize("origin", ["https://www.facebook.com", "http://127.0.0.1:8731", "null",
                                    "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
def test_web_pages_and_other_extensions_are_refused(client, auth, origin):
    response = client.post("/v1/analyze", json=TEXT, headers={**auth, "Origin": origin})
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers


def test_preflight_is_answered_only_for_the_extension(client):
    allowed = client.options("/v1/analyze", headers={
        "Origin": f"chrome-extension://{CHROME_EXTENSION_ID}",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type"})
    assert allowed.status_code == 200
    assert "authorization" in allowed.headers["Access-Control-Allow-Headers"].lower()
    refused = client.options("/v1/analyze", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert refused.status_code == 403
    assert "Access-Control-Allow-Origin" not in refused.headers


@pytest.mark.parametrize("host", ["evil.example:8731", "127.0.0.1:9999", "localhost",
                                  "10.0.0.5:8731"])
def test_dns_rebinding_is_refused_by_the_host_check(client, auth, host):
    response = client.get("/v1/health", headers={"Host": host})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "bad_host"


@pytest.mark.parametrize("host", ["localhost:8731", "127.0.0.1:8731", "[::1]:8731"])
def test_loopback_host_names_are_accepted(client, host):
    assert client.get("/v1/health", headers={"Host": host}).status_code == 200


def test_non_json_bodies_get_415(client, auth):
    response = client.post("/v1/analyze", data="text=Bonjour", headers=auth,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response.get_json()["error"]["code"] == "unsupported_media_type"


@pytest.mark.parametrize(("body", "field"), [
    ({}, "text"), ({"text": 12}, "text"), ({"text": "x", "lang": "de"}, "lang"),
    ({"text": "x", "platform": "tiktok"}, "platform"), ({"text": "x", "always_flag": "Marie"},
                                                         "always_flag"),
])
def test_schema_errors_name_the_field(client, auth, body, field):
    response = client.post("/v1/analyze", json=body, headers=auth)
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "bad_field"
    assert f"'{field}" in error["message"]


@pytest.mark.parametrize("data", ["{", "[1, 2]", '"text"', "\xff", "[" * 100_000 + "]" * 100_000])
def test_malformed_json_gets_a_clean_400(client, auth, data):
    response = client.post("/v1/analyze", data=data.encode("utf-8", "surrogateescape"),
                           headers=auth, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_json"


def test_text_over_the_limit_gets_413(client, auth, app):
    limit = app.config["SETTINGS"].max_text_chars
    response = client.post("/v1/analyze", json={"text": "a" * (limit + 1)}, headers=auth)
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "text_too_long"


def test_bodies_over_the_byte_limit_are_refused_before_parsing(client, auth, app):
    size = app.config["SETTINGS"].max_body_bytes + 1
    response = client.post("/v1/analyze", data=b"x" * size, headers=auth,
                           content_type="application/json")
    assert response.status_code == 413


@pytest.mark.parametrize(("method", "path", "status"), [
    ("get", "/v1/nothing", 404), ("get", "/v1/analyze", 405), ("delete", "/v1/policies", 405)])
def test_routing_errors_are_json_too(client, auth, method, path, status):
    response = getattr(client, method)(path, headers=auth)
    assert response.status_code == status
    assert response.is_json and response.get_json()["error"]["message"]
