"""Goods that went one way, said by a verb of selling or buying rather than `exports` or `imports`: `Vietnam supplied
rice worth $2.0 billion to the Philippines`, `China bought A$219 billion worth of Australian goods`; a fleet or a stake
sold is a deal, no trade."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_goods_supplied_shipped_sold_or_bought_are_exports_or_imports() -> None:
    assert ("exports", 2e9, "USD", "2023") in _figures(article("r10_pairs_1_reuters.txt"))
    assert ("imports", 219e9, "AUD", "2023") in _figures(article("reuters_china_australia.txt"))
    facts = written("Malaysia shipped palm oil worth RM3.2 billion to Türkiye in 2024.", pair=("Malaysia", "Türkiye"),
                    lede="Malaysia and Türkiye held talks in Ankara.")
    assert _figures(facts) == [("exports", 3.2e9, "MYR", "2024")]
    facts = written("Chile sold goods worth $1.5 billion to Peru last year.", pair=("Chile", "Peru"),
                    lede="Chile and Peru held talks in Lima.")
    assert _figures(facts) == [("exports", 1.5e9, "USD", "2024")]


def test_a_fleet_or_a_stake_sold_is_no_trade() -> None:
    facts = written("Türkiye sold 24 drones worth $1.1 billion to Malaysia in 2024, and a Malaysian fund bought a 20% "
                    "stake worth $300 million in a Turkish port.", pair=("Malaysia", "Türkiye"),
                    lede="Malaysia and Türkiye held talks in Ankara.")
    assert _figures(facts) == []


def test_a_name_with_global_in_it_is_no_world_total() -> None:
    assert ("total_trade", 1.7e9, "CAD", "2023") in _figures(article("r11_html_2_globeandmail.html"))
    facts = written("Two-way trade between Chile and Peru reached $4 billion in 2023, according to Global Trade Atlas.",
                    pair=("Chile", "Peru"), lede="Chile and Peru held talks in Lima.")
    assert _figures(facts) == [("total_trade", 4e9, "USD", "2023")]
    facts = written("Chile's global exports reached $100 billion in 2023, including $2 billion to Peru.",
                    pair=("Chile", "Peru"), lede="Chile and Peru held talks in Lima.")
    assert ("exports", 100e9, "USD", "2023") not in _figures(facts)
