"""Event places that used to come out wrong: a day of a trip abroad placed in the dateline's city at home when the
visitor's home press reports it (`ISLAMABAD: ... returned home after a visit to Uzbekistan`, the talks having been in
Tashkent), and a place with an elided particle cut at its apostrophe (`Côte` for `Côte d'Ivoire`)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _places(facts: ArticleFacts) -> dict[str, str | None]:
    return {e.date: e.place for e in facts.events}


def test_a_day_of_a_trip_abroad_is_in_the_city_visited_not_the_dateline() -> None:
    places = _places(article("r12_events_1_dawn.txt"))
    assert places["2021-07-16"] == "Tashkent"
    assert places["2021-07-18"] == "Islamabad"  # going home is at home
    facts = written("On Tuesday, Mr Ruto held talks with President Hakainde Hichilema at the presidential palace, and "
                    "Kenya and Zambia signed three agreements.",
                    pair=("Kenya", "Zambia"),
                    lede="NAIROBI, March 12 - President William Ruto, who landed in Lusaka on Monday for a three-day "
                         "state visit to Zambia, inspected a guard of honour.")
    assert _places(facts)["2025-03-11"] == "Lusaka"
    # a trip still to come leaves the days before it at home
    facts = written("On Tuesday, Mr Ruto met Zambia's envoy to Kenya, Jane Banda, at his office.",
                    pair=("Kenya", "Zambia"),
                    lede="NAIROBI, March 12 - President William Ruto will travel to Lusaka next week for a state "
                         "visit to Zambia.")
    assert _places(facts)["2025-03-11"] == "Nairobi"


def test_a_place_with_an_elided_particle_is_whole() -> None:
    assert _places(article("r12_people_2_jeuneafrique.txt"))["2024-11-13"] == "Abidjan"
    facts = written("Austrian and Italian ministers met in Cortina d'Ampezzo on Monday to discuss the Brenner "
                    "corridor.", pair=("Austria", "Italy"), lede="Austria and Italy held talks.")
    assert _places(facts)["2025-03-10"] == "Cortina d'Ampezzo"
