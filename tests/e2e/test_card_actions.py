"""What a finding's card offers beyond « Ignorer »: a choice of words in place of a name, never
flagging that name again (in every open box at once), seeing a policy rule, deleting the sentence a
rule points at, turning the rule off (and on again from the options page), and an ignore that still
holds when the composer is closed and the same post is opened again. Each edit is checked in the
editor's own state."""

from __future__ import annotations

import pytest

from .helpers import (
    CARD,
    FACEBOOK,
    LEXICAL,
    LEXICAL_TEXT,
    LINKEDIN,
    QUILL,
    QUILL_TEXT,
    TEXTAREA,
    card_button,
    expect_chip,
    mark_of,
    open_card,
    type_in,
    wait_analysed,
)
from .overlay import overlay

pytestmark = pytest.mark.e2e

EDITORS = [pytest.param(*LEXICAL, id="lexical"), pytest.param(*QUILL, id="quill"),
           pytest.param(*TEXTAREA, id="textarea")]
# A name in a legal context with a feminine cue: the role word offered is « ma cliente ».
BEFORE, NAME = "Bravo à ", "Julie Roy"
AFTER = " pour sa victoire au tribunal, elle a bien défendu son dossier."
ADVERTISING_SENTENCE = "Avec notre équipe, c'est l'acquittement GARANTI ou on vous rembourse. "
ADVERTISING_POST = "Merci pour votre confiance! " + ADVERTISING_SENTENCE + "Appelez-nous au bureau."
PERSON_MARKS = '.gf-mark[data-gf-type="PERSON"]'


def stored_settings(browser) -> dict:
    options = browser.extension_page("options/options.html")
    stored = options.evaluate("chrome.storage.local.get(null)")
    options.close()
    return stored


@pytest.mark.parametrize(("host", "page_file", "box", "state"), EDITORS)
@pytest.mark.parametrize(
    ("action", "replacement"),
    [("redact", "J. R."), ("redact-1", "ma cliente"), ("redact-2", "[nom retiré]")],
)
def test_a_name_can_be_replaced_by_initials_a_role_word_or_name_removed(
    no_policy, close_pages, host, page_file, box, state, action, replacement
):
    page = no_policy.site_page(host, page_file)
    type_in(page, box, BEFORE + NAME + AFTER)
    open_card(page, mark_of(page, "PERSON"))
    assert replacement in card_button(page, action).text()

    card_button(page, action).click()
    expected = BEFORE + replacement + AFTER
    page.wait_for_function(f"({state}).trim() === {expected!r}")


def test_never_flag_saves_the_name_and_clears_it_in_every_open_box(no_policy, close_pages):
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", "Souper avec Nadine Bouchard ce soir.")
    type_in(page, "#comment", "Salut Nadine Bouchard et Jean Gagnon!")
    mark_of(page, "PERSON")
    overlay(page).wait_until(lambda: len(overlay(page).visible(PERSON_MARKS)) == 3, "three names")

    page.click("#post")
    open_card(page, overlay(page).visible(PERSON_MARKS)[0])
    overlay(page).expect_text(f"{CARD} .gf-card-flagged", "Nadine Bouchard")
    card_button(page, "never-flag").click()

    # Both boxes are analysed again: only Jean Gagnon, in the comment box, is still flagged.
    overlay(page).wait_until(lambda: len(overlay(page).visible(PERSON_MARKS)) == 1, "one name left")
    wait_analysed(page)
    assert stored_settings(no_policy)["neverFlag"] == ["Nadine Bouchard"]
    assert "Nadine Bouchard" in page.evaluate(LEXICAL_TEXT)


def test_a_rule_can_be_seen_and_the_sentence_it_points_at_deleted(no_policy, close_pages):
    no_policy.choose_policy("barreau-qc")
    page = no_policy.site_page(LINKEDIN, "linkedin.html")
    type_in(page, ".ql-editor", ADVERTISING_POST)
    open_card(page, mark_of(page, "MISLEADING_ADVERTISING"))
    assert overlay(page).visible(f"{CARD} [data-gf-rule]") == []

    card_button(page, "show-rule").click()
    overlay(page).expect_text(f"{CARD} [data-gf-rule]", "Barreau")
    assert overlay(page).visible(f"{CARD} [data-gf-rule] q")

    card_button(page, "remove-sentence").click()
    expected = "Merci pour votre confiance! Appelez-nous au bureau."
    page.wait_for_function(f"({QUILL_TEXT}).trim() === {expected!r}")


def test_a_rule_turned_off_stays_off_and_comes_back_from_the_options_page(no_policy, close_pages):
    no_policy.choose_policy("barreau-qc")
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(
        page, "#post", "Belle journée. Le juge est incompétent, entre nous. Bonne fin de semaine!"
    )
    open_card(page, mark_of(page, "DISPARAGEMENT"))
    card_button(page, "disable-rule").click()
    overlay(page).expect_count('.gf-mark[data-gf-type="DISPARAGEMENT"]', 0)

    page.keyboard.type(" À bientôt.")
    wait_analysed(page)
    overlay(page).expect_count('.gf-mark[data-gf-type="DISPARAGEMENT"]', 0)

    options = no_policy.extension_page("options/options.html")
    rule = options.locator('[data-gf-rule="barreau-qc/disparaging-remarks"]')
    rule.locator('[data-gf-action="enable-rule"]').click()
    rule.wait_for(state="detached")
    mark_of(page, "DISPARAGEMENT")


def test_an_ignore_holds_when_the_same_post_is_opened_again(no_policy, close_pages):
    text = "Une pensée pour Hélène Côté, courage pour la suite."
    page = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(page, "#post", text)
    open_card(page, mark_of(page, "PERSON"))
    card_button(page, "ignore").click()
    expect_chip(page, "data-gf-count", "0")
    page.close()

    reopened = no_policy.site_page(FACEBOOK, "facebook.html")
    type_in(reopened, "#post", text)
    wait_analysed(reopened)
    expect_chip(reopened, "data-gf-severity", "none")
    type_in(reopened, "#comment", "Bonne fête Hélène Côté!")  # another post: still flagged
    mark_of(reopened, "PERSON")

    stored = str(stored_settings(no_policy))
    assert "Hélène" not in stored and "pensée" not in stored
