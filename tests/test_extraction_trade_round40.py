"""Trade figures, round 40: the trade told after a ranking of a country outside the pair (`Germany remains Poland's
top trading partner, with bilateral trade of ...`) is that ranking's two countries', not the pair's; a flow total a
figure before adds up to (`..., taking total two-way trade to $4.9 billion`) has that figure's period, as no stock
summed over the years does; a capitalised group of countries (`with CIS countries`, `to ASEAN member states`) is a
group, not a proper name; `X traded with <third country>` and a `which` clause going on from `X's trade with <third
country>` are trade outside the pair."""
from __future__ import annotations

from extraction_support import written

CHILE = ("Chile", "Vietnam")
KENYA = ("Kenya", "Pakistan")
KAZAKH = ("Kazakhstan", "Turkey")
SPAIN = ("Spain", "Egypt")


def _figures(body: str, pair: tuple[str, str], lede: str | None = None) -> list[tuple[str, float, str | None]]:
    facts = written(body, pair, lede or f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.period) for f in facts.trade_figures]


def test_trade_after_a_third_countrys_ranking_is_not_the_pairs() -> None:
    assert _figures("The United States is still Chile's second-largest trading partner, with bilateral trade of "
                    "$31 billion in 2023.", CHILE) == []
    assert _figures("Vietnam was Japan's top export market last year, with two-way trade of $48 billion in 2023.",
                    CHILE) == []


def test_trade_after_a_ranking_of_the_pair_is_still_the_pairs() -> None:
    assert _figures("Vietnam remains Chile's largest trading partner in ASEAN, with bilateral trade of $2.1 billion "
                    "in 2023.", CHILE) == [("total_trade", 2_100_000_000, "2023")]
    assert _figures("China remains Chile's largest trading partner, while trade with Vietnam reached $2.1 billion "
                    "in 2023.", CHILE) == [("total_trade", 2_100_000_000, "2023")]


def test_a_total_of_trade_a_figure_adds_up_to_has_its_period() -> None:
    assert _figures("Kenya's exports to Pakistan were worth $95 million in 2022, bringing total bilateral trade to "
                    "$640 million.", KENYA) == [("exports", 95_000_000, "2022"), ("total_trade", 640_000_000, "2022")]


def test_a_total_summed_over_the_years_stays_a_stock() -> None:
    assert _figures("Pakistani firms invested $12 million in Kenya in 2023, bringing total investment to $210 "
                    "million.", KENYA) == [("investment", 12_000_000, "2023"), ("investment", 210_000_000, None)]
    assert _figures("Kenya's exports to Pakistan were worth $95 million in 2022, bringing cumulative trade since "
                    "2010 to $4.1 billion.", KENYA) == [("exports", 95_000_000, "2022"),
                                                      ("total_trade", 4_100_000_000, None)]


def test_trade_with_a_capitalised_group_of_countries_is_not_the_pairs() -> None:
    assert _figures("Turkey's foreign trade with CIS countries amounted to $41 billion in 2023.", KAZAKH) == []
    assert _figures("Kazakhstan's exports to EAEU member states reached $9.5 billion in 2023.", KAZAKH) == []


def test_trade_with_one_country_named_like_a_group_is_still_judged_as_a_country() -> None:
    assert _figures("Kazakhstan's trade with the United States reached $3.1 billion in 2023, while trade with "
                    "Turkey totalled $6.3 billion in 2023.", KAZAKH) == [("total_trade", 6_300_000_000, "2023")]


def test_trade_of_one_of_the_pair_with_a_third_country_is_not_the_pairs() -> None:
    assert _figures("That is far below the EUR 14 billion Spain traded with Morocco last year.", SPAIN) == []
    assert _figures("By contrast, Egypt's trade with Saudi Arabia, which topped $12 billion in 2023, keeps growing.",
                    SPAIN) == []


def test_trade_of_the_pair_in_a_which_clause_or_traded_with_is_still_the_pairs() -> None:
    assert _figures("Spain's trade with Egypt, which topped EUR 4 billion in 2023, keeps growing.", SPAIN) == [
        ("total_trade", 4_000_000_000, "2023")]
    assert _figures("Egypt traded EUR 4 billion worth of goods with Spain in 2023.", SPAIN) == [
        ("total_trade", 4_000_000_000, "2023")]
