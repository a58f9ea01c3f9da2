"""Events, round 55: `in the coming weeks` / `over the next few days` date a plan to the year of publication when
they stay in it; a time counted roughly (`almost two years ago`, `more than a year ago`) dates nothing; a place made
the adjective of a firm's seat (`Port Louis-based`) is no place; a firm buying a stake is no happening of the pair;
two happenings of one year and place told of different bodies (a committee, a forum) stay two."""
from __future__ import annotations

from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate
from extraction_support import written

PAIR = ("Kenya", "Norway")
LEDE = "Kenya and Norway held talks in Nairobi on Monday."


def _events(body: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.place) for e in written(body, PAIR, LEDE).events if e.date != "2025-03-10"]


def _dates(sentence: str, published: PartialDate) -> list[tuple[str, str]]:
    return [(p.date.iso(), p.form) for p in find_date_phrases(sentence, published)]


def test_the_coming_weeks_date_a_plan_to_the_year() -> None:
    body = "A joint technical committee on fisheries will meet in Mombasa in the coming weeks, the minister said."
    assert _events(body) == [("2025", "Mombasa")]
    assert _dates("They will meet over the next few days.", PartialDate(2024, 6, 2)) == [("2024", "coming_weeks")]


def test_the_coming_weeks_near_the_years_end_date_nothing() -> None:
    assert _dates("They will meet in the coming weeks.", PartialDate(2024, 12, 10)) == []
    assert _dates("They met for three weeks in May 2024.", PartialDate(2024, 6, 2)) == [("2024-05", "month_year")]


def test_a_roughly_counted_time_ago_dates_nothing() -> None:
    assert _dates("the accord they signed almost two years ago", PartialDate(2024, 6, 2)) == []
    assert _dates("the accord they signed more than a year ago", PartialDate(2024, 6, 2)) == []
    assert _dates("the accord they signed two years ago", PartialDate(2024, 6, 2)) == [("2022", "ago")]


def test_a_firms_seat_is_no_place_and_its_stake_deal_no_event() -> None:
    body = ("Separately, Oslo-listed Fjord Shipping said last week it had agreed to buy a 40% stake in "
            "Mombasa-based logistics firm Coast Cargo Ltd.")
    assert _events(body) == []


def test_a_stake_the_pair_buys_stays_an_event() -> None:
    body = "Kenya last week agreed with Norway to buy a 20% stake in a wind farm in Lamu."
    assert _events(body) == [("2025-03", "Lamu")]


def test_a_committee_and_a_forum_of_one_year_and_city_stay_two() -> None:
    body = ("The ministers agreed to set up a Kenya-Norway Energy Committee, with its first meeting planned in Oslo "
            "in the first quarter of 2026. The next edition of the business forum will be held in Oslo next year.")
    assert _events(body) == [("2026", "Oslo"), ("2026", "Oslo")]


def test_one_summit_told_twice_in_a_year_stays_one() -> None:
    body = ("The next summit will be held in Oslo in 2026. The summit in Oslo next year will focus on energy.")
    assert _events(body) == [("2026", "Oslo")]
