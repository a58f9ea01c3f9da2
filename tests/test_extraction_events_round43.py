"""Events, round 43: a possible happening (`A possible visit to Peru by Korean ministers in 2026`, `a potential
summit next year`) is no happening set for its time, as one that may or could happen is not; nor is one for which
`no dates have been set` (but a clause saying so of another thing leaves the happening told)."""
from __future__ import annotations

from extraction_support import dated_places, written

PERU = ("Peru", "South Korea")
PERU_LEDE = "Peru and South Korea held trade talks on Monday."


def test_a_possible_happening_is_none() -> None:
    facts = written("A possible visit to Peru by South Korean ministers in 2026 is being discussed.", pair=PERU,
                    lede=PERU_LEDE)
    assert not [e for e in facts.events if e.date == "2026"]
    facts = written("Officials said a potential summit of the two presidents in Seoul in 2026 would crown the talks.",
                    pair=PERU, lede=PERU_LEDE)
    assert not [e for e in facts.events if e.date == "2026"]


def test_no_dates_set_is_no_happening() -> None:
    facts = written("Peruvian and South Korean ministers will hold a meeting in Lima in 2026, but no dates have been "
                    "set.", pair=PERU, lede=PERU_LEDE)
    assert not [e for e in facts.events if e.date == "2026"]


def test_a_happening_told_beside_no_dates_set_is_kept() -> None:
    facts = written("Peruvian and South Korean ministers met in Lima on Tuesday, but no date has been set for the "
                    "next round.", pair=PERU, lede=PERU_LEDE)
    assert ("2025-03-11", "Lima") in dated_places(facts)
    facts = written("The visit of South Korean ministers to Lima in May was a possible turning point for Peru.",
                    pair=PERU, lede=PERU_LEDE)
    assert [e for e in facts.events if e.date == "2024-05"]
