"""An amount trade is to be pushed above (or beyond, past, over) by a year to come is a target, as one it is pushed
to: `agreed to push two-way trade above $50 billion by 2030, from $46.2 billion last year`."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_trade_pushed_above_an_amount_by_a_year_is_a_target() -> None:
    figures = _figures(article("r15_trade_1_reuters.txt"))
    assert ("target", 50e9, "USD", "2030") in figures
    assert ("total_trade", 46.2e9, "USD", "2024") in figures
    facts = written("The ministers pledged to lift bilateral trade beyond $20 billion by 2028.")
    assert _figures(facts) == [("target", 20e9, "USD", "2028")]
