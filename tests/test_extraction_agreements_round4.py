"""Agreements, fourth round: acronyms of the pair's instruments defined by their owner (`their PTA (IP-PTA)`),
documents counted in words and listed in a sentence of their own, executive programmes, joint statements adopted,
councils that meet beside the instruments signed there, statements of intent, an instrument's later status, a new
version still negotiated, strategic partnership agreements (articles a4_*.txt, f3_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written


def entries(facts) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(a.kind, " ".join(a.domains), a.status) for a in facts.agreements]


def test_an_acronym_defined_for_the_pairs_own_instrument_names_it_later() -> None:
    facts = article("f3_brecorder_pakistan_indonesia.txt")
    assert ("2012-01", ["Indonesia", "Pakistan"]) in [(e.date, e.actors) for e in facts.events], \
        "`their preferential trade agreement (IP-PTA)` ... `The IP-PTA, signed in January 2012`"
    facts = article("a4_trend_azerbaijan_pakistan.txt")
    assert {"2024-03", "2024-05"} <= {e.date for e in facts.events}, "`the PTA (APPTA) signed by the two countries`"
    facts = written("Indonesia and Vietnam agreed to review their trade in goods agreement (IV-TIGA). The IV-TIGA, "
                    "signed in May 2009, cut tariffs.")
    assert "2009-05" in [e.date for e in facts.events]


def test_an_acronym_of_another_pairs_or_a_blocs_instrument_is_not_the_pairs() -> None:
    facts = written("Malaysia and Thailand agreed to review their trade in goods agreement (MT-TIGA). The MT-TIGA, "
                    "signed in May 2009, cut tariffs.")
    assert "2009-05" not in [e.date for e in facts.events]
    facts = written("Vietnam and other members upgraded their ASEAN Trade in Goods Agreement (ATIGA). The ATIGA, "
                    "signed in February 2009, cut tariffs.")
    assert "2009-02" not in [e.date for e in facts.events]


def test_documents_counted_in_words_and_listed_in_the_next_sentence_are_the_listed_ones() -> None:
    facts = article("a4_trend_azerbaijan_pakistan.txt")
    assert entries(facts)[:4] == [
        ("agreement", "air services", "signed"), ("agreement", "mutual legal assistance", "signed"),
        ("agreement", "avoidance of double taxation", "signed"), ("mou", "oil and gas sector", "signed")]
    assert {(a.date, a.place) for a in facts.agreements[:4]} == {("2024-07-12", "Baku")}
    facts = written("Indonesia and Vietnam signed seven documents in Hanoi on Monday. The documents include an "
                    "agreement on fisheries and a memorandum of understanding on tourism.")
    assert [(a.kind, a.domains, a.date, a.place) for a in facts.agreements] == [
        ("agreement", ["fisheries"], "2025-03-10", "Hanoi"), ("mou", ["tourism"], "2025-03-10", "Hanoi")]


def test_instruments_listed_after_those_signed_share_their_signing() -> None:
    facts = article("a4_malaysiakini_malaysia_turkiye.txt")
    listed = [(a.name, a.domains, a.date, a.place) for a in facts.agreements if a.kind == "agreement"][:3]
    assert listed == [
        ("Malaysia–Türkiye executive programme on cultural cooperation", ["cultural cooperation"], "2025-10-22",
         "Ankara"),
        ("Malaysia–Türkiye protocol on mutual recognition of driving licences",
         ["mutual recognition of driving licences"], "2025-10-22", "Ankara"),
        ("Malaysia–Türkiye framework agreement on science and technology", ["science and technology"], "2025-10-22",
         "Ankara")]
    facts = written("Indonesia and Vietnam signed 12 agreements in Jakarta on Tuesday. These agreements also included "
                    "a protocol on customs and an executive programme on sports for 2025 to 2027.")
    assert entries(facts) == [("agreement", "customs", "signed"), ("agreement", "sports", "signed")]


def test_a_joint_statement_adopted_is_an_instrument_one_said_in_is_not() -> None:
    facts = article("a4_malaysiakini_malaysia_turkiye.txt")
    assert ("declaration", "Palestine", "signed") in entries(facts), "not `calling for an immediate ceasefire`"
    facts = written("The two prime ministers adopted a joint statement on maritime security.")
    assert entries(facts) == [("declaration", "maritime security", "signed")]
    facts = written("Indonesia and Vietnam said in a joint statement that they would cooperate on fisheries.")
    assert entries(facts) == []


def test_a_council_meeting_beside_the_instruments_signed_is_a_fact_of_its_own_undated() -> None:
    facts = article("a4_malaysiakini_malaysia_turkiye.txt")
    councils = [(a.name, a.date) for a in facts.agreements if a.kind == "council"]
    assert councils == [("High-Level Strategic Cooperation Council", None),
                        ("Malaysia-Türkiye Joint Trade Committee", None)], "two councils, not one; undated: met, not set up"
    facts = article("a4_yenisafak_turkiye_malaysia.txt")
    assert ("agreement", "defence industry cooperation", "signed") in entries(facts)
    assert facts.agreements[0].date == "2025-03-03", "`sealed a framework agreement ... on Monday, as ... held the 5th"
    facts = article("y_kuna_kuwait_turkiye.txt")
    assert [a.domains[0] for a in facts.agreements if a.kind == "agreement"][:2] == ["defence", "youth and sports"]
    assert ("council", "cooperation", "established") in entries(facts), "`during the sixth meeting of the X Committee`"
    facts = written("Indonesia and Vietnam signed nine MoUs in areas such as energy and health at the third meeting of "
                    "the Indonesia-Vietnam Joint Commission on Tuesday.")
    assert entries(facts) == [("mou", "energy", "signed"), ("mou", "health", "signed"),
                              ("council", "", "established")]
    assert facts.agreements[-1].date is None, "the third meeting's day is not when the commission was set up"


def test_a_council_of_an_organisation_is_not_the_pairs() -> None:
    facts = article("xinhua_china_kazakhstan.txt")
    assert not [a for a in facts.agreements if "Heads of State" in a.name]
    facts = written("Widodo attended the fifth meeting of the Council of Foreign Ministers of the Mekong Forum in "
                    "Hanoi with Vietnamese leaders.")
    assert entries(facts) == []


def test_an_instrument_only_explored_or_discussed_is_none() -> None:
    facts = article("a4_trend_azerbaijan_pakistan.txt")
    assert not [a for a in facts.agreements if "investment" in a.domains], "`agreed to explore a BIT`"
    facts = written("Indonesia and Vietnam discussed the possibility of concluding a free trade agreement.")
    assert entries(facts) == []
    facts = written("Indonesia and Vietnam agreed to explore a double taxation treaty and to sign a visa waiver "
                    "agreement next year.")
    assert [a.domains for a in facts.agreements] == [["visa waiver"]]


def test_an_instrument_named_again_as_in_force_on_a_date_is_in_force() -> None:
    facts = article("a4_trend_azerbaijan_pakistan.txt")
    assert [(a.status, a.date) for a in facts.agreements if a.kind == "fta"] == [("in_force", "2024-05")]
    facts = written("Indonesia and Vietnam signed the Indonesia-Vietnam Investment Agreement (IVIA) in 2021. "
                    "The IVIA took effect on 1 July 2023.")
    assert [(a.status, a.date) for a in facts.agreements] == [("in_force", "2023-07-01")]
    facts = written("Indonesia and Vietnam signed a defence treaty in Hanoi on Monday. The treaty will enter into "
                    "force once both parliaments ratify it.")
    assert [(a.status, a.date) for a in facts.agreements] == [("signed", "2025-03-10")]


def test_a_new_version_still_negotiated_is_planned_and_undated() -> None:
    facts = article("a4_yenisafak_turkiye_malaysia.txt")
    assert [(a.name, a.status, a.date) for a in facts.agreements if a.kind == "fta"] == [
        ("Malaysia–Türkiye Free Trade Agreement", "in_force", "2015"),
        ("expanded Malaysia–Türkiye Free Trade Agreement", "planned", None)]
    facts = written("The Indonesia-Vietnam Free Trade Agreement, in force since 2019, is being reviewed, the minister "
                    "said, noting that talks on the upgraded agreement would start in May.")
    assert [(a.status, a.date) for a in facts.agreements] == [("in_force", "2019"), ("planned", None)]


def test_a_strategic_partnership_agreement_is_on_strategic_partnership() -> None:
    facts = article("a4_yenisafak_turkiye_malaysia.txt")
    assert ("agreement", "strategic partnership", "signed") in entries(facts)
    facts = written("Indonesia and Vietnam signed a comprehensive strategic partnership agreement on Monday.")
    assert entries(facts) == [("agreement", "strategic partnership", "signed")]
