"""Events, round 41: a measure `held back` or `held steady` is no meeting held; a multilateral treaty taking effect for
one country (`which took effect for the country in 2021`) is no happening of the pair's; a possibility (`which may be
launched next year`) is no happening set for a time, unless agreed on; what is to be done under an instrument
(`Under the deal, ..., Egypt will supply Jordan with gas throughout 2026`) is its timetable, as `The deal will see`
is; a happening being prepared now (`We are preparing a visit ... in May`) is ahead, so a bare month is the next."""
from __future__ import annotations

from extraction_support import written

GHANA = ("Ghana", "Turkey")
CHILE = ("Chile", "Thailand")
EGYPT = ("Egypt", "Jordan")


def _events(body: str, pair: tuple[str, str]) -> list[tuple[str, str | None, list[str]]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(e.date, e.place, e.actors) for e in facts.events]


def test_a_measure_held_back_or_steady_is_no_meeting_held() -> None:
    assert _events("Ghana's economy should expand by about 5 percent this year, the World Bank says, held back by "
                   "weak cocoa output and high interest rates.", GHANA) == []
    assert _events("Chile's exports to Thailand held steady in 2023 as copper prices fell.", CHILE) == []


def test_a_meeting_held_and_talks_held_up_to_a_number_stay_happenings() -> None:
    assert _events("Ghana and Turkey held talks in Accra in May 2024.", GHANA) == [("2024-05", "Accra",
                                                                                   ["Ghana", "Türkiye"])]
    assert [date for date, _, _ in _events("The two sides will hold up to three sessions of the joint commission "
                                           "in 2026.", GHANA)] == ["2026"]


def test_a_multilateral_treaty_taking_effect_for_one_country_is_no_happening_of_the_pair() -> None:
    assert _events("Ghana is also a party to the African Continental Free Trade Area (AfCFTA), which took effect "
                   "for the country in 2021.", GHANA) == []
    assert _events("The CPTPP entered into force for Chile in February 2023.", CHILE) == []


def test_a_bilateral_treaty_taking_effect_stays_the_pairs_happening() -> None:
    assert _events("The Chile-Thailand free trade agreement entered into force in November 2015.", CHILE) == [
        ("2015-11", None, ["Chile", "Thailand"])]
    assert _events("The agreement entered into force for both countries in November 2015.", CHILE) == [
        ("2015-11", None, ["Chile", "Thailand"])]


def test_a_possibility_is_no_happening_set_for_its_time() -> None:
    assert _events("The ministers also talked about a joint programme on solar power, which might be launched "
                   "next year.", GHANA) == []
    assert _events("Chile and Thailand discussed a lithium partnership that the two governments could sign next "
                   "year.", CHILE) == []


def test_a_plan_and_an_agreed_arrangement_stay_happenings() -> None:
    assert [date for date, _, _ in _events("Ghana and Turkey will launch a joint programme on solar power next "
                                           "year.", GHANA)] == ["2026"]
    assert _events("It was agreed that the next session of the joint commission may be held in Ankara in June.",
                   GHANA) == [("2025-06", "Ankara", ["Ghana", "Türkiye"])]


def test_what_is_to_be_done_under_an_instrument_is_no_happening() -> None:
    assert _events("Under the deal, signed by Egypt's petroleum ministry and Jordan's National Electric Power "
                   "Company, Egypt will supply Jordan with 150 million cubic feet of gas a day throughout 2026, piped "
                   "through Aqaba.", EGYPT) == []
    assert _events("Under this memorandum, the two sides are to exchange trainee diplomats from September.",
                   EGYPT) == []


def test_the_signing_told_inside_the_under_clause_keeps_its_date() -> None:
    assert _events("Under the deal, signed in Amman in March 2024, Egypt will supply Jordan with gas.", EGYPT) == [
        ("2024-03", "Amman", ["Egypt", "Jordan"])]


def test_a_happening_being_prepared_now_is_ahead() -> None:
    assert _events("We are preparing a visit by our foreign minister to Bangkok in May, Chile's ambassador said.",
                   CHILE)[0][0] == "2025-05"
    assert _events("Ghana is currently organising a business forum in Istanbul in June.", GHANA)[0][0] == "2025-06"


def test_a_happening_prepared_in_the_past_stays_past() -> None:
    assert _events("Ghana was preparing a visit by its president to Ankara in May, but it was called off.",
                   GHANA)[0][0] == "2024-05"
