"""The real thing: `garde-fou serve` in its own process, under waitress, as the extension meets
it. Started once for the module, with its home, temporary and config directories in a sandbox
so that anything it writes is seen, and logging at DEBUG so that anything it logs is seen."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

GARDE_FOU = Path(sys.prefix) / "bin" / "garde-fou"
START_TIMEOUT_S = 300
SECRET_EMAIL = "zephyrine.qa@exemple-secret.ca"
POST = (f"Ma cliente Zéphyrine Quintal-Abernathy m'a appelée au 514-555-0199. "
        f"Son courriel : {SECRET_EMAIL}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Served:
    def __init__(self, root: Path) -> None:
        self.home, self.tmp, self.cwd, self.config = (root / d for d in
                                                      ("home", "tmp", "cwd", "config"))
        for folder in (self.home, self.tmp, self.cwd, self.config):
            folder.mkdir()
        self.port = _free_port()
        self.log_path = root / "companion.log"
        env = {"PATH": os.environ.get("PATH", ""), "HOME": str(self.home),
               "TMPDIR": str(self.tmp), "GARDE_FOU_CONFIG_DIR": str(self.config),
               "GARDE_FOU_LOG_LEVEL": "DEBUG", "LANG": "C.UTF-8"}
        self.token = subprocess.run([GARDE_FOU, "token"], env=env, capture_output=True,
                                    text=True, check=True).stdout.strip()
        self.config_files = sorted(self.config.rglob("*"))
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen([GARDE_FOU, "serve", "--port", str(self.port)],
                                            env=env, cwd=self.cwd, stdout=log, stderr=log)
        self._wait_until_healthy()

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the companion exited:\n{self.log()}")
            try:
                if self.request("GET", "/v1/health", timeout=2)[0] == 200:
                    return
            except OSError:
                # not listening yet: wait for the process rather than for a fixed time
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.process.wait(timeout=0.25)
        raise AssertionError(f"no answer on port {self.port} after {START_TIMEOUT_S} s")

    def request(self, method: str, path: str, body: bytes | None = None, *,
                headers: dict[str, str] | None = None, timeout: float = 60
                ) -> tuple[int, str, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers={
                "Host": f"127.0.0.1:{self.port}", **(headers or {})})
            response = connection.getresponse()
            return response.status, response.getheader("Content-Type", ""), response.read()
        finally:
            connection.close()

    def authorized(self, method: str, path: str, payload: object | None = None, **headers):
        body = None if payload is None else json.dumps(payload).encode()
        return self.request(method, path, body, headers={
            "Authorization": f"Bearer {self.token}", "Content-Type": "application/json",
            **headers})

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    companion = Served(tmp_path_factory.mktemp("served"))
    yield companion
    companion.stop()


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
    status, content_type, body = served.authorized(
        "POST", "/v1/analyze", {"text": "x" * 600_000})
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


def _serve(tmp_path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "GARDE_FOU_CONFIG_DIR": str(tmp_path)}
    return subprocess.Popen([GARDE_FOU, "serve", "--port", str(_free_port()), *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def test_a_non_loopback_address_is_refused_without_allow_remote(tmp_path):
    process = _serve(tmp_path, "--host", "0.0.0.0")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2
    assert "refusing to listen on 0.0.0.0" in err and "--allow-remote" in err


def test_allow_remote_binds_elsewhere_only_with_a_warning(tmp_path):
    process = _serve(tmp_path, "--host", "0.0.0.0", "--allow-remote")
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
