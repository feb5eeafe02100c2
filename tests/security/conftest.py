"""Fixtures for the security and robustness tests."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from companion.findings.model import Finding, Suggestion
from companion.pipeline import AnalysisResult


class ExtensionLikeClient(FlaskClient):
    """Sends the Host header the extension sends (127.0.0.1:8731) unless a test gives another."""

    def open(self, *args, **kwargs):
        kwargs.setdefault("base_url", "http://127.0.0.1:8731")
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = ExtensionLikeClient
    return app.test_client()


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
