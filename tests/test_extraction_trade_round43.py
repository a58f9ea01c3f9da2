"""Trade figures, round 43: `in that period` refers back to the period of the figures before, as `in the same
period` does, and a target's deadline told before them is no such period; one country's trade with a trade bloc
(`Vietnam's trade with Mercosur`) is a group's, not the pair's, unless the bloc is one of the pair; a target denied
(`although neither side has set a formal target`) does not make economists' forecast an aim."""
from __future__ import annotations

from extraction_support import written

KENYA = ("Kenya", "Japan")
VIETNAM = ("Vietnam", "Brazil")
CHILE = ("Chile", "South Korea")
GERMANY = ("Germany", "Mexico")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_in_that_period_takes_the_period_of_the_figure_before() -> None:
    body = ("The two sides set a bilateral trade target of $5 billion by 2028.\n\n"
            "Bilateral trade reached $2.1 billion in 2023, according to customs data. Kenya's exports to Japan were "
            "worth $300 million in that period, while imports from Japan totalled $1.8 billion.")
    figures = _figures(body, KENYA)
    assert ("exports", 300_000_000, "USD", "2023") in figures
    assert ("imports", 1_800_000_000, "USD", "2023") in figures


def test_a_target_deadline_is_not_the_period_referred_back_to() -> None:
    body = ("Bilateral trade reached $2.1 billion in the first half of 2024. Officials set a target of $5 billion by "
            "2028. Kenya's exports to Japan were worth $300 million during the period.")
    assert ("exports", 300_000_000, "USD", "2024-01/2024-06") in _figures(body, KENYA)


def test_trade_with_a_bloc_is_not_the_pairs() -> None:
    body = ("Bilateral trade reached $4.2 billion in 2023. Vietnam's total trade with Mercosur as a whole stood at $9 "
            "billion.")
    figures = _figures(body, VIETNAM)
    assert ("total_trade", 4_200_000_000, "USD", "2023") in figures
    assert not [f for f in figures if f[1] == 9_000_000_000]
    body = ("Bilateral trade reached $6.5 billion in 2023. Chile's exports to the Gulf Cooperation Council reached "
            "$700 million.")
    assert not [f for f in _figures(body, CHILE) if f[1] == 700_000_000]


def test_trade_with_a_bloc_of_the_pair_or_a_country_is_kept() -> None:
    facts = written("Mexico's trade with the European Union reached €80 billion in 2023.", ("Mexico", "European Union"),
                    "Mexico and the European Union held talks.")
    assert ("total_trade", 80_000_000_000, "EUR", "2023") in [(f.metric, f.value, f.currency, f.period)
                                                              for f in facts.trade_figures]
    assert ("exports", 700_000_000, "USD", "2023") in _figures(
        "Chile's exports to South Korea reached $700 million in 2023.", CHILE)


def test_a_denied_target_does_not_make_a_forecast_an_aim() -> None:
    body = ("Some analysts estimate that bilateral trade could exceed €20 billion this year, although neither "
            "government has set a formal target.")
    assert not [f for f in _figures(body, GERMANY) if f[0] == "target"]
    body = "Economists expect trade to reach €20 billion next year; there is no official target."
    assert not [f for f in _figures(body, GERMANY) if f[0] == "target"]


def test_a_target_told_still_makes_a_forecast_reported_an_aim() -> None:
    body = ("Economists expect bilateral trade to reach €20 billion by 2027, the target the two governments set "
            "last year.")
    assert [f for f in _figures(body, GERMANY) if f[0] == "target"]
