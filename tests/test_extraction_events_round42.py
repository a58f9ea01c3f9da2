"""Events, round 42: a span of months a figure was counted over (`$2 billion in foreign direct investment between
January and October this year`) is its period, no happening, though its last month lies far from the amount; so is a
date ending the clause of a figure a verb of measure gives (`accounted for $600 million of the $2.8 billion in
investment pledges registered by the agency in 2023`); a company's name ending in `Mines` is no place, and the
place of the happening is named after it."""
from __future__ import annotations

from extraction_support import written

GHANA = ("Ghana", "Turkey")
PERU = ("Peru", "South Korea")
ZAMBIA = ("Zambia", "China")


def _events(body: str, pair: tuple[str, str]) -> list[tuple[str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(e.date, e.place) for e in facts.events]


def test_a_span_of_months_a_figure_was_counted_over_is_no_happening() -> None:
    assert _events("According to the investment board, Korean investors committed $2 billion in foreign direct "
                   "investment between January and October last year, making Korea the largest source of pledges "
                   "in Peru.", PERU) == []
    assert _events("Turkish companies invested $450 million in manufacturing plants from March to September 2024, "
                   "the Ghana Investment Promotion Centre said.", GHANA) == []


def test_a_happening_in_a_span_of_months_with_no_figure_stays_one() -> None:
    assert _events("Korean and Peruvian negotiators met in Lima between January and March 2024.", PERU) == \
        [("2024-03", "Lima")]


def test_a_date_ending_a_figures_measured_clause_is_its_period() -> None:
    assert _events("Turkish investors accounted for about $600 million of the $2.8 billion in investment pledges "
                   "registered by the Ghana Investment Promotion Centre in 2023.", GHANA) == []
    assert _events("Korean firms' purchases of Peruvian copper totalled $1.9 billion as shipments through the port "
                   "of Callao to refineries in Ulsan kept growing in 2023.", PERU) == []


def test_a_happening_told_after_a_comma_past_a_figure_stays_one() -> None:
    assert _events("Trade between Peru and South Korea totalled $1.9 billion last year, according to figures "
                   "released as the two presidents met in Lima in March 2024.", PERU) == [("2024-03", "Lima")]


def test_a_company_named_with_mines_is_no_place() -> None:
    assert _events("Beijing-based China Nonferrous paid $300 million for a 40% stake in Luanshya Copper Mines in "
                   "2024, under a share purchase agreement it signed with ZCCM Investments Holdings in Lusaka in "
                   "December 2023.", ZAMBIA) == [("2023-12", "Lusaka")]


def test_a_city_opening_a_name_of_no_company_stays_a_place() -> None:
    assert _events("The ministers of Zambia and China met in Ndola in June 2024.", ZAMBIA) == [("2024-06", "Ndola")]
