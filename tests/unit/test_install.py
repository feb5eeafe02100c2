"""`garde-fou install` / `uninstall` on each OS, with a fake home folder and a fake registry:
what each browser would read, and that uninstall takes back exactly what install wrote."""

from __future__ import annotations

import json
import os
import plistlib
import shlex
from pathlib import Path

import pytest

from companion import cli
from companion.config import CHROME_EXTENSION_ID, FIREFOX_ADDON_ID
from companion.install.installer import InstallRequest, install, uninstall
from companion.install.platforms import BROWSERS, Platform

STORE_ID = "abcdefghijklmnopabcdefghijklmnop"
PYTHON = Path("/opt/garde fou/venv/bin/python")


class FakeRegistry:
    """HKCU as a dict: key → {value name: value}."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, str]] = {}

    def set_value(self, key, name, value):
        self.keys.setdefault(key, {})[name] = value

    def delete_value(self, key, name):
        return self.keys.get(key, {}).pop(name, None) is not None

    def delete_key(self, key):
        return self.keys.pop(key, None) is not None


def _request(*browsers, autostart=False, user_data_dir=None, python=PYTHON):
    return InstallRequest(browsers=list(browsers or BROWSERS), named=bool(browsers),
                          extension_ids=(STORE_ID, CHROME_EXTENSION_ID),
                          firefox_addon_id=FIREFOX_ADDON_ID, python=python,
                          autostart=autostart, user_data_dir=user_data_dir)


def _platform(tmp_path, system, **env):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return Platform(system, home, env, tmp_path / "config")


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


# ---- Linux --------------------------------------------------------------------------------


def test_linux_registers_the_browsers_found_and_skips_the_others(tmp_path):
    platform = _platform(tmp_path, "linux")
    (platform.home / ".config" / "chromium").mkdir(parents=True)
    (platform.home / ".mozilla").mkdir()
    outcome = install(platform, _request(), None)

    chromium = platform.home / ".config/chromium/NativeMessagingHosts/ca.gardefou.companion.json"
    firefox = platform.home / ".mozilla/native-messaging-hosts/ca.gardefou.companion.json"
    manifest = json.loads(chromium.read_text())
    assert manifest["name"] == "ca.gardefou.companion"
    assert manifest["type"] == "stdio"
    assert manifest["allowed_origins"] == [f"chrome-extension://{STORE_ID}/",
                                           f"chrome-extension://{CHROME_EXTENSION_ID}/"]
    assert json.loads(firefox.read_text())["allowed_extensions"] == [FIREFOX_ADDON_ID]
    launcher = Path(manifest["path"])
    assert launcher.is_absolute() and os.access(launcher, os.X_OK)
    assert f"{shlex.quote(str(PYTHON))} -m companion.native" in launcher.read_text()
    assert outcome.registered == 2
    assert any(line.startswith("Google Chrome: not found") for line in outcome.lines)
    assert not (platform.home / ".config" / "google-chrome").exists()


@pytest.mark.parametrize(("browser", "folder"), [
    ("chrome", ".config/google-chrome/NativeMessagingHosts"),
    ("chromium", ".config/chromium/NativeMessagingHosts"),
    ("edge", ".config/microsoft-edge/NativeMessagingHosts"),
    ("brave", ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts"),
    ("firefox", ".mozilla/native-messaging-hosts"),
])
def test_linux_a_named_browser_is_registered_in_its_own_folder(tmp_path, browser, folder):
    platform = _platform(tmp_path, "linux")
    install(platform, _request(browser), None)
    assert (platform.home / folder / "ca.gardefou.companion.json").is_file()


def test_a_browser_profile_elsewhere_gets_the_manifest_in_its_user_data_dir(tmp_path):
    platform = _platform(tmp_path, "linux")
    profile = tmp_path / "profile"
    install(platform, _request("chromium", user_data_dir=profile), None)
    assert (profile / "NativeMessagingHosts" / "ca.gardefou.companion.json").is_file()
    assert not (platform.home / ".config").exists()


def test_linux_autostart_is_an_enabled_systemd_user_unit(tmp_path):
    platform = _platform(tmp_path, "linux")
    install(platform, _request("chromium", autostart=True), None)
    unit = platform.home / ".config/systemd/user/garde-fou.service"
    assert f"ExecStart={shlex.quote(str(PYTHON))} -m companion serve" in unit.read_text()
    wanted = unit.parent / "default.target.wants" / "garde-fou.service"
    assert wanted.resolve() == unit.resolve()


def test_uninstall_removes_exactly_what_install_wrote(tmp_path):
    platform = _platform(tmp_path, "linux")
    (platform.home / ".config" / "chromium").mkdir(parents=True)
    (platform.home / ".config" / "chromium" / "Default").mkdir()
    platform.config_dir.mkdir()
    (platform.config_dir / "token").write_text("secret\n")
    before = _files(tmp_path)
    install(platform, _request("chromium", "firefox", autostart=True), None)
    install(platform, _request("chromium"), None)  # again: nothing doubled
    assert len(_files(tmp_path)) > len(before)

    lines = uninstall(platform, None).lines
    assert _files(tmp_path) == before
    assert (platform.home / ".config" / "chromium" / "Default").is_dir()
    assert sum(line.startswith("Removed") for line in lines) == 5
    assert "Nothing to remove" in uninstall(platform, None).lines[0]


# ---- macOS --------------------------------------------------------------------------------


@pytest.mark.parametrize(("browser", "folder"), [
    ("chrome", "Google/Chrome"),
    ("chromium", "Chromium"),
    ("edge", "Microsoft Edge"),
    ("brave", "BraveSoftware/Brave-Browser"),
    ("firefox", "Mozilla"),
])
def test_macos_hosts_go_under_application_support(tmp_path, browser, folder):
    platform = _platform(tmp_path, "darwin")
    install(platform, _request(browser), None)
    support = platform.home / "Library" / "Application Support"
    assert (support / folder / "NativeMessagingHosts" / "ca.gardefou.companion.json").is_file()


def test_macos_finds_firefox_by_its_profiles_folder(tmp_path):
    platform = _platform(tmp_path, "darwin")
    (platform.home / "Library" / "Application Support" / "Firefox").mkdir(parents=True)
    outcome = install(platform, _request(), None)
    assert outcome.registered == 1
    assert (platform.home / "Library/Application Support/Mozilla/NativeMessagingHosts"
            / "ca.gardefou.companion.json").is_file()


def test_macos_autostart_is_a_launch_agent(tmp_path):
    platform = _platform(tmp_path, "darwin")
    install(platform, _request("chrome", autostart=True), None)
    agent = platform.home / "Library/LaunchAgents/ca.gardefou.companion.plist"
    plist = plistlib.loads(agent.read_bytes())
    assert plist["ProgramArguments"] == [str(PYTHON), "-m", "companion", "serve"]
    assert plist["RunAtLoad"] is True
    uninstall(platform, None)
    assert not agent.exists()


# ---- Windows ------------------------------------------------------------------------------


@pytest.mark.parametrize(("browser", "key"), [
    ("chrome", r"Software\Google\Chrome\NativeMessagingHosts\ca.gardefou.companion"),
    ("chromium", r"Software\Chromium\NativeMessagingHosts\ca.gardefou.companion"),
    ("edge", r"Software\Microsoft\Edge\NativeMessagingHosts\ca.gardefou.companion"),
    ("brave", r"Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\ca.gardefou.companion"),
    ("firefox", r"Software\Mozilla\NativeMessagingHosts\ca.gardefou.companion"),
])
def test_windows_each_browser_has_an_hkcu_key_naming_its_manifest(tmp_path, browser, key):
    platform = _platform(tmp_path, "windows")
    registry = FakeRegistry()
    install(platform, _request(browser), registry)
    manifest_path = Path(registry.keys[key][""])
    assert manifest_path.is_relative_to(platform.config_dir)
    manifest = json.loads(manifest_path.read_text())
    launcher = Path(manifest["path"])
    assert launcher.name == "garde-fou-host.bat"
    assert f'"{PYTHON}" -m companion.native %*' in launcher.read_text()


def test_windows_finds_browsers_in_local_app_data(tmp_path):
    local, roaming = tmp_path / "Local", tmp_path / "Roaming"
    (local / "Microsoft" / "Edge" / "User Data").mkdir(parents=True)
    (roaming / "Mozilla" / "Firefox").mkdir(parents=True)
    platform = _platform(tmp_path, "windows", LOCALAPPDATA=str(local), APPDATA=str(roaming))
    registry = FakeRegistry()
    outcome = install(platform, _request(), registry)
    assert outcome.registered == 2
    assert sorted(registry.keys) == [
        r"Software\Microsoft\Edge\NativeMessagingHosts\ca.gardefou.companion",
        r"Software\Mozilla\NativeMessagingHosts\ca.gardefou.companion"]


def test_windows_autostart_is_a_run_value_without_console_and_uninstall_takes_it_back(tmp_path):
    platform = _platform(tmp_path, "windows")
    registry = FakeRegistry()
    run = r"Software\Microsoft\Windows\CurrentVersion\Run"
    registry.set_value(run, "OneDrive", "onedrive.exe")  # someone else's: must stay
    python = Path("C:/Users/me/pipx/venvs/garde-fou/Scripts/python.exe")
    install(platform, _request("edge", autostart=True, python=python), registry)
    pythonw = python.with_name("pythonw.exe")
    assert registry.keys[run]["Garde-fou"] == f'"{pythonw}" -m companion serve'

    uninstall(platform, registry)
    assert registry.keys == {run: {"OneDrive": "onedrive.exe"}}
    assert not (platform.config_dir / "native-messaging").exists()


# ---- the command ------------------------------------------------------------------------------


def test_the_command_prints_what_it_did_and_what_it_removed(tmp_path, monkeypatch, capsys):
    platform = _platform(tmp_path, "linux")
    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(platform.config_dir))
    monkeypatch.setenv("GARDE_FOU_EXTENSION_IDS", STORE_ID)
    monkeypatch.setattr(Platform, "current", classmethod(lambda cls, config_dir, env: platform))
    profile = tmp_path / "profile"

    assert cli.main(["install", "--browser", "chromium", "--user-data-dir", str(profile)]) == 0
    out = capsys.readouterr().out
    manifest = profile / "NativeMessagingHosts" / "ca.gardefou.companion.json"
    assert f"Chromium: host manifest written to {manifest}" in out
    assert f"chrome-extension://{STORE_ID}/" in out
    assert json.loads(manifest.read_text())["allowed_origins"] == [
        f"chrome-extension://{STORE_ID}/"]

    assert cli.main(["uninstall"]) == 0
    assert f"Removed {manifest}" in capsys.readouterr().out
    assert not manifest.exists()


def test_the_command_fails_when_no_browser_is_found(tmp_path, monkeypatch, capsys):
    platform = _platform(tmp_path, "linux")
    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(platform.config_dir))
    monkeypatch.setattr(Platform, "current", classmethod(lambda cls, config_dir, env: platform))
    assert cli.main(["install"]) == cli.EXIT_USAGE
    assert "No browser was registered" in capsys.readouterr().out
    assert _files(tmp_path) == set()  # nothing written, nothing to undo


def test_a_profile_folder_without_its_browser_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(tmp_path / "config"))
    assert cli.main(["install", "--user-data-dir", str(tmp_path)]) == cli.EXIT_USAGE
    assert "--user-data-dir needs --browser" in capsys.readouterr().err


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path, monkeypatch, capsys):
    platform = _platform(tmp_path, "linux")
    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(platform.config_dir))
    monkeypatch.setattr(Platform, "current", classmethod(lambda cls, config_dir, env: platform))
    blocked = tmp_path / "profile"
    blocked.write_text("a file where the profile folder should be")
    code = cli.main(["install", "--browser", "chromium", "--user-data-dir", str(blocked)])
    assert code == cli.EXIT_USAGE
    assert "garde-fou: cannot write" in capsys.readouterr().err
