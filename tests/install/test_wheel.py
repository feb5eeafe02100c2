"""The wheel alone is a working Garde-fou: installed into a fresh virtualenv, run from a folder
outside the checkout, it finds its policy packs and models."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.install.wheel_env import build_wheel, clean_env, install_into_fresh_venv

pytestmark = pytest.mark.wheel

POST = ("Belle victoire hier à la Cour supérieure pour ma cliente Marie Tremblay, "
        "qui garde enfin ses enfants!")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(scripts folder, home folder) of a fresh install of the wheel."""
    work = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(work / "dist")
    return install_into_fresh_venv(wheel, work / "venv"), tmp_path_factory.mktemp("home")


def test_check_from_outside_the_checkout_finds_the_client_and_the_name(installed, tmp_path):
    scripts, home = installed
    result = subprocess.run(
        [str(scripts / "garde-fou"), "check", "--policy", "barreau-qc", "--json", "-"],
        input=POST, capture_output=True, text=True, cwd=tmp_path, timeout=600,
        env=clean_env(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData")))
    assert result.returncode == 1, result.stderr
    found = {(f["type"], f["text"]) for f in json.loads(result.stdout)["findings"]}
    assert ("PERSON", "Marie Tremblay") in found
    assert any(kind == "CLIENT_CONFIDENTIALITY" for kind, _ in found), found
