"""The native messaging host: framing, who gets the token, and its answers."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
from typing import ClassVar

import pytest

from companion.config import CHROME_EXTENSION_ID, FIREFOX_ADDON_ID
from companion.native import companion_process
from companion.native.companion_process import CompanionError
from companion.native.framing import MAX_REQUEST_BYTES, read_message
from companion.native.host import converse

CHROME_ORIGIN = f"chrome-extension://{CHROME_EXTENSION_ID}/"


def _frames(*messages) -> io.BytesIO:
    out = b""
    for message in messages:
        body = message if isinstance(message, bytes) else json.dumps(message).encode()
        out += struct.pack("<I", len(body)) + body
    return io.BytesIO(out)


def _answers(stdout: io.BytesIO) -> list[dict]:
    data, answers = stdout.getvalue(), []
    while data:
        (length,) = struct.unpack("<I", data[:4])
        answers.append(json.loads(data[4:4 + length].decode("utf-8")))
        data = data[4 + length:]
    return answers


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    for name in ("GARDE_FOU_PORT", "GARDE_FOU_EXTENSION_IDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(tmp_path))
    return tmp_path


def _healthy(port):
    return {"status": "ok", "version": "0.1.0"}


def test_pair_answers_the_port_token_and_version_of_the_running_companion(config_dir,
                                                                         monkeypatch):
    monkeypatch.setenv("GARDE_FOU_PORT", "9123")
    asked = []
    stdout = io.BytesIO()
    code = converse([CHROME_ORIGIN], _frames({"type": "pair"}), stdout,
                    ensure=lambda port: asked.append(port) or _healthy(port))
    (answer,) = _answers(stdout)
    assert code == 0
    assert asked == [9123]
    assert answer == {"type": "paired", "port": 9123, "version": "0.1.0",
                      "token": (config_dir / "token").read_text().strip()}


def test_firefox_passes_the_addon_id_as_second_argument(config_dir):
    stdout = io.BytesIO()
    converse(["/home/me/.mozilla/native-messaging-hosts/ca.gardefou.companion.json",
              FIREFOX_ADDON_ID], _frames({"type": "pair"}), stdout, ensure=_healthy)
    assert _answers(stdout)[0]["type"] == "paired"


@pytest.mark.parametrize("argv", [
    ["chrome-extension://someoneelsesextensionidabcdefghij/"],
    ["/path/manifest.json", "other@example.com"],
    [],
])
def test_other_callers_get_no_token_and_no_companion(config_dir, argv):
    started = []
    stdout = io.BytesIO()
    converse(argv, _frames({"type": "pair"}, {"type": "pair"}), stdout,
             ensure=lambda port: started.append(port) or _healthy(port))
    answers = _answers(stdout)
    assert [a["code"] for a in answers] == ["caller_refused", "caller_refused"]
    assert all("token" not in a for a in answers)
    assert started == []
    assert not (config_dir / "token").exists()


def test_a_store_id_from_the_configuration_is_allowed(config_dir, monkeypatch):
    monkeypatch.setenv("GARDE_FOU_EXTENSION_IDS", "abcdefghijklmnopabcdefghijklmnop")
    stdout = io.BytesIO()
    converse(["chrome-extension://abcdefghijklmnopabcdefghijklmnop/"],
             _frames({"type": "pair"}), stdout, ensure=_healthy)
    assert _answers(stdout)[0]["type"] == "paired"


def test_a_companion_that_cannot_start_is_an_error_with_its_reason(config_dir):
    def fails(port):
        raise CompanionError("companion_exited", "the companion stopped at start")

    stdout = io.BytesIO()
    converse([CHROME_ORIGIN], _frames({"type": "pair"}), stdout, ensure=fails)
    assert _answers(stdout) == [{"type": "error", "code": "companion_exited",
                                 "message": "the companion stopped at start"}]


def test_unknown_messages_get_an_error_and_the_conversation_goes_on(config_dir):
    stdout = io.BytesIO()
    converse([CHROME_ORIGIN], _frames({"type": "hello"}, [1, 2], {"type": "pair"}), stdout,
             ensure=_healthy)
    assert [a["type"] for a in _answers(stdout)] == ["error", "error", "paired"]


def test_garbage_ends_the_conversation_with_an_error(config_dir):
    stdout = io.BytesIO()
    assert converse([CHROME_ORIGIN], _frames(b"{not json"), stdout, ensure=_healthy) == 1
    assert _answers(stdout)[0]["code"] == "bad_message"


def test_an_oversized_message_is_refused_unread():
    stream = io.BytesIO(struct.pack("<I", MAX_REQUEST_BYTES + 1))
    with pytest.raises(ValueError, match="limit"):
        read_message(stream)


def test_the_host_imports_neither_spacy_nor_flask():
    code = ("import sys, companion.native.host; "
            "print(sorted(m for m in ('spacy', 'flask', 'presidio_analyzer') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


# ---- starting the companion ------------------------------------------------------------------


class FakePopen:
    calls: ClassVar[list[dict]] = []
    refuse_breakaway = False
    exit_code: int | None = None  # what poll() says: None while running

    def __init__(self, command, **options):
        flags = options.get("creationflags", 0)
        breakaway = getattr(companion_process.subprocess, "CREATE_BREAKAWAY_FROM_JOB", 0)
        if FakePopen.refuse_breakaway and flags & breakaway:
            raise PermissionError("access denied")
        FakePopen.calls.append({"command": command, **options})
        self.returncode = FakePopen.exit_code

    def poll(self):
        return self.returncode


@pytest.fixture
def fake_popen(monkeypatch):
    FakePopen.calls, FakePopen.refuse_breakaway, FakePopen.exit_code = [], False, None
    monkeypatch.setattr(companion_process.subprocess, "Popen", FakePopen)
    return FakePopen


def test_on_posix_the_companion_gets_its_own_session_and_none_of_the_hosts_pipes(fake_popen,
                                                                                monkeypatch):
    monkeypatch.setattr(companion_process.sys, "platform", "linux")
    companion_process.start_companion(9123)
    (call,) = fake_popen.calls
    assert call["command"] == [sys.executable, "-m", "companion", "serve", "--port", "9123"]
    assert call["start_new_session"] is True
    assert call["stdin"] == call["stdout"] == call["stderr"] == subprocess.DEVNULL


def test_on_windows_the_companion_leaves_the_browsers_job_when_allowed(fake_popen, monkeypatch):
    monkeypatch.setattr(companion_process.sys, "platform", "win32")
    for name, value in [("CREATE_NEW_PROCESS_GROUP", 0x200), ("CREATE_NO_WINDOW", 0x8000000),
                        ("CREATE_BREAKAWAY_FROM_JOB", 0x1000000)]:
        monkeypatch.setattr(companion_process.subprocess, name, value, raising=False)
    companion_process.start_companion(9123)
    assert fake_popen.calls[-1]["creationflags"] == 0x200 | 0x8000000 | 0x1000000

    fake_popen.refuse_breakaway = True
    companion_process.start_companion(9123)
    assert fake_popen.calls[-1]["creationflags"] == 0x200 | 0x8000000
    assert "start_new_session" not in fake_popen.calls[-1]


def test_ensure_running_waits_for_the_health_of_the_companion_it_started(fake_popen,
                                                                        monkeypatch):
    answers = iter([None, None, None, {"status": "ok", "version": "0.1.0"}])
    monkeypatch.setattr(companion_process, "health", lambda port: next(answers))
    monkeypatch.setattr(companion_process, "POLL_INTERVAL_S", 0)
    assert companion_process.ensure_running(9123)["version"] == "0.1.0"
    assert len(fake_popen.calls) == 1


def test_a_companion_already_running_is_not_started_again(fake_popen, monkeypatch):
    monkeypatch.setattr(companion_process, "health", lambda port: {"status": "ok"})
    companion_process.ensure_running(9123)
    assert fake_popen.calls == []


def test_a_companion_that_exits_at_start_is_reported(fake_popen, monkeypatch):
    monkeypatch.setattr(companion_process, "health", lambda port: None)
    fake_popen.exit_code = 1
    with pytest.raises(CompanionError, match="exit code 1") as caught:
        companion_process.ensure_running(9123)
    assert caught.value.code == "companion_exited"
