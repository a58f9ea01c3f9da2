"""A fiscal year told with the month it ended in (`the 2023/24 fiscal year that ended in March 2024`) or its months in
brackets (`fiscal year 2022/2023 (July 2022 - June 2023)`): the clause is
part of the year's mention and says its months, so a figure after it in the sentence takes the whole year, not the
month the clause names (found on blind set 6)."""
from __future__ import annotations

from bot.core.dates import PartialDate
from bot.core.periods import APRIL_YEAR, CALENDAR_YEAR, find_periods
from extraction_support import written

PAIR = ("Pakistan", "Saudi Arabia")
LEDE = "Pakistan and Saudi Arabia held talks."
PUBLISHED = PartialDate(2025, 3, 12)


def figures(body: str) -> list[tuple[str, float, str | None]]:
    return [(f.metric, f.value, f.period) for f in written(body, PAIR, LEDE).trade_figures]


def test_a_figure_after_the_ended_clause_takes_the_whole_fiscal_year() -> None:
    assert figures("Bilateral trade stood at $5.4 billion in the 2023/24 fiscal year that ended in June 2024, "
                   "according to the State Bank, with Pakistan's exports to Saudi Arabia at $760 million.") == [
        ("total_trade", 5.4e9, "2023-07/2024-06"), ("exports", 760e6, "2023-07/2024-06")]


def test_the_month_it_ended_in_says_the_fiscal_years_months() -> None:
    assert [p.text for p in find_periods("in fiscal 2024, which ended on June 30, 2024, with", PUBLISHED,
                                         CALENDAR_YEAR)] == ["2023-07/2024-06"]
    assert [p.text for p in find_periods("in the 2022-23 financial year that closed in March 2023", PUBLISHED,
                                         CALENDAR_YEAR)] == ["2022-04/2023-03"]


def test_a_month_told_apart_from_the_fiscal_year_is_its_own_period() -> None:
    periods = find_periods("in the 2023-24 fiscal year, and exports rose in March 2024 to", PUBLISHED, APRIL_YEAR)
    assert [p.text for p in periods] == ["2023-04/2024-03", "2024-03"]


def test_the_months_a_fiscal_years_brackets_state_are_its_months() -> None:
    # Egypt's year runs July to June, whatever the pair's other side keeps (India's runs April to March)
    facts = written("Trade between Egypt and India hit 6.06 billion dollars in fiscal year 2022/2023 (July 2022 - June "
                    "2023), the trade ministry said.", ("Egypt", "India"), "Egypt and India held talks.")
    assert [(f.metric, f.value, f.period) for f in facts.trade_figures] == [("total_trade", 6.06e9, "2022-07/2023-06")]
    assert [p.text for p in find_periods("rose in fiscal 2024 (July-June) to", PUBLISHED, APRIL_YEAR)] \
        == ["2023-07/2024-06"]


def test_brackets_of_a_part_of_the_year_are_no_fiscal_year() -> None:
    assert [p.text for p in find_periods("in FY26 (July-August) exports rose", PUBLISHED, APRIL_YEAR)][0] \
        == "2025-04/2026-03"


def test_a_share_price_and_a_cap_on_purchases_are_no_figures() -> None:
    assert figures("Shares of Pakistan Petroleum rose 1.2% to PKR 26,150 in Karachi trading on Tuesday, a day after "
                   "the Saudi deal.") == []
    assert figures("Traders urged a review of the 1990 border trade agreement, which still limits purchases by border "
                   "residents to PKR 60,000 a month.") == []
