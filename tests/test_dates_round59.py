"""Round 59: a magazine's date line may name its publisher and then the magazine, a comma before its issue
(`AustCham Kenya — The Members' Review, Issue 8, May 2019`): the story is dated to that month."""
from __future__ import annotations

from bot.core.article_reader import markdown_article
from bot.core.dates import parse_date_line
from bot.core.extract import extract

BODY = "Kenya and Australia held their first trade dialogue in Nairobi in April, officials said.\n"


def test_a_publisher_and_its_magazine_before_the_issue_date_the_month() -> None:
    assert parse_date_line("AustCham Kenya — The Members' Review, Issue 8, May 2019") == "2019-05"
    assert parse_date_line("Chamber News | Trade Monthly, No. 41, October 2021") == "2021-10"
    assert parse_date_line("Gulf Times | Business | May 2020") == "2020-05"


def test_a_name_and_comma_with_no_issue_is_no_date_line() -> None:
    assert parse_date_line("The Members' Review, May 2019") is None
    assert parse_date_line("Ahmed Khan — The Members' Review, said in May 2019") is None


def test_a_magazine_story_is_dated_to_its_issues_month() -> None:
    text = "# Kenya–Australia trade\n\n*AustCham Kenya — The Members' Review, Issue 8, May 2019*\n\n" + BODY
    story = extract(markdown_article("x", text), ("Kenya", "Australia"))
    assert (story.published, story.published_precision) == ("2019-05", "month")
    assert ("2019-04", "Nairobi") in [(e.date, e.place) for e in story.events]
