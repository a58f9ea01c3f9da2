"""Trade figures, round 21: what a currency swap line, a credit line, a facility or an arrangement is worth is the
instrument's value, not trade (article r21_agreements_4_brecorder.txt and a short text)."""
from __future__ import annotations

from extraction_support import article, written


def test_the_worth_of_a_swap_line_or_credit_line_is_no_trade_figure() -> None:
    figures = [(f.metric, f.value, f.period) for f in article("r21_agreements_4_brecorder.txt").trade_figures]
    assert figures == [("total_trade", 149_000_000, "2022")]
    facts = written("The central banks of Indonesia and Vietnam signed a bilateral currency swap arrangement worth "
                    "$1.5 billion on Monday. Vietnam also opened a credit line worth $300 million for Indonesian "
                    "importers. Bilateral trade was worth $14 billion last year.")
    assert [(f.metric, f.value, f.period) for f in facts.trade_figures] == [("total_trade", 14_000_000_000, "2024")]
