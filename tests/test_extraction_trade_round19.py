"""Trade figures, round 19: goods or a project listed as part of a figure (`including two ships worth $155 million`,
`led by petroleum products worth $5.1 billion`, `including a $2 billion port project`, `citrus fruit ($610 million)`,
`with soybeans and corn accounting for 2.3 billion USD`) are not figures of their own, while exports that `made up` a
total are (`up` before the amount is no change); a measure said right after an amount (`$2 billion in imports`) is its
measure whatever word comes before; an amount to reach by a year after publication's is a target with no verb of
reaching before it; a figure `against a target of` an amount is no target, and gives the target its period;
`Minister of ... Foreign Trade` is a title, not a world total; a quarter named by its last month
(`the December quarter`) and the one before it (`in the previous quarter`) are periods; `destination for Turkish
exports` ranks an export destination, and `making the kingdom the second largest Arab investor` ranks the kingdom
(articles r19_trade_1_caspiannews.txt, r19_trade_2_thenews.txt, r19_trade_3_sggp.txt, r19_trade_4_dailynewsegypt.txt
and short texts)."""
from __future__ import annotations

from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _figures(facts):  # type: ignore[no-untyped-def]
    return [(f.metric, round(f.value / 1e6), f.currency, f.period) for f in facts.trade_figures]


def test_goods_or_a_project_listed_in_a_figure_are_not_figures_of_their_own() -> None:
    values = {name: {value for _, value, _, _ in _figures(article(name))}
              for name in ("r19_trade_1_caspiannews.txt", "r19_trade_2_thenews.txt", "r19_trade_3_sggp.txt",
                           "r19_trade_4_dailynewsegypt.txt")}
    assert values["r19_trade_1_caspiannews.txt"].isdisjoint({210, 640, 380})
    assert 3100 in values["r19_trade_1_caspiannews.txt"]
    assert 310 not in values["r19_trade_2_thenews.txt"] and 865 in values["r19_trade_2_thenews.txt"]
    assert values["r19_trade_3_sggp.txt"].isdisjoint({620, 300}) and 1200 in values["r19_trade_3_sggp.txt"]
    assert 5100 not in values["r19_trade_4_dailynewsegypt.txt"] and 8400 in values["r19_trade_4_dailynewsegypt.txt"]
    facts = written("Chile's exports to Peru rose to $3.4 billion in 2024, including copper cathodes worth $1.1 billion "
                    "and wine valued at $90 million.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3400, "USD", "2024")]
    facts = written("Chilean investment in Peru reached $21 billion in 2024, including a $2 billion port project.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("investment", 21000, "USD", "2024")]
    assert values["r19_trade_4_dailynewsegypt.txt"].isdisjoint({610, 340, 120})
    facts = written("Chile's main exports to Peru in 2024 were copper ($1.1 billion), fruit (about $400 million) and "
                    "wine ($90 million).", pair=PAIR, lede=LEDE)
    assert _figures(facts) == []
    facts = written("Chile's exports to the kingdom ($3.4 billion) and bilateral trade (US$5.6 billion) rose in 2024, "
                    "as they had the year before ($5 billion).", pair=("Chile", "Saudi Arabia"),
                    lede="Chile and Saudi Arabia held talks.")
    assert [value for _, value, _, _ in _figures(facts)] == [3400, 5600, 5000]
    # an amount of a measure of trade after `including` is still a figure
    facts = written("Trade between Chile and Peru reached $5 billion in 2024, including $3 billion of Chilean exports.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 5000, "USD", "2024"), ("exports", 3000, "USD", "2024")]


def test_a_measure_said_right_after_an_amount_is_its_measure() -> None:
    assert ("imports", 105, "USD", "2025") in _figures(article("r19_trade_2_thenews.txt"))
    facts = written("In 2024, Chile recorded $3 billion in exports to Peru and $2 billion of imports from Peru.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3000, "USD", "2024"), ("imports", 2000, "USD", "2024")]
    # a whole the amount is part of is not its measure
    facts = written("Chile's exports to Peru were $3 billion of total trade in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3000, "USD", "2024")]
    # nor a noun the measure qualifies
    facts = written("In 2024, Chilean firms invested $2 billion in trade infrastructure in Peru.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("investment", 2000, "USD", "2024")]
    # a target before the amount stays a target
    facts = written("Chile and Peru set a target of $10 billion in trade by 2030.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("target", 10000, "USD", "2030")]


def test_an_amount_to_reach_by_a_later_year_is_a_target() -> None:
    figures = _figures(article("r19_trade_1_caspiannews.txt"))
    assert ("target", 15000, "USD", "2030") in figures and ("total_trade", 15000, "USD", "2030") not in figures
    facts = written("Chile and Peru agreed to boost trade, which reached $5.6 billion last year, to $10 billion by "
                    "2030.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 5600, "USD", "2024"), ("target", 10000, "USD", "2030")]
    # a year already reached is no deadline
    facts = written("Trade between Chile and Peru had grown to $5.6 billion by 2024.", pair=PAIR, lede=LEDE)
    assert [metric for metric, _, _, _ in _figures(facts)] == ["total_trade"]


def test_a_title_naming_foreign_trade_is_not_a_world_total() -> None:
    assert ("target", 30000, "USD", "2030") in _figures(article("r19_trade_4_dailynewsegypt.txt"))
    facts = written("Peru's Minister of Foreign Trade and Tourism said trade between the two countries reached $5.6 "
                    "billion in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 5600, "USD", "2024")]
    facts = written("Peru's foreign trade reached $150 billion in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == []


def test_a_quarter_named_by_its_last_month_and_the_quarter_before() -> None:
    figures = _figures(article("r19_trade_3_sggp.txt"))
    assert ("total_trade", 2200, "USD", "2026-04/2026-06") in figures
    assert ("total_trade", 2100, "USD", "2026-01/2026-03") in figures
    facts = written("Trade between Chile and Peru totalled $1.2 billion in the December quarter, up from $1.1 billion "
                    "a quarter earlier.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 1200, "USD", "2024-10/2024-12"),
                               ("total_trade", 1100, "USD", "2024-07/2024-09")]


def test_a_destination_for_exports_is_an_export_destination() -> None:
    rankings = [(r.subject, r.rank, r.role) for r in article("r19_trade_1_caspiannews.txt").rankings]
    assert ("Kazakhstan", 8, "export destination") in rankings
    facts = written("Peru is the fourth-largest destination for Chilean exports.", pair=PAIR, lede=LEDE)
    assert [(r.subject, r.rank, r.role) for r in facts.rankings] == [("Peru", 4, "export destination")]


def test_a_share_of_goods_is_an_item_and_one_of_exports_a_figure() -> None:
    figures = _figures(article("r19_trade_3_sggp.txt"))
    assert ("exports", 3600, "USD", "2025") in figures and ("exports", 4500, "USD", "2025") in figures
    assert 2300 not in {value for _, value, _, _ in figures}
    facts = written("Chile's exports to Peru reached $3.4 billion in 2024, with copper accounting for $1.1 billion.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3400, "USD", "2024")]
    facts = written("Trade between Chile and Peru reached $5.6 billion in 2024, with Chilean exports making up $3.4 "
                    "billion.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 5600, "USD", "2024"), ("exports", 3400, "USD", "2024")]
    # a country's share of a measure, and a subject of exports set off by commas, are still figures
    facts = written("In 2024, Peru accounted for $3 billion of Chile's exports.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3000, "USD", "2024")]
    facts = written("Trade between Chile and Peru reached $5.6 billion in 2024. Chilean exports to Peru, mainly copper, "
                    "fruit and wine, accounted for about $3.4 billion of the total.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 5600, "USD", "2024"), ("exports", 3400, "USD", "2024")]


def test_the_party_made_a_ranked_one_by_a_common_noun_with_no_possessive_after_it() -> None:
    rankings = [(r.subject, r.rank, r.role) for r in article("r19_trade_4_dailynewsegypt.txt").rankings]
    assert ("Saudi Arabia", 2, "investor") in rankings
    facts = written("Chilean investment in Peru reached $21 billion, making the country the third largest investor in "
                    "Peru.", pair=PAIR, lede=LEDE)
    assert [(r.subject, r.rank, r.role) for r in facts.rankings] == [("Chile", 3, "investor")]


def test_a_figure_measured_against_a_target_is_no_target_and_gives_the_target_its_period() -> None:
    figures = _figures(article("r19_trade_2_thenews.txt"))
    assert ("target", 1200, "USD", "2024-07/2025-06") in figures
    assert not [figure for figure in figures if figure[:2] == ("target", 865)]
    facts = written("Trade between Chile and Peru was $5.6 billion in 2024 against a target of $6 billion.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 5600, "USD", "2024"), ("target", 6000, "USD", "2024")]
