from companion.text.normalize import normalize


def test_plain_text_is_left_alone():
    result = normalize("Marie Tremblay")
    assert result.text == "Marie Tremblay"
    assert result.original_span(0, 5) == (0, 5)


def test_invisible_characters_are_removed_and_offsets_map_back():
    original = "Voir Ma\u200brie Trem\u00adblay."
    result = normalize(original)
    assert result.text == "Voir Marie Tremblay."
    start = result.text.index("Marie")
    mapped = result.original_span(start, start + len("Marie Tremblay"))
    assert original[mapped[0]:mapped[1]] == "Ma\u200brie Trem\u00adblay"


def test_lone_surrogates_and_nul_bytes_do_not_survive():
    result = normalize("a\ud800b\x00c")
    assert result.text == "a\ufffdbc"
    assert result.original_span(2, 4) == (2, 5)


def test_dashes_between_digits_become_hyphens_in_place():
    result = normalize("NAS 130–692–544, né le 2012—04—19 — voir Julie – merci")
    assert result.text == "NAS 130-692-544, né le 2012-04-19 — voir Julie – merci"
    assert result.original_span(4, 15) == (4, 15)
