"""Events, round 38: a saying whose date is followed only by an aside naming what was told (`the ministry said
Thursday, in what officials described as the largest package`) is still only a saying; a pledge to bring a level to a
mark (`has pledged to raise defense spending to 3 percent of its GDP next year`) is an aim; the year of a level a
`whose` clause gives (`whose population passed 41 million this year`) is no happening; a project's place the date
follows is still the project's when a trip told after it gives the happening's (`a desalination plant in South Sinai
on Saturday, during a visit by a delegation to Cairo`); the words of an instrument's title (`the Treaty of Friendship,
Good Neighbourliness and Cooperation signed on 4 July 1991`) are no bodies that signed, and `the two kingdoms` are the
pair."""
from __future__ import annotations

from extraction_support import dated_places, dated_places_of, written

GHANA = ("Ghana", "Turkey")
GHANA_LEDE = "ACCRA: Ghana and Turkey held trade talks."  # the story is of Wednesday 12 March 2025
JORDAN = ("Jordan", "Qatar")
AMMAN_LEDE = "AMMAN: Jordan and Qatar held talks."


def test_a_saying_with_an_aside_on_what_was_told_is_only_a_saying() -> None:
    facts = written("Ghana and Turkey signed supply contracts in Ankara on Monday for armoured vehicles, the defence "
                    "ministry said Tuesday, in what analysts called the biggest deal in the region.", pair=GHANA,
                    lede=GHANA_LEDE)
    assert dated_places(facts) == [("2025-03-10", "Ankara")]
    # a happening told after the saying's date is no aside
    facts = written("The defence ministry said Tuesday, in Accra, that it would buy armoured vehicles, and Ghana and "
                    "Turkey signed supply contracts in Ankara on Monday.", pair=GHANA, lede=GHANA_LEDE)
    assert ("2025-03-10", "Ankara") in dated_places(facts)


def test_a_pledge_to_bring_a_level_to_a_mark_is_an_aim() -> None:
    facts = written("Ghana, a country of about 34 million people, has vowed to lift spending on research to 1 percent "
                    "of its output next year.", pair=GHANA, lede=GHANA_LEDE)
    assert dated_places_of(facts, "vowed") == []
    facts = written("Ghana has pledged to send a trade mission to Turkey next year.", pair=GHANA, lede=GHANA_LEDE)
    assert [date for date, _ in dated_places_of(facts, "pledged")] == ["2026"]


def test_the_year_of_a_level_a_whose_clause_gives_is_no_happening() -> None:
    facts = written("For Ghana, whose exports grew 9 percent last year, the question is whether Turkey will sign "
                    "long-term cocoa contracts.", pair=GHANA, lede=GHANA_LEDE)
    assert dated_places_of(facts, "question") == []
    facts = written("Ghana, whose president visited Ankara last year, signed a cocoa contract with Turkey.",
                    pair=GHANA, lede=GHANA_LEDE)
    assert [date for date, _ in dated_places_of(facts, "cocoa")] == ["2024"]


def test_a_projects_place_the_date_follows_is_the_projects_when_a_trip_gives_another() -> None:
    facts = written("Jordan and Qatar signed a contract for the construction of a solar plant in Maan on Tuesday, "
                    "during a three-day visit by a Qatari delegation to Amman.", pair=JORDAN,
                    lede="Jordan and Qatar held talks.")
    assert dated_places_of(facts, "solar plant") == [("2025-03-11", "Amman")]
    facts = written("Jordan and Qatar signed a contract for the construction of a solar plant in Maan on Tuesday.",
                    pair=JORDAN, lede="Jordan and Qatar held talks.")
    assert dated_places_of(facts, "solar plant") == [("2025-03-11", "Maan")]


def test_the_words_of_an_instruments_title_are_no_signatories() -> None:
    facts = written("They renewed their commitment to the Treaty of Brotherhood, Trade and Navigation signed on 5 May "
                    "1995, which remains the basis of relations between the two kingdoms.", pair=JORDAN,
                    lede=AMMAN_LEDE)
    assert [(e.date, e.actors) for e in facts.events] == [("1995-05-05", ["Jordan", "Qatar"])]
    facts = written("On Tuesday, Arab Potash and Nebras Power signed a supply contract.", pair=JORDAN,
                    lede=AMMAN_LEDE)
    assert [e.actors for e in facts.events] == [["Arab Potash", "Nebras Power"]]
