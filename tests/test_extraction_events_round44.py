"""Events, round 44: a bare month an infinitive of a deed to come governs (`X and Y to sign a deal in June`, `were
expected to sign it in June`) is the coming such month, or the one nearest the publication after a deed told, not
the last one gone by; a purpose clause's date (`met him last week to prepare a mission in May`) is the aim's, not the
meeting's; an effort toward an end (`agreed to work towards concluding it in 2026`) is no happening."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import dated_places, dated_places_of, written

CHILE = ("Chile", "Japan")
CHILE_LEDE = "Chile and Japan held economic talks in Tokyo on Monday."
# The written stories are dated 12 March 2025: a bare June is ahead of it, a bare January behind it.
PUBLISHED = PartialDate(2025, 3, 12)


def months_of(sentence: str) -> list[str]:
    """The ISO date of each date phrase of a sentence of 12 March 2025."""
    return [phrase.date.iso() for phrase in find_date_phrases(sentence, PUBLISHED)]


def interview(body: str) -> ArticleFacts:
    """An interview of a Kenyan envoy to Egypt published on Thursday 17 October 2024."""
    text = f"Interview: Kenya's envoy on ties with Egypt\nOctober 17, 2024\n\n" \
           f"Kenya's ambassador to Egypt spoke about trade between Kenya and Egypt.\n\n{body}"
    return extract(RawArticle(id="interview", text=text), ("Kenya", "Egypt"))


def test_a_deed_to_come_is_in_the_coming_month() -> None:
    assert months_of("Codelco and Mitsui to sign a copper supply memorandum in June, officials say.") == ["2025-06"]
    assert months_of("The minister said the two utilities were expected to ink a memorandum in June on a "
                     "hydrogen project.") == ["2025-06"]
    # an expectation told after a deed done is still ahead of its telling
    assert months_of("Officials said the two firms signed a memorandum, and that the minister was expected to visit "
                     "Tokyo in February.") == ["2026-02"]


def test_a_deed_expected_or_joined_to_an_infinitive_is_ahead() -> None:
    assert months_of("Negotiators expect the second round of talks to take place in Santiago in May.") == ["2025-05"]
    # after a deed told (`had agreed`), the nearest such month: April is next month
    assert months_of("The minister said the two sides had agreed to expand fisheries trade and ink a protocol in "
                     "April.") == ["2025-04"]


def test_a_sign_with_no_infinitive_is_no_deed_ahead() -> None:
    assert months_of("Officials held talks in Lima and sign-off on the deal came in June.") == ["2024-06"]


def test_a_month_of_a_deed_done_stays_behind() -> None:
    assert months_of("The minister said the two utilities signed a memorandum in June on a hydrogen project.") \
        == ["2024-06"]
    # a deed's purpose of a month before the publication's, after a deed done: that month of this year, gone by
    assert months_of("Officials of the two utilities met to prepare a memorandum in January on a hydrogen project.") \
        == ["2025-01"]


def test_a_planned_signing_is_dated_ahead() -> None:
    facts = written("Chilean officials said Codelco and Mitsui were expected to sign a letter of intent in June on "
                    "a copper smelter in Antofagasta.", pair=CHILE, lede=CHILE_LEDE)
    assert [e.date for e in facts.events if "letter of intent" in e.quote] == ["2025-06"]


def test_a_purpose_clause_dates_no_happening() -> None:
    facts = interview("Last week, I met with my counterpart, Minister Amina Mohamed, in Cairo to prepare a business "
                      "delegation to Alexandria in December.")
    assert dated_places(facts) == [("2024-10", "Cairo")]


def test_a_purpose_clause_alone_dates_its_plan() -> None:
    facts = interview("Kenyan and Egyptian trade officials met to plan a joint investment forum in Nairobi in "
                      "December.")
    assert [e.date for e in facts.events] == ["2024-12"]


def test_an_effort_toward_an_end_is_no_happening() -> None:
    facts = written("Ministers welcomed progress in talks on a Chile-Japan hydrogen partnership and agreed to work "
                    "toward finalising it in 2026.", pair=CHILE, lede=CHILE_LEDE)
    assert not [e for e in facts.events if e.date == "2026"]


def test_an_agreed_happening_of_a_year_is_kept() -> None:
    facts = written("Ministers agreed that Japan will host the next Chile-Japan economic dialogue in 2026.",
                    pair=CHILE, lede=CHILE_LEDE)
    assert [e for e in facts.events if e.date == "2026"]


def test_a_semicolon_parts_a_dates_clause_from_anothers_place() -> None:
    facts = written("Chilean ministers toured Japanese hydrogen plants in Nagoya; Chile and Japan will sign a "
                    "hydrogen pact in June.", pair=CHILE, lede=CHILE_LEDE)
    assert dated_places_of(facts, "hydrogen pact") == [("2025-06", None)]
    facts = written("Chile and Japan will sign a hydrogen pact in Nagoya in June; officials gave no details.",
                    pair=CHILE, lede=CHILE_LEDE)
    assert dated_places_of(facts, "hydrogen pact") == [("2025-06", "Nagoya")]
