"""A `who` clause telling of an earlier happening (`an invitation from Erdogan, who had paid a visit to Cairo in
February`) has its own place and doers; a participle clause (`the agreement, signed in Jakarta in December 2024 by X`)
its own doers; a sentence opening with the happening the one before told of (`The signing came on the sidelines of
the first meeting of the council`) is dated by it; an earlier trip told with its date is not where the lede's trip is."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _events(facts: ArticleFacts) -> dict[str, tuple[str | None, list[str], str]]:
    return {e.date: (e.place, e.actors, e.what) for e in facts.events}


def test_an_earlier_visit_in_a_who_clause_has_its_own_place_and_doer() -> None:
    events = _events(article("r16_events_1_agenzianova.txt"))
    assert events["2023-01"][:2] == ("Algiers", ["Giorgia Meloni"])
    facts = written("El-Sisi visited Ankara in response to an invitation from Turkish President Recep Tayyip Erdogan, "
                    "who had paid a visit to Cairo in February, the first by a Turkish president in a decade.",
                    pair=("Egypt", "Türkiye"), lede="Egyptian President Abdel Fattah el-Sisi held talks in Ankara.")
    place, actors, _ = _events(facts)["2025-02"]
    assert (place, actors) == ("Cairo", ["Recep Tayyip Erdogan"])


def test_the_days_of_the_trip_are_not_in_the_city_of_an_earlier_dated_trip() -> None:
    events = _events(article("r16_events_1_agenzianova.txt"))
    assert events["2025-07-23"][0] == "Rome"
    assert events["2025-07-24"][0] == "Rome"


def test_a_sentence_telling_more_of_the_signing_before_is_that_days_happening() -> None:
    events = _events(article("r16_events_1_agenzianova.txt"))
    place, actors, what = events["2025-07-23"]
    assert what.startswith("The signing came on the sidelines of the fifth intergovernmental summit")
    assert {"Giorgia Meloni", "Abdelmadjid Tebboune"} <= set(actors)
    facts = written("The two presidents witnessed on Wednesday the signing of 17 memoranda of understanding.\n\n"
                    "The signing came on the sidelines of the first meeting of the High-Level Strategic Cooperation "
                    "Council between the two countries, held in Ankara under the chairmanship of the two presidents.",
                    pair=("Egypt", "Türkiye"), lede="Egypt and Türkiye held talks.")
    assert [(e.date, e.place) for e in facts.events] == [("2025-03-12", "Ankara")]
    assert facts.events[0].what.startswith("The signing came on the sidelines of the first meeting")


def test_a_participle_clause_has_its_own_doers_not_the_main_clauses_subject() -> None:
    facts = written("Indonesian President Prabowo Subianto welcomed the maritime agreement, signed in Jakarta in "
                    "December 2024 by the foreign ministers.\n\nSugiono said the joint commission, held in Hanoi in "
                    "June 2023 under the chairmanship of the two ministers, had agreed on a roadmap.",
                    pair=("Indonesia", "Vietnam"))
    events = _events(facts)
    assert events["2024-12"][:2] == ("Jakarta", ["Indonesia", "Vietnam"])
    assert events["2023-06"][:2] == ("Hanoi", ["Indonesia", "Vietnam"])
