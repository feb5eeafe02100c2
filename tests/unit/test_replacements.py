import pytest

from companion.suggestions.replacements import initials, placeholder_suggestion


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Marie Tremblay", "M. T."),
        ("Me Sophie Bélanger", "Me S. B."),
        ("Jean-François Côté", "J.-F. C."),
        ("Dre Lise St-Pierre", "Dre L. S.-P."),
        ("@MarieTremblay", "M. T."),
        ("@j.tremblay_87", "J. T."),  # the whole handle goes
        ("marc_andre_cote", "M. A. C."),
        ("Emma", "E."),
        ("Élodie", "É."),
        ("Mr. John O'Brien", "Mr. J. O."),
        ('Patrick "Pat" Nolan', "P. N."),  # the quoted nickname goes with the name
        ("Jordan « La Mèche » Pelletier", "J. P."),
        ("Dorothy 'Dot' O'Neil", "D. O."),
    ],
)
def test_names_become_initials(name, expected):
    assert initials(name) == expected


def test_placeholders_follow_the_language_of_the_post():
    placeholder = {"fr": "[téléphone]", "en": "[phone]"}
    assert placeholder_suggestion(placeholder, "fr").replacement == "[téléphone]"
    assert placeholder_suggestion(placeholder, "en").replacement == "[phone]"
