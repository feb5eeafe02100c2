"""`run`: the garde-fou command called in-process with the session's models."""

import io
import sys

import pytest

from companion import cli


@pytest.fixture
def run(monkeypatch, tmp_path, pipeline, capsys):
    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(cli, "_build_pipeline", lambda settings: pipeline)

    def _run(*args, stdin=""):
        monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


class _Stdin:
    def __init__(self, text):
        self._buffer = io.StringIO(text)

    def reconfigure(self, **_):
        return None

    def __getattr__(self, name):
        return getattr(self._buffer, name)

    def __iter__(self):
        return iter(self._buffer)
