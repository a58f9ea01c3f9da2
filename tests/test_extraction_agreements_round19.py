"""Agreements, round 19: a list of the instruments signed, one a line, whose items name only fields (`The memoranda
exchanged covered:` then `- Cooperation in the field of renewable energy;`); an instrument in force is dated by the
clause that tells when it took effect (`the entry into force of X, which took effect on 1 January 2025`); a
title in capitals or in quotation marks is one field; a programme listed after other instruments to be signed is one
too, and an umbrella of `cooperation agreements` listed by field is no entry of its own; the day of a dateline left in
the lede is not that of the signing it tells; a free trade agreement named among the documents signed is one; the term
an instrument is renewed for is no field; a doer named in an item (`the supply of fertiliser by Morocco's OCP Group and
the avoidance of double taxation`) does not end the list of fields (articles r19_agreements_1_wam.txt, r19_agreements_2_agerpres.txt,
r19_agreements_3_ena.txt, r19_agreements_4_irna.txt and short texts)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str]]:
    return [(a.kind, a.domains, a.date, a.status) for a in facts.agreements if a.kind != "council"]


def test_items_of_a_list_of_the_instruments_signed_may_name_only_their_fields() -> None:
    entries = _entries(article("r19_agreements_1_wam.txt"))
    for fields in (["renewable energy"], ["agriculture", "food security"], ["Mutual recognition of driving licences"],
                   ["Cultural cooperation"]):
        assert ("mou", fields, "2025-04-15", "signed") in entries
    assert not [e for e in entries if e[0] == "mou" and not e[1]], "the umbrella is listed by field"
    facts = written("Chile and Peru signed five agreements in Lima on Monday.\n\nThe agreements signed cover:\n\n"
                    "- Cooperation in fisheries;\n- Mining and energy;\n\nThe talks were cordial.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, fields, date) for kind, fields, date, _ in _entries(facts)] == \
        [("agreement", ["fisheries"], "2025-03-10"), ("agreement", ["Mining", "energy"], "2025-03-10")]
    facts = written("Chile and Peru signed an agreement on fisheries on Monday. They talked about the following:\n\n"
                    "- trade;\n- tourism.", pair=PAIR, lede=LEDE)
    assert [fields for _, fields, _, _ in _entries(facts)] == [["fisheries"]]


def test_an_instrument_in_force_is_dated_by_the_clause_that_tells_when_it_took_effect() -> None:
    entries = _entries(article("r19_agreements_1_wam.txt"))
    assert ("agreement", ["Avoidance of Double Taxation"], "2025-01-01", "in_force") in entries
    facts = written("The ministers hailed the entry into force of the Convention on Social Security, which took effect "
                    "on 1 March 2025.", pair=PAIR, lede=LEDE)
    assert [(date, status) for _, _, date, status in _entries(facts)] == [("2025-03-01", "in_force")]
    facts = written("The ministers hailed the entry into force of their air services agreement, which will take "
                    "effect on 1 April 2025.", pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _ in _entries(facts)] == [None]


def test_a_title_in_capitals_or_in_quotation_marks_is_one_field() -> None:
    entries = _entries(article("r19_agreements_2_agerpres.txt"))
    assert ("agreement", ["Friendly Relations and Cooperation"], "2001", "signed") in entries
    entries = _entries(article("r19_agreements_4_irna.txt"))
    assert ("agreement", ["Science, Technology and Innovation"], "2023-05-23", "signed") in entries
    assert not [e for e in entries if "Zolfigol" in " ".join(e[1])]
    facts = written('Chile and Peru also signed the "Accord on Cooperation in the Field of Mining, Energy and '
                    'Water", the ministry said.', pair=PAIR, lede=LEDE)
    assert [fields for _, fields, _, _ in _entries(facts)] == [["Mining, Energy and Water"]]
    facts = written("Chile and Peru signed a Treaty on Good Neighbourliness and Cooperation on Monday.",
                    pair=PAIR, lede=LEDE)
    assert [fields for _, fields, _, _ in _entries(facts)] == [["Good Neighbourliness and Cooperation"]]


def test_a_programme_listed_after_other_instruments_to_be_signed_is_one() -> None:
    entries = _entries(article("r19_agreements_2_agerpres.txt"))
    assert ("agreement", ["cultural exchanges"], None, "planned") in entries
    assert not [e for e in entries if e[1] == ["cooperation"]], "the three cooperation agreements are those listed"
    facts = written("Chile and Peru are set to sign an agreement on cooperation in the field of mining, a memorandum "
                    "of understanding on fisheries and a programme of scientific exchanges for 2025-2027.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, fields) for kind, fields, _, _ in _entries(facts)] == \
        [("agreement", ["mining"]), ("mou", ["fisheries"]), ("agreement", ["scientific exchanges"])]


def test_the_day_of_a_dateline_left_in_the_lede_is_not_the_signing_day() -> None:
    entries = _entries(article("r19_agreements_3_ena.txt"))
    signed = [e for e in entries if e[3] == "signed" and e[0] == "agreement"]
    assert len(signed) == 5 and all(date == "2024-02-21" for _, _, date, _ in signed)
    facts = written("The agreements were signed by the two foreign ministers.", pair=PAIR,
                    lede="Lima, March 12/2025 (Andina) - Chile and Peru signed three agreements on Tuesday.\n\n"
                         "The agreements are in the areas of fisheries, mining and energy.")
    assert {date for _, _, date, _ in _entries(facts)} == {"2025-03-11"}


def test_a_free_trade_agreement_named_among_the_documents_signed_is_one() -> None:
    facts = article("r19_agreements_4_irna.txt")
    assert [(a.kind, a.date, a.status) for a in facts.agreements if "trade" in " ".join(a.domains)
            and a.kind != "council"] == [("fta", "2023-05-23", "signed")]
    facts = written("Chile and Peru signed nine documents, including a free trade agreement, in Lima on Monday.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, date) for kind, _, date, _ in _entries(facts)] == [("fta", "2025-03-10")]


def test_the_term_an_instrument_is_renewed_for_is_no_field() -> None:
    facts = article("r19_agreements_3_ena.txt")
    assert [a.domains for a in facts.agreements if a.kind == "contract"] == [["power"]]
    facts = written("Chile and Peru renewed their fisheries agreement for another five years.", pair=PAIR, lede=LEDE)
    assert [fields for _, fields, _, _ in _entries(facts)] == [["fisheries"]]


def test_a_doer_named_in_an_item_does_not_end_the_list_of_fields() -> None:
    fields = [a.domains for a in article("r19_agreements_3_ena.txt").agreements if a.kind == "agreement"]
    assert ["use of the Port of Djibouti"] in fields and ["higher education"] in fields
    facts = written("Chile and Peru signed three agreements in Lima on Monday. The other two agreements cover the "
                    "supply of copper by Chile's Codelco and the avoidance of double taxation.", pair=PAIR, lede=LEDE)
    assert ["avoidance of double taxation"] in [fields for _, fields, _, _ in _entries(facts)]
    facts = written("Chile and Peru signed agreements on fisheries signed by Chile and Peru and energy.", pair=PAIR,
                    lede=LEDE)
    assert [fields for _, fields, _, _ in _entries(facts)] == [["fisheries"]]
