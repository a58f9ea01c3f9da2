"""Agreements, round 16: an instrument brought in with its own signing after one named again (`review the agreement
and discuss a bilateral investment treaty, which was signed in 2024`), a signing `Following the talks` dated and
placed by those talks, an instrument `between the Government of X and the Government of Y on Z`, the fields of `the
other documents` signed with one named on its own, and what ends a field (`is a practical step`, `in force`, `in the
presence of`)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written

CHILE_PERU = ("Chile", "Peru")
LEDE = "Chile and Peru held talks."


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str | None, str]]:
    return [(a.kind, a.domains, a.date, a.place, a.status) for a in facts.agreements if a.kind != "council"]


def test_an_instrument_told_anew_with_its_own_signing_is_an_entry_of_its_own() -> None:
    entries = _entries(article("r15_events_1_gulfnews.txt"))
    assert ("agreement", ["investment"], "2024-02", None, "signed") in entries
    assert ("fta", ["trade"], "2022-05-01", None, "in_force") in entries
    facts = written("Chile and Peru have had a free trade agreement in force since 2009. Trade ministers will meet in "
                    "Lima next month to assess the deal and to discuss an air services agreement, which was signed in "
                    "May 2022.", pair=CHILE_PERU, lede=LEDE)
    # not placed in Lima, where the ministers will meet: its signing names no town
    assert _entries(facts) == [("fta", ["trade"], "2009", None, "in_force"),
                               ("agreement", ["air services"], "2022-05", None, "signed")]


def test_a_signing_following_the_talks_has_their_day_and_the_city_of_the_visit() -> None:
    entries = _entries(article("r13_events_1_himalayantimes.txt"))
    assert ("agreement", ["tripartite power sale"], "2024-03-22", "Dhaka", "signed") in entries
    assert ("mou", ["tourism"], "2024-03-22", "Dhaka", "signed") in entries
    facts = written("President Boric arrived on Sunday. On Monday, the two presidents held talks at the Palacio de "
                    "Gobierno in Lima. After the talks, Chile and Peru signed an agreement on fisheries. The two sides "
                    "also exchanged an MoU on education.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("agreement", ["fisheries"], "2025-03-10", "Lima", "signed"),
                               ("mou", ["education"], "2025-03-10", "Lima", "signed")]
    facts = written("President Boric had flown to Lima on Sunday. On Monday, the two presidents held talks at the "
                    "Palacio de Gobierno in Miraflores. On the sidelines of the meeting, the foreign ministers signed "
                    "an agreement on fisheries.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("agreement", ["fisheries"], "2025-03-10", "Lima", "signed")]


def test_a_letter_signed_on_the_sidelines_of_a_meeting_has_its_day() -> None:
    entries = _entries(article("r16_agreements_2_kuensel.txt"))
    assert ("mou", ["traditional medicine"], "2025-03-13", "Thimphu", "signed") in entries  # not Paro's airport
    assert ("mou", ["tourism"], "2025-03-15", "Thimphu", "signed") in entries


def test_an_instrument_between_two_governments_has_the_field_named_after_them() -> None:
    entries = _entries(article("r16_agreements_3_vmee.txt"))
    assert ("agreement", ["social security"], "2023-05-04", "Tallinn", "signed") in entries
    assert ("agreement", ["avoidance of double taxation"], "2007", None, "in_force") in entries
    assert not any("presence" in " ".join(domains) or "step" in " ".join(domains) for _, domains, _, _, _ in entries)
    assert len(entries) == 6
    facts = written("The ministers signed an agreement between the Government of the Republic of Chile and the "
                    "Government of the Republic of Peru on the mutual recognition of driving licences in the presence "
                    "of the two presidents.", pair=CHILE_PERU, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["mutual recognition of driving licences"]]


def test_the_fields_of_the_other_documents_signed_are_one_entry_each() -> None:
    entries = _entries(article("r16_agreements_1_hungarytoday.txt"))
    for field in ("gas storage", "electricity trading", "water management", "border control"):
        assert ("agreement", [field], "2022-10-11", "Palić", "signed") in entries
    assert not any(domains == ["intergovernmental"] for _, domains, _, _, _ in entries)
    facts = written("Chile and Peru signed nine agreements on Tuesday, including an MoU on lithium mining. Both "
                    "presidents praised the deals. The remaining agreements cover fisheries, tourism and higher "
                    "education.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("mou", ["lithium mining"], "2025-03-11", None, "signed")] + \
        [("agreement", [field], "2025-03-11", None, "signed") for field in ("fisheries", "tourism", "higher education")]


def test_what_is_said_of_an_instrument_or_that_it_holds_is_no_field() -> None:
    facts = written("Chile and Peru have had an agreement on the avoidance of double taxation in force since 2004.",
                    pair=CHILE_PERU, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["avoidance of double taxation"]]


def test_what_the_sides_do_under_an_instrument_a_sentence_opens_with_is_its_field() -> None:
    entries = _entries(article("r16_agreements_1_hungarytoday.txt"))
    assert ("agreement", ["modernising the Budapest–Belgrade railway line"], "2014", None, "signed") in entries
    facts = written("Under a memorandum signed in Lima last year, Chile and Peru will jointly build a border hospital "
                    "in Tacna.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("mou", ["build a border hospital"], "2024", "Lima", "signed")]
    # one named before is that one, not another
    facts = written("Chile and Peru signed an agreement on fisheries in 2019. Under the agreement, Chile will train "
                    "Peruvian inspectors.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("agreement", ["fisheries"], "2019", None, "signed")]
