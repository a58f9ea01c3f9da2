"""Trade figures dated by what the story says around them: `so far this year` and `year-to-date` with no month (the
publication's year up to its month), a stock `at the end of December` (its year), a figure whose sentence dates
only the base it is compared with (the period of the figures before), `the same period` after a year-to-date total;
and amounts that are no trade: a credit line or a loan facility for exports or imports. Also the Caribbean's
dollars (`J$9.6 billion`)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_so_far_this_year_runs_from_january_to_the_publication_month() -> None:
    assert ("exports", 187.4e6, "USD", "2016-01/2016-06") in _figures(article("r13_trade_1_businessmirror.txt"))
    assert ("total_trade", 7.1e9, "USD", "2021-01/2021-11") in _figures(article("r13_trade_2_ukrinform.txt"))
    facts = written("Indonesian shipments to Vietnam have reached $1.9 billion since the start of the year, "
                    "the ministry said.")
    assert _figures(facts) == [("exports", 1.9e9, "USD", "2025-01/2025-03")]


def test_the_same_period_after_a_year_to_date_total_is_that_of_the_sentence_before() -> None:
    assert ("imports", 3.7e9, "USD", "2021-01/2021-09") in _figures(article("r13_trade_2_ukrinform.txt"))
    facts = written("Two-way trade reached $5.1 billion in January-October 2024, officials said. Indonesian exports "
                    "to Vietnam were $2.1 billion in the first half of the year. Imports from Vietnam were $1.9 billion "
                    "in the same period.")
    assert ("imports", 1.9e9, "USD", "2024-01/2024-06") in _figures(facts)


def test_the_caribbeans_dollars_are_read() -> None:
    assert ("exports", 9.6e9, "JMD", "2023-01/2023-05") in _figures(article("r13_trade_3_gleaner.txt"))
    facts = written("Trinidad and Tobago's exports to Guyana reached TT$3.2 billion in 2024, the ministry said.",
                    pair=("Trinidad and Tobago", "Guyana"), lede="Trinidad and Tobago and Guyana held talks.")
    assert _figures(facts) == [("exports", 3.2e9, "TTD", "2024")]


def test_a_stock_at_the_end_of_december_is_dated_by_its_year() -> None:
    assert ("investment", 1.2e9, "USD", "2022") in _figures(article("r13_trade_3_gleaner.txt"))
    assert ("investment", 444e6, "USD", "2023") in _figures(article("r11_trade_1_financialexpress.txt"))
    facts = written("Vietnamese investment in Indonesia stood at $310 million as of end-December 2024, and exports "
                    "to Vietnam were $120 million in December 2024.")
    assert _figures(facts) == [("investment", 310e6, "USD", "2024"), ("exports", 120e6, "USD", "2024-12")]


def test_the_year_of_a_base_compared_with_does_not_date_the_figure() -> None:
    figures = _figures(article("r12_robust_2_lusa.txt"))
    assert ("exports", 1.5e9, "EUR", "2017") in figures and ("exports", 4e9, "EUR", "2014") in figures
    facts = written("Bilateral trade reached $14.2 billion in 2024. Indonesian exports to Vietnam amounted to "
                    "$8.1 billion, compared with $6.9 billion in 2022.")
    assert ("exports", 8.1e9, "USD", "2024") in _figures(facts)


def test_a_credit_line_for_trade_is_no_trade_figure() -> None:
    figures = _figures(article("r12_robust_2_lusa.txt"))
    assert all(value != 1e9 for _, value, _, _ in figures)
    assert all(f[3] is not None for f in figures)
    assert all(value != 100e6 for _, value, _, _ in _figures(article("r13_trade_1_businessmirror.txt")))
    assert all(value != 50e6 for _, value, _, _ in _figures(article("r13_trade_3_gleaner.txt")))
    facts = written("Vietnam's Eximbank opened a $250 million line of credit for imports of Indonesian coal. "
                    "Indonesia extended a US$80 million credit facility to Vietnamese buyers of its exports.")
    assert _figures(facts) == []
