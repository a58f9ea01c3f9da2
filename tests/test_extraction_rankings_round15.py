"""A second rank after a first one said to hold worldwide, its role and article left unsaid (`fifth-largest trading
partner globally and second-largest among ASEAN member states`), is a ranking of its own with its own scope."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _ranks(facts: ArticleFacts) -> list[tuple[str, int, str, str | None]]:
    return [(r.subject, r.rank, r.role, r.scope) for r in facts.rankings]


def test_a_global_rank_and_a_regional_one_after_it() -> None:
    assert _ranks(article("r15_events_2_bernama.txt")) == [("Indonesia", 5, "trading partner", None),
                                                           ("Indonesia", 2, "trading partner", "ASEAN member states")]
    facts = written("Trade grew 9% last year, making Vietnam Indonesia's eighth-largest export market worldwide and "
                    "third-largest in Southeast Asia.")
    assert _ranks(facts) == [("Vietnam", 8, "export market", None), ("Vietnam", 3, "export market", "Southeast Asia")]
