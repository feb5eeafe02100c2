"""What a person does in the browser tests: type, wait for the underline, open the card, click.
The overlay is in a closed shadow root: these go through `overlay` (the DevTools protocol)."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page

from .overlay import OverlayElement, overlay

POLICY_CATEGORIES = (
    "CLIENT_CONFIDENTIALITY LOCATION_DISCLOSURE DISPARAGEMENT MISLEADING_ADVERTISING "
    "PERSONALIZED_LEGAL_ADVICE TESTIMONIAL_SOLICITATION SURVIVOR_IDENTIFICATION "
    "PRIVATE_EVENT_DISCLOSURE CHILD_PROTECTION_IDENTIFICATION CONSENT_REQUIRED HARASSMENT "
    "CONFIDENTIAL_INFORMATION"
).split()
POLICY_FINDINGS = ", ".join(
    f'[data-gf-finding][data-gf-type="{category}"]' for category in POLICY_CATEGORIES
)
CARD = "[data-gf-card]"
CHIP = "[data-gf-chip]"

FACEBOOK = "www.facebook.com"
LINKEDIN = "www.linkedin.com"
#: each test page's editor, as its own state holds the text
LEXICAL_TEXT = "window.__lexicalState().text"
QUILL_TEXT = "window.__quill.getText()"
REACT_TEXT = "window.__reactValue()"
#: the composers the card tests run in: (site, test page, editor selector, its text in JS)
LEXICAL = (FACEBOOK, "facebook.html", "#post", LEXICAL_TEXT)
QUILL = (LINKEDIN, "linkedin.html", ".ql-editor", QUILL_TEXT)
QUILL2 = (LINKEDIN, "linkedin-quill2.html", ".ql-editor", QUILL_TEXT)
TEXTAREA = ("www.instagram.com", "instagram.html", "textarea.comment", REACT_TEXT)


def type_in(page: Page, selector: str, text: str) -> None:
    page.click(selector)
    page.keyboard.type(text)


def mark_of(page: Page, finding_type: str = "PERSON") -> OverlayElement:
    """The first underline of that type, once it is drawn for the text now in the box (not a mark
    left from an earlier draft, e.g. on half a name typed before a pause)."""
    wait_analysed(page)
    return overlay(page).wait_for(f'.gf-mark[data-gf-type="{finding_type}"]')


def open_card(page: Page, mark: OverlayElement) -> OverlayElement:
    """Clicks the underlined text (the mark lets the click through to the editor) and waits for
    the card."""
    mark.click()
    return overlay(page).wait_for(CARD)


def card_button(page: Page, action: str) -> OverlayElement:
    return overlay(page).wait_for(f'{CARD} [data-gf-action="{action}"]')


def redact(page: Page, mark: OverlayElement) -> None:
    open_card(page, mark)
    card_button(page, "redact").click()


def chip_button(page: Page, action: str) -> OverlayElement:
    return overlay(page).wait_for(f'{CHIP} [data-gf-action="{action}"]')


def expect_chip(page: Page, name: str, value, timeout_ms: int | None = None) -> None:
    """Waits until the chip's attribute (e.g. "data-gf-severity") has that value (str or regex)."""
    if timeout_ms is None:
        overlay(page).expect_attribute(CHIP, name, value)
    else:
        overlay(page).expect_attribute(CHIP, name, value, timeout_ms)


def wait_analysed(page: Page) -> None:
    """Waits until the chip speaks for the text now in the box (its analysis is not pending)."""

    def analysed() -> bool:
        chips = overlay(page).query_all(CHIP)
        return bool(chips) and "data-gf-pending" not in chips[0].attributes

    overlay(page).wait_until(analysed, "the analysis of the text in the box")


# True once the caret is at the end of the box's text (nothing but blanks after it): where a person
# typing on expects it. A redaction puts it back a moment after the editor's text changes, so a
# test types on only then, as a person would. A box in an open shadow root (LinkedIn's share box)
# keeps its caret in that root's selection in Chromium.
_CARET_AT_END = """(element) => {
  if (element.tagName === "TEXTAREA") return element.selectionStart === element.value.length;
  const root = element.getRootNode();
  const inShadow = root instanceof ShadowRoot && typeof root.getSelection === "function";
  const selection = (inShadow && root.getSelection()) || window.getSelection();
  if (!selection.rangeCount || !element.contains(selection.focusNode)) return false;
  const rest = document.createRange();
  rest.selectNodeContents(element);
  rest.setStart(selection.focusNode, selection.focusOffset);
  return rest.toString().trim() === "";
}"""


def wait_caret_at_end(page: Page, box: str) -> None:
    """Waits until the caret is back at the end of the box's text."""
    page.wait_for_function(_CARET_AT_END, arg=page.locator(box).element_handle())


def replacement_between(text: str, before: str, after: str) -> str:
    """What now stands where the name was, checking the rest of the post is untouched."""
    assert text.startswith(before), text
    assert text.endswith(after), text
    return text[len(before) : len(text) - len(after)]


def welcome_page(context: BrowserContext) -> Page:
    """The tab the extension opens on install."""
    for page in context.pages:
        if page.url.endswith("/welcome/welcome.html"):
            return page
    return context.wait_for_event("page", predicate=lambda p: "/welcome/" in p.url)
