"""Dated events, round 6: a programme of days, a weekday with its date, plans for a month, decades, and the other
stops of a tour."""
from __future__ import annotations

from extraction_support import article, written


def _by_date(facts) -> dict[str, object]:
    return {e.date: e for e in facts.events}


def test_a_weekday_written_with_its_date_is_that_date_in_the_year_it_falls_on_that_weekday() -> None:
    facts = article("r6_events_1_hurriyet.txt")  # published Sunday 23 Nov 2025; `opens ... on Wednesday, November 26`
    dates = _by_date(facts)
    assert dates["2025-11-26"].place == "Istanbul"
    assert "2025-11-19" not in dates and "2024-11-26" not in dates
    facts = written("The Indonesia-Vietnam trade fair, organised by the two chambers, opens in Hanoi on Friday, "
                    "March 14, with 150 exhibitors.")  # published Wednesday 12 March 2025
    assert sorted(_by_date(facts)) == ["2025-03-14"]


def test_the_programme_of_a_visit_is_dated_forward_from_the_publication() -> None:
    dates = _by_date(article("r6_events_1_hurriyet.txt"))
    assert [dates[d].place for d in ("2025-11-24", "2025-11-25")] == ["Ankara", "Ankara"]
    assert "Türkiye" in dates["2025-11-24"].actors
    assert dates["2025-11-27"].actors == ["Shigeru Ishiba"]


def test_a_happening_planned_for_a_month_is_the_coming_one() -> None:
    facts = article("r6_events_3_antara.txt")  # published 3 October 2025
    assert _by_date(facts)["2025-12"].place == "Istanbul"
    facts = written("A meeting of the joint trade commission is scheduled for May in Jakarta, officials said.")
    assert "2025-05" in _by_date(facts)
    assert "2024-05" not in _by_date(facts)


def test_a_decade_is_no_year_of_an_event() -> None:
    dates = _by_date(article("r6_events_2_thestar.txt"))
    assert "1990" not in dates
    assert dates["1959"].optional is True
    facts = written("Indonesian and Vietnamese officials held the first talks on their sea border in the 1970s.")
    assert facts.events == []


def test_another_stop_of_a_tour_in_an_apposition_is_no_party_of_the_arrival() -> None:
    arrival = _by_date(article("r6_events_4_koreaherald.txt"))["2025-11-22"]
    assert arrival.actors == ["Lee Jae Myung"]
    assert arrival.place == "Cairo"
    facts = written("President Joko Widodo arrived in Hanoi on Monday, the first stop of an Asian tour that will "
                    "also take him to Laos and Cambodia.")
    arrival = _by_date(facts)["2025-03-10"]
    assert arrival.place == "Hanoi"
    assert "Laos" not in arrival.actors and "Joko Widodo" in arrival.actors


def test_a_clause_after_and_with_no_subject_of_its_own_has_the_doers_of_the_one_before() -> None:
    april = _by_date(article("r6_events_2_thestar.txt"))["2026-04"]
    assert april.actors[:2] == ["Zafrul Abdul Aziz", "Geraldo Alckmin"]
    facts = written("Trade Minister Budi Santoso will visit Hanoi on Monday and meet Vietnamese Trade Minister "
                    "Nguyen Hong Dien on Tuesday, March 18.", lede="Indonesia and Vietnam will hold talks.")
    meeting = _by_date(facts)["2025-03-18"]
    assert meeting.actors[:2] == ["Budi Santoso", "Nguyen Hong Dien"]


def test_a_dateline_without_a_year_takes_the_year_the_text_reports() -> None:
    facts = article("r6_events_3_antara.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2025-10-03", "day", "Jakarta")
    assert _by_date(facts)["2025-10-02"].actors[:2] == ["Budi Santoso", "Omer Bolat"]


def test_a_byline_with_a_time_zone_and_an_update_ago_keeps_the_published_day() -> None:
    facts = article("r6_events_1_hurriyet.txt")
    assert (facts.published, facts.published_precision) == ("2025-11-23", "day")
    facts = article("r6_events_4_koreaherald.txt")
    assert facts.published == "2025-11-23"
    assert _by_date(facts)["2025-11-24"].place == "Cairo"
