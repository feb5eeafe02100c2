"""EMAIL_ADDRESS: bundled public-suffix list only, never the network."""

from __future__ import annotations

import pytest

EMAIL = "EMAIL_ADDRESS"

MATCH = [
    ("en", "Send your application to rh@sportetudiant-mtg.ca before April 15.",
     "rh@sportetudiant-mtg.ca"),
    ("fr", "Écrivez à m.tremblay@example.com.", "m.tremblay@example.com"),
    ("fr", "Courriel : andré.lévesque@videotron.qc.ca", "andré.lévesque@videotron.qc.ca"),
    ("fr", "info@garde-fou.quebec pour toute question", "info@garde-fou.quebec"),
    ("fr", "mon courriel : jean@serveur.local", "jean@serveur.local"),  # unknown suffix: context
    # an unlisted suffix in lower case, no context
    ("fr", "Les CV vont à rh@maisonlumiere.example d'ici vendredi.", "rh@maisonlumiere.example"),
    ("en", "Ping coach.dube@tigres.hockey after practice", "coach.dube@tigres.hockey"),
]

NO_MATCH = [
    ("fr", "Gros merci à @JulieCôté pour la photo!"),
    ("en", "Log in as admin@localhost."),
    ("en", "The file jean@serveur.local was moved."),  # unknown suffix, no context
    ("en", "Price: 3 @ 4.99$"),
    ("fr", "Merci@tous.Bonne soirée!"),  # a missing space, not an address
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, EMAIL) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, EMAIL) == []


def test_never_fetches_the_suffix_list(monkeypatch):
    import socket

    from companion.recognizers import email_recognizer

    def no_network(*args, **kwargs):
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    email_recognizer._extractor.cache_clear()
    assert email_recognizer._extractor()("example.quebec").suffix == "quebec"
