"""Trade figures, round 48: Brazil's shortened scales after a signed amount (`R$ 3,2 bi`, `US$ 450 mi`, `R$ 1 tri`)
are read, but only there; Mongolia's tugrik signed `₮` is read; one country's trade with `the rest of` a region is
not the pair's."""
from __future__ import annotations

from bot.core.money import find_money
from extraction_support import written

BRAZIL = ("Brazil", "Chile")
MONGOLIA = ("Mongolia", "Japan")
KENYA = ("Kenya", "Uganda")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_brazilian_short_scales_after_a_sign_are_read() -> None:
    assert [(m.value, m.currency) for m in find_money("aportes de R$ 3,2 bi e US$ 450 mi")] == [
        (3_200_000_000, "BRL"), (450_000_000, "USD")]
    assert [(m.value, m.currency) for m in find_money("a fund of R$ 1 tri")] == [(1_000_000_000_000, "BRL")]


def test_brazilian_short_scales_make_an_investment_figure() -> None:
    body = "Chilean companies invested R$ 5.7 bi in Brazil in 2021, the Brazilian central bank said."
    assert ("investment", 5_700_000_000, "BRL", "2021") in _figures(body, BRAZIL)


def test_short_scales_are_no_scale_after_other_signs_nor_as_words() -> None:
    assert [(m.value, m.currency) for m in find_money("a grant of € 4 mi")] == [(4, "EUR")]
    assert [(m.value, m.currency) for m in find_money("paid $6 bi-monthly")] == [(6, "USD")]
    assert [(m.value, m.currency) for m in find_money("R$ 9 Bi")] == [(9, "BRL")]


def test_the_tugrik_sign_is_read() -> None:
    body = "Last year, Japanese firms registered new investment projects worth ₮ 650 billion in Mongolia."
    assert ("investment", 650_000_000_000, "MNT", "2024") in _figures(body, MONGOLIA)


def test_exports_to_the_rest_of_a_region_are_not_the_pairs() -> None:
    body = ("Kenya's exports to Uganda reached Sh95bn in 2023. Of Kenya's Sh240bn in exports to the rest of the "
            "continent that year, Uganda took the largest share.")
    figures = _figures(body, KENYA)
    assert ("exports", 95_000_000_000, "KES", "2023") in figures
    assert not [f for f in figures if f[1] == 240_000_000_000]


def test_trade_with_the_rest_of_the_region_before_the_amount_is_not_the_pairs() -> None:
    body = "Kenya's trade with the rest of East Africa came to Sh410bn in 2023, while Uganda remained its top market."
    assert not [f for f in _figures(body, KENYA) if f[1] == 410_000_000_000]


def test_exports_to_the_partner_near_a_rest_of_aside_stay() -> None:
    body = ("Kenya's exports to Uganda reached Sh130bn in 2023, more than it sold to the rest of the region "
            "combined.")
    assert ("exports", 130_000_000_000, "KES", "2023") in _figures(body, KENYA)
