"""A date line whose time carries its zone before the date, as AP heads a story (`Updated 6:15 PM GMT+8, March 14,
2024`): blind set 18 lost an article's date to it."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract

PAIR = ("Vietnam", "South Korea")
BODY = ("HANOI, Vietnam (AP) — Vietnam and South Korea on Tuesday signed an agreement on nuclear energy, officials "
        "said.\n\nTrade between the two countries reached $79 billion last year.\n")


def test_a_time_with_its_zone_before_the_date() -> None:
    assert parse_date_line("Updated 9:40 AM GMT+7, October 8, 2024") == "2024-10-08"
    assert parse_date_line("11:05 PM EDT, October 8, 2024") == "2024-10-08"
    assert parse_date_line("9:40 AM (UTC+7) October 8, 2024") == "2024-10-08"
    facts = extract(RawArticle(id="x", text="Vietnam, South Korea sign nuclear energy pact\n\nBy LAN NGUYEN\n"
                                            "Updated 9:40 AM GMT+7, October 8, 2024\n\n" + BODY), PAIR)
    assert (facts.published, facts.published_precision) == ("2024-10-08", "day")


def test_words_after_a_time_that_are_no_zone_make_no_date_line() -> None:
    assert parse_date_line("9:40 AM Hanoi talks, October 8, 2024") is None
    assert parse_date_line("9:40 AM GMT+7 Seoul, October 8, 2024") is None
