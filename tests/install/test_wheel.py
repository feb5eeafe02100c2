"""The wheel alone is a working Garde-fou: installed into a fresh virtualenv, run from a folder
outside the checkout, it finds its policy packs and models."""

from __future__ import annotations

import json
import socket
import struct
import subprocess
import urllib.request

import pytest

from companion.config import CHROME_EXTENSION_ID

from .wheel_env import build_wheel, clean_env, install_into_fresh_venv

pytestmark = pytest.mark.wheel

POST = ("Belle victoire hier à la Cour supérieure pour ma cliente Marie Tremblay, "
        "qui garde enfin ses enfants!")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(scripts folder, home folder) of a fresh install of the wheel."""
    work = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(work / "dist")
    return install_into_fresh_venv(wheel, work / "venv"), tmp_path_factory.mktemp("home")


def _user_env(home):
    return clean_env(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
                     XDG_CONFIG_HOME=str(home / ".config"))


def test_check_from_outside_the_checkout_finds_the_client_and_the_name(installed, tmp_path):
    scripts, home = installed
    result = subprocess.run(
        [str(scripts / "garde-fou"), "check", "--policy", "barreau-qc", "--json", "-"],
        input=POST, capture_output=True, text=True, cwd=tmp_path, timeout=600,
        env=_user_env(home))
    assert result.returncode == 1, result.stderr
    found = {(f["type"], f["text"]) for f in json.loads(result.stdout)["findings"]}
    assert ("PERSON", "Marie Tremblay") in found
    assert any(kind == "CLIENT_CONFIDENTIALITY" for kind, _ in found), found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _native_request(launcher: str, origin: str, message: dict, env) -> dict:
    """Runs the host as a browser does: the caller's origin as argument, framed JSON on stdin."""
    body = json.dumps(message).encode()
    result = subprocess.run([launcher, origin], input=struct.pack("<I", len(body)) + body,
                            capture_output=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    (length,) = struct.unpack("<I", result.stdout[:4])
    return json.loads(result.stdout[4:4 + length])


def test_install_pair_analyze_uninstall_as_a_browser_would(installed, tmp_path,
                                                           stop_companions_on_port):
    scripts, home = installed
    env = _user_env(home)
    port = _free_port()
    config_dir = home / ".config" / "garde-fou"
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "config.toml").write_text(f"port = {port}\n", encoding="utf-8")

    installed_lines = subprocess.run(
        [str(scripts / "garde-fou"), "install", "--browser", "chromium"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=True).stdout
    manifest_path = home / ".config/chromium/NativeMessagingHosts/ca.gardefou.companion.json"
    assert str(manifest_path) in installed_lines
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    origin = f"chrome-extension://{CHROME_EXTENSION_ID}/"
    assert manifest["allowed_origins"] == [origin]

    try:
        answer = _native_request(manifest["path"], origin, {"type": "pair"}, env)
        assert answer["type"] == "paired", answer
        assert answer["port"] == port
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/analyze", data=json.dumps({"text": POST}).encode(),
            headers={"Authorization": f"Bearer {answer['token']}",
                     "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            findings = json.load(response)["findings"]
        assert any(f["type"] == "PERSON" and f["text"] == "Marie Tremblay" for f in findings)
        # A second pairing finds the companion running: same token, nothing started.
        assert _native_request(manifest["path"], origin, {"type": "pair"}, env) == answer
    finally:
        stopped = stop_companions_on_port(port)
    assert len(stopped) == 1

    subprocess.run([str(scripts / "garde-fou"), "uninstall"], cwd=tmp_path, env=env,
                   timeout=120, check=True, capture_output=True)
    assert not manifest_path.exists()
    assert not (config_dir / "native-messaging").exists()
