"""Agreements, seventh round: an instrument signed that sets up a council is an entry besides the council, a bloc's
instrument named with one of the pair is not the pair's, a minister's title listing fields names no signing bodies,
and a comma closing a clause after an instrument lists no other (articles r6_agreements_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written


def test_an_agreement_signed_to_set_up_a_council_is_an_entry_besides_the_council() -> None:
    facts = article("r6_agreements_2_khaleejtimes.txt")
    kinds = {(a.kind, a.status, a.date) for a in facts.agreements if "Strategic Cooperation Council" in a.name}
    assert kinds == {("agreement", "signed", "2025-01-21"), ("council", "established", "2025-01-21")}
    facts = written("Indonesia and Vietnam on Tuesday signed a protocol on the establishment of a Joint Economic "
                    "Commission.")
    assert {(a.kind, a.status) for a in facts.agreements} == {("agreement", "signed"), ("council", "established")}


def test_a_bloc_instrument_named_with_one_of_the_pair_is_not_the_pairs() -> None:
    facts = article("r6_agreements_3_bangkokpost.txt")
    assert not [a for a in facts.agreements if a.kind == "fta"]
    facts = written("Vietnam hopes to conclude a Vietnam-European Free Trade Association free trade agreement soon, "
                    "the minister said.")
    assert facts.agreements == []


def test_a_ministers_title_listing_fields_names_no_signing_bodies() -> None:
    facts = article("r6_agreements_4_astanatimes.txt")
    minerals = [a for a in facts.agreements if a.domains == ["critical minerals supply chains"]]
    assert [a.parties for a in minerals] == [["South Korea", "Kazakhstan"]]
    facts = written("Vietnam's Minister of Planning, Investment and Development Nguyen Chi Dung signed an agreement on "
                    "aquaculture with Indonesia in Hanoi on Tuesday.")
    assert [a.parties for a in facts.agreements] == [["Indonesia", "Vietnam"]]


def test_a_comma_closing_a_clause_after_an_instrument_lists_no_other() -> None:
    facts = article("r6_agreements_4_astanatimes.txt")
    assert not [a for a in facts.agreements if "treaty" in a.name]
    facts = written("The Indonesia-Vietnam agreement on fisheries, signed in Jakarta on 4 May 2024, supersedes the "
                    "2003 treaty and sets new quotas.")
    assert [(a.domains, a.date) for a in facts.agreements] == [(["fisheries"], "2024-05-04")]
