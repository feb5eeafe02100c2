"""Shared fixtures. Models load once per test session (a few seconds)."""

from __future__ import annotations

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
