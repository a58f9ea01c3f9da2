"""Trade figures of round 17: Nepal's fiscal year begins in mid-July, and its press names it in its own calendar,
Bikram Sambat (`FY 2080/81` is July 2023 to June 2024); a stock summed over the years (`bringing the total stock of
direct investment to €12 billion`) takes no period from a flow in the same sentence; an amount whose own clause is
trade with a third country (`..., while exports to Angola were €240 million`) is not the pair's; tourists' spending
goes on no trade figure; `in the half-year` refers back to the half-year's figures, not to a part of it given last."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_bikram_sambat_fiscal_year_is_nepals_july_year() -> None:
    figures = _figures(article("r17_trade_1_risingnepal.txt"))
    assert ("exports", 8.6e9, "NPR", "2023-07/2024-06") in figures  # `in FY 2080/81`
    assert ("exports", 5.1e9, "NPR", "2022-07/2023-06") in figures  # `up from Rs 5.1 billion a year earlier`
    assert ("imports", 3.9e9, "NPR", "2023-07/2024-06") in figures  # `in fiscal year 2023/24`
    facts = written("Trade between Nepal and China reached Rs 250 billion in the fiscal year 2081/82, the Department "
                    "of Customs said.", pair=("Nepal", "China"), lede="Nepal and China held talks in Beijing.")
    assert _figures(facts) == [("total_trade", 250e9, "NPR", "2024-07/2025-06")]
    facts = written("Nepal's exports to Sri Lanka were worth NPR 1.4 billion in fiscal year 2022/23.",
                    pair=("Nepal", "Sri Lanka"), lede="Nepal and Sri Lanka held talks in Colombo.")
    assert _figures(facts) == [("exports", 1.4e9, "NPR", "2022-07/2023-06")]


def test_a_stock_takes_no_period_from_a_flow_in_its_sentence() -> None:
    figures = _figures(article("r17_trade_2_lusa.txt"))
    assert ("investment", 1.1e9, "EUR", "2024") in figures
    assert ("investment", 12e9, "EUR", None) in figures
    facts = written("Egyptian investment in Jordan rose to $300 million in 2023, bringing the cumulative total since "
                    "1995 to $4.1 billion.", pair=("Egypt", "Jordan"), lede="Egypt and Jordan held talks in Amman.")
    assert _figures(facts) == [("investment", 300e6, "USD", "2023"), ("investment", 4.1e9, "USD", None)]
    facts = written("Korean firms invested $2 billion in Vietnam in 2024, taking total registered capital to $92 "
                    "billion as of December 2024.", pair=("South Korea", "Vietnam"),
                    lede="South Korea and Vietnam held talks in Hanoi.")
    assert ("investment", 92e9, "USD", "2024") in _figures(facts)  # the date it stood at is its own
    facts = written("Cumulative Korean investment in Vietnam in January-October 2024 reached $7 billion.",
                    pair=("South Korea", "Vietnam"), lede="South Korea and Vietnam held talks in Hanoi.")
    assert _figures(facts) == [("investment", 7e9, "USD", "2024-01/2024-10")]


def test_trade_with_a_third_country_in_its_own_clause_is_not_the_pairs() -> None:
    figures = _figures(article("r17_trade_2_lusa.txt"))
    assert not any(value == 240e6 for _, value, _, _ in figures)  # `while exports to Angola were €240 million`
    facts = written("In the first eight months of 2024, Thailand's exports to Vietnam reached 180 billion baht, while "
                    "exports to Malaysia were 210 billion baht.", pair=("Thailand", "Vietnam"),
                    lede="Thailand and Vietnam held talks in Bangkok.")
    assert _figures(facts) == [("exports", 180e9, "THB", "2024-01/2024-08")]
    facts = written("Bilateral trade between Chile and Peru rose to $5.3 billion in 2024, compared with Chile's $38 "
                    "billion trade with China.", pair=("Chile", "Peru"), lede="Chile and Peru held talks in Lima.")
    assert _figures(facts) == [("total_trade", 5.3e9, "USD", "2024")]
    facts = written("In 2019 the two governments set a goal of raising two-way trade to US$300 million within five "
                    "years.", pair=("Chile", "Peru"), lede="Chile and Peru held talks in Lima.")
    assert [f[0] for f in _figures(facts)] == ["target"]


def test_tourists_spending_is_not_trade() -> None:
    figures = _figures(article("r17_trade_2_lusa.txt"))
    assert not any(value == 620e6 for _, value, _, _ in figures)  # `Brazilian tourists spent €620 million`
    facts = written("Trade between Japan and Thailand totalled $60 billion in 2024. Japanese visitors spent $1.4 "
                    "billion in Thailand in 2024.", pair=("Japan", "Thailand"),
                    lede="Japan and Thailand held talks in Tokyo.")
    assert _figures(facts) == [("total_trade", 60e9, "USD", "2024")]


def test_the_half_year_refers_back_to_the_half_years_figures() -> None:
    figures = _figures(article("r17_trade_2_lusa.txt"))
    assert ("imports", 310e6, "EUR", "2025-01/2025-06") in figures  # `Brazil bought €310 million ... in the half-year`
    facts = written("Trade between Ghana and Togo reached $1.2 billion in the first half of 2024. In the first four "
                    "months, it had passed $700 million. Ghana's exports to Togo totalled $800 million during the "
                    "half-year.", pair=("Ghana", "Togo"), lede="Ghana and Togo held talks in Accra.")
    assert ("exports", 800e6, "USD", "2024-01/2024-06") in _figures(facts)


def test_a_stock_after_a_flow_of_months_in_a_statistics_release() -> None:
    figures = _figures(article("r17_trade_3_statgovkz.txt"))
    assert ("investment", 520e6, "USD", "2024-01/2024-06") in figures
    assert ("investment", 5.8e9, "USD", None) in figures  # `bringing the total registered Turkish investment since 2005`
    assert not any(value == 95e6 for _, value, _, _ in figures)  # `Receipts from Turkish tourists`


def test_a_ranking_given_by_the_second_verb_of_the_sentences_subject() -> None:
    rankings = [(r.subject, r.rank, r.role) for r in article("r17_trade_3_statgovkz.txt").rankings]
    assert ("Türkiye", 6, "trading partner") in rankings  # `Türkiye accounted for 3.7% ... and ranked sixth among`
    facts = written("Vietnam shipped $5 billion of goods to Chile in 2024 and is Chile's third-largest trading partner "
                    "in Asia.", pair=("Vietnam", "Chile"), lede="Vietnam and Chile held talks in Santiago.")
    assert [(r.subject, r.rank, r.scope) for r in facts.rankings] == [("Vietnam", 3, "Asia")]
    facts = written("Chile's trade with Vietnam rose 6% in 2024 and ranked third among its Asian trade flows.",
                    pair=("Vietnam", "Chile"), lede="Vietnam and Chile held talks in Santiago.")
    assert facts.rankings == []


def test_figure_lines_under_a_dated_lead_in_take_its_period() -> None:
    periods = {(f.metric, f.period) for f in article("r18_cleaning_1_mfa_kz.txt").trade_figures if f.metric != "target"}
    assert periods == {("total_trade", "2024-01/2024-09"), ("exports", "2024-01/2024-09"),
                       ("imports", "2024-01/2024-09")}
    facts = written("Trade between the two countries in the first half of 2024 was as follows:\n"
                    "Exports: $410 million (+3.2%)\nImports: $215 million (-1.0%)\n\nThe ministry gave no forecast.")
    assert [(f.metric, f.period) for f in facts.trade_figures] == [("exports", "2024-01/2024-06"),
                                                                   ("imports", "2024-01/2024-06")]
    facts = written("Exports: $410 million\nImports: $215 million")  # no lead-in: no period
    assert [f.period for f in facts.trade_figures] == [None, None]
