"""Trade figures, round 42: one side named early in a long sentence still makes a later clause's amount the pair's
(`Peru's imports from Korea, mostly cars, ..., while Peruvian exports of copper and fruit were worth $1.5 billion`);
Zambia's kwacha signed `K` (`K19.8 billion`) is money when a scale word follows; a whole a figure of the same measure
is part of (`$1.6 billion of the $4.3 billion in investment pledges`) is all sides', not the pair's; bankers',
traders', experts' and observers' conjecture is no target, as analysts' is; a plan's or a budget's spending
(`a development plan which envisages spending of 30 billion dinars`) is no trade."""
from __future__ import annotations

from bot.core.money import find_money, local_currency
from extraction_support import written

PERU = ("Peru", "South Korea")
GHANA = ("Ghana", "Turkey")
ZAMBIA = ("Zambia", "China")
OMAN = ("Oman", "Pakistan")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_side_named_early_in_a_long_sentence_makes_a_later_clause_the_pairs() -> None:
    body = ("The two ministers agreed to work towards raising bilateral trade to $5 billion by 2030.\n\n"
            "Two-way trade stood at $2.4 billion in 2023, customs data show. Turkey's imports from Ghana, almost "
            "entirely cocoa beans, gold and other raw materials, accounted for $1.9 billion, while Turkish exports "
            "of steel, textiles, machinery and vehicles were worth $500 million.")
    assert ("exports", 500_000_000, "USD", "2023") in _figures(body, GHANA)
    body = ("The talks covered mining and fisheries.\n\nBilateral trade reached $3.2 billion in 2023. "
            "Korea's purchases from Peru, overwhelmingly copper concentrate, zinc and other ores, came to $2.4 "
            "billion, while Korean exports of cars, phones, machinery and steel were worth $800 million.")
    assert ("exports", 800_000_000, "USD", "2023") in _figures(body, PERU)


def test_a_clause_of_a_third_country_stays_no_figure_of_the_pair() -> None:
    body = ("The two ministers agreed to work towards raising bilateral trade to $5 billion by 2030.\n\n"
            "Two-way trade stood at $2.4 billion in 2023. Turkey's imports from Ghana, almost entirely cocoa beans, "
            "gold and other raw materials, accounted for $1.9 billion, while Turkish exports to Nigeria of steel, "
            "textiles and machinery were worth $700 million.")
    assert [f for f in _figures(body, GHANA) if f[1] == 700_000_000] == []


def test_the_kwacha_signed_k_with_a_scale_word_is_money() -> None:
    assert [(m.value, m.currency) for m in find_money("Zambia bought K4.2 billion worth of goods")] == \
        [(4_200_000_000, "ZMW")]
    assert _figures("Zambia bought K4.2 billion worth of goods from China in 2024, mostly machinery.", ZAMBIA) == \
        [("imports", 4_200_000_000, "ZMW", "2024")]


def test_a_k_without_a_scale_word_or_of_another_country_is_no_kwacha() -> None:
    assert not find_money("The K2 expedition and K9 units arrived; the K-12 schools reopened.")
    kina = find_money("Exports reached K3.1 billion")[0]
    assert local_currency(kina, ("Papua New Guinea", "Australia")) == "PGK"


def test_a_whole_a_figure_of_the_same_measure_is_part_of_is_no_figure_of_the_pair() -> None:
    assert _figures("Turkish investors accounted for about $600 million of the $2.8 billion in investment pledges "
                    "registered by the Ghana Investment Promotion Centre in 2023.", GHANA) == \
        [("investment", 600_000_000, "USD", "2023")]
    assert _figures("Korean companies invested $1.2 billion out of a total of $6 billion of foreign direct "
                    "investment in Peru in 2023.", PERU) == [("investment", 1_200_000_000, "USD", "2023")]


def test_a_whole_of_another_measure_or_told_the_pairs_stays_a_figure() -> None:
    assert _figures("Peru's exports to South Korea made up $2.4 billion of the $3.2 billion in two-way trade "
                    "in 2023.", PERU) == [("exports", 2_400_000_000, "USD", "2023"),
                                          ("total_trade", 3_200_000_000, "USD", "2023")]
    assert ("total_trade", 3_200_000_000, "USD", "2023") in _figures(
        "Trade worth $2.4 billion of the $3.2 billion in bilateral trade between Peru and South Korea in 2023 was "
        "copper.", PERU)


def test_bankers_traders_experts_and_observers_conjecture_is_no_target() -> None:
    assert _figures("Some Accra bankers privately suggest trade between Ghana and Turkey could top $5 billion within "
                    "a decade.", GHANA) == []
    assert _figures("Traders in Karachi expect trade between Oman and Pakistan to reach $3 billion in five years.",
                    OMAN) == []
    assert _figures("Experts say trade between Oman and Pakistan could exceed $3 billion in the next five years.",
                    OMAN) == []


def test_an_aim_bankers_report_or_an_officials_aim_stays_a_target() -> None:
    assert _figures("Bankers in Accra welcomed the goal of raising trade between Ghana and Turkey to $5 billion by "
                    "2030.", GHANA) == [("target", 5_000_000_000, "USD", "2030")]
    assert _figures("The two ministers agreed to raise bilateral trade to $3 billion by 2027.", OMAN) == \
        [("target", 3_000_000_000, "USD", "2027")]


def test_a_plans_spending_is_no_trade_target() -> None:
    assert _figures("Oman invited Pakistani companies to bid for contracts under its Vision 2040 plan, which "
                    "envisages spending of about 20 billion rials through 2030.", OMAN) == []
    assert _figures("Ghana's budget foresees public expenditure of $12 billion in 2025, and Turkish contractors hope "
                    "to win a share.", GHANA) == []


def test_a_trade_target_a_plan_envisages_stays_a_target() -> None:
    assert _figures("The joint plan envisages bilateral trade of $3 billion by 2027.", OMAN) == \
        [("target", 3_000_000_000, "USD", "2027")]
