"""Trade figures, round 53: the dollars of the Pacific, Belize, Barbados, Guyana and Zimbabwe (`FJ$`, `SI$`, `T$`,
`WS$`, `BZ$`, `Bds$`, `G$`, `Z$`) and the codes `RSD`, `MVR`; an amount whose own clause names no country goes on from
the pair's figure just before (`In 2024 it amounted to ...`), though a later clause names one side; a share of the
pair's trade given `, of which X exports accounted for` is the pair's exports."""
from __future__ import annotations

from bot.core.money import find_money
from extraction_support import written

GHANA = ("Ghana", "Chile")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _signed(text: str) -> list[tuple[float, str]]:
    return [(money.value, money.currency) for money in find_money(text)]


def test_the_signed_dollars_of_small_states_are_their_own() -> None:
    assert _signed("worth FJ$64.2 million and SI$12 million") == [(64.2e6, "FJD"), (12e6, "SBD")]
    assert _signed("T$9 million, WS$31m, BZ$75 million") == [(9e6, "TOP"), (31e6, "WST"), (75e6, "BZD")]
    assert _signed("Bds$1.4 billion, G$3 billion and Z$2m") == [(1.4e9, "BBD"), (3e9, "GYD"), (2e6, "ZWL")]
    assert _signed("RSD 410 million and MVR 2.3 billion") == [(410e6, "RSD"), (2.3e9, "MVR")]


def test_a_headline_top_or_a_bare_sign_letter_is_no_currency() -> None:
    assert _signed("TOP 20 exporters") == []
    assert _signed("Australia's $5 billion") == [(5e9, "USD")]
    assert _signed("TOP 3 billion") == [(3e9, "TOP")]


def test_a_fijian_trade_figure_keeps_its_dollar() -> None:
    body = "Bilateral trade between the two countries stood at FJ$64.2 million in 2023, officials said."
    assert _figures(body, ("Fiji", "Japan")) == [("total_trade", 64.2e6, "FJD", "2023")]


def test_an_it_sentence_after_the_pairs_figure_is_theirs_though_a_later_clause_names_one_side() -> None:
    body = ("Trade between the two countries reached $204.5 million in 2023, the ministry said. In January-March 2024 "
            "it amounted to $61.3 million, of which Ghanaian exports accounted for $22.7 million.")
    assert _figures(body, GHANA) == [("total_trade", 204.5e6, "USD", "2023"),
                                     ("total_trade", 61.3e6, "USD", "2024-01/2024-03"),
                                     ("exports", 22.7e6, "USD", "2024-01/2024-03")]


def test_an_it_sentence_naming_a_third_country_in_its_own_clause_is_not_the_pairs() -> None:
    body = ("Trade between the two countries reached $204.5 million in 2023, the ministry said. In January-March 2024 "
            "it amounted to $61.3 million with Peru, and Ghanaian exports rose.")
    assert _figures(body, GHANA) == [("total_trade", 204.5e6, "USD", "2023")]


def test_one_sides_exports_without_of_which_stay_its_trade_with_the_world() -> None:
    body = ("Ghana held a trade fair in Accra on Monday. In 2024, Ghanaian exports accounted for $17.1 billion, the "
            "statistics office said.")
    assert _figures(body, GHANA) == []
