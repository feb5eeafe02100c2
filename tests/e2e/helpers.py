"""What a person does in the browser tests: type, wait for the underline, open the card, click."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Locator, Page, expect

POLICY_CATEGORIES = (
    "CLIENT_CONFIDENTIALITY LOCATION_DISCLOSURE DISPARAGEMENT MISLEADING_ADVERTISING "
    "PERSONALIZED_LEGAL_ADVICE TESTIMONIAL_SOLICITATION SURVIVOR_IDENTIFICATION "
    "PRIVATE_EVENT_DISCLOSURE CHILD_PROTECTION_IDENTIFICATION CONSENT_REQUIRED HARASSMENT "
    "CONFIDENTIAL_INFORMATION"
).split()
POLICY_FINDINGS = ", ".join(
    f'[data-gf-finding][data-gf-type="{category}"]' for category in POLICY_CATEGORIES
)


def type_in(page: Page, selector: str, text: str) -> None:
    page.click(selector)
    page.keyboard.type(text)


def mark_of(page: Page, finding_type: str = "PERSON") -> Locator:
    """The first underline of that type, once it is drawn."""
    mark = page.locator(f'.gf-mark[data-gf-type="{finding_type}"]').first
    mark.wait_for()
    return mark


def open_card(page: Page, mark: Locator) -> Locator:
    mark.click()
    card = page.locator("[data-gf-card]")
    expect(card).to_be_visible()
    return card


def redact(page: Page, mark: Locator) -> None:
    open_card(page, mark).locator('[data-gf-action="redact"]').click()


def chip(page: Page) -> Locator:
    return page.locator("[data-gf-chip]").first


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
