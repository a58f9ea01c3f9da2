"""Agreements and trade figures, round 22: an instrument `agreed on` or `agreed upon` is one the parties settled (not
`agreed on the need`, a roadmap, nor one denied); what an instrument does, told by a participle after it, is its field
(`an agreement abolishing visa requirements`); one MoU named beside another kind of instrument with a field in the same
sentence is an entry of its own (several MoUs share the field); a year is no field, and the date said right after one
of several instruments is its own (`a cultural exchange agreement in 1961, and a border trade protocol in 1999`). A
currency swap's amount is no trade; `a record high ($80 million)` is the figure, not a listed item; a forecast with no
year of its own takes the quarter said right after it; a stock as of a month is of that month's year (articles
r22_agreements_1_gulftimes.txt, r22_agreements_2_thehindu.txt, r22_agreements_3_namibian.txt,
r20_agreements_3_dailynewsegypt.txt, r15_events_2_bernama.txt and short texts)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str]]:
    return [(a.kind, a.domains, a.date, a.status) for a in facts.agreements if a.kind != "council"]


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_an_instrument_agreed_on_is_settled() -> None:
    assert ("agreement", ["currency swap line"], "2024-10-14", "signed") in \
        _entries(article("r22_agreements_1_gulftimes.txt"))
    assert ("agreement", ["currency swap line"], "2023-07-26", "signed") in \
        _entries(article("r20_agreements_3_dailynewsegypt.txt"))
    facts = written("The central banks of Chile and Peru agreed upon a bilateral currency swap facility worth 3 billion "
                    "yuan.", pair=PAIR, lede=LEDE)
    assert [(kind, domains, status) for kind, domains, _, status in _entries(facts)] == \
        [("agreement", ["currency swap facility"], "signed")]
    assert written("Chile and Peru have not agreed on a fisheries agreement.", pair=PAIR, lede=LEDE).agreements == []
    assert written("Chile and Peru agreed on a road map to open a border post.", pair=PAIR, lede=LEDE).agreements == []
    facts = written("Chile and Peru agreed on the need to sign an agreement on fisheries.", pair=PAIR, lede=LEDE)
    assert [status for _, _, _, status in _entries(facts)] == ["planned"]
    facts = written("Chile and Peru have agreed on an MoU on energy cooperation, to be signed in April.", pair=PAIR,
                    lede=LEDE)
    assert _entries(facts) == [("mou", ["energy cooperation"], None, "planned")]  # agreed on, its signing to come


def test_what_an_instrument_does_is_its_field() -> None:
    assert ("agreement", ["abolishing visa requirements"], "2024-10-14", "signed") in \
        _entries(article("r22_agreements_1_gulftimes.txt"))
    assert ("agreement", ["eliminating double taxation"], "2025-03-03", "signed") in \
        _entries(article("r22_agreements_3_namibian.txt"))
    facts = written("Chile and Peru signed a treaty waiving visa requirements for diplomats and an MoU on mining.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, domains) for kind, domains, _, _ in _entries(facts)] == \
        [("agreement", ["waiving visa requirements for diplomats"]), ("mou", ["mining"])]


def test_one_mou_beside_an_instrument_with_a_field_is_its_own() -> None:
    entries = _entries(article("r22_agreements_1_gulftimes.txt"))
    assert ("mou", [], "2024-10-14", "signed") in entries
    assert ("agreement", ["agriculture"], "2024-10-14", "signed") in entries
    facts = written("Chile and Peru exchanged a memorandum of understanding and a protocol on fisheries.", pair=PAIR,
                    lede=LEDE)
    assert [(kind, domains) for kind, domains, _, _ in _entries(facts)] == [("mou", []), ("agreement", ["fisheries"])]
    # several MoUs share the field of the instrument named with them
    assert all(domains for _, domains, _, _ in _entries(article("r15_events_2_bernama.txt")))


def test_the_date_right_after_one_of_several_instruments_is_its_own() -> None:
    entries = _entries(article("r22_agreements_2_thehindu.txt"))
    assert ("agreement", ["cultural exchange"], "1961", "signed") in entries
    assert ("agreement", ["border trade"], "1999", "signed") in entries
    facts = written("Chile and Peru signed a fisheries accord in 1952 and a customs protocol in 1968.", pair=PAIR,
                    lede=LEDE)
    assert [(domains, date) for _, domains, date, _ in _entries(facts)] == [(["fisheries"], "1952"),
                                                                           (["customs"], "1968")]
    facts = written("Chile and Peru signed a border treaty in 1885.", pair=PAIR, lede=LEDE)
    assert [(domains, date) for _, domains, date, _ in _entries(facts)] == [(["border"], "1885")]  # a year is no field


def test_a_currency_swap_is_no_trade() -> None:
    assert all(value != 500e6 for _, value, _, _ in _figures(article("r22_agreements_2_thehindu.txt")))
    facts = written("The central banks of Chile and Peru renewed a currency swap arrangement of $700 million to support "
                    "bilateral trade.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == []


def test_a_record_high_in_brackets_is_the_figure() -> None:
    assert ("exports", 80e6, "USD", "2024") in _figures(article("r22_agreements_2_thehindu.txt"))
    facts = written("Chilean imports from Peru hit an all-time high ($95 million) last year.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("imports", 95e6, "USD", "2024")]


def test_a_forecast_for_a_quarter_has_its_months() -> None:
    assert ("target", 150e6, "USD", "2025-01/2025-03") in _figures(article("r22_agreements_1_gulftimes.txt"))
    facts = written("Bilateral trade is projected to hit $210 million in the third quarter of 2025, the ministry said.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("target", 210e6, "USD", "2025-07/2025-09")]


def test_a_stock_as_of_a_month_is_of_its_year() -> None:
    assert ("investment", 1.2e9, "USD", "2024") in _figures(article("r22_agreements_1_gulftimes.txt"))
    assert ("investment", 320e6, "USD", "2025") in _figures(article("r22_agreements_2_thehindu.txt"))
    facts = written("Chilean investment in Peru amounted to $640 million as at September 2024, the central bank said.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("investment", 640e6, "USD", "2024")]
    facts = written("Chilean exports to Peru rose to $40 million in September 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 40e6, "USD", "2024-09")]  # a month's flow keeps its month


def test_two_amounts_under_two_years_are_one_of_each() -> None:
    figures = _figures(article("r22_agreements_4_kuensel.txt"))
    assert ("exports", 4.51e9, "BTN", "2023") in figures and ("exports", 5.1e9, "BTN", "2024") in figures
    assert ("imports", 1.21e9, "BTN", "2023") in figures and ("imports", 1.38e9, "BTN", "2024") in figures
    facts = written("Chile-Peru trade, 2022 / 2023: $1.2 billion / $1.4 billion.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 1.2e9, "USD", "2022"), ("total_trade", 1.4e9, "USD", "2023")]
    facts = written("Trade between the two countries stood at $3.1 billion in 2023/2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 3.1e9, "USD", "2023-04/2024-03")]  # a fiscal year stays one


def test_bhutan_s_ngultrum_is_money() -> None:
    assert ("total_trade", 6.48e9, "BTN", "2024") in _figures(article("r22_agreements_4_kuensel.txt"))
    facts = written("Bhutan's imports from India came to Nu.96.2 billion last year.", pair=("Bhutan", "India"),
                    lede="Bhutan and India held talks in Thimphu on Monday.")
    assert _figures(facts) == [("imports", 96.2e9, "BTN", "2024")]


def test_what_the_signing_did_ends_the_list_of_fields() -> None:
    entries = _entries(article("r22_agreements_3_namibian.txt"))
    assert ("agreement", ["joint management of the Chobe river"], "2025-03-03", "signed") in entries
    assert not any(domains == ["ending years of talks"] for _, domains, _, _ in entries)
    facts = written("Chile and Peru yesterday signed a treaty on the shared use of the Lauca river, capping a decade of "
                    "negotiations.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["shared use of the Lauca river"]]


def test_a_stock_as_at_end_of_a_month_is_of_its_year() -> None:
    assert ("investment", 1.4e9, "USD", "2025") in _figures(article("r22_agreements_5_vanguard.txt"))
    facts = written("Chilean investment in Peru was estimated at $900 million as at end of June 2024.", pair=PAIR,
                    lede=LEDE)
    assert _figures(facts) == [("investment", 900e6, "USD", "2024")]


def test_trade_expected_to_touch_an_amount_is_a_target() -> None:
    assert ("target", 140e6, "USD", "2026-04/2026-06") in _figures(article("r22_agreements_2_thehindu.txt"))
    facts = written("Chilean exports to Peru are expected to touch $300 million next year.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("target", 300e6, "USD", "2026")]
    facts = written("Chilean exports to Peru rose 12 percent to touch $140 million in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 140e6, "USD", "2024")]  # what a figure grew to is no target


def test_an_instrument_agreed_on_at_the_talks_takes_their_day() -> None:
    assert ("agreement", ["currency swap"], "2025-07-08", "signed") in \
        _entries(article("r22_agreements_2_thehindu.txt"))
    facts = written("Chile and Peru agreed on a framework agreement on economic cooperation.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["economic cooperation"], "2025-03-10", "signed")]


def test_a_move_up_the_ranking_ranks_its_subject() -> None:
    rankings = article("r22_agreements_5_vanguard.txt").rankings
    assert [(r.subject, r.rank, r.role, r.scope, r.year) for r in rankings] == \
        [("Morocco", 5, "export market", "Africa", "2024")]
    facts = written("Peru slipped to fourth among Chile's trading partners in 2023.", pair=PAIR, lede=LEDE)
    assert [(r.subject, r.rank, r.role, r.year) for r in facts.rankings] == [("Peru", 4, "trading partner", "2023")]
    facts = written("Peru climbed to sixth position among Chile's export markets in 2024.", pair=PAIR, lede=LEDE)
    assert [(r.subject, r.rank, r.role, r.year) for r in facts.rankings] == [("Peru", 6, "export market", "2024")]


def test_an_instrument_sealed_or_penned_at_the_talks_takes_their_day() -> None:
    entries = _entries(article("r22_agreements_3_namibian.txt"))
    assert ("agreement", ["cross-border tourism in the Kavango-Zambezi area"], "2025-03-03", "signed") in entries
    facts = written("The two countries penned a deal on the joint exploration of lithium.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["joint exploration of lithium"], "2025-03-10", "signed")]


def test_a_forecast_is_a_target_for_the_months_to_come() -> None:
    assert ("target", 1.9e9, "NAD", "2025-01/2025-03") in _figures(article("r22_agreements_3_namibian.txt"))
    facts = written("Trade in the second quarter of 2025 is projected at $500 million.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("target", 500e6, "USD", "2025-04/2025-06")]
    facts = written("Bilateral trade is expected to hit $500 million in the April-June quarter.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("target", 500e6, "USD", "2025-04/2025-06")]  # not the quarter over a year ago
    facts = written("Bilateral trade, which was $300 million in the first quarter, is expected to reach $1.5 billion.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts)[1] == ("target", 1.5e9, "USD", None)  # the quarter is the actual figure's


def test_a_billion_and_half_a_billion_in_words_are_money() -> None:
    assert ("target", 500e6, "USD", "2030") in _figures(article("r22_agreements_4_kuensel.txt"))
    facts = written("Bilateral trade reached a billion dollars in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 1e9, "USD", "2024")]
    facts = written("Bilateral trade reached one point two billion dollars in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == []  # not two billion
