from presidio_analyzer import RecognizerResult

from companion.findings.overlaps import resolve_overlaps


def _types(results):
    return [(r.entity_type, r.start, r.end) for r in results]


def test_a_sin_read_as_a_phone_number_stays_a_sin():
    results = [RecognizerResult("PHONE_NUMBER", 4, 15, 0.9), RecognizerResult("CA_SIN", 4, 15, 0.6)]
    assert _types(resolve_overlaps(results)) == [("CA_SIN", 4, 15)]


def test_a_name_inside_an_email_address_gives_way_to_the_address():
    results = [RecognizerResult("PERSON", 0, 10, 0.85),
               RecognizerResult("EMAIL_ADDRESS", 0, 22, 1.0)]
    assert _types(resolve_overlaps(results)) == [("EMAIL_ADDRESS", 0, 22)]


def test_same_type_overlaps_keep_the_more_confident_then_longer_span():
    results = [RecognizerResult("PERSON", 0, 5, 0.6), RecognizerResult("PERSON", 0, 14, 0.6),
               RecognizerResult("PERSON", 3, 14, 0.9)]
    assert _types(resolve_overlaps(results)) == [("PERSON", 3, 14)]


def test_separate_spans_are_all_kept_in_text_order():
    results = [RecognizerResult("PHONE_NUMBER", 20, 32, 0.7), RecognizerResult("PERSON", 0, 5, 0.8)]
    assert _types(resolve_overlaps(results)) == [("PERSON", 0, 5), ("PHONE_NUMBER", 20, 32)]
