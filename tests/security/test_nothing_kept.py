"""Nothing is kept: no post text in any log, even at DEBUG and even when a request fails, and
no file written anywhere but the companion's own config."""

from __future__ import annotations

import http.client
import json
import logging
import os
import socket
import sys
import tempfile
import threading
from dataclasses import replace
from typing import ClassVar

import pytest
from waitress.server import create_server

from companion.api import create_app
from companion.api.server import server_options

#: A name and an address nobody else writes: if they show up in a log, the log quotes the post.
SECRET_NAME = "Zéphyrine Quintal-Abernathy"
SECRET_EMAIL = "zephyrine.qa@exemple-secret.ca"
POST = (f"Ma cliente {SECRET_NAME} m'a écrit de {SECRET_EMAIL} au sujet de son dossier "
        "500-17-012345-231. Quel idiot, ce juge.")
SECRETS = ("Zéphyrine", "Quintal", "Abernathy", "zephyrine", "exemple-secret", "012345")


@pytest.fixture
def every_log_record(caplog):
    """Every record of every logger, at DEBUG; companion and library loggers alike."""
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level > logging.DEBUG:
            caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _leaks(records) -> list[str]:
    leaks = []
    for record in records:
        rendered = record.getMessage() + (record.exc_text or "") + repr(record.args)
        if record.exc_info:
            rendered += logging.Formatter().formatException(record.exc_info)
        leaks += [f"{record.name}: {rendered[:200]}" for s in SECRETS if s in rendered]
    return leaks


def test_no_log_record_quotes_the_post_even_at_debug(client, auth, app, caplog):
    caplog.set_level(logging.DEBUG)
    for policy in (None, "barreau-qc"):
        analysis = client.post("/v1/analyze", json={"text": POST, "policy": policy},
                               headers=auth).get_json()
        assert SECRET_EMAIL in [f["text"] for f in analysis["findings"]]  # it was analysed
        client.post("/v1/redact", json={"text": POST, "findings": analysis["findings"]},
                    headers=auth)
    assert caplog.records, "the companion logged nothing: the capture is not working"
    assert _leaks(caplog.records) == []


def test_library_loggers_forced_to_debug_still_do_not_receive_the_text(client, auth,
                                                                       every_log_record):
    """Even someone who turns every logger up to DEBUG gets no text: Presidio's context
    enhancer would log the words around each finding."""
    client.post("/v1/analyze", json={"text": POST, "policy": "barreau-qc"}, headers=auth)
    assert any(r.getMessage().startswith("analyze chars=") for r in every_log_record.records)
    assert _leaks(every_log_record.records) == []


def test_an_internal_error_logs_its_type_and_not_the_text(client, auth, pipeline, monkeypatch,
                                                          caplog):
    def failing(text, **kwargs):
        raise ValueError(f"could not analyse {text!r}")  # a message quoting the text

    monkeypatch.setattr(pipeline, "analyze", failing)
    caplog.set_level(logging.DEBUG)
    response = client.post("/v1/analyze", json={"text": POST}, headers=auth)
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert all(s not in body for s in SECRETS)
    assert "ValueError" in caplog.text
    assert _leaks(caplog.records) == []


def test_a_failed_request_leaves_the_next_one_unharmed(client, auth, pipeline, monkeypatch):
    real = pipeline.analyze
    calls = []

    def fails_once(text, **kwargs):
        calls.append(text)
        if len(calls) == 1:
            raise RuntimeError("simulated fault")
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "analyze", fails_once)
    assert client.post("/v1/analyze", json={"text": POST}, headers=auth).status_code == 500
    after = client.post("/v1/analyze", json={"text": POST}, headers=auth)
    assert after.status_code == 200
    assert SECRET_EMAIL in [f["text"] for f in after.get_json()["findings"]]


class _WriteRecorder:
    """Every file opened for writing and every directory made, by any thread of this process,
    while `active` (audit hooks cannot be removed, so one hook serves every test)."""

    active: ClassVar[bool] = False
    events: ClassVar[list[str]] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if not cls.active:
            return
        if event == "open":
            path, mode, flags = args
            writing = (any(c in mode for c in "wax+") if isinstance(mode, str)
                       else bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND)))
            if writing and not str(path).endswith(".pyc"):
                cls.events.append(f"open for writing: {path}")
        elif event in ("os.mkdir", "os.rename", "os.link", "os.symlink", "os.truncate"):
            cls.events.append(f"{event}: {args[:2]}")


sys.addaudithook(_WriteRecorder.hook)


def _batch(client, auth) -> None:
    for policy in (None, "barreau-qc", "shelter"):
        analysis = client.post("/v1/analyze", json={"text": POST * 50, "policy": policy},
                               headers=auth).get_json()
        client.post("/v1/redact", json={"text": POST * 50, "findings": analysis["findings"]},
                    headers=auth)
        client.get("/v1/policies", headers=auth)


def test_requests_write_no_file_at_all(client, auth, app, tmp_path_factory, monkeypatch):
    """Not in the temporary directory, not in the working directory, not even in the config
    dir: serving a request writes nothing (the token is only ever read)."""
    config_dir = app.config["SETTINGS"].config_dir
    config_before = sorted(config_dir.rglob("*"))
    workdir = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(workdir)
    _batch(client, auth)  # first use of every code path (lazy imports, caches) happens here
    _WriteRecorder.events.clear()
    _WriteRecorder.active = True
    try:
        _batch(client, auth)
    finally:
        _WriteRecorder.active = False
    assert _WriteRecorder.events == []
    assert sorted(config_dir.rglob("*")) == config_before
    assert list(workdir.iterdir()) == []


def test_the_write_recorder_sees_temporary_files():
    _WriteRecorder.events.clear()
    _WriteRecorder.active = True
    try:
        with tempfile.TemporaryFile():
            pass
    finally:
        _WriteRecorder.active = False
    assert _WriteRecorder.events


@pytest.fixture
def waitress_server(settings, instant_pipeline):
    """The app under waitress with the companion's server options, in this process (so that
    the write recorder sees waitress's own buffers); the stand-in pipeline answers instantly."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    served_settings = replace(settings, port=port)
    app = create_app(served_settings, instant_pipeline)
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
    yield port, app.config["TOKEN"], served_settings
    closing.set()
    server.close()
    thread.join(timeout=10)


def _post(port: int, token: str, body: bytes) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/v1/analyze", body=body, headers={
            "Host": f"127.0.0.1:{port}", "Authorization": f"Bearer {token}",
            "Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        connection.close()


def test_big_requests_and_responses_never_touch_the_disk(waitress_server):
    """Waitress spills bodies over 512 KiB and responses over 1 MiB to temporary files by
    default; the companion's server options keep a draft in memory whatever its size."""
    port, token, settings = waitress_server
    many_numbers = json.dumps({"text": "514-555-0199 " * 7_000}).encode()
    spilled_by_default = 524_288  # waitress's default inbuf_overflow
    over_the_limit = json.dumps(  # 2 bytes a character
        {"text": "é" * (max(settings.max_body_bytes, spilled_by_default) // 2 + 1_000)},
        ensure_ascii=False).encode()
    assert spilled_by_default < len(over_the_limit) < 2 * settings.max_body_bytes
    _post(port, token, b'{"text": "warm-up"}')
    _WriteRecorder.events.clear()
    _WriteRecorder.active = True
    try:
        analysed = _post(port, token, many_numbers)
        refused = _post(port, token, over_the_limit)
    finally:
        _WriteRecorder.active = False
    assert analysed[0] == 200 and len(analysed[2]) > 1_048_576
    assert refused[0] == 413 and refused[1].startswith("application/json")
    assert _WriteRecorder.events == []


def test_a_body_far_over_the_limit_is_refused_unread(waitress_server):
    """Over twice the app's limit, waitress answers as soon as it has the headers, without
    reading the body (its own plain-text 413: no browser extension sending a text under the
    limit gets there)."""
    port, token, settings = waitress_server
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(
            f"POST /v1/analyze HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {2 * settings.max_body_bytes + 1}\r\n\r\n".encode())
        status_line = connection.makefile("rb").readline()
    assert status_line.split()[1] == b"413"
