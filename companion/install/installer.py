"""Install and uninstall, per user: the host launcher, one host manifest per browser (and on
Windows its HKCU key), optionally a login item; every step is recorded for uninstall and told
to the user in one line."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from companion.install import host_manifest as writes
from companion.install.platforms import (
    BROWSER_NAMES,
    WINDOWS_RUN_KEY,
    WINDOWS_RUN_VALUE,
    HostTarget,
    Platform,
    host_target,
    launch_agent_path,
    launcher_path,
    systemd_unit_path,
)
from companion.install.record import InstallRecord
from companion.install.registry import Registry


@dataclass(frozen=True)
class InstallRequest:
    browsers: Sequence[str]
    #: False for `--browser all`: only the browsers found on this machine are registered.
    named: bool
    extension_ids: Sequence[str]
    firefox_addon_id: str
    #: the Python that runs Garde-fou (a venv's own, not resolved through symlinks)
    python: Path
    autostart: bool = False
    user_data_dir: Path | None = None


@dataclass
class Outcome:
    lines: list[str]
    registered: int = 0


def install(platform: Platform, request: InstallRequest, registry: Registry | None) -> Outcome:
    outcome = Outcome([])
    targets = []
    for browser in request.browsers:
        target = host_target(platform, browser, request.user_data_dir)
        if request.named or target.data_dir.is_dir():
            targets.append(target)
        else:
            outcome.lines.append(f"{BROWSER_NAMES[browser]}: not found ({target.data_dir}), "
                                 "skipped.")
    if not targets:
        outcome.lines.append("No browser was registered: name one with --browser "
                             "(chrome, chromium, edge, brave, firefox).")
        return outcome
    record = InstallRecord.load(platform.config_dir)
    try:
        launcher = launcher_path(platform)
        _write(launcher, writes.launcher_script(request.python, platform.windows), record)
        os.chmod(launcher, 0o755)
        for target in targets:
            outcome.lines.append(_register(target, request, launcher, registry, record))
            outcome.registered += 1
        if request.autostart:
            outcome.lines.append(_add_login_item(platform, request.python, registry, record))
    finally:
        record.save(platform.config_dir)
    origins = [f"chrome-extension://{i}/" for i in request.extension_ids]
    outcome.lines.append("Extensions allowed: " + ", ".join([*origins, request.firefox_addon_id]))
    outcome.lines.append("To undo all of this: garde-fou uninstall")
    return outcome


def _register(target: HostTarget, request: InstallRequest, launcher: Path,
              registry: Registry | None, record: InstallRecord) -> str:
    name = BROWSER_NAMES[target.browser]
    manifest = writes.host_manifest(target.browser, launcher, request.extension_ids,
                                    request.firefox_addon_id)
    _write(target.manifest_path, json.dumps(manifest, indent=2) + "\n", record)
    if target.registry_key is None:
        return f"{name}: host manifest written to {target.manifest_path}."
    _registry(registry).set_value(target.registry_key, "", str(target.manifest_path))
    record.add_key(target.registry_key)
    return f"{name}: host registered (HKCU\\{target.registry_key} → {target.manifest_path})."


def _add_login_item(platform: Platform, python: Path, registry: Registry | None,
                    record: InstallRecord) -> str:
    if platform.windows:
        command = writes.windows_run_command(python)
        _registry(registry).set_value(WINDOWS_RUN_KEY, WINDOWS_RUN_VALUE, command)
        record.add_value(WINDOWS_RUN_KEY, WINDOWS_RUN_VALUE)
        return f"Start at login: HKCU\\{WINDOWS_RUN_KEY} value {WINDOWS_RUN_VALUE}."
    if platform.system == "darwin":
        agent = launch_agent_path(platform)
        _write(agent, writes.launch_agent(python), record)
        return f"Start at login: {agent} (LaunchAgent)."
    unit = systemd_unit_path(platform)
    _write(unit, writes.systemd_unit(python), record)
    wanted = unit.parent / "default.target.wants" / unit.name
    wanted.parent.mkdir(parents=True, exist_ok=True)
    wanted.unlink(missing_ok=True)
    wanted.symlink_to(unit)
    record.add_file(wanted)
    return (f"Start at login: {unit} (systemd user unit, enabled; "
            "`systemctl --user start garde-fou` starts it now).")


def uninstall(platform: Platform, registry: Registry | None) -> Outcome:
    record = InstallRecord.load(platform.config_dir)
    if record.empty():
        return Outcome([f"Nothing to remove: no record of `garde-fou install` in "
                        f"{platform.config_dir}."])
    lines = []
    for name in record.files:
        path = Path(name)
        if path.is_symlink() or path.exists():
            path.unlink()
            lines.append(f"Removed {path}.")
            _remove_empty_parents(path.parent, platform.config_dir)
    for key in record.registry_keys:
        if _registry(registry).delete_key(key):
            lines.append(f"Removed HKCU\\{key}.")
    for key, value in record.registry_values:
        if _registry(registry).delete_value(key, value):
            lines.append(f"Removed HKCU\\{key} value {value}.")
    InstallRecord.forget(platform.config_dir)
    lines.append("Garde-fou is no longer registered with your browsers.")
    return Outcome(lines)


def _write(path: Path, content: str | bytes, record: InstallRecord) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    record.add_file(path)


def _remove_empty_parents(folder: Path, config_dir: Path) -> None:
    """Removes the folders of Garde-fou's own config dir that uninstall emptied."""
    while folder != config_dir and folder.is_relative_to(config_dir):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
        folder = folder.parent


def _registry(registry: Registry | None) -> Registry:
    if registry is None:
        raise RuntimeError("the Windows registry is needed here")
    return registry
