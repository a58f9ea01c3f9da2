"""A venue (`at Al-Salam Palace`, `held at the Palacio de las Garzas`) is never an event's place: the city named
after it is, else the dateline's; a capital of the pair standing for its country as doer (`Madrid said`, `Dakar and
Madrid will mark`, `launched by Jakarta`) makes that country an actor; `San José` is not cut to `San` though a José is
named in the article."""
from __future__ import annotations

from bot.core.countries import country_names
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _events(facts: ArticleFacts) -> dict[str, tuple[str | None, list[str]]]:
    return {e.date: (e.place, e.actors) for e in facts.events}


def test_a_venue_is_no_place_the_dateline_city_is() -> None:
    events = _events(article("r17_events_1_ticotimes.txt"))
    assert events["2025-03-13"][0] == "Panama City"
    facts = written("Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani at "
                    "Al-Salam Palace on Tuesday.", pair=("Iraq", "Türkiye"), lede="Iraq and Türkiye held talks.")
    assert _events(facts)["2025-03-11"][0] is None  # a palace, in a story with no dateline
    facts = written("The fifth intergovernmental summit was held at Villa Doria Pamphilj in Rome on Wednesday, chaired "
                    "by Italian Prime Minister Giorgia Meloni and Algerian President Abdelmadjid Tebboune.",
                    pair=("Italy", "Algeria"), lede="Italy and Algeria held talks.")
    assert _events(facts)["2025-03-12"][0] == "Rome"


def test_a_city_opening_with_san_keeps_its_second_word_though_a_person_has_it() -> None:
    assert _events(article("r17_events_1_ticotimes.txt"))["2025-06"][0] == "San José"
    facts = written("Vietnamese diplomat Jose Nguyen said the joint commission would meet in San Jose in June.")
    assert _events(facts)["2025-06"][0] == "San Jose"


def test_a_capital_of_the_pair_standing_for_its_country_is_a_doer() -> None:
    events = _events(article("r17_events_2_aps.txt"))
    assert "Spain" in events["2025-02-10"][1]  # Madrid said on Monday
    assert set(events["2025-04-04"][1]) == {"Senegal", "Spain"}  # Dakar and Madrid will also mark
    facts = written("Hanoi and Jakarta agreed on Monday to set up a joint working group on fisheries.\n\nThe "
                    "Coordinated Patrol Plan, launched by Jakarta in May 2024, will be extended.")
    events = _events(facts)
    assert set(events["2025-03-10"][1]) == {"Indonesia", "Vietnam"}
    assert events["2024-05"][1] == ["Indonesia"]


def test_a_capital_as_a_place_is_no_doer() -> None:
    facts = written("Talks in Hanoi and Jakarta were held on Monday.")
    assert _events(facts)["2025-03-10"][1] == []


def test_the_two_leaders_who_last_met_are_the_doers_of_that_meeting() -> None:
    events = _events(article("r17_events_1_ticotimes.txt"))
    assert events["2024-08"] == ("Santo Domingo", ["Rodrigo Chaves", "José Raúl Mulino"])
    facts = written("The two leaders, who last met in Kuala Lumpur in October, also discussed the South China Sea.",
                    lede="Vietnamese Prime Minister Pham Minh Chinh held talks with Indonesian President Prabowo "
                         "Subianto in Hanoi on Tuesday.")
    assert _events(facts)["2024-10"] == ("Kuala Lumpur", ["Pham Minh Chinh", "Prabowo Subianto"])


def test_a_clause_after_a_who_clause_has_the_sentences_subject_as_doers() -> None:
    facts = written("The two presidents, who met at the palace on Sunday, agreed to expand trade in Hanoi on Monday.",
                    lede="Vietnamese Prime Minister Pham Minh Chinh held talks with Indonesian President Prabowo "
                         "Subianto in Hanoi on Tuesday.")
    assert _events(facts)["2025-03-10"][1] == ["Pham Minh Chinh", "Prabowo Subianto"]


def test_a_short_demonym_names_its_country_and_a_short_name_only_in_capitals() -> None:
    names = country_names()
    assert names.mentioned("The Lao-Thai Joint Commission will meet in Bangkok") == ["Laos", "Thailand"]
    assert names.mentioned("Us and them") == [] and names.mentioned("the US and Vietnam") == ["United States", "Vietnam"]
    events = article("e_vientianetimes_laos_thailand.txt").events
    assert all({"Laos", "Thailand"} <= set(e.actors) for e in events if "Joint Commission" in e.what)
