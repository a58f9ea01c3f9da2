"""Events, round 49: a sentence opening `Within the framework of the visit,` (or `During the visit,`) with no date of
its own tells of a happening on the date of the visit told before it, at its precision; a weekday tied to `last week`
by a comma or told after it (`on Tuesday, last week,`, `last week on Tuesday`) is that week's day."""
from __future__ import annotations

from extraction_support import dated_places_of, written

ARMENIA = ("Armenia", "Kazakhstan")
ARMENIA_LEDE = "Armenia and Kazakhstan discussed trade."  # the story is of Wednesday 12 March 2025


def _actors_on(facts, date: str) -> set[str]:
    return {actor for e in facts.events if e.date == date for actor in e.actors}


def test_a_happening_within_the_framework_of_the_visit_takes_the_visits_month() -> None:
    body = ("Armenian Economy Minister Gevorg Papoyan paid a working visit to Astana in October 2023. Within the "
            "framework of the visit, Minister Papoyan also held talks with Kazakh Trade Minister Arman Shakkaliyev "
            "on logistics and customs.")
    facts = written(body, ARMENIA, ARMENIA_LEDE)
    assert "Arman Shakkaliyev" in _actors_on(facts, "2023-10")
    assert [e.place for e in facts.events if e.date == "2023-10"] == ["Astana"]


def test_a_happening_during_the_visit_takes_the_visits_day() -> None:
    body = ("Kazakh Deputy Prime Minister Serik Zhumangarin arrived in Yerevan on 3 February 2024 for a two-day "
            "visit. During the visit, Zhumangarin met Armenian Prime Minister Nikol Pashinyan and discussed the "
            "transit of grain.")
    facts = written(body, ARMENIA, ARMENIA_LEDE)
    assert "Nikol Pashinyan" in _actors_on(facts, "2024-02-03")


def test_within_the_framework_of_a_programme_takes_no_date() -> None:
    body = ("Armenian Economy Minister Gevorg Papoyan paid a working visit to Astana in October 2023. Within the "
            "framework of the programme, experts from both sides also held talks with Kazakh official Arman "
            "Shakkaliyev on customs.")
    facts = written(body, ARMENIA, ARMENIA_LEDE)
    assert "Arman Shakkaliyev" not in _actors_on(facts, "2023-10")


def test_a_weekday_set_off_from_last_week_by_a_comma_is_that_weeks() -> None:
    facts = written("Kazakh envoy Bolat Imanbayev told a business forum in Gyumri on Tuesday, last week, that "
                    "Kazakhstan wants to buy more Armenian brandy.", ARMENIA, ARMENIA_LEDE)
    assert dated_places_of(facts, "Gyumri") == [("2025-03-04", "Gyumri")]


def test_a_weekday_told_after_last_week_is_that_weeks() -> None:
    facts = written("Last week on Tuesday, Kazakh envoy Bolat Imanbayev told a business forum in Gyumri that "
                    "Kazakhstan wants to buy more Armenian brandy.", ARMENIA, ARMENIA_LEDE)
    assert dated_places_of(facts, "Gyumri") == [("2025-03-04", "Gyumri")]


def test_a_weekday_before_next_weeks_possessive_stays_this_weeks() -> None:
    facts = written("Kazakh envoy Bolat Imanbayev met traders in Gyumri on Tuesday, next week's talks in Yerevan "
                    "aside.", ARMENIA, ARMENIA_LEDE)
    assert ("2025-03-11", "Gyumri") in dated_places_of(facts, "Gyumri")
