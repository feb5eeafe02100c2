"""Personal-data recognizers (findings of kind "pii"), one Presidio recognizer per entity type.

`build_recognizers(language)` returns fresh instances for "fr" or "en"; the pipeline registers
them in Presidio's AnalyzerEngine. Entity names are the contract's (../shared/CONTRACT.md).
Each pattern recognizer declares its patterns and its context lemmas per language as class
constants; the PERSON recognizer's word lists live in `data/`.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from companion.recognizers.ca_postal_code_recognizer import CaPostalCodeRecognizer
from companion.recognizers.ca_sin_recognizer import CaSinRecognizer
from companion.recognizers.credit_card_recognizer import CreditCardRecognizer
from companion.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from companion.recognizers.email_recognizer import EmailRecognizer
from companion.recognizers.person import PersonRecognizer
from companion.recognizers.phone_recognizer import PhoneRecognizer
from companion.recognizers.qc_court_file_number_recognizer import QcCourtFileNumberRecognizer
from companion.recognizers.qc_health_number_recognizer import QcHealthNumberRecognizer
from companion.recognizers.street_address_recognizer import StreetAddressRecognizer

SUPPORTED_LANGUAGES = ("fr", "en")

RECOGNIZER_CLASSES: tuple[type[EntityRecognizer], ...] = (
    PersonRecognizer,
    EmailRecognizer,
    PhoneRecognizer,
    CaSinRecognizer,
    QcHealthNumberRecognizer,
    CaPostalCodeRecognizer,
    StreetAddressRecognizer,
    DateOfBirthRecognizer,
    QcCourtFileNumberRecognizer,
    CreditCardRecognizer,
)

#: The entity types these recognizers return (kind "pii").
ENTITIES: tuple[str, ...] = tuple(cls.ENTITY for cls in RECOGNIZER_CLASSES)


def build_recognizers(language: str) -> list[EntityRecognizer]:
    """One instance of every recognizer, with `supported_language` set to `language`."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected {SUPPORTED_LANGUAGES}")
    return [cls(supported_language=language) for cls in RECOGNIZER_CLASSES]
