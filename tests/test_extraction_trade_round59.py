"""Trade figures, round 59: a third country's own trade with one of the pair (`By comparison, Peru's trade with
Korea topped $8bn`) is no figure of the pair, however the sentence names the pair elsewhere; a figure whose only year
is the base of its change (`up 25 percent compared to 2022`) takes the period of the figures just before."""
from __future__ import annotations

from extraction_support import written


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_third_countrys_trade_with_one_of_the_pair_is_not_the_pairs() -> None:
    body = ("By comparison, Peru's trade with Korea topped US$8bn in 2022, helped by the two countries' free trade "
            "agreement.")
    assert _figures(body, ("Ecuador", "South Korea")) == []
    body = ("By contrast, Vietnam's total exports to Kenya reached $400 million in 2023, lifted by a bilateral "
            "shipping deal.")
    assert _figures(body, ("Tanzania", "Kenya")) == []


def test_one_of_the_pairs_own_trade_stays_the_pairs() -> None:
    body = "Ecuador's trade with Korea topped US$1.1bn in 2022, helped by the two countries' strategic agreement."
    assert _figures(body, ("Ecuador", "South Korea")) == [("total_trade", 1.1e9, "USD", "2022")]


def test_a_change_on_a_base_year_takes_the_period_before() -> None:
    body = ("Trade between Ghana and Qatar reached $90 million in 2023. Ghana's exports to Qatar, mainly cocoa and "
            "fruit, were worth $40 million, an increase of 25 percent compared to 2022.")
    assert ("exports", 40e6, "USD", "2023") in _figures(body, ("Ghana", "Qatar"))


def test_a_change_on_a_base_year_with_no_period_before_gets_none() -> None:
    body = "Ghana's exports to Qatar were worth $40 million, an increase of 25 percent compared to 2022."
    assert _figures(body, ("Ghana", "Qatar")) == [("exports", 40e6, "USD", None)]
