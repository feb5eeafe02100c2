"""No request can keep the companion busy for nothing: an analysis stops at its deadline, when
its client leaves, or when a newer request from the same box arrives; /v1/health answers while
analyses run."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from dataclasses import replace

import pytest
from waitress.server import create_server

from companion.api import create_app
from companion.api.server import server_options
from companion.budget import Cancelled
from companion.pipeline import AnalysisResult


class EndlessPipeline:
    """Stands in for an analysis that would never end: it works in slices until its budget
    stops it, and records why it stopped."""

    def __init__(self) -> None:
        self.stopped: list[str] = []
        self.running = 0
        self._lock = threading.Lock()

    def analyze(self, text: str, *, budget, **_options) -> AnalysisResult:
        with self._lock:
            self.running += 1
        try:
            while True:
                budget.check()
                time.sleep(0.01)  # one slice of work
        except Cancelled as stopped:
            self.stopped.append(stopped.reason)
            raise
        finally:
            with self._lock:
                self.running -= 1


def _until(condition, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


@pytest.fixture
def endless():
    return EndlessPipeline()


@pytest.fixture
def served(settings, endless):
    """(port, token) of the app under waitress, with the companion's server options."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    served_settings = replace(settings, port=port, deadline_ms=60_000)
    app = create_app(served_settings, endless)
    server = create_server(app, sockets=[listener], **server_options(served_settings))
    closing = threading.Event()

    def run() -> None:
        try:
            server.run()
        except OSError:  # its sockets closed under it: how a waitress loop in a thread stops
            if not closing.is_set():
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield port, app.config["TOKEN"]
    closing.set()
    server.close()
    thread.join(timeout=10)


def _send(port: int, token: str, body: dict) -> http.client.HTTPConnection:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", "/v1/analyze", json.dumps(body), {
        "Host": f"127.0.0.1:{port}", "Authorization": f"Bearer {token}",
        "Content-Type": "application/json"})
    return connection


def test_an_analysis_stops_when_its_client_leaves(served, endless):
    port, token = served
    connection = _send(port, token, {"text": "Un long texte."})
    _until(lambda: endless.running == 1)
    connection.close()
    _until(lambda: endless.stopped == ["abandoned"])


def test_a_newer_request_from_the_same_box_stops_the_older_one(served, endless):
    port, token = served
    older = _send(port, token, {"text": "Bonjour Mar", "box": "tab1-box2", "seq": 7})
    _until(lambda: endless.running == 1)
    other_box = _send(port, token, {"text": "Allo", "box": "tab3-box1", "seq": 8})
    newer = _send(port, token, {"text": "Bonjour Marie", "box": "tab1-box2", "seq": 8})
    response = older.getresponse()
    assert response.status == 409
    assert json.loads(response.read())["error"]["code"] == "superseded"
    assert endless.stopped == ["superseded"]
    for connection in (other_box, newer):
        connection.close()


def test_health_answers_while_long_analyses_run(served, endless):
    port, token = served
    busy = [_send(port, token, {"text": "x" * 100_000}) for _ in range(4)]
    _until(lambda: endless.running == 4)
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/v1/health", headers={"Host": f"127.0.0.1:{port}"})
    assert connection.getresponse().status == 200
    assert time.monotonic() - started < 5  # the analyses run for a minute
    for connection in busy:
        connection.close()
    _until(lambda: endless.running == 0)


def test_past_its_deadline_an_analysis_is_a_clear_503(app, settings, pipeline, auth,
                                                      conforms):
    from tests.conftest import ExtensionLikeClient

    app.config["SETTINGS"] = replace(settings, deadline_ms=1)
    app.test_client_class = ExtensionLikeClient
    text = " ".join(f"{i % 10} Marie Tremblay habite à Laval" for i in range(700))
    response = app.test_client().post("/v1/analyze", json={"text": text}, headers=auth)
    assert response.status_code == 503
    error = response.get_json()["error"]
    assert error["code"] == "deadline_exceeded" and "not checked" in error["message"]
    assert conforms(response, "/v1/analyze", "post") == []
