"""Trade figures, round 45: `that year` refers back to the year of the figures before, as `the same year` does (not
`since that year`); Peru's sol signed `S/.` is read, its full stop ending no sentence; a period opening the sentence
dates the amount of its clause over a year of a comparison told after it; trade with a third country, an apposition
between it and its verb, is not the pair's, nor is one side's trade with `republics`; a rise expected `to more than`
an amount within some years is a target for the year that many years after publication."""
from __future__ import annotations

from bot.core.sentences import split_sentences
from extraction_support import written

CHILE = ("Chile", "Japan")
PERU = ("Peru", "Mexico")
UZBEKISTAN = ("Uzbekistan", "South Korea")
KENYA = ("Kenya", "Egypt")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_that_year_takes_the_year_of_the_figure_before() -> None:
    body = ("Two-way trade between Chile and Japan was worth $9.4 billion in 2021, customs data show. Chilean shipments "
            "to Japan came to $6.8 billion that year, while imports from Japan amounted to $2.6 billion.")
    figures = _figures(body, CHILE)
    assert ("exports", 6_800_000_000, "USD", "2021") in figures
    assert ("imports", 2_600_000_000, "USD", "2021") in figures


def test_since_that_year_is_no_year_referred_back_to() -> None:
    body = ("Two-way trade between Chile and Japan was worth $9.4 billion in 2021. Since that year Chilean exports to "
            "Japan have added up to $20 billion.")
    assert not [f for f in _figures(body, CHILE) if f[1] == 20_000_000_000 and f[3] == "2021"]


def test_the_sol_signed_with_a_full_stop_is_read() -> None:
    body = "Peruvian exports to Mexico climbed to S/. 1,250 million (US$ 330 million) in 2012, officials said."
    assert ("exports", 1_250_000_000, "PEN", "2012") in _figures(body, PERU)
    assert split_sentences("Exports reached S/. 90 million last year. Imports fell.") == [
        "Exports reached S/. 90 million last year.", "Imports fell."]


def test_an_opening_period_rules_over_a_year_compared_with() -> None:
    body = "In 2019, trade between Chile and Japan stood at $8.1 billion, well short of the 2014 record."
    assert ("total_trade", 8_100_000_000, "USD", "2019") in _figures(body, CHILE)


def test_a_later_clause_keeps_its_own_year() -> None:
    body = "In 2019, trade between Chile and Japan stood at $8.1 billion, and it climbed to $9.3 billion in 2022."
    figures = _figures(body, CHILE)
    assert ("total_trade", 8_100_000_000, "USD", "2019") in figures
    assert ("total_trade", 9_300_000_000, "USD", "2022") in figures


def test_trade_with_a_third_country_past_an_apposition_is_not_the_pairs() -> None:
    body = ("Seoul is not Tashkent's only friend: trade with Russia, Uzbekistan's main destination for migrant workers, "
            "was $9.8 billion last year, while South Korea's trade with the five Central Asian republics reached $6 "
            "billion.")
    assert _figures(body, UZBEKISTAN) == []


def test_trade_with_the_other_of_the_pair_past_an_apposition_is_kept() -> None:
    body = "Trade with South Korea, Uzbekistan's fifth-largest partner, was $2.1 billion last year."
    assert ("total_trade", 2_100_000_000, "USD", "2024") in _figures(body, UZBEKISTAN)


def test_a_rise_to_more_than_an_amount_within_years_is_a_target() -> None:
    body = "The new partnership is expected to raise bilateral trade to more than $5 billion within four years."
    assert ("target", 5_000_000_000, "USD", "2029") in _figures(body, KENYA)


def test_a_rise_that_happened_to_more_than_an_amount_is_no_target() -> None:
    body = "Bilateral trade rose 12% to more than $5 billion last year."
    assert _figures(body, KENYA) == [("total_trade", 5_000_000_000, "USD", "2024")]
