"""People, round 34: a country's citizens in the plural ending a minister's fields are the office's words, not the
first of its holder's name (`Minister for Overseas Sri Lankans Nimal Perera`, `Minister of Labour and Overseas
Filipinos Maria Santos`), and alone after such an office they name no one (`opened by the Minister for Overseas
Indians.`); a field that is no people still ends the office before its holder (`Minister for Overseas Employment
Manusha Nanayakkara`) (short texts)."""
from __future__ import annotations

from extraction_support import roles_of, written

PAIR = ("Sri Lanka", "Qatar")
LEDE = "Sri Lanka and Qatar held talks in Colombo on Monday."


def test_a_people_ending_a_ministers_fields_is_the_offices() -> None:
    facts = written("Separately, Minister for Overseas Sri Lankans Nimal Perera met members of the Qatari delegation "
                    "in Colombo on Tuesday.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Nimal Perera": "Minister for Overseas Sri Lankans"}
    assert [e.actors for e in facts.events if "Qatari delegation" in e.quote] == [["Nimal Perera", "Qatar"]]
    facts = written("Minister of Labour and Overseas Filipinos Maria Santos attended the signing.",
                    pair=("Philippines", "Qatar"), lede="The Philippines and Qatar held talks in Doha on Monday.")
    assert roles_of(facts) == {"Maria Santos": "Minister of Labour and Overseas Filipinos"}


def test_a_people_alone_after_such_an_office_names_no_one() -> None:
    facts = written("The talks were opened by the Minister for Overseas Indians.", pair=("India", "Qatar"),
                    lede="India and Qatar held talks in Doha on Monday.")
    assert roles_of(facts) == {}


def test_a_field_that_is_no_people_still_ends_the_office() -> None:
    facts = written("Minister for Overseas Employment Manusha Nanayakkara met Qatari officials on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Manusha Nanayakkara": "Minister for Overseas Employment"}
    facts = written("Minister of Foreign Affairs Vijitha Herath said Sri Lankans in Qatar would benefit.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Vijitha Herath": "Minister of Foreign Affairs"}
