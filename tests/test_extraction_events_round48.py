"""Events, round 48: a body that `will convene` meets, and a `which` clause opening a window after a participle aside
(`the third meeting of the X Council, set up in 2022, which will convene in Y next month`) tells of the gathering
before the aside; a year ending a sporting event's title (`ahead of the Asian Games 2026`) is no date of the pair's
unless the pair hosts it; the end of a quotation an earlier sentence opened, followed only by who said it and when, is
no happening."""
from __future__ import annotations

from extraction_support import dated_places, dated_places_of, written

AZERBAIJAN = ("Azerbaijan", "Uzbekistan")
AZERBAIJAN_LEDE = "BAKU: Azerbaijan and Uzbekistan held talks on Monday."  # the story is of Wednesday 12 March 2025
CHILE = ("Chile", "Argentina")
CHILE_LEDE = "MENDOZA: Chile and Argentina agreed on Monday to reopen the Cristo Redentor pass."


def test_a_body_that_will_convene_meets() -> None:
    facts = written("The joint intergovernmental commission will convene in Samarkand in June.", AZERBAIJAN,
                    AZERBAIJAN_LEDE)
    assert dated_places_of(facts, "Samarkand") == [("2025-06", "Samarkand")]


def test_a_which_clause_after_a_founding_aside_tells_of_the_gathering() -> None:
    facts = written("Officials spoke with cautious optimism ahead of the third meeting of the Azerbaijan-Uzbekistan "
                    "Supreme Interstate Council, set up in 2022, which will convene in Tashkent next month.",
                    AZERBAIJAN, AZERBAIJAN_LEDE)
    next_month = [e for e in facts.events if e.date == "2025-04"]
    assert [(e.place, sorted(e.actors)) for e in next_month] == [("Tashkent", ["Azerbaijan", "Uzbekistan"])]
    assert next_month[0].what.startswith("The third meeting of the Azerbaijan-Uzbekistan")


def test_a_which_clause_of_no_gathering_stays_no_event() -> None:
    facts = written("Officials praised the new cargo terminal, opened in 2019, which will double its capacity next "
                    "month.", AZERBAIJAN, AZERBAIJAN_LEDE)
    assert [e for e in facts.events if e.date == "2025-04"] == []


def test_a_year_ending_a_sporting_title_is_no_date() -> None:
    facts = written("Uzbek and Azerbaijani ministers held talks in Baku ahead of the Asian Games 2026.", AZERBAIJAN,
                    AZERBAIJAN_LEDE)
    assert dated_places_of(facts, "Asian Games") == []


def test_a_year_ending_a_fairs_name_still_dates_a_meeting_there() -> None:
    facts = written("Uzbek and Azerbaijani ministers held talks at the Baku Energy Week 2024 in Baku.", AZERBAIJAN,
                    AZERBAIJAN_LEDE)
    assert dated_places_of(facts, "Energy Week") == [("2024", "Baku")]


def test_the_end_of_a_quotation_and_its_speaker_is_no_happening() -> None:
    facts = written("\"The pass is our lifeline. When the road is open, Mendoza breathes,\" Governor Alfredo Cornejo "
                    "said on Tuesday.", CHILE, CHILE_LEDE)
    assert dated_places_of(facts, "breathes") == []


def test_a_quotations_end_telling_a_happening_stays() -> None:
    facts = written("\"The pass is our lifeline. We signed the customs protocol in Santiago,\" Governor Alfredo "
                    "Cornejo said on Tuesday.", CHILE, CHILE_LEDE)
    assert [date for date, _ in dated_places_of(facts, "customs protocol")] == ["2025-03-11"]


def test_a_whole_quotation_said_on_a_day_is_unchanged() -> None:
    body = "\"When the road is open, Mendoza breathes,\" Governor Alfredo Cornejo said on Tuesday."
    assert [date for date, _ in dated_places(written(body, CHILE, CHILE_LEDE)) if date == "2025-03-11"]
