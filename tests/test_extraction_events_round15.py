"""A clause about an instrument named just before it (`discuss a bilateral investment treaty, which was signed in
February 2024 and entered into force in August last year`) tells of that instrument: its subject is the instrument,
not the sentence's subject, and its doers are the pair, not the person the sentence is about."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _events(facts: ArticleFacts) -> dict[str, tuple[str, set[str]]]:
    return {e.date: (e.what, set(e.actors)) for e in facts.events}


def test_a_treaty_told_of_in_a_which_clause_is_its_subject_and_the_pair_its_doers() -> None:
    events = _events(article("r15_events_1_gulfnews.txt"))
    assert events["2024-02"] == ("A bilateral investment treaty was signed in February 2024",
                                 {"United Arab Emirates", "India"})
    assert events["2024-08"] == ("A bilateral investment treaty entered into force in August last year.",
                                 {"United Arab Emirates", "India"})
    assert events["2025-05"][1] == {"Piyush Goyal", "India"}  # the visit to come keeps its own doer


def test_the_clause_names_the_instrument_not_the_first_one_of_the_sentence() -> None:
    facts = written("Foreign Minister Sugiono will travel to Hanoi next week to review the roadmap and sign a maritime "
                    "boundary protocol, which was signed in October 2024 and ratified in January.",
                    pair=("Indonesia", "Vietnam"))
    events = _events(facts)
    assert events["2024-10"] == ("A maritime boundary protocol was signed in October 2024", {"Indonesia", "Vietnam"})
    assert events["2025-01"][0] == "A maritime boundary protocol ratified in January."


def test_a_which_clause_about_a_person_or_a_place_is_left_as_it_was() -> None:
    facts = written("The minister met Foreign Minister Bui Thanh Son, who was visiting Jakarta on Tuesday.",
                    pair=("Indonesia", "Vietnam"))
    assert all("Bui Thanh Son" in e.actors for e in facts.events)


def test_instruments_exchanged_at_a_consultation_are_the_days_happening() -> None:
    events = _events(article("r15_events_2_bernama.txt"))
    what, actors = events["2026-01-25"]
    assert what.startswith("Malaysia and Indonesia today exchanged four memoranda of understanding")
    assert actors == {"Malaysia", "Indonesia"}
    facts = written("Vietnam and Indonesia began their annual political consultations in Hanoi on Monday.",
                    pair=("Indonesia", "Vietnam"))
    assert [(e.date, e.place) for e in facts.events] == [("2025-03-10", "Hanoi")]
    facts = written("The two foreign ministers initialled the text of the agreement in Jakarta on Tuesday.",
                    pair=("Indonesia", "Vietnam"))
    assert [(e.date, e.place) for e in facts.events] == [("2025-03-11", "Jakarta")]
