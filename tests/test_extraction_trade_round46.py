"""Trade figures, round 46: an amount in a relative clause of a third country the pair is compared with (`well behind
X, which ...`, `after A and B, with which ...`), or named right after the comparison and sent to a third country
(`ahead of the $X shipped to Y`), is not the pair's; Colombia's peso written `COP` is read, but only with a scale word,
as `COP 28` is the climate summit."""
from __future__ import annotations

from bot.core.money import find_money
from extraction_support import written

CHILE = ("Chile", "South Korea")
POLAND = ("Poland", "Czech Republic")
VIETNAM = ("Vietnam", "Australia")
COLOMBIA = ("Colombia", "Mexico")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_third_country_behind_which_the_pair_ranks_owns_its_clause() -> None:
    body = ("South Korea was Chile's fourth-largest export destination in 2022, far behind the United States, which "
            "bought $16.3 billion of Chilean goods.")
    assert _figures(body, CHILE) == []


def test_the_last_of_a_list_ranked_before_owns_a_with_which_clause() -> None:
    body = ("The Czech Republic was Poland's second-largest trading partner in 2015, after Germany, France and the "
            "Netherlands, with which Poland's trade reached €28 billion.")
    assert _figures(body, POLAND) == []


def test_the_pairs_figure_before_the_comparison_stays() -> None:
    body = ("In 2021, Australia was the third-largest investor in Vietnam, with capital of US$2.1 billion, behind only "
            "Japan, which poured in US$4.5 billion.")
    figures = _figures(body, VIETNAM)
    assert ("investment", 2_100_000_000, "USD", "2021") in figures
    assert not [f for f in figures if f[1] == 4_500_000_000]


def test_an_amount_sent_to_a_third_country_after_the_comparison_is_not_the_pairs() -> None:
    body = ("Vietnamese exports to Australia came to $7.9 billion in 2022, just behind the $8.2 billion sold to "
            "Canada, official figures showed.")
    figures = _figures(body, VIETNAM)
    assert ("exports", 7_900_000_000, "USD", "2022") in figures
    assert not [f for f in figures if f[1] == 8_200_000_000]


def test_a_clause_of_the_other_of_the_pair_compared_with_stays() -> None:
    body = ("Among Chile's Asian markets, China comes first, ahead of South Korea, which bought $6.4 billion of "
            "Chilean goods in 2022.")
    assert [f for f in _figures(body, CHILE) if f[1:] == (6_400_000_000, "USD", "2022")]


def test_colombian_pesos_written_cop_with_a_scale_are_read() -> None:
    body = ("Mexican direct investment in Colombia between January and September 2020 reached COP 2.7 trillion, "
            "according to the Banco de la República.")
    assert ("investment", 2_700_000_000_000, "COP", "2020-01/2020-09") in _figures(body, COLOMBIA)


def test_the_cop_summit_is_no_money() -> None:
    assert find_money("Ministers met at COP 16 in Cali and at COP28 in Dubai.") == []
