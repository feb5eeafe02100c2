"""The real thing: `garde-fou serve` in its own process, under waitress, as the extension meets
it (the `served` fixture: home, temporary and config directories in a sandbox so that anything
it writes is seen, logging at DEBUG so that anything it logs is seen)."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from companion.config import load_settings

GARDE_FOU = Path(sys.prefix) / "bin" / "garde-fou"
SECRET_EMAIL = "zephyrine.qa@exemple-secret.ca"
POST = (f"Ma cliente Zéphyrine Quintal-Abernathy m'a appelée au 514-555-0199. "
        f"Son courriel : {SECRET_EMAIL}")


def test_the_served_companion_answers_the_extension(served):
    status, content_type, body = served.authorized(
        "POST", "/v1/analyze", {"text": POST},
        Origin="chrome-extension://lfbepnjgojolbnooekdhohefdjkhngmg")
    assert status == 200 and content_type.startswith("application/json")
    assert SECRET_EMAIL in [f["text"] for f in json.loads(body)["findings"]]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1:1",
                                  "localhost.evil.example:{port}"])
def test_a_rebinding_host_is_refused_by_the_served_companion(served, host):
    status, _, body = served.request(
        "GET", "/v1/health", headers={"Host": host.format(port=served.port)})
    assert status == 403
    assert json.loads(body)["error"]["code"] == "bad_host"


def test_both_loopback_names_are_accepted_by_the_served_companion(served):
    for host in (f"127.0.0.1:{served.port}", f"localhost:{served.port}"):
        assert served.request("GET", "/v1/health", headers={"Host": host})[0] == 200


def test_a_web_page_is_refused_by_the_served_companion(served):
    status, _, body = served.authorized("POST", "/v1/analyze", {"text": POST},
                                        Origin="https://www.facebook.com")
    assert status == 403
    assert json.loads(body)["error"]["code"] == "bad_origin"


def test_an_oversized_body_gets_the_json_413_from_the_served_companion(served):
    limit = load_settings({"GARDE_FOU_CONFIG_DIR": str(served.config)}).max_body_bytes
    status, content_type, body = served.authorized(
        "POST", "/v1/analyze", {"text": "x" * limit})
    assert status == 413
    assert content_type.startswith("application/json")
    assert json.loads(body)["error"]["code"] == "too_large"


def test_the_served_companion_writes_nothing_and_logs_no_text(served):
    """With logging at DEBUG, a batch of requests leaves no trace of the post: not in the log,
    not in the home, temporary or working directory, and the config dir holds only what
    `garde-fou token` wrote before the companion started."""
    for policy in (None, "barreau-qc", "shelter"):
        status, _, body = served.authorized("POST", "/v1/analyze",
                                            {"text": POST, "policy": policy})
        assert status == 200
        personal_data = [f for f in json.loads(body)["findings"] if f["kind"] == "pii"]
        assert served.authorized("POST", "/v1/redact",
                                 {"text": POST, "findings": personal_data})[0] == 200
    assert served.authorized("POST", "/v1/analyze", {"text": 1})[0] == 400
    log = served.log()
    assert "analyze chars=" in log  # the log is being written, with sizes only
    for secret in ("Zéphyrine", "Quintal", "Abernathy", "exemple-secret", "555-0199"):
        assert secret not in log
    assert list(served.home.rglob("*")) == []
    assert list(served.tmp.rglob("*")) == []
    assert list(served.cwd.rglob("*")) == []
    assert sorted(served.config.rglob("*")) == served.config_files


def _stderr_lines(process: subprocess.Popen) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in process.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _serve(tmp_path, port: int, *args: str) -> subprocess.Popen:
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path)}
    return subprocess.Popen([GARDE_FOU, "serve", "--port", str(port), *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def test_a_non_loopback_address_is_refused_without_allow_remote(tmp_path, free_port):
    process = _serve(tmp_path, free_port, "--host", "0.0.0.0")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert "refusing to listen on 0.0.0.0" in err and "--allow-remote" in err


def test_allow_remote_binds_elsewhere_only_with_a_warning(tmp_path, free_port):
    process = _serve(tmp_path, free_port, "--host", "0.0.0.0", "--allow-remote")
    lines = _stderr_lines(process)
    try:
        seen = []
        while True:
            line = lines.get(timeout=120)  # the warning comes before the models load
            if line is None or "WARNING" in line:
                break
            seen.append(line)
        assert line is not None, "".join(seen)
        assert "0.0.0.0" in line and "other machines can reach the companion" in line
    finally:
        process.terminate()
        process.wait(timeout=30)
