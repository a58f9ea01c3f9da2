"""Instruments that used to be missed: a convention named by its title or signed right before (`a Consular
Convention`, `signed a convention on X`), a declaration named by its title and signed or adopted (`adopted the Astana
Declaration on Strategic Partnership`), and a programme signed or adopted by the pair (`a strategic cooperation
programme`, `a work programme`); never one merely spoken of, discussed or of many countries."""
from __future__ import annotations
from extraction_support import agreement_entries, article, written


def test_a_titled_convention_signed_by_the_pair_is_an_instrument() -> None:
    facts = article("r14_instruments_1_novinite.txt")
    assert [(a.kind, a.domains, a.date, a.place) for a in facts.agreements] == [
        ("agreement", ["Consular"], "2024-05-15", "Ruse"),
        ("agreement", ["Legal Assistance in Civil Matters"], "2024-05-15", "Ruse"),
        ("agreement", ["Establishment"], "2024-05-15", "Ruse")]  # not the Council of Europe's, nor one proposed
    facts = written("Georgia and Armenia on Monday signed a Convention on Extradition, and their justice ministers "
                    "signed a convention on the transfer of sentenced persons.\n\nBoth are parties to the European "
                    "Convention on Human Rights. The talks were held at the Tbilisi convention centre.",
                    pair=("Georgia", "Armenia"), lede="Georgia and Armenia held talks in Tbilisi.")
    assert agreement_entries(facts) == [("agreement", ["Extradition"], "2025-03-10", "signed"),
                                        ("agreement", ["transfer of sentenced persons"], "2025-03-10", "signed")]


def test_a_convention_merely_spoken_of_is_no_instrument() -> None:
    facts = written("The minister spoke of a convention on labour migration. The Convention will be discussed "
                    "again next year.")
    assert facts.agreements == []


def test_a_titled_declaration_signed_or_adopted_is_a_declaration() -> None:
    facts = article("r14_instruments_2_kazinform.txt")
    declarations = [(a.name, a.domains, a.date, a.status) for a in facts.agreements
                    if a.kind == "declaration" and "Declaration" in a.name]
    assert declarations == [
        ("Kazakhstan–Kyrgyzstan Astana Declaration on Strategic Partnership and Alliance",
         ["Strategic Partnership and Alliance"], "2024-11-26", "signed"),
        ("Kazakhstan–Kyrgyzstan Bishkek Declaration on Deepening Allied Relations",
         ["Deepening Allied Relations"], "2023", "signed")]
    facts = written("The prime ministers of Malaysia and Brunei signed the Kuala Lumpur Declaration on Monday.\n\n"
                    "Anwar later spoke of a declaration of intent to cooperate on halal products.",
                    pair=("Malaysia", "Brunei"), lede="Malaysia and Brunei held talks.")
    assert [(a.kind, a.name, a.domains, a.date) for a in facts.agreements] == [
        ("declaration", "Malaysia–Brunei Kuala Lumpur Declaration", [], "2025-03-10")]


def test_a_declaration_of_intent_signed_names_its_field_without_its_preposition() -> None:
    facts = written("Indonesia and Vietnam signed a declaration of intent to cooperate on energy on Monday.")
    assert [(a.kind, a.domains) for a in facts.agreements] == [("declaration", ["energy"])]


def test_a_programme_signed_by_the_pair_is_an_agreement() -> None:
    facts = article("r14_instruments_3_khmertimes.txt")
    assert [(a.kind, a.name, a.date, a.place) for a in facts.agreements] == [
        ("agreement", "Cambodia–Laos cooperation programme", "2024-04-11", "Phnom Penh"),
        ("agreement", "Cambodia–Laos work programme on border management", "2024-04-11", "Phnom Penh")]
    facts = written("Indonesia and Vietnam endorsed a cultural exchange program for 2025-2027 on Monday.\n\n"
                    "The ministers also discussed a work programme on fisheries and a training programme for "
                    "customs officers.")
    assert agreement_entries(facts) == [("agreement", ["cultural exchange"], "2025-03-10", "signed")]


def test_a_programme_covering_several_fields_is_one_instrument() -> None:
    facts = written("Indonesia and Vietnam will sign a work programme on fisheries and aquaculture next month.")
    assert agreement_entries(facts) == [("agreement", ["fisheries", "aquaculture"], None, "planned")]
