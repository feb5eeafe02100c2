"""LinkedIn's share box is Quill: redaction must land in Quill's document (getText()),
on Quill 1 and on Quill 2."""

from __future__ import annotations

import pytest

from .helpers import mark_of, redact, replacement_between, type_in

pytestmark = pytest.mark.e2e

QUILL_TEXT = "window.__quill.getText()"
QUILL_OPS = "window.__quill.getContents().ops"
QUILL_PAGES = [
    pytest.param("linkedin.html", "1.3.7", id="quill1"),
    pytest.param("linkedin-quill2.html", "2.", id="quill2"),
]


@pytest.mark.parametrize(("page_file", "version"), QUILL_PAGES)
def test_name_is_redacted_in_quill_document_and_undo_restores_it(
    no_policy, close_pages, page_file, version
):
    page = no_policy.site_page("www.linkedin.com", page_file)
    assert page.evaluate("window.__quillVersion").startswith(version)
    before, after = "Merci à ", " pour sa conférence sur le droit du travail 🙌"
    type_in(page, ".ql-editor", before + "Marie Tremblay" + after)

    redact(page, mark_of(page, "PERSON"))
    page.wait_for_function(f"!{QUILL_TEXT}.includes('Tremblay')")
    replacement = replacement_between(page.evaluate(QUILL_TEXT), before, after + "\n")
    assert replacement.strip() and "Marie" not in replacement

    page.keyboard.press("Control+z")
    page.wait_for_function(f"{QUILL_TEXT}.includes('Marie Tremblay')")
    assert page.evaluate(QUILL_TEXT) == before + "Marie Tremblay" + after + "\n"


@pytest.mark.parametrize(("page_file", "version"), QUILL_PAGES)
def test_name_split_by_bold_is_redacted_whole_in_quill(no_policy, close_pages, page_file, version):
    page = no_policy.site_page("www.linkedin.com", page_file)
    assert page.evaluate("window.__quillVersion").startswith(version)
    page.click(".ql-editor")
    page.keyboard.type("Félicitations à ")
    page.keyboard.press("Control+b")
    page.keyboard.type("Marie")
    page.keyboard.press("Control+b")
    page.keyboard.type(" Tremblay pour son assermentation!")
    assert {"attributes": {"bold": True}, "insert": "Marie"} in page.evaluate(QUILL_OPS)

    redact(page, mark_of(page, "PERSON"))
    page.wait_for_function(f"!{QUILL_TEXT}.includes('Tremblay')")
    ops = page.evaluate(QUILL_OPS)
    assert not any("Marie" in op["insert"] or "Tremblay" in op["insert"] for op in ops), ops
    after = " pour son assermentation!\n"
    assert replacement_between(page.evaluate(QUILL_TEXT), "Félicitations à ", after).strip()
