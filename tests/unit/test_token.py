import os
import stat
import sys

import pytest

from companion.security.token import read_or_create_token, rotate_token, token_matches


def test_token_is_created_once_and_then_reused(tmp_path):
    path = tmp_path / "sub" / "token"
    first = read_or_create_token(path)
    assert len(first) >= 40
    assert read_or_create_token(path) == first


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_token_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "token"
    read_or_create_token(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_rotation_replaces_the_token(tmp_path):
    path = tmp_path / "token"
    old = read_or_create_token(path)
    new = rotate_token(path)
    assert new != old
    assert read_or_create_token(path) == new


def test_comparison_accepts_only_the_exact_token():
    assert token_matches("abc", "abc")
    assert not token_matches("abd", "abc")
    assert not token_matches("", "abc")
    assert not token_matches("abcé", "abc")
