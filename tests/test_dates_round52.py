"""Round 52: a dateline's year is not taken from a plan's year told beside an amount."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.publication_date import infer_year

PAIR = ("Kazakhstan", "Norway")
REPORTED = "Trade between Kazakhstan and Norway reached $310 million in 2023 and $120 million in January-April 2024.\n\n"


def test_a_project_planned_for_a_later_year_does_not_date_the_dateline() -> None:
    """Found on blind set 23: `commissioning planned for 2027` beside the project's cost made a June story 2028's."""
    text = REPORTED + "The wind farm will cost $210 million, with commissioning planned for 2027.\n"
    assert infer_year(6, text, 7) == 2024
    story = extract(RawArticle(id="x", text="ASTANA, June 7 (Kazinform) -- " + text), PAIR)
    assert story.published == "2024-06-07"


def test_scheduled_and_due_years_are_plans_too() -> None:
    assert infer_year(6, REPORTED + "The $90 million terminal is scheduled for 2026.\n", 7) == 2024
    assert infer_year(6, REPORTED + "A second $50 million plant is due in 2028.\n", 7) == 2024


def test_a_year_told_as_done_beside_an_amount_still_dates_the_dateline() -> None:
    """The near miss: a project completed in 2025 for $210 million is past, so a June story is 2025's at least."""
    text = REPORTED + "The wind farm, completed in 2025, cost $210 million.\n"
    assert infer_year(6, text, 7) == 2026
