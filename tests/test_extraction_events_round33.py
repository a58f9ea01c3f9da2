"""Events, round 33: a signing the next sentence places by a back-reference to what was signed (`... signed four
agreements on Wednesday. The agreements, worth A$3.1 billion, were signed in Canberra`) happened there, not in the
dateline's city nor in a city named outside the signing's clause, but not where an earlier or other instrument was
signed (`The earlier agreements were signed in Accra`, `Similar agreements were signed in ...`); a date that only
dates the reporting verb after another date's clause (`signed ... on Wednesday, with Canberra committing A$2.25
billion, the ministry said on Thursday`, also `told reporters in Nairobi on Wednesday`) is no event of the clause
reported, while a sentence's one date still dates its happening or statement; a date that is the subject of `marks`
(`said that 2025 marks the 60th anniversary`, `This year marks`) is no event, but `The state visit in 2024 marked`
and `marked the anniversary in 2024` are; a `since <happening> <date>` inside a relative clause in the perfect (`a
relationship that has grown fast since a tariff deal took effect last year`) is background, no event, but the same
in a main clause is one; a `which took place from ... to ...` clause gives the range of the happening the clause
before tells (`concluded the trade mission to Mexico, which took place from May 4 to 7, 2025`): no second event, no
fragment (articles r33_events_1_straitstimes.txt, r33_events_2_beehive.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, dated_places, dated_places_of, written

PAIR = ("Kenya", "Ghana")
LEDE = "Kenya and Ghana held talks in Nairobi on Monday."  # the story is of Wednesday 12 March 2025
TALKS = ("2025-03-10", "Nairobi")


def _dates(facts):  # type: ignore[no-untyped-def]
    return [e.date for e in facts.events]


def test_signing_placed_by_the_next_sentence() -> None:
    facts = article("r33_events_1_straitstimes.txt")  # datelined Singapore; Shoalwater Bay named in the clause after
    assert facts.dateline_place == "Singapore"
    assert dated_places_of(facts, "signed four agreements") == [("2024-11-13", "Canberra")]
    # the agreements module's instruments are left as they were
    assert agreement_entries(facts)[:2] == [("agreement", ["military training"], "2024-11-13", "signed"),
                                            ("agreement", ["green energy"], "2024-11-13", "signed")]
    facts = written("Kenya and Ghana signed three trade agreements on Tuesday. The agreements were signed in Accra "
                    "between Kenya's trade ministry and Ghana's trade ministry.", pair=PAIR, lede=LEDE)
    assert dated_places(facts) == [TALKS, ("2025-03-11", "Accra")]
    facts = written("Kenya and Ghana signed three trade agreements on Tuesday. The contracts, worth $4.5 million, were "
                    "signed at the State House in Accra by the two trade ministers.", pair=PAIR, lede=LEDE)
    assert dated_places(facts) == [TALKS, ("2025-03-11", "Accra")]


def test_other_or_earlier_signings_and_other_deeds_place_nothing() -> None:
    facts = article("r33_events_1_straitstimes.txt")
    assert dated_places_of(facts, "Similar training agreements") == [("2019", "Perth")]
    for after in ("The earlier agreements were signed in Accra by the two trade ministries.",
                  "Similar agreements were signed in Accra by Ghana and Togo.",
                  "Two new agreements will be signed in Accra in May."):
        facts = written(f"Kenya and Ghana signed three trade agreements on Tuesday. {after}", pair=PAIR, lede=LEDE)
        assert dated_places_of(facts, "three trade agreements") == [("2025-03-11", None)]
    facts = written("Kenya and Ghana held talks on Tuesday. The agreements were signed in Accra by the two trade "
                    "ministries.", pair=PAIR, lede=LEDE)
    assert dated_places(facts) == [TALKS, ("2025-03-11", None)]


def test_date_of_the_reporting_verb_is_no_event_of_the_clause_reported() -> None:
    facts = article("r33_events_1_straitstimes.txt")
    assert "2024-11-14" not in _dates(facts)  # `..., Singapore's Ministry of Defence said on Thursday.`
    assert not [e for e in facts.events if e.what.startswith("Canberra committing")]
    facts = written("Kenya and Ghana signed a tea export deal on Tuesday, with Ghana ordering 2,000 tonnes of Kenyan "
                    "tea, Kenyan Trade Minister Lee Kinyanjui told reporters in Nairobi on Wednesday.",
                    pair=PAIR, lede=LEDE)
    assert _dates(facts) == ["2025-03-10", "2025-03-11"]


def test_one_date_still_dates_its_happening_and_a_deed_keeps_its_own_date() -> None:
    facts = written("Kenya and Ghana signed a tea export deal, the Kenyan trade ministry said on Wednesday.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "tea export") == [("2025-03-12", None)]
    facts = written("Kenya and Ghana signed a tea export deal on Tuesday, and the two sides held talks in Nairobi on "
                    "Wednesday, the Kenyan trade ministry said.", pair=PAIR, lede=LEDE)
    assert _dates(facts) == ["2025-03-10", "2025-03-11", "2025-03-12"]


def test_year_that_marks_an_anniversary_is_no_event() -> None:
    facts = article("r33_events_1_straitstimes.txt")
    assert dated_places_of(facts, "2025 marks") == []
    facts = written("Speaking at the forum, Kenyan Trade Minister Lee Kinyanjui said that 2026 marks the 60th "
                    "anniversary of diplomatic relations between Kenya and Ghana.", pair=PAIR, lede=LEDE)
    assert dated_places(facts) == [TALKS]
    for body in ("This year marks the 60th anniversary of diplomatic relations between Kenya and Ghana.",
                 "Kenya's trade minister said 2026 will also mark 60 years of diplomatic relations with Ghana."):
        assert dated_places(written(body, pair=PAIR, lede=LEDE)) == [TALKS]


def test_anniversary_marked_in_a_year_stays_an_event() -> None:
    facts = article("r33_events_1_straitstimes.txt")
    assert dated_places_of(facts, "marked the 50th anniversary") == [("2015", None)]
    for body in ("The state visit in 2024 marked the 60th anniversary of diplomatic relations between Kenya and Ghana.",
                 "Kenya and Ghana marked the 60th anniversary of diplomatic relations in 2024."):
        assert _dates(written(body, pair=PAIR, lede=LEDE)) == ["2025-03-10", "2024"]


def test_since_a_happening_in_a_relative_clause_is_background() -> None:
    facts = article("r33_events_1_straitstimes.txt")
    assert "2020-12" not in _dates(facts)  # `... that has grown steadily since a digital economy agreement took effect`
    facts = written("Kenya and Ghana launched a mobile payments link, a step officials in both countries said would "
                    "deepen a trade relationship that has grown fast since a tariff deal took effect last year.",
                    pair=PAIR, lede=LEDE)
    assert dated_places(facts) == [TALKS]


def test_since_a_happening_in_a_main_clause_stays_an_event() -> None:
    facts = article("r33_events_1_straitstimes.txt")
    assert dated_places_of(facts, "has risen by about a third") == [("2017-12", None)]
    facts = written("Trade between Kenya and Ghana has grown fast since a tariff deal took effect last year.",
                    pair=PAIR, lede=LEDE)
    assert _dates(facts) == ["2025-03-10", "2024"]


def test_range_of_the_happening_before_is_no_second_event() -> None:
    facts = article("r33_events_2_beehive.txt")
    assert dated_places_of(facts, "took place from May 4") == [("2025-05-07", "Mexico")]
    assert not [e for e in facts.events if e.what.startswith("Took place")]
    facts = written("Today, Kenyan Trade Minister Lee Kinyanjui concluded the Kenyan trade mission to Ghana, which "
                    "took place from March 9 to 12, 2025, and brought together 80 Kenyan firms.", pair=PAIR, lede=LEDE)
    assert dated_places(facts) == [TALKS, ("2025-03-12", "Ghana")]


def test_range_of_another_happening_stays_its_own() -> None:
    facts = article("r33_events_2_beehive.txt")
    assert dated_places_of(facts, "A second mission") == [("2025-10-06", "Guadalajara")]
    facts = written("Today, Kenyan Trade Minister Lee Kinyanjui concluded the Kenyan trade mission to Ghana, and a "
                    "second mission will take place from June 9 to 12.", pair=PAIR, lede=LEDE)
    assert _dates(facts) == ["2025-03-10", "2025-03-12", "2025-06-09"]
