"""Round 57: a weekly's byline dates its issue by a week (`Week of 13–19 May 2024`): the publication is that week's
month, or its year when the week spans two months; and a release's headline after its label (`Press Statement:
...`) below the issuing ministry's name is the page's title, not a paragraph of the body."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.text_cleaning import clean

BODY = "MANILA — Vietnam and the Philippines agreed on Tuesday to expand rice trade, officials said.\n"


def test_a_week_within_one_month_dates_to_that_month() -> None:
    assert parse_date_line("Week of 3–9 June 2025") == "2025-06"
    assert parse_date_line("Week of 3-9 June 2025") == "2025-06"
    assert parse_date_line("Week of June 3–9, 2025") == "2025-06"
    assert parse_date_line("Week of June 3, 2025") == "2025-06"


def test_a_week_across_two_months_dates_to_its_year_only() -> None:
    assert parse_date_line("Week of 28 July – 3 August 2025") == "2025"
    assert parse_date_line("Week of July 28, 2025") == "2025"  # the week it starts ends in August
    assert parse_date_line("Week of 29 December – 4 January 2026") is None  # which year is open


def test_no_week_line_without_days_or_with_impossible_ones() -> None:
    assert parse_date_line("Weekly digest June 2025") is None
    assert parse_date_line("Week of 35–41 June 2025") is None


def test_a_weeklys_byline_dates_the_story_to_the_month() -> None:
    text = "# Rice deal lifts Manila trade\n\n*By Tran Minh · Week of 3–9 June 2025 · Issue 23/2025*\n\n" + BODY
    story = extract(RawArticle(id="x", text=text), ("Vietnam", "Philippines"))
    assert (story.published, story.published_precision) == ("2025-06", "month")
    text = "# Rice deal lifts Manila trade\n\n*By Tran Minh · Week of 30 June – 6 July 2025 · Issue 27/2025*\n\n" + BODY
    story = extract(RawArticle(id="x", text=text), ("Vietnam", "Philippines"))
    assert (story.published, story.published_precision) == ("2025", "year")


def test_a_labelled_release_headline_below_the_ministry_is_the_title() -> None:
    text = ("Ministry of Foreign Affairs – Republic of Kenya\n\nPress Release: Mudavadi and Tekle hold talks in "
            "Nairobi, agree to convene the Joint Permanent Commission in Asmara later this year at ministerial "
            "level\n\nNairobi, 4 June 2025\n\nPrime Cabinet Secretary Musalia Mudavadi held talks today with "
            "Eritrea's foreign minister Osman Saleh.\n")
    article = clean(text)
    assert article.title.startswith("Press Release: Mudavadi and Tekle hold talks")
    assert article.source == "Ministry of Foreign Affairs – Republic of Kenya"
    assert not any(p.startswith("Press Release") for p in article.paragraphs)


def test_a_long_line_with_no_release_label_stays_in_the_body() -> None:
    text = ("Ministry of Foreign Affairs – Republic of Kenya\n\nNairobi, 4 June 2025\n\nUpdate: Mudavadi and Tekle "
            "hold talks in Nairobi and agree to convene the Joint Permanent Commission in Asmara later this year at "
            "ministerial level\n\nPrime Cabinet Secretary Musalia Mudavadi held talks today with Eritrea's foreign "
            "minister Osman Saleh.\n")
    assert any(p.startswith("Update: Mudavadi") for p in clean(text).paragraphs)
