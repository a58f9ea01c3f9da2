"""Agreements, round 30: instruments told `one on X and another on Y` are one entry per field, each field whole; the
instruments of a sentence opening with them and a long `signed at ...` clause that `cover sectors including X, Y and
Z` are one entry per sector; a signer whose name follows a title (`Presidents Luiz Inácio Lula da Silva and X
signed`) is a person, so the instrument is the pair's; `the protocol of the meeting` is one of its own, not one told
before; a quantity (`the supply of up to 500 million cubic meters of gas a year`) is no part of a field; a treaty
`also` negotiated is not the deals signed; capitalised words joined by `and` before a title's head noun (`the Belt
and Road Initiative`) are one field; what an MoU is to do to `the two countries'` systems is its field; an
instrument whose own clause tells it `was extended until 2029` is in force (articles r30_agreements_1_japantimes.txt,
r30_agreements_2_mercopress.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025


def test_one_on_a_field_and_another_on_another_are_two_entries() -> None:
    facts = article("r30_agreements_1_japantimes.txt")
    assert [(a.kind, a.domains, a.status, a.parties) for a in facts.agreements][:2] == [
        ("mou", ["quantum research and semiconductors"], "signed", ["Finland", "Japan"]),
        ("mou", ["circular economy"], "signed", ["Finland", "Japan"])]
    facts = written("Chile and Peru signed two memorandums of understanding between the governments, one on "
                    "cooperation in mining and metallurgy and another on the blue economy, the ministry said.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", ["mining and metallurgy"], "2025-03-10", "signed"),
                                        ("mou", ["blue economy"], "2025-03-10", "signed")]
    # places are no fields
    facts = written("Chile and Peru signed two memorandums of understanding, one in Arica and another in Tacna.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", [], "2025-03-10", "signed")]


def test_instruments_whose_long_signing_clause_comes_before_the_sectors_they_cover() -> None:
    facts = article("r30_agreements_2_mercopress.txt")
    assert [(a.kind, a.domains, a.date) for a in facts.agreements if a.kind == "mou"] == [
        ("mou", ["logistics"], "2024-06-12"), ("mou", ["forestry"], "2024-06-12"),
        ("mou", ["renewable energy"], "2024-06-12"), ("mou", ["river transport"], "2024-06-12")]
    facts = written("The nine memorandums of understanding, signed at a Chile-Peru business forum attended by Peru's "
                    "Minister of Economy Jose Arista and Chile's Minister of Finance Mario Marcel, cover sectors "
                    "including copper, fisheries and tourism, the ministry said in a statement.", pair=PAIR, lede=LEDE)
    assert [(a.kind, a.domains) for a in facts.agreements] == [
        ("mou", ["copper"]), ("mou", ["fisheries"]), ("mou", ["tourism"])]
    # the forum covered them, not the memoranda
    facts = written("The nine memorandums of understanding were signed at a business forum, which covered sectors "
                    "including copper, fisheries and tourism.", pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [[]]


def test_signers_named_after_their_title_are_people_so_the_pair_signs() -> None:
    facts = article("r30_agreements_2_mercopress.txt")
    declarations = [(a.name, a.parties) for a in facts.agreements if a.kind == "declaration"]
    assert declarations == [("Paraguay–Uruguay joint declaration", ["Paraguay", "Uruguay"])]
    facts = written("Presidents Gabriel Boric and Pedro Pablo Kuczynski de Godard signed a joint declaration at the "
                    "Palacio de Gobierno on Monday.", pair=PAIR, lede=LEDE)
    assert [(a.kind, a.parties) for a in facts.agreements] == [("declaration", ["Chile", "Peru"])]
    # bodies whose names have a particle still sign for themselves
    facts = written("Boliviana de Aviación and Peru's Sky Airline signed a codeshare agreement on Monday.",
                    pair=PAIR, lede=LEDE)
    assert [a.parties for a in facts.agreements] == [["Aviación", "Sky Airline"]]


def test_the_protocol_of_the_meeting_is_an_instrument_of_its_own() -> None:
    facts = article("r30_agreements_2_mercopress.txt")
    assert [(a.name, a.date, a.status) for a in facts.agreements if "protocol" in a.name] == [
        ("Paraguay–Uruguay protocol of the meeting", "2024-06-12", "signed")]
    facts = written("Chile and Peru signed a string of deals in Lima on Monday. Ministers co-chaired the 9th meeting "
                    "of the Chile-Peru Joint Commission, where they signed the protocol of the session.",
                    pair=PAIR, lede=LEDE)
    assert [(a.name, a.status) for a in facts.agreements if a.kind != "council"] == [
        ("Chile–Peru deals", "signed"), ("Chile–Peru protocol of the session", "signed")]
    # `the protocol` alone is the one told before
    facts = written("Chile and Peru signed a protocol on fisheries on Monday. Ministers praised the protocol.",
                    pair=PAIR, lede=LEDE)
    assert [a.name for a in facts.agreements] == ["Chile–Peru protocol on fisheries"]


def test_a_quantity_is_no_part_of_a_contracts_field() -> None:
    facts = article("r30_agreements_1_japantimes.txt")
    assert [(a.domains, a.parties) for a in facts.agreements if a.kind == "contract"] == [
        (["supply of green hydrogen"], ["Fortum", "JERA"])]
    facts = written("ENAP and Petroperu signed a contract for the supply of up to 2 million barrels of crude oil a "
                    "year to Lima.", pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["supply of crude oil"]]
    # a number that counts what the field is of stays
    facts = written("Chile and Peru signed an agreement on the protection of 12 of the region's wetlands.",
                    pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["protection of 12 of the region's wetlands"]]


def test_a_treaty_also_negotiated_is_not_the_deals_signed() -> None:
    facts = article("r30_agreements_2_mercopress.txt")
    assert [(a.name, a.date, a.status) for a in facts.agreements if "investment" in a.domains] == [
        ("Paraguay–Uruguay deal on investment", "2024-06-12", "signed"),
        ("Paraguay–Uruguay treaty on investment", None, "planned")]
    facts = written("Chile and Peru signed investment deals worth $1 billion on Monday. The two sides are also "
                    "negotiating a bilateral investment treaty, an official said.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["investment"], "2025-03-10", "signed"),
                                        ("agreement", ["investment"], None, "planned")]
    # talks told without `also` are those that led to the deals
    facts = written("Chile and Peru signed investment deals worth $1 billion on Monday. The two sides spent years "
                    "negotiating a bilateral investment treaty.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["investment"], "2025-03-10", "signed")]


def test_words_joined_by_and_before_a_titles_head_are_one_field() -> None:
    facts = article("r30_agreements_1_japantimes.txt")
    assert [(a.domains, a.date) for a in facts.agreements if a.date == "2021"] == [
        (["Green Growth and Digital Transition Initiative"], "2021")]
    facts = written("Peru signed a Memorandum of Understanding with China on the Belt and Road Initiative in 2019.",
                    pair=("China", "Peru"), lede="China and Peru held talks in Lima on Monday.")
    assert [a.domains for a in facts.agreements] == [["Belt and Road Initiative"]]
    # two titles are two fields
    facts = written("Chile and Peru signed an agreement on the Research and Innovation Programme and the Green "
                    "Transition Fund on Monday.", pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["Research and Innovation Programme", "Green Transition Fund"]]


def test_what_an_instrument_does_to_the_pairs_own_systems_is_its_field() -> None:
    facts = written("Ministers held talks in Lima, after which officials signed a memorandum of understanding to link "
                    "the two countries' instant payment systems and an agreement on customs matters.",
                    pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["instant payment systems"], ["customs matters"]]


def test_an_instrument_told_extended_until_a_year_is_in_force() -> None:
    facts = written("Chilean miners are the main beneficiaries of the bilateral mining agreement, which regulates the "
                    "tax-free trade of copper between the two countries and was extended until 2030.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["mining"], None, "in_force")]
    # a term of something else is no instrument's
    facts = written("Chilean miners benefit from the mining agreement, while the truce, which was extended until "
                    "2030, holds.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []
