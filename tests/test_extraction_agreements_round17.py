"""Agreements, round 17: a month of another calendar is no place (`in Rajab 1445 AH`), the town of an instrument's own
signing told in a clause right after it (`the agreement, which was signed in Tbilisi in 2017, and`), a field that is
the cooperation of two bodies (`on cooperation between their foreign service academies`), a visa waiver's holders of
passports, a council set up after diplomatic relations were established, and the fields of an instrument another
amends (`a protocol amending the 2007 Agreement ... on the Avoidance of Double Taxation`)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written

CHILE_PERU = ("Chile", "Peru")
LEDE = "Chile and Peru held talks."


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str | None, str]]:
    return [(a.kind, a.domains, a.date, a.place, a.status) for a in facts.agreements if a.kind != "council"]


def _councils(facts: ArticleFacts) -> list[tuple[str, str | None]]:
    return [(a.name, a.date) for a in facts.agreements if a.kind == "council"]


def test_a_month_of_the_hijri_calendar_is_no_place() -> None:
    entries = _entries(article("r17_agreements_1_omanobserver.txt"))
    assert ("agreement", ["extradition"], "2024-01-16", "Muscat", "signed") in entries
    assert not any(place == "Rajab" for _, _, _, place, _ in entries)
    facts = written("The two presidents signed an agreement on fisheries in Ramadan 1446 AH, in the presence of the "
                    "foreign ministers.", pair=CHILE_PERU, lede=LEDE)
    assert [place for _, _, _, place, _ in _entries(facts)] == [None]
    facts = written("The agreement on mining was signed in Baisakh 2081 BS.", pair=CHILE_PERU, lede=LEDE)
    assert [place for _, _, _, place, _ in _entries(facts)] == [None]


def test_the_town_of_an_instruments_own_signing_after_it_is_its_place() -> None:
    entries = _entries(article("r16_agreements_3_vmee.txt"))
    assert ("agreement", ["defence cooperation"], "2017", "Tbilisi", "signed") in entries
    facts = written("The ministers reviewed the fisheries agreement, which was signed in Cusco in 2017 and entered "
                    "into force in 2018, and agreed to meet again in Santiago.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("agreement", ["fisheries"], "2017", "Cusco", "signed")]


def test_cooperation_between_two_bodies_is_a_field_of_its_own() -> None:
    entries = _entries(article("r13_events_1_himalayantimes.txt"))
    assert ("mou", ["cooperation between their foreign service academies"], "2024-03-22", "Dhaka", "signed") in entries
    facts = written("The two sides also exchanged agreements on mining and on cooperation between their national "
                    "archives.", pair=CHILE_PERU, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [["mining"], ["cooperation between their national "
                                                                               "archives"]]
    # bodies joined with `and` still end the field, and a swap is still a swap
    entries = _entries(article("w_koreaherald_korea_indonesia.txt"))
    assert any(domains == ["currency swap"] for _, domains, _, _, _ in entries)


def test_the_holders_of_passports_a_visa_waiver_is_for_are_no_fields() -> None:
    entries = _entries(article("r17_agreements_1_omanobserver.txt"))
    assert ("agreement", ["mutual exemption of visa requirements"], "2024-01-16", "Muscat", "signed") in entries
    assert len(entries) == 7
    facts = written("Chile and Peru signed an agreement on visa waiver for holders of diplomatic, official and "
                    "service passports and an MoU on tourism.", pair=CHILE_PERU, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [["visa waiver"], ["tourism"]]


def test_a_council_set_up_after_diplomatic_relations_has_its_own_year() -> None:
    assert _councils(article("r17_agreements_1_omanobserver.txt")) == [("Joint Permanent Commission", "2009")]
    facts = written("Chile and Peru established full diplomatic relations in 1962 and formed a Joint Commission on "
                    "Trade in 1994.", pair=CHILE_PERU, lede=LEDE)
    assert _councils(facts) == [("Joint Commission on Trade", "1994")]


def test_an_instrument_amending_another_has_its_fields_and_is_an_entry_of_its_own() -> None:
    entries = _entries(article("r17_agreements_2_agendage.txt"))
    assert ("agreement", ["Avoidance of Double Taxation"], "2023-03-14", "Tbilisi", "signed") in entries
    facts = written("Chile and Peru signed an air services agreement in 2001. On Monday, the transport ministers signed "
                    "a protocol amending the air services agreement.", pair=CHILE_PERU, lede=LEDE)
    assert _entries(facts) == [("agreement", ["air services"], "2001", None, "signed"),
                               ("agreement", ["air services"], "2025-03-10", None, "signed")]
    assert "amending" in facts.agreements[1].name
