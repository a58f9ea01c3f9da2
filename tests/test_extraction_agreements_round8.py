"""Agreements, eighth round: `the revised agreement` after an instrument already named as the revised one is that
instrument again, the verb of the clause after a list of fields is no field, and a building an instrument is signed
at is not its city when the dateline names one (articles r6_agreements_*.txt, r6_events_1_hurriyet.txt, short
texts)."""
from __future__ import annotations

from extraction_support import article, written


def test_the_revised_agreement_named_again_is_the_same_instrument() -> None:
    facts = article("r6_agreements_4_astanatimes.txt")
    assert [a for a in facts.agreements if a.kind == "agreement" and not a.domains] == []
    investments = [a for a in facts.agreements if "reciprocal protection of investments" in a.name]
    assert [(a.status, a.date) for a in investments] == [("in_force", "2025-08-27")]
    facts = written("Indonesia and Vietnam on Tuesday signed their amended agreement on fisheries cooperation in "
                    "Jakarta. The amended agreement, negotiated over three years, sets new catch quotas.")
    assert [(a.kind, a.domains) for a in facts.agreements] == [("agreement", ["fisheries cooperation"])]


def test_the_verb_of_the_clause_after_a_list_of_fields_is_no_field() -> None:
    facts = article("r6_events_1_hurriyet.txt")
    assert [a.domains for a in facts.agreements if a.kind == "mou"] == [["earthquake resilience"]]
    facts = written("Several agreements, including an MoU on water management and a protocol on mining, were "
                    "expected to be signed on Friday.", ("Chile", "Peru"), "Chile and Peru held talks.")
    assert sorted(d for a in facts.agreements for d in a.domains) == ["mining", "water management"]


def test_a_building_is_not_the_city_of_an_instrument_when_the_dateline_names_one() -> None:
    facts = article("r6_agreements_2_khaleejtimes.txt")
    assert {a.place for a in facts.agreements if a.date == "2025-01-21"} == {"Abu Dhabi"}
    facts = written("NEW DELHI - India and Vietnam on Wednesday established a Joint Commission on Trade as Prime "
                    "Minister Narendra Modi received Vietnamese Prime Minister Pham Minh Chinh at Hyderabad House.",
                    ("India", "Vietnam"), "India and Vietnam held talks.")
    assert [(a.kind, a.place) for a in facts.agreements] == [("council", "New Delhi")]
