import pytest

from companion.suggestions.redaction import Edit, OverlappingEdits, apply_edits


def test_edits_apply_in_text_order_whatever_order_they_come_in():
    text = "Appelez Marie au 514-555-0199."
    edits = [Edit(17, 29, "[téléphone]"), Edit(8, 13, "M.")]
    redacted, applied = apply_edits(text, edits)
    assert redacted == "Appelez M. au [téléphone]."
    assert [e.start for e in applied] == [8, 17]


def test_text_outside_the_edits_is_untouched():
    text = "😀 Léa 😀"
    redacted, _ = apply_edits(text, [Edit(2, 5, "L.")])
    assert redacted == "😀 L. 😀"


def test_overlapping_edits_are_refused():
    with pytest.raises(OverlappingEdits):
        apply_edits("Marie Tremblay", [Edit(0, 5, "M."), Edit(3, 14, "x")])
