"""Where each browser looks for a user's native messaging hosts, and where login items go, on
Linux, macOS and Windows. Pure path arithmetic: the home folder and environment are given, so
every OS can be tested on any OS."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

HOST_NAME = "ca.gardefou.companion"
CHROMIUM_FAMILY = ("chrome", "chromium", "edge", "brave")
BROWSERS = (*CHROMIUM_FAMILY, "firefox")
BROWSER_NAMES = {"chrome": "Google Chrome", "chromium": "Chromium", "edge": "Microsoft Edge",
                 "brave": "Brave", "firefox": "Firefox"}

# Linux: the browser's user data dir, relative to the home folder.
_LINUX_DATA = {"chrome": ".config/google-chrome", "chromium": ".config/chromium",
               "edge": ".config/microsoft-edge", "brave": ".config/BraveSoftware/Brave-Browser",
               "firefox": ".mozilla"}
# macOS: the same, under ~/Library/Application Support (Firefox's hosts go under Mozilla/).
_MAC_DATA = {"chrome": "Google/Chrome", "chromium": "Chromium", "edge": "Microsoft Edge",
             "brave": "BraveSoftware/Brave-Browser", "firefox": "Firefox"}
# Windows: (user data dir under %LOCALAPPDATA% — %APPDATA% for Firefox, HKCU key of the vendor).
_WINDOWS = {"chrome": (r"Google\Chrome\User Data", r"Software\Google\Chrome"),
            "chromium": (r"Chromium\User Data", r"Software\Chromium"),
            "edge": (r"Microsoft\Edge\User Data", r"Software\Microsoft\Edge"),
            "brave": (r"BraveSoftware\Brave-Browser\User Data",
                      r"Software\BraveSoftware\Brave-Browser"),
            "firefox": (r"Mozilla\Firefox", r"Software\Mozilla")}
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_RUN_VALUE = "Garde-fou"


@dataclass(frozen=True)
class Platform:
    """One user's machine: its OS ("linux", "darwin" or "windows"), home folder, environment
    and Garde-fou config dir."""

    system: str
    home: Path
    env: Mapping[str, str]
    config_dir: Path

    @classmethod
    def current(cls, config_dir: Path, env: Mapping[str, str]) -> Platform:
        system = {"win32": "windows", "darwin": "darwin"}.get(sys.platform, "linux")
        return cls(system, Path.home(), env, config_dir)

    @property
    def windows(self) -> bool:
        return self.system == "windows"


@dataclass(frozen=True)
class HostTarget:
    """Where one browser finds the host: the manifest file, and on Windows the HKCU key whose
    default value is that file's path."""

    browser: str
    data_dir: Path
    manifest_path: Path
    registry_key: str | None = None


def host_target(platform: Platform, browser: str, user_data_dir: Path | None = None) -> HostTarget:
    """`user_data_dir` replaces a Chromium-family browser's default one (as its
    --user-data-dir flag does); it has no effect on Windows, where the registry is read."""
    if browser not in BROWSERS:
        raise ValueError(f"unknown browser {browser!r}; choose among {', '.join(BROWSERS)}")
    if platform.windows:
        return _windows_target(platform, browser)
    home = platform.home
    if platform.system == "darwin":
        support = home / "Library" / "Application Support"
        data_dir = support / _MAC_DATA[browser]
        hosts = (support / "Mozilla" if browser == "firefox" else data_dir) / "NativeMessagingHosts"
    else:
        data_dir = home / _LINUX_DATA[browser]
        hosts = data_dir / ("native-messaging-hosts" if browser == "firefox"
                            else "NativeMessagingHosts")
    if user_data_dir is not None and browser in CHROMIUM_FAMILY:
        data_dir, hosts = user_data_dir, user_data_dir / "NativeMessagingHosts"
    return HostTarget(browser, data_dir, hosts / f"{HOST_NAME}.json")


def _windows_target(platform: Platform, browser: str) -> HostTarget:
    data, vendor_key = _WINDOWS[browser]
    root = platform.env.get("APPDATA" if browser == "firefox" else "LOCALAPPDATA")
    base = Path(root) if root else platform.home / "AppData" / (
        "Roaming" if browser == "firefox" else "Local")
    return HostTarget(
        browser,
        data_dir=base / PureWindowsPath(data),
        manifest_path=platform.config_dir / "native-messaging" / browser / f"{HOST_NAME}.json",
        registry_key=f"{vendor_key}\\NativeMessagingHosts\\{HOST_NAME}",
    )


def launcher_path(platform: Platform) -> Path:
    """The small script the browsers run: it starts the host with this Python."""
    name = "garde-fou-host.bat" if platform.windows else "garde-fou-host"
    return platform.config_dir / "native-messaging" / name


def systemd_unit_path(platform: Platform) -> Path:
    config_home = platform.env.get("XDG_CONFIG_HOME")
    base = Path(config_home) if config_home else platform.home / ".config"
    return base / "systemd" / "user" / "garde-fou.service"


def launch_agent_path(platform: Platform) -> Path:
    return platform.home / "Library" / "LaunchAgents" / f"{HOST_NAME}.plist"
