"""Publication dates lost or misread on blind set 13: a date line with its time in brackets (`18.05.2016 [16:05]`, as
AZERTAC writes it), a magazine's `INTERVIEW | April 2025 issue`, and a dateline's year taken from a plan's bare year
(`agreed to hold the next seminar in Paris in 2014` made a story of December 2013 one of 2014)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.publication_date import infer_year

PAIR = ("Kyrgyzstan", "Türkiye")
BODY = ("Kyrgyzstan and Türkiye signed an agreement on road transport on Tuesday, the ministry said.\n\n"
        "Trade between the two countries reached $870 million in 2018, officials said.\n")


def published(text: str) -> tuple[str | None, str | None]:
    facts = extract(RawArticle(id="x", text=text), PAIR)
    return facts.published, facts.published_precision


def test_a_date_line_with_its_time_in_brackets() -> None:
    assert parse_date_line("03.09.2019 [11:20]") == "2019-09-03"
    assert parse_date_line("September 3, 2019 [ 10:30 am ]") == "2019-09-03"
    assert published("Kyrgyzstan, Türkiye sign road transport deal\n\nKabar\n03.09.2019 [11:20]\n\n"
                      "Bishkek, September 3, Kabar\n\n" + BODY) == ("2019-09-03", "day")


def test_a_bracket_after_a_date_that_holds_no_time_makes_no_date_line() -> None:
    assert parse_date_line("03.09.2019 [Bishkek]") is None


def test_a_magazines_issue_dates_its_stories_to_the_month() -> None:
    assert parse_date_line("FEATURE | March 2023 issue") == "2023-03"
    assert published("Kyrgyzstan, Türkiye sign road transport deal\n\nThe Caspian Quarterly\n"
                     "FEATURE | March 2023 issue\n\n" + BODY) == ("2023-03", "month")


def test_a_word_ending_in_issue_is_no_issue() -> None:
    assert parse_date_line("March 2023 tissue") is None


def test_a_plans_bare_year_does_not_date_the_dateline() -> None:
    text = ("Trade between the two countries reached $870 million in 2012, with exports of $500 million.\n\n"
            "In the first nine months of 2013, trade stood at $700 million.\n\n"
            "Both sides agreed to hold the next business forum in Ankara in 2014, the minister said.\n")
    assert infer_year(12, text, 6) == 2013
    story = extract(RawArticle(id="x", text="BISHKEK, Dec 6 (Kabar) - " + text), PAIR)
    assert story.published == "2013-12-06"


def test_a_bare_year_told_as_past_still_dates_the_dateline() -> None:
    text = ("Trade between the two countries reached $870 million in 2012, with exports of $500 million.\n\n"
            "The two countries signed a road transport agreement in 2014, the minister said.\n")
    assert infer_year(12, text, 6) == 2014


def test_an_issues_number_before_its_month_dates_the_story() -> None:
    """Found on blind set 15: `Africa Economic Review — Issue 214, February 2026` under an interview's title."""
    assert parse_date_line("The Caspian Quarterly — Issue 31, March 2023") == "2023-03"
    assert parse_date_line("Vol. 3, No. 2, May 2021") == "2021-05"
    assert published("Kyrgyzstan, Türkiye sign road transport deal\n\nThe Caspian Quarterly — Issue 31, March 2023\n\n"
                     + BODY) == ("2023-03", "month")


def test_an_issue_told_in_words_is_no_date_line() -> None:
    assert parse_date_line("Issue 31 of the quarterly, March 2023") is None
