"""DATE_OF_BIRTH: a date stated as a birth date, not every date."""

from __future__ import annotations

import pytest

DOB = "DATE_OF_BIRTH"

MATCH = [
    ("fr", "Petite Léa, née le 3 mars 2016, cherche une famille.", "3 mars 2016"),
    ("fr", "Date de naissance : 14/03/1978", "14/03/1978"),
    ("fr", "Il est né à Gaspé le 1er janvier 1990.", "1er janvier 1990"),
    ("fr", "DDN: 1990-01-01", "1990-01-01"),
    ("fr", "Elle est née en mars 2016.", "mars 2016"),
    ("fr", "Mon fils est né le 3 mars, jour de tempête.", "3 mars"),  # a birthday, no year
    ("en", "We're taking Ava (born March 3, 2016) to the visit.", "March 3, 2016"),
    ("en", "My client's DOB 1978-03-14 keeps bouncing.", "1978-03-14"),
    ("en", "He was born on the 3rd of March 2016.", "3rd of March 2016"),
    ("en", "Date of birth: 03/14/1978", "03/14/1978"),
    # typed without accents
    ("fr", "ma fille est nee le 4 juin 2013 a rimouski", "4 juin 2013"),
    ("fr", "mon gars est ne le 12 mai 2011 fac il joue en U15", "12 mai 2011"),
]

NO_MATCH = [
    ("fr", "Audience le 3 mars 2016 au palais de justice."),
    ("fr", "Le 14/03/1978, la loi a changé."),
    ("en", "On March 3, 2016 the court ruled in our favour."),
    ("en", "Apply before April 15."),
    ("en", "Born to run: marathon on 35/14/2020."),  # not a date
    ("en", "Open to children born on or after June 30, 2021."),
    ("fr", "Pour les enfants nés avant le 1er octobre 2019."),
    ("fr", "Je ne le 3 mars 2016 savais pas."),
]


@pytest.mark.parametrize(("language", "text", "expected"), MATCH)
def test_match(found, language, text, expected):
    assert found(text, language, DOB) == [expected]


@pytest.mark.parametrize(("language", "text"), NO_MATCH)
def test_no_match(found, language, text):
    assert found(text, language, DOB) == []
