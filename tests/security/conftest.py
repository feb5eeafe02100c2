"""Fixtures for the security and robustness tests."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.findings.model import Finding, Suggestion
from companion.pipeline import AnalysisResult

GARDE_FOU = Path(sys.prefix) / "bin" / "garde-fou"
START_TIMEOUT_S = 300


class PhoneFindingPipeline:
    """Stands in for the pipeline where only the HTTP layer is under test: reports every
    "514-555-0199" of the text, instantly, whatever its size."""

    PHONE = "514-555-0199"

    def analyze(self, text: str, **_options) -> AnalysisResult:
        message = {"fr": "Numéro de téléphone", "en": "Phone number"}
        findings = []
        start = text.find(self.PHONE)
        while start >= 0:
            findings.append(Finding(
                kind="pii", type="PHONE_NUMBER", start=start, end=start + len(self.PHONE),
                text=self.PHONE, severity="warning", score=1.0, message=message,
                suggestion=Suggestion("[téléphone]", {"fr": "Masquer", "en": "Hide"})))
            start = text.find(self.PHONE, start + 1)
        return AnalysisResult("fr", findings, 0.0)


@pytest.fixture
def instant_pipeline() -> PhoneFindingPipeline:
    return PhoneFindingPipeline()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServedCompanion:
    """`garde-fou serve` in its own process, sandboxed, logging at DEBUG to a file."""

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

    def authorized(self, method: str, path: str, payload: object | None = None, *,
                   raw: bytes | None = None, timeout: float = 60, **headers):
        """A request with the token; the body is `payload` as JSON, or `raw` bytes."""
        body = raw if payload is None else json.dumps(payload).encode()
        return self.request(method, path, body, timeout=timeout, headers={
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


@pytest.fixture
def free_port() -> int:
    return _free_port()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A companion process of its own for the test module."""
    companion = ServedCompanion(tmp_path_factory.mktemp("served"))
    yield companion
    companion.stop()
