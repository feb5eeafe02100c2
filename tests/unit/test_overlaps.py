from hypothesis import given
from hypothesis import strategies as st
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


def _one_by_one(results):
    """The rule stated plainly (each candidate, in rank order, against every span kept)."""
    from companion.findings.overlaps import _RANK, SPECIFICITY

    ranked = sorted(results, key=lambda r: (_RANK.get(r.entity_type, len(SPECIFICITY)),
                                            -r.score, -(r.end - r.start)))
    kept = []
    for c in ranked:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda r: r.start)


_result = st.builds(
    lambda kind, start, length, score: RecognizerResult(kind, start, start + length, score),
    st.sampled_from(["CA_SIN", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON", "OTHER"]),
    st.integers(0, 60), st.integers(0, 12), st.sampled_from([0.4, 0.6, 0.85, 1.0]))


@given(st.lists(_result, max_size=40))
def test_the_kept_spans_are_those_of_the_rule_stated_plainly(results):
    assert _types(resolve_overlaps(results)) == _types(_one_by_one(results))


def test_many_adjacent_findings_are_all_kept_in_order():
    results = [RecognizerResult("EMAIL_ADDRESS", 7 * i, 7 * i + 6, 1.0) for i in range(20_000)]
    results += [RecognizerResult("PERSON", 7 * i + 2, 7 * i + 3, 0.85) for i in range(20_000)]
    kept = resolve_overlaps(results)
    assert [(r.entity_type, r.start) for r in kept] == [
        ("EMAIL_ADDRESS", 7 * i) for i in range(20_000)]
