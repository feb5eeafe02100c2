"""Who gets in, beyond tests/api/test_guards.py: token rotation and storage, configured
extension ids, CORS without wildcard, the configurable text limit, errors always JSON."""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import replace

import pytest

from companion.api import create_app
from companion.config import CHROME_EXTENSION_ID
from companion.security.token import rotate_token

TEXT = {"text": "Bonjour"}
EXTENSION = f"chrome-extension://{CHROME_EXTENSION_ID}"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_rotated_token_is_required_at_once_without_restarting(client, app):
    old = app.config["TOKEN"]
    assert client.get("/v1/policies", headers=_bearer(old)).status_code == 200
    new = rotate_token(app.config["SETTINGS"].token_path)  # what `garde-fou token --rotate` does
    assert client.get("/v1/policies", headers=_bearer(old)).status_code == 401
    assert client.get("/v1/policies", headers=_bearer(new)).status_code == 200


def test_the_token_survives_a_missing_file_until_a_new_one_is_written(client, app):
    token_path = app.config["SETTINGS"].token_path
    token = app.config["TOKEN"]
    token_path.unlink()
    assert client.get("/v1/policies", headers=_bearer(token)).status_code == 200
    new = rotate_token(token_path)
    assert client.get("/v1/policies", headers=_bearer(token)).status_code == 401
    assert client.get("/v1/policies", headers=_bearer(new)).status_code == 200


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_token_file_is_created_owner_only_on_first_start(settings, pipeline):
    assert not settings.token_path.exists()
    create_app(settings, pipeline)
    assert stat.S_IMODE(os.stat(settings.token_path).st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_token_file_readable_by_others_is_made_owner_only(settings, pipeline):
    settings.config_dir.mkdir(parents=True, exist_ok=True)
    settings.token_path.write_text("an-old-token-from-a-backup\n")
    os.chmod(settings.token_path, 0o644)
    app = create_app(settings, pipeline)
    assert app.config["TOKEN"] == "an-old-token-from-a-backup"
    assert stat.S_IMODE(os.stat(settings.token_path).st_mode) == 0o600


def test_a_token_that_differs_only_by_case_or_a_suffix_is_refused(client, app):
    token = app.config["TOKEN"]
    for wrong in (token.swapcase(), token + "x", token[:-1], f"{token} {token}"):
        assert client.get("/v1/policies", headers=_bearer(wrong)).status_code == 401


def test_the_token_in_a_query_string_is_not_accepted(client, app):
    response = client.get(f"/v1/policies?token={app.config['TOKEN']}")
    assert response.status_code == 401


def test_configured_extension_ids_replace_the_default_one(settings, pipeline):
    custom = replace(settings, extension_ids=("abcdefghijklmnopabcdefghijklmnop",))
    app = create_app(custom, pipeline)
    client = app.test_client()
    headers = {**_bearer(app.config["TOKEN"]), "Host": "127.0.0.1:8731"}
    allowed = client.post("/v1/analyze", json=TEXT, headers={
        **headers, "Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"})
    assert allowed.status_code == 200
    refused = client.post("/v1/analyze", json=TEXT, headers={**headers, "Origin": EXTENSION})
    assert refused.status_code == 403


@pytest.mark.parametrize("origin", [
    EXTENSION + ".evil.example", "chrome-extension://" + CHROME_EXTENSION_ID.upper(),
    EXTENSION + "/", "moz-extension://evil.example", "moz-extension://", "file://",
    "http://localhost:8731", "https://127.0.0.1:8731",
])
def test_look_alike_origins_are_refused(client, auth, origin):
    response = client.post("/v1/analyze", json=TEXT, headers={**auth, "Origin": origin})
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "bad_origin"


def test_cors_never_answers_with_a_wildcard(client, auth):
    for origin in (EXTENSION, "https://evil.example", None):
        headers = {**auth, **({"Origin": origin} if origin else {})}
        for response in (client.get("/v1/health", headers=headers),
                         client.post("/v1/analyze", json=TEXT, headers=headers)):
            assert response.headers.get("Access-Control-Allow-Origin") in (None, origin)
            assert response.headers.get("Access-Control-Allow-Origin") != "*"


def test_firefox_preflight_is_answered_and_a_rebinding_preflight_is_not(client):
    preflight = {"Origin": "moz-extension://0d5c9a1e-3b7f-4c1e-9f2a-6a1b2c3d4e5f",
                 "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization,content-type"}
    allowed = client.options("/v1/analyze", headers=preflight)
    assert allowed.status_code == 200
    assert allowed.headers["Access-Control-Allow-Origin"] == preflight["Origin"]
    rebinding = client.options("/v1/analyze", headers={**preflight, "Host": "evil.example:8731"})
    assert rebinding.status_code == 403


def test_health_needs_no_token_but_still_checks_host_and_origin(client):
    assert client.get("/v1/health").status_code == 200
    assert client.get("/v1/health", headers={"Origin": "https://evil.example"}).status_code == 403
    assert client.get("/v1/health", headers={"Host": "evil.example:8731"}).status_code == 403


def test_allow_remote_lifts_the_host_check_only(settings, pipeline):
    app = create_app(settings, pipeline, allow_remote=True)
    client = app.test_client()
    lan = {"Host": "192.168.1.20:8731"}
    assert client.get("/v1/health", headers=lan).status_code == 200
    assert client.get("/v1/policies", headers=lan).status_code == 401
    assert client.get("/v1/health", headers={**lan, "Origin": "https://evil.example"}
                      ).status_code == 403


def test_the_text_limit_is_configurable(settings, pipeline):
    app = create_app(replace(settings, max_text_chars=50), pipeline)
    client = app.test_client()
    headers = {**_bearer(app.config["TOKEN"]), "Host": "127.0.0.1:8731"}
    assert client.post("/v1/analyze", json={"text": "é" * 50}, headers=headers).status_code == 200
    too_long = client.post("/v1/analyze", json={"text": "é" * 51}, headers=headers)
    assert too_long.status_code == 413
    assert "50" in too_long.get_json()["error"]["message"]
    redact = client.post("/v1/redact", json={"text": "é" * 51, "findings": []}, headers=headers)
    assert redact.status_code == 413


def test_the_default_limit_is_100000_characters_whatever_their_size_in_bytes(settings,
                                                                             instant_pipeline):
    app = create_app(settings, instant_pipeline)
    client = app.test_client()
    headers = {**_bearer(app.config["TOKEN"]), "Host": "127.0.0.1:8731",
               "Content-Type": "application/json"}

    def status(text: str) -> int:  # sent as browsers send it: UTF-8, not \u escapes
        body = json.dumps({"text": text}, ensure_ascii=False).encode()
        return client.post("/v1/analyze", data=body, headers=headers).status_code

    assert status("😀" * 100_000) == 200  # 400,000 bytes
    assert status("😀" * 100_001) == 413
    assert status("a" * 100_001) == 413


@pytest.mark.parametrize("text", ["é" * 100_000, "😀" * 100_000], ids=["accents", "emoji"])
def test_a_text_at_the_limit_is_accepted_even_spelled_with_json_escapes(settings,
                                                                        instant_pipeline, text):
    """JSON may spell any character as \\uXXXX (Python's json.dumps does by default): 6 bytes
    for "é", 12 for an emoji. The body limit must leave room for that, or a text under the
    character limit is refused as too large."""
    app = create_app(settings, instant_pipeline)
    response = app.test_client().post(
        "/v1/analyze", data=json.dumps({"text": text}).encode(), content_type="application/json",
        headers={**_bearer(app.config["TOKEN"]), "Host": "127.0.0.1:8731"})
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize(("method", "path", "kwargs"), [
    ("put", "/v1/analyze", {"json": TEXT}),
    ("patch", "/v1/redact", {"json": TEXT}),
    ("get", "/", {}),
    ("get", "/v1", {}),
    ("get", "/v1/../etc/passwd", {}),
    ("post", "/v1/analyze", {"data": b"\x00\x01\x02", "content_type": "application/json"}),
    ("post", "/v1/analyze", {"data": "{}", "content_type": "application/json; charset=latin-1"}),
    ("post", "/v1/analyze", {"data": '{"text": "a", "text": 1}',
                             "content_type": "application/json"}),
    ("post", "/v1/analyze", {"data": '{"text": NaN}', "content_type": "application/json"}),
    ("post", "/v1/analyze", {"data": "", "content_type": "application/json"}),
    ("post", "/v1/analyze", {"data": "{}", "content_type": "multipart/form-data; boundary=x"}),
    ("post", "/v1/analyze", {"data": '{"text": "' + "\\ud800" + '"}',
                             "content_type": "application/problem+json"}),
    ("post", "/v1/redact", {"json": {"text": "abc", "findings": [{"start": 2, "end": 1}]}}),
    ("post", "/v1/redact", {"json": {"text": "abc", "findings": [{"start": 0, "end": 99,
                                                                  "replacement": "x"}]}}),
    ("post", "/v1/redact", {"json": {"text": "abc", "findings": [{"start": -1, "end": 1}]}}),
    ("post", "/v1/redact", {"json": {"text": "abc", "findings": [{"start": 0.5, "end": 1}]}}),
    ("post", "/v1/redact", {"json": {"text": "abc", "findings": [None]}}),
    ("post", "/v1/analyze", {"json": {"text": "abc", "always_flag": ["x" * 201]}}),
    ("post", "/v1/analyze", {"json": {"text": "abc", "never_flag": ["\udc00"]}}),
    ("post", "/v1/analyze", {"json": {"text": "abc", "policy": ["barreau-qc"]}}),
])
def test_every_refusal_is_a_json_error_and_never_a_trace(client, auth, method, path, kwargs):
    response = getattr(client, method)(path, headers=auth, **kwargs)
    assert 400 <= response.status_code < 500 or response.status_code == 200
    if response.status_code != 200:
        assert response.is_json
        body = response.get_json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and "<html" not in text.lower()
