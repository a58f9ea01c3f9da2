"""Agreements, round 34: a clause of why after a list of fields (`, as both sides seek to ...`) ends it; a sentence
opening with `The <its field> <kind>` names an instrument the story told a sentence or so before (`signed an agreement
to expand local currency settlement` then `The dong-won agreement was signed by the central banks`), no new one,
unless it is told new, dated apart or the one before had no field; instruments told `one on X and the other on Y`,
`the first on X and the second on Y` after where and when they were signed are one entry each, a work's name without
`proposed`; instruments spoken of in general are none (`many MoUs over the years`, `Big electronics contracts will
stay in dollars`, `thanks to its free trade agreements`); a `pending` instrument is not signed, and none when talks
only covered it; a protocol `allowing exports of X` has them as field, and `expect to conclude` plans it; a contract
with a body `to build X` is for X, and one told `, with a contract` after the goods it is for has them; an instrument
a new one replaces is none (articles r34_agreements_1_vnexpress.txt, r34_agreements_2_andina.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, placed_agreements, written

PAIR = ("Kenya", "Germany")
LEDE = "Kenya and Germany held talks in Nairobi on Tuesday."  # the story is of Wednesday 12 March 2025


def test_a_clause_of_why_after_a_list_ends_it() -> None:
    assert placed_agreements("r34_agreements_1_vnexpress.txt")[:2] == [
        ("agreement", ["local currency settlement"], "2025-05-14", "signed", "Hanoi"),
        ("mou", ["critical minerals supply chain"], "2025-05-14", "signed", "Hanoi")]
    facts = written("Kenya and Germany on Tuesday signed an agreement on vocational training, and a memorandum of "
                    "understanding on green hydrogen, as both sides seek to double trade by 2030.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["vocational training"], "2025-03-11", "signed"),
                                        ("mou", ["green hydrogen"], "2025-03-11", "signed")]


def test_an_instrument_named_again_by_other_words_is_no_new_one() -> None:
    assert not [a for a in article("r34_agreements_1_vnexpress.txt").agreements
                if a.quote.startswith(("The dong-won", "The minerals", "The metro", "The second"))]
    facts = written("Kenya and Germany on Tuesday signed an agreement to expand the recruitment of Kenyan nurses.\n\n"
                    "The skills agreement will see German hospitals hire 2,000 nurses, with the first arrivals "
                    "scheduled for next year.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["recruitment"], "2025-03-11", "signed")]


def test_one_named_new_dated_apart_or_after_none_with_a_field_stays() -> None:
    facts = written("Kenya and Germany on Tuesday signed two cooperation agreements in Nairobi.\n\nThe geothermal "
                    "agreement was signed by the two energy ministries.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["geothermal"], "2025-03-11", "signed")]
    facts = written("Kenya and Germany on Tuesday signed an agreement on nurse recruitment.\n\nThe defence "
                    "agreement, signed in 2019, will be reviewed next year.", PAIR, LEDE)
    assert [(kind, domains, date) for kind, domains, date, _ in agreement_entries(facts)] == [
        ("agreement", ["nurse recruitment"], "2025-03-11"), ("agreement", ["defence"], "2019")]


def test_one_on_x_and_the_other_on_y_after_place_and_day() -> None:
    assert placed_agreements("r34_agreements_1_vnexpress.txt")[2:] == [
        ("agreement", ["extension of the Ho Chi Minh City metro"], "2025-05-14", "signed", "Hanoi"),
        ("agreement", ["flood control in the Mekong Delta"], "2025-05-14", "signed", "Hanoi")]
    facts = written("Kenya and Germany signed two agreements in Mombasa on Tuesday, the first on port security and the "
                    "second on coastal tourism.", PAIR, LEDE)
    assert [(a.domains, a.date, a.place) for a in facts.agreements] == [
        (["port security"], "2025-03-11", "Mombasa"), (["coastal tourism"], "2025-03-11", "Mombasa")]
    facts = written("Kenya and Germany signed two grant agreements on Tuesday, one for solar mini-grids and one for "
                    "rural water supply.", PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["solar mini-grids"], ["rural water supply"]]


def test_a_work_proposed_is_named_without_the_word() -> None:
    facts = written("Kenya and Germany signed two loan agreements on Tuesday, one on the proposed Nairobi Commuter "
                    "Rail and the other on the proposed water treatment plant.", PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["Nairobi Commuter Rail"], ["proposed water treatment plant"]]


def test_copies_of_one_instrument_are_no_fields() -> None:
    facts = written("Kenya and Germany signed two memorandums of understanding in Nairobi, one in German and the "
                    "other in English.", PAIR, LEDE)
    assert agreement_entries(facts) == [("mou", [], "2025-03-11", "signed")]


def test_instruments_in_general_are_none() -> None:
    assert not [a for a in article("r34_agreements_1_vnexpress.txt").agreements
                if "many" in a.quote or "Big" in a.quote]
    assert not [a for a in article("r34_agreements_2_andina.txt").agreements if a.kind == "fta"]
    facts = written('"We have signed many MoUs with European partners over the years," the minister said. "Coffee '
                    'contracts will stay in dollars for now." Kenya could become a gateway to East Africa thanks to '
                    'its free trade agreements. Seasonal workers return home when their contracts end.', PAIR, LEDE)
    assert agreement_entries(facts) == []


def test_instruments_signed_or_to_be_signed_are_not_general() -> None:
    facts = written("Kenya and Germany signed several agreements on Tuesday.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", [], "2025-03-11", "signed")]
    facts = written("Coffee contracts will be signed next month.", PAIR, LEDE)
    assert [(kind, domains, status) for kind, domains, _, status in agreement_entries(facts)] == [
        ("contract", [], "planned")]
    facts = written("Kenya and Germany said their free trade agreements with each other would be reviewed.", PAIR,
                    LEDE)
    assert [(kind, status) for kind, _, _, status in agreement_entries(facts)] == [("fta", "planned")]
    facts = written("Kenya and Germany signed their first agreements on geothermal energy in 2019.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["geothermal energy"], "2019", "signed")]


def test_a_pending_instrument_is_not_signed() -> None:
    assert [(kind, domains, status) for kind, domains, _, status, _ in placed_agreements("r34_agreements_2_andina.txt")
            if kind == "agreement" and status != "signed" or "poultry" in domains] == [
        ("agreement", ["poultry"], "signed"), ("agreement", ["allowing exports of Peruvian blueberries"], "planned")]
    facts = written("The pending protocol on avocado exports was not among the documents signed on Tuesday.", PAIR,
                    LEDE)
    assert [(kind, status) for kind, _, _, status in agreement_entries(facts)] == [("agreement", "planned")]
    facts = written("Kenya and Germany met on Tuesday for talks that covered flower tariffs and the pending protocol "
                    "on avocado exports, and signed an MoU on fisheries.", PAIR, LEDE)
    assert [(kind, domains) for kind, domains, _, _ in agreement_entries(facts)] == [("mou", ["fisheries"])]


def test_a_long_pending_instrument_signed_is_signed() -> None:
    facts = written("Kenya and Germany on Tuesday signed the long-pending protocol on avocado exports.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["avocado exports"], "2025-03-11", "signed")]


def test_a_contract_to_build_a_work_is_for_it() -> None:
    assert placed_agreements("r34_agreements_2_andina.txt")[0] == (
        "contract", ["pumped-storage hydroelectric plant"], "2025-09-09", "signed", "Lima")
    facts = written("German engineering firm Rheinbau signed a contract with Kenya Power on Tuesday to build a "
                    "geothermal plant near Naivasha.", PAIR, LEDE)
    assert agreement_entries(facts) == [("contract", ["geothermal plant"], "2025-03-11", "signed")]
    facts = written("German engineering firm Rheinbau signed a contract with Kenya Power on Tuesday to strengthen "
                    "cooperation.", PAIR, LEDE)
    assert agreement_entries(facts) == [("contract", [], "2025-03-11", "signed")]


def test_a_contract_told_after_the_goods_it_is_for() -> None:
    assert [a.domains for a in article("r34_agreements_2_andina.txt").agreements if "navy" in a.quote] == [
        ["offshore patrol vessels"]]
    facts = written("Kenya will keep leasing the vessels for the next five years, with a contract expected to be "
                    "signed next year.", PAIR, LEDE)
    assert [(kind, domains) for kind, domains, _, _ in agreement_entries(facts)] == [("contract", [])]


def test_an_instrument_a_new_one_replaces_is_none() -> None:
    assert [(a.domains, a.date) for a in article("r34_agreements_2_andina.txt").agreements
            if "replacing" in a.quote] == [(["tax"], "2023-05")]
    facts = written("Kenya and Germany signed an air services agreement on Tuesday, superseding an older pact signed "
                    "in 1975.", PAIR, LEDE)
    assert agreement_entries(facts) == [("agreement", ["air services"], "2025-03-11", "signed")]
