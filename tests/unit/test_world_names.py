"""The country, city and language lists are what their generator gives from the pinned CLDR data."""

from scripts.build_world_names import main


def test_world_name_lists_are_current(capsys):
    assert main(["--check"]) == 0, capsys.readouterr().out
