"""Events, round 34: a place after `to build ... in` (or `the construction of ... in`) is where the work will stand,
not where the happening was (`signed a contract ... to build a solar farm in the port city of Riohacha`), unless the
date follows it right after (`on the construction of a bridge in Can Tho on Tuesday`); `the two presidents` with no
one named are the pair's heads, not the other countries their clause names (`pledged to coordinate with the United
States and Japan`), and with them named those countries are no doers either; an expectation told in a `which` clause
of the thing it is of (`an agreement ..., which they expect to sign later this year`) is no happening, while the
sides' own expectation still is their plan; a law one side's parliament passed, named right before the body and the
date (`under the mining code approved by its Congress last year`), is a happening at home even in a sentence naming
an instrument of the pair; a date after an instrument's verb telling what it holds (`The training agreement will see
..., with the first exchanges scheduled for next year`, `The memorandum provides for ...`) is the timetable of its
content, no happening (article r34_events_1_efe.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, dated_places, dated_places_of, written

PAIR = ("Vietnam", "Thailand")
LEDE = "HANOI: Vietnam and Thailand held talks on Monday."  # the story is of Wednesday 12 March 2025


def _actors_of(facts, words: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [e.actors for e in facts.events if words in e.quote]


def test_a_place_after_to_build_is_the_projects() -> None:
    facts = article("r34_events_1_efe.txt")  # datelined Bogota; the solar farm is to stand in Riohacha
    assert ("2025-09-09", "Riohacha") not in dated_places(facts)
    assert [place for date, place in dated_places(facts) if date == "2025-09-09"] == ["Bogotá"]
    facts = written("On Tuesday, Thai builder Siam Civil signed a contract with Vietnam Electricity to build a "
                    "wind farm in the southern province of Bac Lieu.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "wind farm") == [("2025-03-11", "Hanoi")]
    facts = written("Vietnam and Thailand agreed on Tuesday to speed up the construction of a border market in the "
                    "town of Lao Bao.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "border market") == [("2025-03-11", "Hanoi")]


def test_a_place_the_date_follows_or_with_no_work_to_build_is_the_happenings() -> None:
    facts = written("The two ministers signed an agreement on the construction of a bridge in Can Tho on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "bridge") == [("2025-03-11", "Can Tho")]
    facts = written("On Tuesday, the two ministers agreed to build on the momentum of their talks in Da Nang.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "momentum") == [("2025-03-11", "Da Nang")]
    facts = written("The two ministers agreed to develop the partnership at a meeting in Hue on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "partnership") == [("2025-03-11", "Hue")]


def test_the_two_presidents_are_the_pairs_heads() -> None:
    facts = article("r34_events_1_efe.txt")  # no head named; the clause names the United States and Japan
    assert _actors_of(facts, "When the two presidents met in Seoul") == [["Colombia", "South Korea"]]
    facts = written("When the two prime ministers met in Bangkok in June 2024 and signed a joint statement, they "
                    "pledged to coordinate with Japan on supply chains.", pair=PAIR, lede=LEDE)
    assert _actors_of(facts, "two prime ministers") == [["Vietnam", "Thailand"]]
    facts = written("Vietnamese Prime Minister Pham Minh Chinh hosted Thai Prime Minister Paetongtarn Shinawatra. "
                    "When the two prime ministers met in Bangkok in June 2024, they pledged to coordinate with Japan "
                    "on supply chains.", pair=PAIR, lede=LEDE)
    assert _actors_of(facts, "two prime ministers") == [["Pham Minh Chinh", "Paetongtarn Shinawatra"]]


def test_a_clause_without_the_two_leaders_keeps_its_countries() -> None:
    facts = written("Thai Prime Minister Paetongtarn Shinawatra met Vietnamese and Japanese officials in Bangkok in "
                    "June 2024.", pair=PAIR, lede=LEDE)
    assert _actors_of(facts, "Japanese officials") == [["Paetongtarn Shinawatra", "Thailand", "Vietnam", "Japan"]]


def test_an_expectation_in_a_which_clause_is_no_happening() -> None:
    assert dated_places_of(article("r34_events_1_efe.txt"), "which they expect to sign") == []
    facts = written("Two Thai officials familiar with the talks said the sides were also negotiating an agreement on "
                    "fisheries, which they hope to sign in June.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "fisheries") == []


def test_the_sides_own_expectation_and_a_dated_which_clause_still_are() -> None:
    facts = written("Vietnam and Thailand expect to sign a fisheries agreement later this year.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "fisheries" in e.quote] == ["2025"]
    facts = written("The two sides discussed a fisheries agreement, which they signed in Bangkok in May 2024.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "fisheries") == [("2024-05", "Bangkok")]


def test_a_law_one_side_passed_is_a_happening_at_home() -> None:
    assert dated_places_of(article("r34_events_1_efe.txt"), "approved by its Congress") == []
    facts = written("The ministers discussed the investment treaty as Thailand opens its power sector under the "
                    "reform passed by its parliament last year.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "reform") == []


def test_the_pairs_instrument_passed_at_home_still_is_an_event() -> None:
    facts = written("Trade has grown under the investment treaty ratified by Thailand's parliament in May 2024.",
                    pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "ratified" in e.quote] == ["2024-05"]


def test_the_timetable_of_an_instruments_content_is_no_happening() -> None:
    facts = article("r34_events_1_efe.txt")
    assert dated_places_of(facts, "will see Korean technical colleges") == []
    assert dated_places_of(facts, "provides for joint geological surveys") == []
    facts = written("The fisheries agreement will see Thai and Vietnamese coast guards hold joint patrols, with the "
                    "first patrols scheduled for next year.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "patrols") == []


def test_a_signing_before_the_content_and_a_plan_of_its_own_are_events() -> None:
    facts = written("The fisheries agreement, signed in Bangkok in May 2024, provides for joint patrols.", pair=PAIR,
                    lede=LEDE)
    assert dated_places_of(facts, "patrols") == [("2024-05", "Bangkok")]
    facts = written("Vietnam and Thailand will hold their first joint coast guard patrols next year.", pair=PAIR,
                    lede=LEDE)
    assert [e.date for e in facts.events if "patrols" in e.quote] == ["2026"]
