"""Trade figures that used to come out wrong: the value of one deal or contract taken for the pair's trade (`signed a
$1.7 billion deal for K9 howitzers`), a month with its year said relative to publication (`in May last year`) read as
the whole year, and a target for `this year` or `next year` left with no year."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_the_value_of_one_deal_or_contract_is_not_the_pairs_trade() -> None:
    assert _figures(article("r6_events_4_koreaherald.txt")) == [("total_trade", 2.9e9, "USD", "2024")]
    facts = written("Bilateral trade reached $5.2 billion in 2023, according to customs data. In March 2024, the two "
                    "sides signed a $2.1 billion contract for 48 K2 tanks and a $900 million arms deal.",
                    pair=("Poland", "South Korea"), lede="Poland and South Korea held talks in Warsaw.")
    assert _figures(facts) == [("total_trade", 5.2e9, "USD", "2023")]
    facts = written("Trade between the two countries reached $3 billion in 2024 since the agreement took effect.")
    assert _figures(facts) == [("total_trade", 3e9, "USD", "2024")]  # an agreement a figure comes under stays


def test_a_month_with_a_relative_year_is_that_month() -> None:
    facts = written("Indonesia's exports to Vietnam reached $8 billion in May last year.")
    assert _figures(facts) == [("exports", 8e9, "USD", "2024-05")]
    facts = written("Two-way trade between the two countries fell to C$410 million in February of this year.",
                    pair=("Canada", "Chile"), lede="Canada and Chile held talks in Ottawa.")
    assert _figures(facts) == [("total_trade", 410e6, "CAD", "2025-02")]
    facts = written("Indonesian investment in Vietnam stood at $1.2 billion as of end-2024, he said, adding that the "
                    "two sides signed an energy agreement in March last year.")  # the amount's own year is nearer
    assert _figures(facts) == [("investment", 1.2e9, "USD", "2024")]


def test_a_target_for_this_year_or_next_year_takes_its_year_from_publication() -> None:
    facts = written("Bilateral trade, which was $8 billion last year, is expected to reach $10 billion this year.")
    assert _figures(facts) == [("total_trade", 8e9, "USD", "2024"), ("target", 10e9, "USD", "2025")]
    facts = written("Officials said two-way trade between Kenya and Ethiopia could top $1 billion next year.",
                    pair=("Kenya", "Ethiopia"), lede="Kenya and Ethiopia held talks in Nairobi.")
    assert _figures(facts) == [("target", 1e9, "USD", "2026")]
