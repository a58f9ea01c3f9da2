"""Facts that used to come out wrong: a ranking's year from a clause after `, and` with its own subject and verb, a
story opened by a country in capitals, parts of a year written `1H2025` or `9M2024`, months across a year's end, parts
of a fiscal year (`the first two months of FY26 (July-August)`), `the same period of 2024`, `the 10-month period`, the
lira written `TL` after the amount, remittances, and a month told of by the clause after it (articles f4_*.txt)."""
from __future__ import annotations

from bot.core.dates import PartialDate
from bot.core.facts import ArticleFacts
from bot.core.money import find_money
from bot.core.periods import find_periods, fiscal_year_of
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _rankings(facts: ArticleFacts) -> list[tuple[str, int, str | None]]:
    return [(r.subject, r.rank, r.year) for r in facts.rankings]


def test_a_ranking_takes_no_year_from_a_clause_after_and_with_its_own_verb() -> None:
    assert _rankings(article("h3_khmertimes_cambodia_china.txt")) == [("China", 1, None)]
    assert _rankings(article("f4_malaysianreserve_malaysia_turkiye.txt"))[1] == ("Malaysia", 1, None)
    assert _rankings(article("f4_tbsnews_bangladesh_malaysia.txt"))[1] == ("Malaysia", 1, None)
    facts = written("Indonesia is Vietnam's second-largest trading partner in ASEAN, and the two countries have "
                    "planned a new round of talks for 2026.")
    assert _rankings(facts) == [("Indonesia", 2, None)]
    facts = written("In 2024, Indonesia was Vietnam's second-largest trading partner, and the third-largest source "
                    "of imports among ASEAN countries.")
    assert [(r.rank, r.role, r.scope, r.year) for r in facts.rankings] == [
        (2, "trading partner", "ASEAN countries", "2024"), (3, "source of imports", "ASEAN countries", "2024")]


def test_a_story_opened_by_a_country_in_capitals_keeps_its_figure() -> None:
    assert _figures(article("f4_malaysianreserve_malaysia_turkiye.txt"))[:2] == [
        ("total_trade", 19.4e9, "MYR", "2025-01/2025-10"), ("total_trade", 17e9, "MYR", "2024-01/2024-10")]
    facts = written("INDONESIA'S exports to Vietnam rose to US$6.1 billion in 2024.")
    assert _figures(facts) == [("exports", 6.1e9, "USD", "2024")]


def test_parts_of_a_year_written_with_a_count_and_a_letter() -> None:
    figures = _figures(article("f4_malaysianreserve_malaysia_turkiye.txt"))
    assert ("investment", 480e6, "MYR", "2024-01/2024-09") in figures
    assert figures[-2:] == [("exports", 3.8e9, "MYR", "2025-01/2025-06"), ("exports", 3.1e9, "MYR", "2024-01/2024-06")]
    periods = find_periods("in 3Q2024, 2H2023 and 10M2025; in 5Q2024 and 13M2024 only the year", None)
    assert [p.text for p in periods] == ["2024-07/2024-09", "2023-07/2023-12", "2025-01/2025-10", "2024", "2024"]


def test_months_across_the_end_of_a_year_begin_the_year_before() -> None:
    published = PartialDate(2025, 3, 12)
    assert [p.text for p in find_periods("Trade in November-February 2025 grew.", published)] == ["2024-11/2025-02"]
    assert [p.text for p in find_periods("Trade in the October-January period grew.", published)] == [
        "2024-10/2025-01"]


def test_parts_of_a_fiscal_year_in_other_words() -> None:
    assert _figures(article("f4_tbsnews_bangladesh_malaysia.txt"))[:4] == [
        ("imports", 2.78e9, "USD", "2024-07/2025-06"), ("imports", 2.29e9, "USD", "2023-07/2024-06"),
        ("exports", 372e6, "USD", "2024-07/2025-06"), ("exports", 61.5e6, "USD", "2025-07/2025-08")]
    india = fiscal_year_of(["India"])
    published = PartialDate(2025, 8, 1)
    assert [p.text for p in find_periods("in the first three months of FY26 (April-June)", published, india)] == [
        "2025-04/2025-06"]
    assert [p.text for p in find_periods("in the April-March period of fiscal 2023-24", published, india)] == [
        "2023-04/2024-03"]
    assert [p.text for p in find_periods("in 1HFY25", published, india)] == ["2024-04/2024-09"]


def test_the_same_period_of_a_year_named() -> None:
    assert _figures(article("f4_yenisafak_turkiye_malaysia.txt"))[:2] == [
        ("total_trade", 4.1e9, "USD", "2025-01/2025-09"), ("total_trade", 3.7e9, "USD", "2024-01/2024-09")]
    facts = written("Bilateral trade rose to $9.2 billion in January-June 2024 from $8.4 billion in the same "
                    "months of 2023.")
    assert _figures(facts) == [("total_trade", 9.2e9, "USD", "2024-01/2024-06"),
                               ("total_trade", 8.4e9, "USD", "2023-01/2023-06")]


def test_a_figure_during_the_months_counted_before() -> None:
    figures = _figures(article("f4_malaysianreserve_malaysia_turkiye.txt"))
    assert figures[2:4] == [("exports", 13.1e9, "MYR", "2025-01/2025-10"), ("imports", 6.3e9, "MYR", "2025-01/2025-10")]
    facts = written("Bilateral trade reached $7.5 billion in January-August 2024. "
                    "Imports from Vietnam rose to $3.1 billion during the eight-month period.")
    assert _figures(facts)[1] == ("imports", 3.1e9, "USD", "2024-01/2024-08")


def test_the_lira_written_tl_after_the_amount() -> None:
    assert [(m.value, m.currency) for m in find_money("exports of 9.8 billion TL and 450 million TL")] == [
        (9.8e9, "TRY"), (450e6, "TRY")]
    assert ("exports", 9.8e9, "TRY", "2025-01/2025-06") in _figures(article("f4_yenisafak_turkiye_malaysia.txt"))


def test_remittances_are_no_trade() -> None:
    values = [f.value for f in article("f4_tbsnews_bangladesh_malaysia.txt").trade_figures]
    assert 1.19e9 not in values
    facts = written("Indonesian workers in Vietnam sent home remittances of $450 million in 2024.")
    assert facts.trade_figures == []


def test_a_month_dated_by_the_clause_that_tells_of_it() -> None:
    events = article("f4_malaysianreserve_malaysia_turkiye.txt").events
    assert [e.date for e in events if "official visit" in e.what] == ["2025-02"]
    facts = written("Widodo said Indonesia would send a trade mission to Hanoi next year, following the president's "
                    "visit to Jakarta in January, during which the two sides signed a maritime pact.")
    assert [e.date for e in facts.events if "January" in e.what] == ["2025-01"]
    facts = written("Widodo said the leaders would meet in Hanoi in May, when they will sign a maritime pact.")
    assert [e.date for e in facts.events] == ["2025-05"]


def test_a_target_reached_by_a_year_said_in_the_next_sentence() -> None:
    assert ("target", 10e9, "USD", "2030") in _figures(article("f4_yenisafak_turkiye_malaysia.txt"))
    facts = written("The two sides set a bilateral trade goal of $25 billion. They hope to achieve this by 2028.")
    assert _figures(facts) == [("target", 25e9, "USD", "2028")]
    facts = written("The two sides set a bilateral trade goal of $25 billion. Talks resume by 2026.")
    assert _figures(facts) == [("target", 25e9, "USD", None)]


def test_the_region_is_the_scope_named_before_it() -> None:
    rankings = article("f4_yenisafak_turkiye_malaysia.txt").rankings
    assert [(r.rank, r.role, r.scope) for r in rankings] == [
        (1, "trading partner", "ASEAN"), (2, "source of imports", "ASEAN")]
    facts = written("Indonesia is Vietnam's largest export market in Southeast Asia and its third-largest supplier "
                    "in the region.")
    assert [r.scope for r in facts.rankings] == ["Southeast Asia", "Southeast Asia"]
