"""Events, round 36: a commodity's, a currency's or a company's shares' price moving to a figure a unit (`fell 1.2% to
$2,640 a tonne on Monday`, `Shares of X rose`) is no happening; a call by telephone or video has no place, not even
the dateline's city; a place inside a list of the issues or topics a meeting raised (`Topics discussed included ...
in Poipet`) or of the parts a body is made of (`comprises committees in ...`) is no happening's place; a year that
opens a sporting event's or a world fair's title (`the 2034 World Cup`, `the 2028 Olympics`) is no date of the pair's
unless the pair hosts it; a plan `planned before the end of the year` is a deadline; the countries of a strife named
by a hyphenated pair (`the U.S.-China trade war`) are no doers but where one of the pair is (short texts)."""
from __future__ import annotations

from extraction_support import dated_places, dated_places_of, written

PERU = ("Peru", "Japan")
PERU_LEDE = "LIMA: Peru and Japan held talks on Monday."  # the story is of Wednesday 12 March 2025
KENYA = ("Kenya", "Japan")
KENYA_LEDE = "NAIROBI: Kenya and Japan signed a trade pact on Monday."
THAI = ("Thailand", "Cambodia")
THAI_LEDE = "SIEM REAP: Thailand and Cambodia held a border committee meeting at a hotel here on Tuesday."
SAUDI = ("Saudi Arabia", "South Korea")
SAUDI_LEDE = "RIYADH: Saudi Arabia and South Korea signed investment deals on Monday."
BRAZIL = ("Brazil", "Vietnam")
BRAZIL_LEDE = "HANOI: Brazil and Vietnam signed a strategic partnership on Monday."
CHINA = ("Peru", "China")
CHINA_LEDE = "LIMA: Peru and China held talks on Monday."


def test_a_price_moving_to_a_figure_a_unit_is_no_happening() -> None:
    facts = written("Zinc for three-month delivery on the London Metal Exchange fell 1.2% to $2,640 a tonne on "
                    "Tuesday, but remains above last year's low.", pair=PERU, lede=PERU_LEDE)
    assert dated_places_of(facts, "Zinc") == []
    facts = written("Shares of Mitsui & Co rose 3% to 2,450 yen on Tuesday after the Peru copper deal.", pair=PERU,
                    lede=PERU_LEDE)
    assert dated_places_of(facts, "Shares") == []
    facts = written("Peru and Japan agreed in Tokyo on Tuesday to raise copper shipments after prices rose 5% to "
                    "$9,000 a tonne.", pair=PERU, lede=PERU_LEDE)
    assert dated_places_of(facts, "shipments") == [("2025-03-11", "Tokyo")]


def test_a_call_by_phone_or_video_has_no_place() -> None:
    facts = written("Kenyan President William Ruto and Japanese Prime Minister Shigeru Ishiba spoke by telephone on "
                    "Tuesday to welcome the pact, according to a statement "
                    "from the president's office.", pair=KENYA, lede=KENYA_LEDE)
    assert dated_places_of(facts, "telephone") == [("2025-03-11", None)]
    facts = written("Kenyan and Japanese trade officials held talks by video link on Tuesday.", pair=KENYA,
                    lede=KENYA_LEDE)
    assert dated_places_of(facts, "video") == [("2025-03-11", None)]
    facts = written("Kenyan and Japanese trade officials held talks at State House here on Tuesday.", pair=KENYA,
                    lede=KENYA_LEDE)
    assert dated_places_of(facts, "State House") == [("2025-03-11", "Nairobi")]


def test_a_place_in_a_list_of_issues_or_parts_is_not_the_happenings() -> None:
    facts = written("Topics discussed at Tuesday's meeting included landmine clearance, smuggling and the lack of "
                    "checkpoint facilities in Poipet.", pair=THAI, lede=THAI_LEDE)
    assert ("2025-03-11", "Poipet") not in dated_places(facts)
    facts = written("Thai and Cambodian officials, whose talks included smuggling, met again in Poipet on Tuesday.",
                    pair=THAI, lede=THAI_LEDE)
    assert dated_places_of(facts, "again") == [("2025-03-11", "Poipet")]
    facts = written("The Thailand-Cambodia General Border Committee, set up in 1995 to settle border issues, "
                    "comprises military officials in Bangkok and their counterparts in Battambang.", pair=THAI,
                    lede=THAI_LEDE)
    assert [place for _, place in dated_places_of(facts, "comprises")] in ([], [None])
    facts = written("The Thailand-Cambodia General Border Committee, set up in 1995, met in Battambang on "
                    "Tuesday.", pair=THAI, lede=THAI_LEDE)
    assert ("2025-03-11", "Battambang") in dated_places_of(facts, "met in")


def test_a_year_opening_a_sporting_events_title_is_no_date() -> None:
    facts = written("\"Korea wants to be Saudi Arabia's partner of choice for major projects, from rail to the 2034 "
                    "World Cup,\" the minister said at a press conference.", pair=SAUDI, lede=SAUDI_LEDE)
    assert dated_places_of(facts, "World Cup") == []
    facts = written("Saudi Arabia and South Korea agreed to cooperate on security for the 2028 Olympics and the 2029 "
                    "Asian Games.", pair=SAUDI, lede=SAUDI_LEDE)
    assert [d for d, _ in dated_places_of(facts, "Olympics") if d.startswith("202") and len(d) == 4] == []
    facts = written("Saudi Arabia and South Korea will hold the 2027 summit in Riyadh.", pair=SAUDI, lede=SAUDI_LEDE)
    assert dated_places_of(facts, "summit") == [("2027", "Riyadh")]


def test_a_plan_told_before_the_end_of_the_year_is_a_deadline() -> None:
    facts = written("The two sides also agreed to launch negotiations on a preferential trade agreement, with the "
                    "first round of talks planned before the end of the year.", pair=BRAZIL, lede=BRAZIL_LEDE)
    assert [e.date for e in facts.events if "planned" in e.quote and not e.optional] == []
    facts = written("The two sides also agreed to hold the next session of the joint commission in Brasilia before "
                    "the end of the year.", pair=BRAZIL, lede=BRAZIL_LEDE)
    assert dated_places_of(facts, "next session") == [("2025", "Brasilia")]


def test_the_countries_of_a_hyphenated_strife_are_no_doers() -> None:
    facts = written("Peruvian President Dina Boluarte heads to Beijing this week with a delegation of business "
                    "leaders, seeking to shield the country from the fallout of the U.S.-China trade war.", pair=CHINA,
                    lede=CHINA_LEDE)
    actors = [e.actors for e in facts.events if "Boluarte" in e.quote]
    assert actors and "United States" not in actors[0] and "China" in actors[0]
    facts = written("Peruvian President Dina Boluarte and U.S. Secretary of State Marco Rubio will travel to Beijing "
                    "this week for talks with Chinese officials.", pair=CHINA, lede=CHINA_LEDE)
    actors = [e.actors for e in facts.events if "Boluarte" in e.quote]
    assert actors and "United States" in actors[0]
