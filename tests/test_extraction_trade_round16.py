"""Trade figures in Central Europe's and Asia's own signs and phrasing: `zł` and `Kč` are currencies, `¥` is the
yuan in a story of China with no Japan, `year-on-year` dates nothing (a sentence saying only that takes the period of
the figures before it), `aiming for` sets a target, `by end-2030` and `by the end of the decade` are a target's year,
`as of December 2024` dates a stock at the end of 2024, `2023/2024` is a fiscal year as `2023/24` is, and `exports
from India` are India's, counted by India's fiscal year. A ranking's year is not one of a clause after it that tells of
something else (`..., adding that ... the free trade agreement signed in 2005`, `..., which ... in 1992`)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _rankings(facts: ArticleFacts) -> list[tuple[str, int, str | None, str | None]]:
    return [(r.subject, r.rank, r.scope, r.year) for r in facts.rankings]


def test_zloty_and_koruna_signs_are_currencies() -> None:
    figures = _figures(article("r16_trade_2_pap.txt"))
    assert ("exports", 96.5e9, "PLN", "2024") in figures  # `€22.4 billion (zł 96.5 billion)`
    assert ("exports", 24.8e9, "PLN", "2024-10/2024-12") in figures
    assert ("exports", 412e9, "CZK", "2024") in figures
    assert ("exports", 398e9, "CZK", "2023") in figures  # `compared with Kč 398 billion a year earlier`
    assert ("investment", 98e9, "CZK", "2023") in figures
    facts = written("Hungary's exports to Slovakia reached 2.1 trillion forint in 2024, while Slovak exports to "
                    "Hungary were worth Kč 96 billion and Polish transit trade zł 4.2 billion.",
                    pair=("Hungary", "Slovakia"), lede="Hungary and Slovakia held talks on Tuesday.")
    assert ("exports", 2.1e12, "HUF", "2024") in _figures(facts)
    assert ("exports", 96e9, "CZK", "2024") in _figures(facts)


def test_year_on_year_alone_takes_the_period_of_the_figures_before() -> None:
    figures = _figures(article("r16_trade_2_pap.txt"))
    assert ("exports", 22.4e9, "EUR", "2024") in figures
    assert ("imports", 13.4e9, "EUR", "2024") in figures
    facts = written("Trade between Chile and Peru reached $5.3 billion in 2024. Chilean exports to Peru rose 6 percent "
                    "year on year to $3.1 billion, while imports grew 2% year-on-year to $2.2 billion.",
                    pair=("Chile", "Peru"), lede="Chile and Peru held talks on Tuesday.")
    assert _figures(facts) == [("total_trade", 5.3e9, "USD", "2024"), ("exports", 3.1e9, "USD", "2024"),
                               ("imports", 2.2e9, "USD", "2024")]


def test_aiming_for_an_amount_by_a_year_is_a_target() -> None:
    assert ("target", 40e9, "EUR", "2027") in _figures(article("r16_trade_2_pap.txt"))
    facts = written("Ministers said they were aiming for $8 billion in two-way trade by 2028.",
                    pair=("Chile", "Peru"), lede="Chile and Peru held talks on Tuesday.")
    assert _figures(facts) == [("target", 8e9, "USD", "2028")]


def test_a_deadline_at_the_end_of_a_year_or_of_the_decade() -> None:
    assert ("target", 5e9, "USD", "2030") in _figures(article("r16_trade_1_newage.txt"))  # `by end-2030`
    facts = written("The two countries hope to take bilateral trade to $12 billion by the end of the decade.",
                    pair=("Egypt", "Kenya"), lede="Egypt and Kenya held talks on Tuesday.")
    assert _figures(facts) == [("target", 12e9, "USD", "2030")]
    facts = written("Both sides aim to raise trade to $3 billion by end-2027.",
                    pair=("Egypt", "Kenya"), lede="Egypt and Kenya held talks on Tuesday.")
    assert _figures(facts) == [("target", 3e9, "USD", "2027")]


def test_a_stock_as_of_december_is_dated_by_its_year() -> None:
    assert ("investment", 210e6, "USD", "2024") in _figures(article("r16_trade_1_newage.txt"))
    facts = written("Kenyan investment in Egypt stood at $85 million as at December 2024, the central bank said.",
                    pair=("Egypt", "Kenya"), lede="Egypt and Kenya held talks on Tuesday.")
    assert _figures(facts) == [("investment", 85e6, "USD", "2024")]


def test_a_split_year_with_a_slash_is_a_fiscal_year() -> None:
    assert ("total_trade", 3.19e9, "USD", "2023-07/2024-06") in _figures(article("r16_trade_1_newage.txt"))
    facts = written("Trade between the two countries hit $15.8 billion in 2023/2024, up from $14.2 billion in "
                    "2022/2023.", pair=("Egypt", "China"), lede="Egypt and China held talks on Tuesday.")
    assert _figures(facts) == [("total_trade", 15.8e9, "USD", "2023-07/2024-06"),
                               ("total_trade", 14.2e9, "USD", "2022-07/2023-06")]


def test_exports_from_a_country_are_counted_by_its_fiscal_year() -> None:
    facts = written("Exports from India to Bangladesh during the first half of FY2024-25 stood at $5.6 billion, "
                    "official data show.", pair=("India", "Bangladesh"), lede="India and Bangladesh held talks.")
    assert _figures(facts) == [("exports", 5.6e9, "USD", "2024-04/2024-09")]


def test_a_yen_sign_in_a_story_of_china_without_japan_is_the_yuan() -> None:
    facts = written("Trade between China and Nigeria reached ¥98.4 billion in the first eight months of 2025.",
                    pair=("China", "Nigeria"), lede="China and Nigeria held talks on Tuesday.")
    assert _figures(facts) == [("total_trade", 98.4e9, "CNY", "2025-01/2025-08")]
    facts = written("Trade between China and Japan was ¥2.3 trillion in the first half of 2024.",
                    pair=("China", "Japan"), lede="China and Japan held talks on Tuesday.")
    assert _figures(facts) == [("total_trade", 2.3e12, "JPY", "2024-01/2024-06")]


def test_a_rankings_year_is_not_one_of_a_clause_telling_of_something_else() -> None:
    assert ("Nigeria", 2, "Africa", None) in _rankings(article("r16_trade_3_chinadaily.txt"))
    facts = written("Erdogan said Türkiye is Egypt's largest trading partner in Africa, adding that the two countries "
                    "agreed to expand the scope of the free trade agreement signed in 2005.",
                    pair=("Türkiye", "Egypt"), lede="Türkiye and Egypt held talks on Tuesday.")
    assert _rankings(facts) == [("Türkiye", 1, "Africa", None)]
    facts = written("Vietnam is South Korea's third largest trading partner, which established diplomatic relations "
                    "with it in 1992.", pair=("South Korea", "Vietnam"), lede="Vietnam and South Korea held talks.")
    assert _rankings(facts) == [("Vietnam", 3, None, None)]
    facts = written("India was Oman's third-largest trading partner, and the two countries signed a defence pact in "
                    "2005.", pair=("India", "Oman"), lede="India and Oman held talks on Tuesday.")
    assert _rankings(facts) == [("India", 3, None, None)]
    facts = written("India was Oman's third-largest trading partner in 2024, the embassy said, adding that the two "
                    "countries signed a defence pact in 2005.", pair=("India", "Oman"), lede="India and Oman held talks.")
    assert _rankings(facts) == [("India", 3, None, "2024")]


def test_east_african_shilling_signs_quadrillions_and_crore_shortened() -> None:
    facts = written("Kenya's exports to Uganda rose to Kshs 98.6 billion in 2024, while Uganda's exports to Kenya were "
                    "UShs 2.1 trillion.", pair=("Kenya", "Uganda"), lede="Kenya and Uganda held talks on Tuesday.")
    assert _figures(facts) == [("exports", 98.6e9, "KES", "2024"), ("exports", 2.1e12, "UGX", "2024")]
    facts = written("Indonesia's trade with China reached Rp 2.1 quadrillion in 2024.", pair=("Indonesia", "China"),
                    lede="Indonesia and China held talks on Tuesday.")
    assert _figures(facts) == [("total_trade", 2.1e15, "IDR", "2024")]
    facts = written("India's exports to Nepal fell to Rs 62,194 cr in FY23.", pair=("India", "Nepal"),
                    lede="India and Nepal held talks on Tuesday.")
    assert _figures(facts) == [("exports", 621.94e9, "INR", "2022-04/2023-03")]


def test_a_shared_sign_is_the_currency_of_the_country_the_story_is_written_from() -> None:
    facts = written("Nepal's imports from India during the first eight months of 2024 stood at Rs 720 billion, "
                    "according to the Department of Customs.", pair=("India", "Nepal"),
                    lede="KATHMANDU, March 11 — India and Nepal held talks on Tuesday.")
    assert _figures(facts) == [("imports", 720e9, "NPR", "2024-01/2024-08")]
    facts = written("Kenya's exports to Uganda rose to Shs 1.2 trillion in 2024.", pair=("Kenya", "Uganda"),
                    lede="KAMPALA — Kenya and Uganda held talks on Tuesday.")
    assert _figures(facts) == [("exports", 1.2e12, "UGX", "2024")]
    facts = written("India's exports to Nepal rose to Rs 720 billion in 2024.", pair=("India", "Nepal"),
                    lede="NEW DELHI — India and Nepal held talks on Tuesday.")
    assert _figures(facts) == [("exports", 720e9, "INR", "2024")]
