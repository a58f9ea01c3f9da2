"""Agreements, third round: the day of signing between an instrument and its list of fields, a memorandum of
agreement with its purpose and its signing bodies, a new version of an FTA to be signed, the date an instrument is in
force since, a treaty negotiated in a clause of its own, the signers of each clause, and where a council first met
(articles z_*.txt, a3_vir_vietnam_chile.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written


def domains_of(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return [d for a in facts.agreements if a.kind != "council" for d in a.domains]


def test_a_day_in_brackets_before_the_list_hides_no_field() -> None:
    facts = article("z_agenciabrasil_brazil_china.txt")
    assert domains_of(facts) == ["agriculture", "trade", "investment", "science and technology", "health", "tourism"]
    assert {a.date for a in facts.agreements} == {"2024-11-20"}
    facts = written("Indonesia and Vietnam signed 12 cooperation agreements on Tuesday (March 11) in areas such as "
                    "fisheries, energy and education.")
    assert domains_of(facts) == ["fisheries", "energy", "education"]
    facts = written("Indonesia and Vietnam signed nine MoUs on 11 March in the fields of mining and health.")
    assert domains_of(facts) == ["mining", "health"]


def test_a_memorandum_of_agreement_is_an_mou_with_its_purpose_and_signing_bodies() -> None:
    facts = article("z_thesun_education.txt")
    moa = facts.agreements[0]
    assert (moa.kind, moa.domains, moa.parties) == (
        "mou", ["joint degree programmes"], ["Universiti Putra Malaysia", "Ankara University"])
    assert "memorandum of agreement" in moa.name
    facts = written("On Tuesday, Gadjah Mada University (UGM) and Vietnam's Hanoi Medical University signed a "
                    "memorandum of agreement to develop joint research centres in Hanoi.")
    assert [(a.kind, a.domains, a.parties) for a in facts.agreements] == [
        ("mou", ["joint research centres"], ["Gadjah Mada University", "Hanoi Medical University"])]


def test_what_every_instrument_is_for_or_talks_aim_at_is_no_field() -> None:
    facts = written("Indonesia and Vietnam signed an agreement to strengthen cooperation.")
    assert [a.domains for a in facts.agreements] == [[]]
    facts = written("Indonesia and Vietnam began negotiations on a pact to share satellite data.")
    assert [(a.status, a.domains) for a in facts.agreements] == [("planned", [])]


def test_the_expanded_agreement_is_a_planned_new_version_of_the_fta() -> None:
    facts = article("z_miti_press_release.txt")
    assert [(a.kind, a.status, a.date) for a in facts.agreements] == [
        ("fta", "in_force", "2015-08-01"), ("fta", "planned", "2025")]
    assert "Free Trade Agreement" in facts.agreements[1].name
    facts = written("The Indonesia-Vietnam Free Trade Agreement has been in force since 2019. "
                    "The upgraded agreement is expected to be signed in 2026.")
    assert [(a.kind, a.status, a.date) for a in facts.agreements] == [
        ("fta", "in_force", "2019"), ("fta", "planned", "2026")]


def test_an_instrument_is_in_force_since_its_date_of_force_not_of_signing() -> None:
    facts = written("The Indonesia-Vietnam Free Trade Agreement, signed on 3 May 2018 and in force since 1 June "
                    "2019, covers goods.")
    assert [(a.kind, a.status, a.date) for a in facts.agreements] == [("fta", "in_force", "2019-06-01")]


def test_my_article_of_signed_mous_a_council_an_fta_a_planned_treaty_and_company_deals() -> None:
    facts = article("a3_vir_vietnam_chile.txt")
    mous = [a for a in facts.agreements if a.kind == "mou"]
    assert [a.domains[0] for a in mous] == ["agriculture", "renewable energy", "mining", "education",
                                            "vocational training", "culture"]
    assert {(a.date, a.place, a.status) for a in mous} == {("2024-11-11", "Santiago", "signed")}
    councils = [a for a in facts.agreements if a.kind == "council"]
    assert [(a.name, a.status, a.place) for a in councils] == [
        ("Vietnam-Chile Joint Business Council", "established", "Santiago")]
    assert [(a.status, a.date) for a in facts.agreements if a.kind == "fta"] == [("in_force", "2014-01-01")]
    planned = [(a.name, a.status) for a in facts.agreements if a.status == "planned"]
    assert len(planned) == 2 and "treaty on investment" in planned[1][0]
    companies = [(a.kind, a.parties, a.domains) for a in facts.agreements if "Vietnam" not in a.parties]
    assert companies == [("agreement", ["Vietnam Airlines", "LATAM Airlines"], ["codeshare"]),
                         ("contract", ["Vinamilk", "Soprole"], ["dairy ingredients"])]
    assert not [a for a in facts.agreements if "CPTPP" in a.name or "defence" in a.domains], \
        "a bloc both are members of, and `agreed to strengthen cooperation`, are no instruments of the pair"


def test_a_treaty_negotiated_in_a_clause_of_its_own_is_a_planned_entry() -> None:
    facts = written("Widodo said the two governments would sign a tax agreement next year, and that negotiations on "
                    "a maritime boundary treaty would begin in May.")
    assert [(a.name, a.status) for a in facts.agreements] == [
        ("Indonesia–Vietnam agreement on tax", "planned"), ("Indonesia–Vietnam treaty on maritime boundary", "planned")]


def test_the_bodies_of_each_clause_sign_its_instrument() -> None:
    facts = written("Garuda Indonesia and Vietnam Airlines signed a codeshare agreement, while Pertamina and Vietnam's "
                    "PetroVietnam inked a contract to supply liquefied natural gas.")
    assert [(a.parties, a.domains) for a in facts.agreements] == [
        (["Garuda Indonesia", "Vietnam Airlines"], ["codeshare"]),
        (["Pertamina", "PetroVietnam"], ["liquefied natural gas"])]


def test_a_council_is_placed_where_it_first_met() -> None:
    facts = written("The two sides set up a Joint Trade Committee, which held its first meeting in Hue on Tuesday.")
    assert [(a.kind, a.place) for a in facts.agreements] == [("council", "Hue")]
