"""Agreements, round 35: memoranda of cooperation (MoCs) `were signed/exchanged in the fields of` a list, one entry
each, the list's `and` after a word that ends an item (`defence cooperation and ICT and cyber security`); a sentence
listing the instruments told signed before (`They include`, `These include`) names them again, no new ones, at most
telling their kinds, and an instrument about a programme is not the programme (`an agreement on the implementation of
the X scholarship programme`); a field is never a period (`for the 2024-2027 period`); `Under the <field> agreement`
names one told before; each instrument takes its own clause's date (`was renewed in 2022, and in October 2023 the
ministries signed`); a partial list after a count (`five agreements, including on military and energy cooperation`)
has a field per noun, and a fuller list of the same signing adds none twice; a joint statement issued on a
partnership, and a joint text issued in the passive, is a declaration of the talks' day; notes exchanged for X are an
agreement, dated by the signing, not by what it funds (articles r35_agreements_1_mofa.txt, r35_agreements_2_tass.txt,
r35_agreements_3_aa.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, placed_agreements, written

PAIR = ("Kenya", "Germany")
LEDE = "Kenya and Germany held talks in Nairobi on Tuesday."  # the story is of Wednesday 12 March 2025


def test_memoranda_of_cooperation_signed_or_exchanged_in_fields() -> None:
    assert placed_agreements("r35_agreements_1_mofa.txt")[:6] == [
        ("mou", [field], "2024-05-16", "signed", "Seoul")
        for field in ("digital government", "water resources", "rural roads", "vocational training",
                      "customs cooperation", "climate and forestry")]
    facts = written("Three MoCs were signed and exchanged in the fields of health, tourism cooperation and ICT and "
                    "cyber security.", PAIR, LEDE)
    assert [(a.kind, a.domains) for a in facts.agreements] == [
        ("mou", ["health"]), ("mou", ["tourism cooperation"]), ("mou", ["ICT and cyber security"])]
    facts = written("Kenya and Germany on Tuesday signed a Memorandum of Cooperation (MoC) on green hydrogen.", PAIR,
                    LEDE)
    assert agreement_entries(facts) == [("mou", ["green hydrogen"], "2025-03-11", "signed")]
    facts = written("Kenya and Germany on Tuesday signed five agreements on trade, energy, mining, youth and sports "
                    "and culture.", PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["trade"], ["energy"], ["mining"], ["youth and sports"],
                                                     ["culture"]]


def test_a_listing_sentence_names_the_instruments_told_before() -> None:
    assert placed_agreements("r35_agreements_2_tass.txt")[:3] == [
        ("agreement", ["higher education"], "2024-03-06", "signed", "Prague"),
        ("mou", ["irrigation"], "2024-03-06", "signed", "Prague"),
        ("mou", ["veterinary medicine"], "2024-03-06", "signed", "Prague")]
    facts = written("Kenya and Germany on Tuesday signed two documents on vocational training and green hydrogen.\n\n"
                    "These include an agreement on the German skilled-worker programme and an MoU on green hydrogen.",
                    PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["vocational training"], "2025-03-11", "signed"),
                                        ("mou", ["green hydrogen"], "2025-03-11", "signed")]
    facts = written("Kenya and Germany on Tuesday signed 12 agreements, including on energy and trade.\n\n"
                    "They include an MoU on tourism.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["energy"], "2025-03-11", "signed"),
                                        ("agreement", ["trade"], "2025-03-11", "signed"),
                                        ("mou", ["tourism"], "2025-03-11", "signed")]


def test_a_field_is_never_a_period_nor_an_instrument_its_programme() -> None:
    assert not [a for a in article("r35_agreements_2_tass.txt").agreements
                if any("period" in field or "programme" in field for field in a.domains)]
    facts = written("Kenya and Germany on Tuesday signed a cultural exchange programme for the 2025-2027 period.",
                    PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["cultural exchange"], "2025-03-11", "signed")]
    facts = written("Kenya and Germany on Tuesday signed an agreement on the implementation of the Erasmus "
                    "scholarship programme.", PAIR, LEDE)
    assert [(a.name, a.domains) for a in facts.agreements] == [
        ("Kenya–Germany agreement on implementation of the Erasmus scholarship programme",
         ["implementation of the Erasmus scholarship programme"])]
    facts = written("Kenya and Germany on Tuesday signed an agreement on energy and a work programme on culture.",
                    PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["energy"], ["culture"]]


def test_under_the_field_agreement_names_one_told_before() -> None:
    assert not [a for a in article("r35_agreements_2_tass.txt").agreements if a.quote.startswith("Under")]
    facts = written("Kenya and Germany on Tuesday signed an agreement on skilled migration.\n\nUnder the labour "
                    "agreement, Germany will issue 5,000 work visas a year to Kenyans.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["skilled migration"], "2025-03-11", "signed")]
    facts = written("Kenya and Germany on Tuesday signed an agreement on skilled migration.\n\nUnder the new labour "
                    "agreement, which is still being negotiated, Germany will issue 5,000 work visas a year.",
                    PAIR, LEDE)
    assert [(a.domains, a.status) for a in facts.agreements] == [(["skilled migration"], "signed"),
                                                                 (["labour"], "planned")]


def test_each_instrument_takes_its_own_clauses_date() -> None:
    assert placed_agreements("r35_agreements_2_tass.txt")[3:] == [
        ("mou", ["labour migration"], "2022", "signed", None),
        ("agreement", ["readmission"], "2023-10", "signed", None)]
    facts = written("The agreement on seasonal work was renewed in 2021, and the two sides signed an MoU on vocational "
                    "training in June 2022.", PAIR, LEDE)
    assert [(a.domains, a.date) for a in facts.agreements if a.kind == "mou"] == [(["vocational training"], "2022-06")]
    facts = written("In June 2022 the two health ministries signed an MoU on digital health.", PAIR, LEDE)
    assert [(a.domains, a.date) for a in facts.agreements] == [(["digital health"], "2022-06")]


def test_a_partial_list_after_a_count_and_a_fuller_list_of_the_same_signing() -> None:
    assert [(kind, domains) for kind, domains, *_ in placed_agreements("r35_agreements_3_aa.txt")] == [
        ("agreement", ["energy"]), ("agreement", ["health cooperation"]),
        ("agreement", ["renewable energy cooperation"]), ("mou", ["tourism"]),
        ("agreement", ["mutual recognition of education diplomas"])]
    facts = written("Kenya and Germany on Tuesday signed six agreements, including on military and energy "
                    "cooperation.", PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["military"], ["energy cooperation"]]
    facts = written("Kenya and Germany on Tuesday signed an agreement on military and energy cooperation.", PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["military and energy cooperation"]]


def test_a_joint_statement_issued_on_a_partnership_is_a_declaration() -> None:
    assert [entry for entry in placed_agreements("r35_agreements_1_mofa.txt") if entry[0] == "declaration"] == [
        ("declaration", ["Strategic Partnership"], "2024-05-16", "signed", "Seoul")]
    facts = written("A Joint Statement on Enhanced Strategic Partnership between Kenya and Germany was issued after "
                    "the talks.", PAIR, LEDE)
    assert agreement_entries(facts) == [("declaration", ["Enhanced Strategic Partnership"], "2025-03-11", "signed")]
    facts = written("A Joint Declaration on Green Hydrogen was issued after the talks.", PAIR, LEDE)
    assert agreement_entries(facts) == [("declaration", ["Green Hydrogen"], "2025-03-11", "signed")]
    for body in ("A joint statement was issued after the talks.",
                 "The two leaders issued a joint statement on the situation in Sudan."):
        assert written(body, PAIR, LEDE).agreements == []


def test_notes_exchanged_are_an_agreement_of_the_signing_day() -> None:
    assert [entry for entry in placed_agreements("r35_agreements_1_mofa.txt") if entry[0] == "agreement"] == [
        ("agreement", ["Third Economic Development Cooperation Fund (EDCF) Framework Arrangement"], "2024-05-16",
         "signed", "Seoul")]
    facts = written("The two foreign ministers exchanged notes on a grant for rural electrification.", PAIR, LEDE)
    assert [(a.kind, a.domains, a.status) for a in facts.agreements] == [
        ("agreement", ["grant for rural electrification"], "signed")]
    assert written("Journalists exchanged notes on the talks.", PAIR, LEDE).agreements == []
    facts = written("Kenya and Germany signed an exchange of notes in March 2024, under which Germany will provide 50 "
                    "million euros for water projects from 2025 to 2027.", PAIR, LEDE)
    assert [a.date for a in facts.agreements] == ["2024-03"]
