"""Shared fixtures. Models load once per test session (a few seconds)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from companion.config import load_settings

COMPANION_HOST = "127.0.0.1:8731"


@pytest.fixture(scope="session")
def pipeline():
    from companion.pipeline import Pipeline
    from companion.policy import PolicyCatalog

    return Pipeline(PolicyCatalog.load())


@pytest.fixture
def settings(tmp_path):
    return load_settings({"GARDE_FOU_CONFIG_DIR": str(tmp_path)})


@pytest.fixture
def app(settings, pipeline):
    from companion.api import create_app

    return create_app(settings, pipeline)


class ExtensionLikeClient(FlaskClient):
    """Sends the Host header the extension sends (127.0.0.1:8731) unless a test gives another.

    (Werkzeug 3 overwrites an HTTP_HOST put in `environ_base`, so the base URL carries it.)
    """

    def open(self, *args, **kwargs):
        kwargs.setdefault("base_url", f"http://{COMPANION_HOST}")
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    """A test client that talks to the companion as the extension would: right Host header."""
    app.test_client_class = ExtensionLikeClient
    return app.test_client()


@pytest.fixture
def auth(app):
    return {"Authorization": f"Bearer {app.config['TOKEN']}"}


@pytest.fixture
def stop_companions_on_port():
    """Stops, by pid, the companions a native host started detached on a port (found by their
    command line in /proc: these tests run on Linux); returns the pids stopped."""

    def stop(port: int) -> list[int]:
        wanted = ["-m", "companion", "serve", "--port", str(port)]
        stopped = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                argv = (entry / "cmdline").read_bytes().decode().split("\0")
            except OSError:
                continue
            if any(argv[i:i + len(wanted)] == wanted for i in range(len(argv))):
                os.kill(int(entry.name), signal.SIGTERM)
                stopped.append(int(entry.name))
        return stopped

    return stop
