"""Trade figures, round 55: the CFA franc (`CFA 45 billion`, `FCFA`, `45 billion CFA francs`), West African unless the
pair has a Central African country; Europe's currencies before the euro by code with a scale (`LTL`, `LVL`, `EEK`,
`DEM` ...) and by word (`litas`); Paraguay's guaraní and Bolivia's boliviano by word; India's `equity inflows` as
investment, `global funds` as investors, not a world total; a world total said after the amount (`in total FDI
inflows`) and a third country ranked among the partners of `the Kingdom` are no figures of the pair; a conversion in
brackets after the figure's year keeps the figure's period."""
from __future__ import annotations

from bot.core.money import find_money
from extraction_support import written


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _signed(text: str) -> list[tuple[float, str]]:
    return [(money.value, money.currency) for money in find_money(text)]


def test_a_cfa_franc_figure_is_west_african_by_default() -> None:
    body = "Trade between Mali and Portugal reached CFA 95 billion in 2023, officials said."
    assert _figures(body, ("Mali", "Portugal")) == [("total_trade", 95e9, "XOF", "2023")]
    body = "Malian exports to Portugal stood at 30 billion FCFA in 2023."
    assert _figures(body, ("Mali", "Portugal")) == [("exports", 30e9, "XOF", "2023")]


def test_a_cfa_franc_figure_of_a_central_african_country_is_xaf() -> None:
    body = "Trade between Gabon and Italy amounted to CFA 180 billion in 2022."
    assert _figures(body, ("Gabon", "Italy")) == [("total_trade", 180e9, "XAF", "2022")]
    body = "Trade between Gabon and Italy amounted to XOF 180 billion in 2022."  # a code says which
    assert _figures(body, ("Gabon", "Italy")) == [("total_trade", 180e9, "XOF", "2022")]


def test_cfa_and_old_european_codes_need_a_scale() -> None:
    assert _signed("She passed CFA 2 in 2019 and joined the DEM 3 list.") == []
    assert _signed("LVL 410 million, EEK 2.5 billion and DEM 7 billion") == [(410e6, "LVL"), (2.5e9, "EEK"),
                                                                              (7e9, "DEM")]


def test_a_pre_euro_litas_figure_is_read() -> None:
    body = "Trade between Lithuania and Uzbekistan reached LTL 640 million (€185 million) in 2010."
    assert ("total_trade", 640e6, "LTL", "2010") in _figures(body, ("Lithuania", "Uzbekistan"))
    assert _signed("exports worth 300 million litas") == [(300e6, "LTL")]


def test_guaranies_and_bolivianos_are_their_currencies() -> None:
    assert _signed("2.1 trillion guaraníes and 900 million bolivianos") == [(2.1e12, "PYG"), (900e6, "BOB")]
    body = "Paraguayan shipments to Uruguay amounted to 900 billion guaranies last year."
    assert _figures(body, ("Paraguay", "Uruguay")) == [("exports", 900e9, "PYG", "2024")]


def test_cumulative_equity_inflows_from_the_pair_are_investment() -> None:
    body = ("Singapore is the largest source of foreign direct investment into India, with cumulative equity "
            "inflows of $140 billion between April 2000 and March 2023, most of it from global funds.")
    assert _figures(body, ("Singapore", "India")) == [("investment", 140e9, "USD", "2000-04/2023-03")]


def test_a_global_total_stays_no_figure_of_the_pair() -> None:
    body = "India attracted global equity inflows of $70 billion in 2023."
    assert _figures(body, ("Singapore", "India")) == []


def test_a_world_total_after_the_amount_is_no_figure_of_the_pair() -> None:
    body = "Oman attracted OMR 3 billion in total FDI inflows in 2023."
    assert _figures(body, ("Oman", "Japan")) == []
    body = "Japanese firms invested OMR 400 million in Oman in 2023, out of OMR 3 billion in total FDI inflows."
    assert _figures(body, ("Oman", "Japan")) == [("investment", 400e6, "OMR", "2023")]


def test_a_third_country_ranked_among_the_kingdoms_partners_is_not_the_pair() -> None:
    body = "India remains the Kingdom's largest trading partner, with trade of SAR 200 billion."
    assert _figures(body, ("Saudi Arabia", "Brazil")) == []
    body = "Brazil remains the Kingdom's largest trading partner in Latin America, with trade of SAR 40 billion in 2023."
    assert _figures(body, ("Saudi Arabia", "Brazil")) == [("total_trade", 40e9, "SAR", "2023")]


def test_a_conversion_after_the_figures_year_keeps_its_period() -> None:
    body = "Trade between Senegal and Italy reached CFA 150 billion in 2021 (around €229 million), up on 2020."
    assert _figures(body, ("Senegal", "Italy")) == [("total_trade", 150e9, "XOF", "2021"),
                                                     ("total_trade", 229e6, "EUR", "2021")]
