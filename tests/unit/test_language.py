import pytest

from companion.language.detect import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma cliente a enfin obtenu gain de cause ce matin!", "fr"),
        ("Bravo à toute l'équipe pour cette belle victoire #GameDay #proud", "fr"),
        ("Great ruling from the Court of Appeal today, proud of my team.", "en"),
        ("So proud of our volunteers at the shelter this week!", "en"),
        ("Merci!", "fr"),
        ("Thanks!!! 🙏", "en"),
        ("🎉🎉🎉", "fr"),
        ("#tbt @marie", "fr"),
        ("Souper de Noël des bénévoles", "fr"),
        ("Game day. Let's go Titans!", "en"),
        ("Go les filles! On est fières de vous", "fr"),
        ("Bonne game ce soir, let's go!", "fr"),
    ],
)
def test_short_and_mixed_posts_get_a_sensible_language(text, expected):
    assert detect_language(text) == expected


def test_detection_is_deterministic():
    text = "Belle journée au palais de justice"
    assert {detect_language(text) for _ in range(20)} == {"fr"}
