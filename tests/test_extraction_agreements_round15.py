"""Agreements, round 15: the fields a next sentence gives instruments signed before (`The agreements signed on Tuesday
cover X and Y`, `The programme covers X, Y and Z`), a titled convention named again by its kind alone where its
signing is told, and two proper names before the one plural noun they share as one field."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str | None, str]]:
    return [(a.kind, a.domains, a.date, a.place, a.status) for a in facts.agreements if a.kind != "council"]


def test_the_fields_a_next_sentence_lists_give_one_signed_entry_each() -> None:
    entries = _entries(article("r15_agreements_1_leta.txt"))
    for field in ("defence", "energy", "education", "tourism"):
        assert ("agreement", [field], "2025-10-14", "Riga", "signed") in entries
    assert not any(domains == [] for _, domains, _, _, _ in entries)
    for following in ("The agreements cover health, transport and culture.",
                      "The agreements signed on Tuesday also cover health, transport and culture.",
                      "They deal with health, transport and culture, among other areas.",
                      "The documents concern cooperation in health, transport and culture."):
        facts = written(f"The two sides signed six agreements after the commission session. {following}",
                        pair=("Chile", "Peru"), lede="SANTIAGO - Chile and Peru held talks on Tuesday.")
        assert _entries(facts) == [("agreement", [field], "2025-03-11", "Santiago", "signed")
                                   for field in ("health", "transport", "culture")], following


def test_a_titled_convention_named_again_takes_the_signing_told_of_it() -> None:
    conventions = [a for a in article("r15_agreements_1_leta.txt").agreements if "onvention" in a.name]
    assert [(a.domains, a.date, a.place, a.status) for a in conventions] == \
        [(["Avoidance of Double Taxation"], "2025-10-13", "Riga", "signed")]
    facts = written("Officials had negotiated the Convention for the Elimination of Double Taxation since 2021. The convention was "
                    "signed in Lima on Monday, the finance ministry said.", pair=("Chile", "Peru"),
                    lede="Chile and Peru held talks.")
    assert _entries(facts) == [("agreement", ["Elimination of Double Taxation"], "2025-03-10", "Lima", "signed")]
    # named again with no convention told before: which one is untold, and it is no instrument of its own
    facts = written("The convention was signed in Lima on Monday.", pair=("Chile", "Peru"), lede="Chile and Peru held talks.")
    assert facts.agreements == []


def test_the_fields_of_a_programme_a_next_sentence_lists_are_its_own() -> None:
    programmes = [e for e in _entries(article("r15_agreements_2_kabar.txt")) if e[1] != [] and "science" in e[1]]
    assert programmes == [("agreement", ["agriculture", "culture", "science"], "2025-06-24", "Bishkek", "signed")]
    facts = written("The ministers also signed a work programme for 2026-2028. The programme covers fisheries, "
                    "higher education and health.", lede="Indonesia and Vietnam held talks on Tuesday in Hanoi.")
    assert _entries(facts) == [("agreement", ["fisheries", "higher education", "health"], "2025-03-11", "Hanoi",
                                "signed")]


def test_two_names_before_one_plural_noun_are_one_field() -> None:
    fields = [e[1] for e in _entries(article("r15_agreements_2_kabar.txt"))]
    assert ["joint management of the Chu and Talas rivers"] in fields
    assert not any(field in (["Talas rivers"], ["joint management of the Chu"]) for field in fields)
    facts = written("The two ministers signed an agreement on the protection of the Mekong and Bassac rivers on Tuesday.",
                    pair=("Cambodia", "Vietnam"), lede="Cambodia and Vietnam held talks.")
    assert [a.domains for a in facts.agreements] == [["protection of the Mekong and Bassac rivers"]]
    facts = written("The two sides signed agreements on the Trade and Tourism sectors on Tuesday.",
                    pair=("Cambodia", "Vietnam"), lede="Cambodia and Vietnam held talks.")
    assert len(facts.agreements) == 2


def test_what_a_work_costs_after_a_comma_is_no_field() -> None:
    facts = written("In 2022, the two countries signed a memorandum of understanding on the construction of a natural gas "
                    "pipeline, estimated to cost $1.1 billion.", pair=("Kenya", "Tanzania"), lede="Kenya and Tanzania held talks.")
    assert [a.domains for a in facts.agreements] == [["construction of a natural gas pipeline"]]


def test_a_comprehensive_economic_cooperation_agreement_is_a_free_trade_agreement() -> None:
    facts = written("The two sides said the Comprehensive Economic Cooperation Agreement (CECA), in force since July "
                    "2011, should be reviewed.", pair=("India", "Singapore"), lede="India and Singapore held talks.")
    assert [(a.kind, a.status, a.date) for a in facts.agreements] == [("fta", "in_force", "2011-07")]


def test_instruments_listed_one_by_one_after_a_colon_are_one_entry_each() -> None:
    mous = [(a.kind, a.domains) for a in article("r15_agreements_3_pib.txt").agreements if a.kind == "mou"]
    assert mous == [("mou", ["recruitment", "employment", "repatriation of workers"]),
                    ("mou", ["Ayurveda", "other traditional systems of medicine"]),
                    ("mou", ["digital technologies"]), ("mou", ["youth", "sports"])]
    facts = written("The following agreements were signed: agreement on visa exemption; MoU on fisheries and "
                    "aquaculture; and agreement on a joint patrol of the Natuna Sea.")
    assert [(a.kind, a.domains) for a in facts.agreements] == [
        ("agreement", ["visa exemption"]), ("mou", ["fisheries", "aquaculture"]),
        ("agreement", ["joint patrol of the Natuna Sea"])]


def test_one_instrument_named_among_others_keeps_its_fields_together() -> None:
    facts = written("The two sides signed an agreement on the avoidance of double taxation and the prevention of "
                    "fiscal evasion and a memorandum of understanding on tourism on Tuesday.")
    assert [(a.kind, a.name) for a in facts.agreements] == [
        ("agreement", "Indonesia–Vietnam agreement on avoidance of double taxation and prevention of fiscal evasion"),
        ("mou", "Indonesia–Vietnam memorandum of understanding on tourism")]
    facts = written("The two sides signed agreements on health and education on Tuesday.")
    assert [a.domains for a in facts.agreements] == [["health"], ["education"]]
