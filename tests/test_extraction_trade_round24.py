"""Trade, round 24: money set aside, earmarked or allocated to finance, insure or promote exports is no trade figure,
and neither is the same amount converted in brackets right after it (`3 billion reais ($520 million) to finance
exports`); a record measured against a span of the past (`for the first time in over a decade`, `its highest in five
years`, `the lowest since 2010`) dates no figure, which takes the period of the figures just before as it would
without it; a summary box restating a body's `A$8.9 billion` as a bare `$8.9 billion` writes the same Australian
dollars; a clause ranking the other country in the same role may leave the role unsaid (`while Argentina is Brazil's
third-largest, behind China`), and `making it the fifth-largest investor` ranks the country the sentence is about
(articles r24_trade_1_reuters.txt, r24_trade_2_abc.txt, r24_trade_3_aa.txt and short texts)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _rankings(facts: ArticleFacts) -> list[tuple[str, int, str, str | None]]:
    return [(r.subject, r.rank, r.role, r.scope) for r in facts.rankings]


def test_money_set_aside_to_finance_or_insure_exports_is_no_trade_figure() -> None:
    reuters = _figures(article("r24_trade_1_reuters.txt"))
    assert not any(value in (1.3e12, 940e6, 300e6) for _, value, _, _ in reuters)
    aa = _figures(article("r24_trade_3_aa.txt"))
    assert not any(value in (17e9, 470e6, 250e6) for _, value, _, _ in aa)
    facts = written("Chile's export credit agency has earmarked $150 million for export financing to Peru, while "
                    "bilateral trade reached $4.2 billion in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 4.2e9, "USD", "2024")]
    facts = written("ProChile allocated $20 million to promote Chilean exports to Peru.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == []


def test_exports_that_were_financed_stay_figures() -> None:
    facts = written("Chilean exports to Peru, financed in part by state credit, reached $2.6 billion in 2024.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 2.6e9, "USD", "2024")]
    facts = written("Chile invested $500 million in Peru to fund a new port terminal in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("investment", 500e6, "USD", "2024")]


def test_a_conversion_of_an_amount_that_is_no_figure_is_none_either() -> None:
    facts = written("Peru's development bank set aside 1.1 billion soles ($295 million) to insure Peruvian exports to "
                    "Chile.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == []
    facts = written("Chilean exports to Peru rose to 2.4 trillion Chilean pesos ($2.6 billion) in 2024.", pair=PAIR,
                    lede=LEDE)
    assert _figures(facts) == [("exports", 2.4e12, "CLP", "2024"), ("exports", 2.6e9, "USD", "2024")]


def test_a_record_against_the_past_dates_no_figure() -> None:
    reuters = _figures(article("r24_trade_1_reuters.txt"))
    assert ("exports", 55.2e9, "USD", "2024") in reuters
    assert ("imports", 31.3e9, "USD", "2024") in reuters
    aa = _figures(article("r24_trade_3_aa.txt"))
    assert ("exports", 3.8e9, "USD", "2024") in aa
    assert ("imports", 5e9, "USD", "2024") in aa
    facts = written("Trade between the two countries reached $6.1 billion in 2024. Chilean exports to Peru were $3.9 "
                    "billion, the highest since 2013.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 6.1e9, "USD", "2024"), ("exports", 3.9e9, "USD", "2024")]
    facts = written("Trade between the two countries reached $6.1 billion in 2024. Peruvian exports to Chile totalled "
                    "$2.2 billion, leaving trade balanced for the first time in years.", pair=PAIR, lede=LEDE)
    assert ("exports", 2.2e9, "USD", "2024") in _figures(facts)


def test_a_year_of_its_own_still_dates_a_figure_beside_a_record() -> None:
    facts = written("Trade between the two countries reached $6.1 billion in 2024. Chilean exports to Peru were $3.9 "
                    "billion in 2023, the highest in a decade.", pair=PAIR, lede=LEDE)
    assert ("exports", 3.9e9, "USD", "2023") in _figures(facts)
    facts = written("Trade between the two countries reached $6.1 billion in 2024. Chilean exports to Peru were $3.9 "
                    "billion in the first quarter of 2023.", pair=PAIR, lede=LEDE)
    assert ("exports", 3.9e9, "USD", "2023-01/2023-03") in _figures(facts)


def test_a_summary_restating_a_signed_home_dollar_amount_writes_that_dollar() -> None:
    abc = _figures(article("r24_trade_2_abc.txt"))
    assert abc == [("total_trade", 18.9e9, "AUD", "2024-07/2025-06"), ("exports", 11.2e9, "AUD", "2024-07/2025-06")]
    facts = written("Two-way trade hit $3.4 billion last year. Bilateral trade between New Zealand and Chile reached "
                    "NZ$3.4 billion in 2024, while New Zealand investment in Chile stood at $1.2 billion.",
                    pair=("New Zealand", "Chile"), lede="New Zealand and Chile agreed to deepen ties.")
    figures = _figures(facts)
    assert ("total_trade", 3.4e9, "NZD", "2024") in figures
    assert not any(metric == "total_trade" and currency == "USD" for metric, _, currency, _ in figures)
    assert ("investment", 1.2e9, "USD", "2024") in figures  # another value: the wire's US dollar, as before


def test_a_role_left_unsaid_in_a_second_clause_ranks_the_other_country() -> None:
    reuters = _rankings(article("r24_trade_1_reuters.txt"))
    assert reuters == [("South Korea", 3, "trading partner", None), ("Vietnam", 4, "trading partner", None)]
    facts = written("Chile remains Peru's top export market, while Peru is Chile's largest, behind China and the "
                    "United States.", pair=PAIR, lede=LEDE)
    assert _rankings(facts) == [("Chile", 1, "export market", None), ("Peru", 3, "export market", None)]
    facts = written("Chile is Peru's largest trading partner, while Peru is Chile's most reliable.", pair=PAIR,
                    lede=LEDE)
    assert _rankings(facts) == [("Chile", 1, "trading partner", None)]
    facts = written("Chile is Peru's largest trading partner, while Brazil is Chile's largest.", pair=PAIR, lede=LEDE)
    assert _rankings(facts) == [("Chile", 1, "trading partner", None)]


def test_making_it_ranks_the_country_the_sentence_is_about() -> None:
    aa = article("r24_trade_3_aa.txt")
    assert [(r.subject, r.rank, r.role, r.year) for r in aa.rankings if "making it" in r.quote] == \
        [("Türkiye", 9, "investor", "2024")]
    facts = written("Chile's direct investment in Peru stood at $20 billion in 2024, making it the third-largest "
                    "investor in the country.", pair=PAIR, lede=LEDE)
    assert _rankings(facts) == [("Chile", 3, "investor", None)]
    facts = written("The port deal was signed in 2024, making it the largest investment of the year.", pair=PAIR,
                    lede=LEDE)
    assert _rankings(facts) == []
