"""What the wheel is made of: every companion package, the policy packs, the exact models."""

from __future__ import annotations

import io
import json
import re
import tomllib
from pathlib import Path

import pytest

from companion import cli
from companion.config import FIREFOX_ADDON_ID
from companion.nlp import engine

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_companion_package_is_listed_for_the_wheel():
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "companion").rglob("__init__.py")}
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert found - listed == set(), "add these packages to [tool.setuptools] packages"


def test_every_data_file_of_the_companion_is_in_the_wheel():
    """A word list or cue file left out of package-data is missing only in the installed wheel."""
    setuptools = PYPROJECT["tool"]["setuptools"]
    packages, patterns = set(setuptools["packages"]), setuptools["package-data"]
    missing = []
    for path in (ROOT / "companion").rglob("*"):
        if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        package_dir = next(p for p in path.parents
                           if ".".join(p.relative_to(ROOT).parts) in packages)
        package = ".".join(package_dir.relative_to(ROOT).parts)
        inside = path.relative_to(package_dir)
        globs = [*patterns.get(package, []), *patterns.get("*", [])]
        if not any(inside.match(g) and len(inside.parts) == len(Path(g).parts) for g in globs):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == [], "add these files to [tool.setuptools.package-data]"


def test_the_policy_packs_ship_as_a_package():
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["package-dir"]["garde_fou_policies"] == "policies"
    assert "**/*.yaml" in setuptools["package-data"]["garde_fou_policies"]


def _pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        match = re.match(r"\s*([A-Za-z0-9_.-]+)==([\w.]+)", line)
        if match:
            pins[match[1].replace("-", "_").lower()] = match[2]
    return pins


def test_model_pins_agree_between_wheel_setup_and_start_up_check():
    wheel = _pins(PYPROJECT["project"]["dependencies"])
    setup = _pins((ROOT / "requirements" / "models.txt").read_text(encoding="utf-8").splitlines())
    for package, version in engine.MODEL_VERSIONS.items():
        assert wheel[package] == version
        assert setup[package] == version


def test_a_model_of_another_version_is_refused_with_the_fix(monkeypatch):
    monkeypatch.setattr(engine.metadata, "version", lambda package: "3.7.1")
    with pytest.raises(engine.ModelError, match=r"version 3\.7\.1; Garde-fou needs version 3\.8"
                                                r"\.0\. Reinstall Garde-fou"):
        engine.check_model_version("fr_core_news_md")


def test_a_missing_model_is_reported_by_the_command_line(monkeypatch, tmp_path, capsys):
    def missing(package):
        raise engine.metadata.PackageNotFoundError(package)

    monkeypatch.setenv("GARDE_FOU_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(engine.metadata, "version", missing)
    monkeypatch.setattr("sys.stdin", io.StringIO("Bonjour"))
    assert cli.main(["check", "-"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "'fr_core_news_md' is not installed" in err
    assert "pipx reinstall garde-fou" in err


def test_the_firefox_addon_id_allowed_by_install_is_the_extensions_own():
    manifest = json.loads((ROOT / "extension" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["browser_specific_settings"]["gecko"]["id"] == FIREFOX_ADDON_ID
