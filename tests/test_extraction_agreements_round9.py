"""Agreements, ninth round: instruments a sentence lists after a signing (`Among them were ...`), fields after
`cooperation in the fields of`, a signing denied (`No contract has been signed`), negotiations concluded or an
entry into force to come, a body still to be set up, the date of the second of two clauses, fields cut at what is
no field, the field after the two bodies that sign, and the town of a signing told before its day or by the visit
it was signed on (articles r9_agreements_*.txt, short texts)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _fields(facts: ArticleFacts) -> list[tuple[str, str]]:
    return sorted((a.kind, d) for a in facts.agreements for d in a.domains)


def test_instruments_listed_among_those_signed() -> None:
    fields = _fields(article("r9_agreements_1_gna.txt"))
    assert ("mou", "production of fertilisers") in fields and ("agreement", "avoidance of double taxation") in fields
    facts = written("Kenya and Ethiopia signed nine agreements on Monday. Among them was a protocol on cross-border "
                    "trade and a memorandum of understanding on livestock health.",
                    ("Kenya", "Ethiopia"), "Kenya and Ethiopia held talks in Nairobi on Monday.")
    assert [(a.kind, a.domains, a.status, a.date) for a in facts.agreements] == [
        ("agreement", ["cross-border trade"], "signed", "2025-03-10"),
        ("mou", ["livestock health"], "signed", "2025-03-10")]


def test_fields_after_cooperation_in_the_fields_of() -> None:
    facts = article("r9_agreements_5_jordantimes.txt")
    assert [d for a in facts.agreements for d in a.domains][:2] == ["energy", "transport"]
    facts = written("Indonesia and Vietnam signed 12 documents on Tuesday. The documents cover cooperation in the "
                    "areas of fisheries, tourism and aviation.")
    assert _fields(facts) == [("agreement", "aviation"), ("agreement", "fisheries"), ("agreement", "tourism")]


def test_a_signing_denied_is_none() -> None:
    facts = article("r9_agreements_3_defensenews.txt")
    assert not [a for a in facts.agreements if "No contract" in a.quote]
    facts = written("Officials said no agreement has been signed yet. The two sides have not yet signed the "
                    "memorandum of understanding on rice trade.")
    assert [(a.kind, a.domains, a.status) for a in facts.agreements] == [("mou", ["rice trade"], "planned")]


def test_negotiations_concluded_and_an_entry_into_force_to_come_are_no_signing() -> None:
    facts = article("r9_agreements_2_rnz.txt")
    assert [(a.kind, a.status) for a in facts.agreements if a.kind == "fta"] == [("fta", "planned")]
    facts = written("Peru and Thailand concluded negotiations on a free trade agreement in Lima on Monday. The deal "
                    "was concluded after six rounds. Under the agreement, duties on rice will be cut on entry into "
                    "force.", ("Peru", "Thailand"), "Peru and Thailand held talks.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("fta", "planned")]


def test_a_body_still_to_be_set_up_is_planned() -> None:
    facts = article("r9_agreements_4_montsame.txt")
    assert [(a.name, a.status) for a in facts.agreements if a.kind == "council"] == [("Joint Committee", "planned")]
    facts = written("A Joint Committee on Maritime Affairs will be set up. Its first meeting is scheduled for June.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("council", "planned")]


def test_the_date_of_the_second_of_two_clauses() -> None:
    facts = article("r9_agreements_4_montsame.txt")
    assert [(a.domains, a.date) for a in facts.agreements if a.kind == "declaration"] == [([], "2013")]
    facts = written("The two countries set up a joint commission in 2015 and signed an agreement on fisheries in "
                    "2019.")
    assert [(a.kind, a.date) for a in facts.agreements if a.kind == "agreement"] == [("agreement", "2019")]


def test_fields_cut_at_what_is_no_field() -> None:
    facts = article("r9_agreements_5_jordantimes.txt")
    fields = [d for a in facts.agreements for d in a.domains]
    assert "interconnection of electricity grids" in fields and "cultural cooperation" in fields
    gna = _fields(article("r9_agreements_1_gna.txt"))
    assert ("agreement", "mutual promotion and protection of investments") in gna
    facts = written("Indonesia and Vietnam signed an agreement on the mutual promotion and protection of "
                    "investments, an MoU on the linking of both countries' power grids and an executive programme "
                    "on youth exchanges for the period 2025-2027.")
    assert _fields(facts) == [("agreement", "mutual promotion and protection of investments"),
                              ("agreement", "youth exchanges"), ("mou", "linking of power grids")]


def test_the_field_after_the_bodies_that_sign() -> None:
    facts = article("r9_agreements_3_defensenews.txt")
    assert ("mou", "research and development") in _fields(facts)
    facts = written("Indonesia and Vietnam signed a memorandum of understanding between state lender Bank Mandiri "
                    "and Vietcombank on trade finance for 20 exporters.")
    assert _fields(facts) == [("mou", "trade finance")]


def test_the_town_of_a_signing_told_before_its_day_or_by_its_visit() -> None:
    facts = article("r9_agreements_3_defensenews.txt")
    assert {a.place for a in facts.agreements if a.date == "2022-02-10"} == {"Jakarta"}
    assert {a.place for a in article("r9_agreements_1_gna.txt").agreements} == {"Accra"}
    facts = written("The agreement was signed on Tuesday. The two sides also signed a memorandum of understanding "
                    "on copper exploration.", ("Chile", "Australia"),
                    "SYDNEY - Chile has signed an agreement on lithium processing with Australia, at a ceremony in "
                    "Santiago.")  # the dateline is the reporter's town, not the signing's
    assert [(a.domains, a.date, a.place) for a in facts.agreements] == [
        (["lithium processing"], "2025-03-11", "Santiago"), (["copper exploration"], "2025-03-11", "Santiago")]
    facts = written("The two countries signed an agreement on rail transport during the state visit of President "
                    "Luiz Inacio Lula to Hanoi.", ("Brazil", "Vietnam"), "Brazil and Vietnam held talks.")
    assert [a.place for a in facts.agreements] == ["Hanoi"]

