"""Events, round 37: a lower-case word of a part of a city before its name (`at COEX in southern Seoul`, `in downtown
Santiago`) is no part of the place and does not stop it being read; the place of a work whose plans were reviewed
(`approved plans for a new industrial zone in the coastal city of Port Said`) is not the meeting's; an end of talks
agreed on (`agreed to conclude the negotiations in the second half of 2025`) is an aim, no happening; `this week` in
a present `who` clause of someone's stay (`who is leading a delegation to Japan this week`) is no happening of its own
where the article's days already tell one."""
from __future__ import annotations

from extraction_support import dated_places, dated_places_of, written

CHILE = ("Chile", "India")
EGYPT = ("Egypt", "China")
EGYPT_LEDE = "CAIRO: Egypt and China held a ministerial meeting on Monday."  # the story is of Wednesday 12 March 2025
CANADA = ("Indonesia", "Canada")
CANADA_LEDE = "Indonesia and Canada held trade talks on Monday."
MEXICO = ("Mexico", "Japan")


def test_a_direction_word_before_a_city_is_no_part_of_the_place() -> None:
    facts = written("On Tuesday, about 80 firms attended the Chile-India Business Forum hosted by ProChile at NESCO in "
                    "northern Mumbai.", pair=CHILE, lede="Chile and India signed a trade pact on Tuesday.")
    assert dated_places(facts) == [("2025-03-11", "Mumbai")]
    facts = written("Chilean and Indian officials held talks in downtown Santiago on Tuesday.", pair=CHILE,
                    lede="Chile and India agreed to expand trade.")
    assert dated_places_of(facts, "downtown") == [("2025-03-11", "Santiago")]
    facts = written("Chile and India discussed the fighting in eastern Congo on Tuesday.", pair=CHILE,
                    lede="Chile and India agreed to expand trade.")
    assert dated_places_of(facts, "fighting") == [("2025-03-11", None)]
    facts = written("Chile and India set up a working group on central bank cooperation on Tuesday.", pair=CHILE,
                    lede="Chile and India agreed to expand trade.")
    assert dated_places_of(facts, "working group") == [("2025-03-11", None)]


def test_the_place_of_a_planned_work_is_not_the_meetings() -> None:
    facts = written("Monday's meeting also approved plans for a new textile industrial zone in the coastal city of "
                    "Port Said.", pair=EGYPT, lede=EGYPT_LEDE)
    assert ("2025-03-10", "Port Said") not in dated_places(facts)
    assert dated_places(facts) == [("2025-03-10", "Cairo")]
    facts = written("The ministers discussed plans for a new textile zone at a meeting in Alexandria on Tuesday.",
                    pair=EGYPT, lede=EGYPT_LEDE)
    assert dated_places_of(facts, "textile zone") == [("2025-03-11", "Alexandria")]


def test_an_end_of_talks_agreed_on_is_an_aim() -> None:
    facts = written("The two sides agreed to conclude the negotiations on a comprehensive economic partnership "
                    "agreement in the second half of 2025.", pair=CANADA, lede=CANADA_LEDE)
    assert dated_places_of(facts, "conclude") == []
    facts = written("Indonesia and Canada concluded the negotiations on the CEPA in December 2024.", pair=CANADA,
                    lede=CANADA_LEDE)
    assert dated_places_of(facts, "concluded") == [("2024-12", None)]


def test_this_week_of_a_stay_told_in_a_who_clause_is_no_happening_of_its_own() -> None:
    facts = written("The agreement was signed by Japanese Transport Minister Tetsuo Saito and Mexico's Economy "
                    "Minister Marcelo Ebrard, who is leading a 30-member business delegation to Japan this week.",
                    pair=MEXICO, lede="Mexico and Japan signed a rail cooperation agreement on Tuesday.")
    assert dated_places_of(facts, "delegation") == []
    assert dated_places(facts) == [("2025-03-11", None)]
    facts = written("Mexico's Economy Minister Marcelo Ebrard, who is leading a 30-member business delegation to Japan "
                    "this week, will tour a bullet train plant.", pair=MEXICO,
                    lede="Mexico and Japan are deepening rail ties.")
    assert dated_places_of(facts, "delegation") == [("2025-03", "Japan")]
