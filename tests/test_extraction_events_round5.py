"""Dated events, round 5: what is background, and who a `he told reporters` event is about."""
from __future__ import annotations

from extraction_support import article, written


def _optional_by_date(facts) -> dict[str, bool]:
    return {e.date: e.optional for e in facts.events}


def test_a_visit_fifteen_months_before_publication_is_background() -> None:
    assert _optional_by_date(article("x_bernama_erdogan_kl.txt"))["2023-11"] is True


def test_a_month_a_year_or_more_back_is_background_but_not_one_within_the_year() -> None:
    facts = written("Widodo last visited Hanoi in January 2024, when he met Vietnamese leaders.\n\n"
                    "The two leaders also met in Jakarta in June 2024, officials said.")
    optional = _optional_by_date(facts)
    assert optional["2024-01"] is True
    assert optional["2024-06"] is False


def test_a_bare_last_year_is_not_background() -> None:
    facts = written("The two countries signed a maritime agreement in 2024, the ministry said.")
    assert _optional_by_date(facts)["2024"] is False


def test_he_who_told_reporters_is_an_actor_of_the_meeting_he_speaks_of() -> None:
    facts = article("f4_malaysianreserve_malaysia_turkiye.txt")
    meeting = next(e for e in facts.events if e.date == "2025-11-20")
    assert meeting.actors[:2] == ["Zafrul Abdul Aziz", "Ömer Bolat"]


def test_she_told_reporters_after_meeting_a_counterpart() -> None:
    facts = written("Foreign Minister Retno Marsudi said ties with Vietnam were strong.\n\n"
                    "\"We will deepen our cooperation,\" she told reporters after meeting Vietnamese Foreign "
                    "Minister Bui Thanh Son in Jakarta on Monday.")
    meeting = next(e for e in facts.events if e.date == "2025-03-10")
    assert "Retno Marsudi" in meeting.actors
    assert "Bui Thanh Son" in meeting.actors


def test_the_place_of_a_plan_said_is_not_where_the_saying_was() -> None:
    facts = article("f4_malaysianreserve_malaysia_turkiye.txt")
    said = next(e for e in facts.events if e.date == "2025-11")
    assert said.place is None
    assert "Anwar Ibrahim" in said.actors


def test_a_plan_said_on_a_day_keeps_no_place_but_a_dated_plan_keeps_its_own() -> None:
    facts = written("On Monday, Trade Minister Budi Santoso said Indonesia would open a trade office in "
                    "Ho Chi Minh City to serve Vietnamese buyers.\n\n"
                    "Budi said Indonesia and Vietnam would hold a business forum in Da Nang in June.")
    places = {e.date: e.place for e in facts.events}
    assert places["2025-03-10"] is None
    assert places["2025-06"] == "Da Nang"


def test_where_the_speaker_spoke_is_not_where_an_old_agreement_took_effect() -> None:
    facts = article("w_trt_turkiye_malaysia.txt")
    assert next(e for e in facts.events if e.date == "2015-08").place is None


def test_a_speaking_opening_keeps_its_place_for_the_saying_of_the_day() -> None:
    facts = written("Speaking at a business forum in Surabaya, Budi said the trade pact, which took effect in "
                    "July 2019, had lifted exports.\n\n"
                    "Speaking at a forum in Hanoi on Monday, Budi said Indonesia and Vietnam would expand trade.")
    places = {e.date: e.place for e in facts.events}
    assert places["2019-07"] is None
    assert places["2025-03-10"] == "Hanoi"


def test_what_a_speaker_adds_is_an_event_of_the_speaker() -> None:
    facts = article("a4_yenisafak_turkiye_malaysia.txt")
    talks = next(e for e in facts.events if e.date == "2025-06")
    assert talks.actors[0] == "Ömer Bolat"
    assert talks.what.startswith("Negotiations on the expanded agreement")


def test_noting_that_a_forum_will_be_held_names_the_minister_who_noted_it() -> None:
    facts = written("Trade Minister Budi Santoso met Vietnamese officials.\n\n"
                    "The trade pact, which took effect in 2019, is being reviewed, she said, noting that a "
                    "business forum would be held in August.")
    forum = next(e for e in facts.events if e.date == "2025-08")
    assert forum.actors[0] == "Budi Santoso"
    assert forum.what.startswith("A business forum")


def test_a_region_is_no_place_of_an_event() -> None:
    facts = article("html4_reuters_malaysia_chile.html")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Kuala Lumpur"]
    facts = written("Indonesia and Vietnam agreed on Tuesday to seek markets in Latin America.")
    assert {e.date: e.place for e in facts.events} == {"2025-03-11": None}
