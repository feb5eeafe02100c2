"""PERSON must-match / must-not-match tables, one module per topic, run by test_person_tables.py.

Each module holds FRENCH and ENGLISH (post, the exact PERSON spans expected) and FRENCH_NONE and
ENGLISH_NONE (posts with no person)."""
