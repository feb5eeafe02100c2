import pytest

from companion.names import NameLists, load_name_lists


def test_never_flag_covers_honorifics_and_parts_of_the_name():
    names = NameLists(never=("Sophie Bélanger",))
    assert names.is_never_flagged("Me Sophie Bélanger")
    assert names.is_never_flagged("sophie")
    assert not names.is_never_flagged("Sophie Tremblay")


def test_always_flag_finds_every_occurrence_whatever_the_case():
    names = NameLists(always=("Jean Dubé",))
    text = "Dossier de jean  dubé; Jean Dubé rappelle. Jean Dubéau non."
    assert [text[s:e] for s, e in names.always_flagged_spans(text)] == ["jean  dubé", "Jean Dubé"]


def test_request_lists_merge_with_stored_lists():
    merged = NameLists(always=("A",)).merged(always=["B", " ", "A"], never=["C"])
    assert merged.always == ("A", "B")
    assert merged.never == ("C",)


def test_stored_lists_are_read_from_toml(tmp_path):
    path = tmp_path / "names.toml"
    path.write_text('always = ["Jean Dubé"]\nnever = ["Sophie Bélanger"]\n', encoding="utf-8")
    assert load_name_lists(path) == NameLists(("Jean Dubé",), ("Sophie Bélanger",))
    assert load_name_lists(tmp_path / "missing.toml") == NameLists()


def test_a_malformed_list_says_how_to_fix_it(tmp_path):
    path = tmp_path / "names.toml"
    path.write_text('always = "Jean"\n', encoding="utf-8")
    with pytest.raises(ValueError, match='must be a list of names'):
        load_name_lists(path)


def test_always_flag_names_with_punctuation_need_it_in_the_post():
    names = NameLists(always=("Marie-Ève O'Brien", "Luc"))
    text = "marie-ève  o'brien, Marie - Ève O'Brien, Luc_x, (Luc) et Lucie"
    assert [text[s:e] for s, e in names.always_flagged_spans(text)] == [
        "marie-ève  o'brien", "Luc"]


def test_never_flag_needs_all_words_in_one_entry_among_many():
    names = NameLists(never=(*(f"Prénom{i} Nom{i}" for i in range(1000)), "Sophie Roy"))
    assert names.is_never_flagged("Nom7")
    assert names.is_never_flagged("M. Sophie Roy")
    assert not names.is_never_flagged("Prénom7 Nom8")
    assert not names.is_never_flagged("Sophie Nom3")
