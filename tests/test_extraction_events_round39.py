"""Events, round 39: a `which` clause going on from one side's deal with a third country (`Vietnam signed a similar
pact with Chile in March, which came into force on June 1`) is that deal's, not the pair's; `earlier in the day` or
`later that day` after a day the same sentence told is that day; a date bounding a comparison with anyone's doings
(`the cheapest contract anyone has signed this year`) is no happening."""
from __future__ import annotations

from extraction_support import dated_places, written

VIETNAM = ("Indonesia", "Vietnam")
KENYA = ("Kenya", "India")
KENYA_LEDE = "Kenya and India held talks."


def _dated(body: str, pair: tuple[str, str] = VIETNAM, lede: str = "Indonesia and Vietnam held talks."
           ) -> list[tuple[str, str | None, list[str]]]:
    return [(e.date, e.place, e.actors) for e in written(body, pair, lede).events]


def test_a_which_clause_going_on_from_a_deal_with_others_is_not_the_pairs() -> None:
    assert _dated("Vietnam signed a similar pact with Chile in March 2024, which came into force on June 1, 2024, and "
                  "is in talks with Peru and Mexico.") == []
    assert _dated("India signed a trade deal with Mauritius in February 2021, which took effect on April 1, 2021.",
                  KENYA, KENYA_LEDE) == []


def test_a_which_clause_going_on_from_the_pairs_deal_is_theirs() -> None:
    assert _dated("Indonesia signed a trade deal with Vietnam in 2022, which took effect on May 1, 2023.") == [
        ("2022", None, ["Indonesia", "Vietnam"]), ("2023-05-01", None, ["Indonesia", "Vietnam"])]


def test_earlier_in_the_day_after_a_day_told_in_the_sentence_is_that_day() -> None:
    facts = written("The deal was signed in Nairobi on Monday by the two trade ministers and witnessed by the two "
                    "presidents, who held talks at State House earlier in the day.", KENYA, KENYA_LEDE)
    assert dated_places(facts) == [("2025-03-10", "Nairobi")]
    facts = written("The two ministers met in Mombasa on Tuesday and visited the port later that day.", KENYA,
                    KENYA_LEDE)
    assert dated_places(facts) == [("2025-03-11", "Mombasa")]


def test_earlier_in_the_day_with_no_day_before_is_the_days_told_before() -> None:
    facts = written("Kenyan President William Ruto met Indian Prime Minister Narendra Modi in New Delhi on Monday. "
                    "Earlier in the day, Ruto addressed a business forum.", KENYA, KENYA_LEDE)
    assert [date for date, _ in dated_places(facts)] == ["2025-03-10"]


def test_a_comparison_with_anyones_doings_is_no_happening() -> None:
    assert _dated('"This is the largest rice order any buyer has placed in Asia this year," he told reporters in '
                  'Hanoi.') == []
    assert _dated("It is the cheapest tea contract anyone has signed in East Africa in 2025, the minister said.",
                  KENYA, KENYA_LEDE) == []


def test_a_happening_after_a_superlative_or_a_comparison_clause_is_still_one() -> None:
    assert _dated("Indonesian President Prabowo Subianto, leading the largest delegation ever sent to Vietnam, arrived "
                  "in Hanoi on Monday.") == [("2025-03-10", "Hanoi", ["Prabowo Subianto", "Indonesia", "Vietnam"])]
    # the comparison's clause ends at the comma: the signing after it is dated
    assert [date for date, _, _ in _dated("It was the biggest investment any Indonesian firm has made in Vietnam, and "
                                          "it was signed in Hanoi on Monday.")] == ["2025-03-10"]
