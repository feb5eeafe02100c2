"""A fresh virtualenv with the built wheel installed, as `pipx` or `uv tool install` would make.

The wheel's dependencies come from a wheelhouse kept between runs (GARDE_FOU_WHEELHOUSE, by
default in the user's cache dir): install from it without the network; only when something is
missing is it filled from the package index, once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import platformdirs

ROOT = Path(__file__).resolve().parents[2]
PIP_QUIET = ["--disable-pip-version-check", "--quiet"]


def wheelhouse() -> Path:
    folder = Path(os.environ.get("GARDE_FOU_WHEELHOUSE")
                  or Path(platformdirs.user_cache_dir("garde-fou-tests")) / "wheelhouse")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: nothing pointing into this checkout."""
    dropped = {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    env = {k: v for k, v in os.environ.items()
           if k not in dropped and not k.startswith("GARDE_FOU_")}
    return {**env, **extra}


def _pip(python: Path | str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), "-m", "pip", *PIP_QUIET, *args], capture_output=True,
                          text=True, env=clean_env(), timeout=1800)


def _offline_then_online(python: Path | str, offline: list[str], fill: list[str]) -> None:
    """Runs pip `offline` against the wheelhouse; if that fails, downloads `fill` into it and
    tries again."""
    house = str(wheelhouse())
    if _pip(python, *offline, "--no-index", "--find-links", house).returncode == 0:
        return
    # pip download keeps a file already in --dest: a wheel of this project left by an earlier run
    # has the same name as the one just built and would bring the old wheel's dependencies.
    for stale in Path(house).glob("garde_fou-*.whl"):
        stale.unlink()
    filled = _pip(sys.executable, "download", "--dest", house, *fill)
    assert filled.returncode == 0, filled.stderr
    again = _pip(python, *offline, "--no-index", "--find-links", house)
    assert again.returncode == 0, again.stderr


def build_wheel(dest: Path) -> Path:
    _offline_then_online(sys.executable,
                         ["wheel", "--no-deps", "--wheel-dir", str(dest), str(ROOT)],
                         ["setuptools>=68", "wheel"])
    (wheel,) = dest.glob("garde_fou-*.whl")
    return wheel


def install_into_fresh_venv(wheel: Path, folder: Path) -> Path:
    """Returns the folder of the venv's executables (bin/ or Scripts/)."""
    venv.EnvBuilder(with_pip=True).create(folder)
    scripts = folder / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    _offline_then_online(python, ["install", str(wheel)],
                         ["-c", str(ROOT / "requirements" / "constraints.txt"), str(wheel)])
    return scripts
