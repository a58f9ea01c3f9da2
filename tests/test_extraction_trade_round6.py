"""Trade figures and rankings that used to come out wrong: an amount one country took in `from all sources` or sent
to `all markets`, a month right after an amount with no year (`to $298 million in February`), the year before said as
`the corresponding period` or `the year-earlier period`, and a ranking told of `it` going on from the sentence before
(articles r6_trade_*.txt)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _rankings(facts: ArticleFacts) -> list[tuple[str, int, str]]:
    return [(r.subject, r.rank, r.role) for r in facts.rankings]


def test_an_amount_from_all_sources_or_to_all_markets_is_not_the_pairs() -> None:
    figures = _figures(article("r6_trade_3_jakartapost.txt"))
    assert [f for f in figures if f[2] == "IDR" or f[1] == 57.4e9] == []
    assert ("investment", 182e6, "USD", "2025-01/2025-06") in figures
    facts = written("Vietnam's exports to all markets reached $405 billion in 2024, and those to Indonesia rose.")
    assert _figures(facts) == []


def test_a_month_right_after_an_amount_is_the_month_it_was_counted_in() -> None:
    assert ("exports", 702e6, "USD", "2025-07") in _figures(article("r6_trade_4_yonhap.txt"))
    facts = written("Indonesia's imports from Vietnam fell 3.2% month-on-month to $298 million in February.")
    assert _figures(facts) == [("imports", 298e6, "USD", "2025-02")]
    facts = written("Bilateral trade rose to $1.2 billion in October.")  # over by March 2025: the October before
    assert _figures(facts) == [("total_trade", 1.2e9, "USD", "2024-10")]


def test_the_corresponding_or_year_earlier_period_is_the_same_months_a_year_before() -> None:
    assert _figures(article("r6_trade_1_ahram.txt"))[:2] == [
        ("exports", 2.84e9, "USD", "2025-01/2025-09"), ("exports", 2.4e9, "USD", "2024-01/2024-09")]
    facts = written("Indonesia's exports to Vietnam rose to $2.8 billion in January-September 2024, against $2.4 "
                    "billion in the year-earlier period.")
    assert _figures(facts) == [("exports", 2.8e9, "USD", "2024-01/2024-09"),
                               ("exports", 2.4e9, "USD", "2023-01/2023-09")]
    facts = written("Two-way trade reached $9.1 billion in the first half of 2024, up from $8.2 billion in the "
                    "comparable period last year.")
    assert _figures(facts) == [("total_trade", 9.1e9, "USD", "2024-01/2024-06"),
                               ("total_trade", 8.2e9, "USD", "2023-01/2023-06")]


def test_a_ranking_said_of_it_goes_on_from_the_ranking_before() -> None:
    assert _rankings(article("r6_trade_1_ahram.txt")) == [
        ("Türkiye", 4, "export market"), ("Türkiye", 5, "source of imports")]
    assert ("Poland", 11, "export market") in _rankings(article("r6_trade_4_yonhap.txt"))
    facts = written("Vietnam was Indonesia's third-largest trading partner in ASEAN in 2024. It also ranked as "
                    "Indonesia's second-largest supplier of rice.")
    assert _rankings(facts) == [("Vietnam", 3, "trading partner"), ("Vietnam", 2, "supplier")]
    facts = written("Vietnam was Indonesia's third-largest trading partner in 2024. Trade rose. It is also the "
                    "second-largest supplier.")  # not the sentence right before: no one to refer to
    assert _rankings(facts) == [("Vietnam", 3, "trading partner")]


def test_an_amount_with_its_conversion_gives_both_as_a_gold_may_hold_either() -> None:
    figures = _figures(article("r6_trade_2_bernama.txt"))
    assert figures[:2] == [("target", 200e9, "MYR", "2030"), ("target", 47.3e9, "USD", "2030")]
    assert ("total_trade", 26.5e9, "USD", "2025-01/2025-08") in figures
