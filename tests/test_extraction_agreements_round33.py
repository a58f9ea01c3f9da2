"""Agreements, round 33: instruments signed for several purposes, each its own `to` clause, are one entry per clause,
the purpose as a noun (`two agreements to settle trade in their own currencies and to link their payment systems`);
a place and day between instruments and their list do not hide it (`two MoUs in Alexandria today, covering X and Y`);
contracts under which a side orders goods are one per good, without the quantities (`with Warsaw ordering 180 tanks
and 212 howitzers`), and `executive`/`implementing` is no field; commercial contracts spoken of by how they are priced
(`oil contracts are still priced in dollars`) are no instrument; `and <verb> cooperation` after an instrument's field
is a second verb, not a second field; a free trade agreement under talks or discussions is planned, and `a potential
agreement` with no field of its own is none; an agreement founding a body has the body as its field, named after it
(`an agreement establishing the X University`) or as what was set up under it; a list cut before a second verb
(`on X, Y and the Z, and agreed to ...`) loses the `and` that joined that verb, so Y and Z stay two;
instruments signed `During the visit,` (capitalised too) take the month and city of a delegation's visit told
before (`In January, X led a delegation to Dakar`), an instrument reviewed there keeps its own; instruments placed
only by the dateline take the town `The contracts, worth $X, were signed in` gives them, and an attribution
(`, the state procurement agency said`) ends a list (articles
r33_agreements_1_kathmandupost.txt, r33_agreements_2_defensenews.txt, r33_agreements_3_thestar.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, placed_agreements, written

PAIR = ("Ghana", "Senegal")
LEDE = "Ghana and Senegal held talks in Accra on Tuesday."  # the story is of Wednesday 12 March 2025


def test_several_purposes_are_one_instrument_each() -> None:
    assert placed_agreements("r33_agreements_1_kathmandupost.txt")[:2] == [
        ("agreement", ["settling bilateral trade in Nepali rupees and Bangladeshi taka"], "2025-03-18", "signed",
         "Kathmandu"),
        ("agreement", ["interlinking their QR code payment networks"], "2025-03-18", "signed", "Kathmandu")]
    facts = written("Ghana and Senegal signed three agreements on Tuesday to set up a joint fund, to open a trade "
                    "office in Dakar and to harmonise customs procedures.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["setting up a joint fund"], "2025-03-11", "signed"),
                                        ("agreement", ["opening a trade office in Dakar"], "2025-03-11", "signed"),
                                        ("agreement", ["harmonising customs procedures"], "2025-03-11", "signed")]


def test_one_purpose_or_general_ones_stay_as_before() -> None:
    facts = written("Ghana and Senegal signed two agreements on Tuesday to settle trade in local currencies.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["trade"], "2025-03-11", "signed")]
    facts = written("Ghana and Senegal signed agreements to strengthen cooperation and to deepen ties.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == [("agreement", [], "2025-03-11", "signed")]


def test_a_place_and_day_before_the_list_do_not_hide_it() -> None:
    assert placed_agreements("r33_agreements_1_kathmandupost.txt")[2:4] == [
        ("mou", ["hydropower skills training"], "2025-03-18", "signed", "Kathmandu"),
        ("mou", ["tourism promotion"], "2025-03-18", "signed", "Kathmandu")]
    facts = written("Ghana and Senegal signed two memorandums of understanding in Saint-Louis today, covering "
                    "fisheries monitoring and cross-border health.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", ["fisheries monitoring"], "2025-03-12", "signed"),
                                        ("mou", ["cross-border health"], "2025-03-12", "signed")]
    facts = written("Ghana and Senegal signed two agreements in Dar es Salaam on Monday on maritime security and "
                    "port logistics.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["maritime security"], "2025-03-10", "signed"),
                                        ("agreement", ["port logistics"], "2025-03-10", "signed")]


def test_a_place_before_no_list_gives_no_field() -> None:
    facts = written("Ghana and Senegal signed a memorandum of understanding in Dakar on the sidelines of the summit.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", [], "2025-03-11", "signed")]
    facts = written("Ghana and Senegal signed two memorandums of understanding in Dakar today, bringing the total to "
                    "nine.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", [], "2025-03-12", "signed")]


def test_a_list_a_b_and_the_c_is_three_fields() -> None:
    facts = written("The two sides signed memorandums of understanding on organic farming, satellite weather "
                    "forecasting and the blue economy.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", ["organic farming"], "2025-03-11", "signed"),
                                        ("mou", ["satellite weather forecasting"], "2025-03-11", "signed"),
                                        ("mou", ["blue economy"], "2025-03-11", "signed")]


def test_contracts_are_for_the_goods_ordered() -> None:
    assert placed_agreements("r33_agreements_2_defensenews.txt")[:2] == [
        ("contract", ["Gripen E fighter jets"], "2025-09-11", "signed", "Stockholm"),
        ("contract", ["Carl-Gustaf recoilless rifles"], "2025-09-11", "signed", "Stockholm")]
    facts = written("Senegal signed the first executive contracts under a large defence framework deal on Monday, "
                    "with Dakar ordering 40 armoured personnel carriers and 12 patrol helicopters.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == [("contract", ["armoured personnel carriers"], "2025-03-10", "signed"),
                                        ("contract", ["patrol helicopters"], "2025-03-10", "signed")]


def test_contracts_with_no_goods_ordered_keep_their_own_field_or_none() -> None:
    facts = written("Senegal signed the first executive contracts under a defence framework deal on Monday.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("contract", [], "2025-03-10", "signed")]
    facts = written("Senegal signed shipbuilding contracts with Ghana on Monday, with the navy also buying fuel.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("contract", ["shipbuilding"], "2025-03-10", "signed")]


def test_contracts_spoken_of_by_their_pricing_are_no_instrument() -> None:
    assert [a for a in article("r33_agreements_1_kathmandupost.txt").agreements if "priced" in a.quote] == []
    facts = written("Trade volumes would take time to grow because cocoa contracts are still priced in dollars.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []


def test_contracts_signed_and_priced_are_still_instruments() -> None:
    facts = written("Ghana and Senegal signed cocoa contracts worth 5 million dollars, which are priced in CFA "
                    "francs.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("contract", ["cocoa"], "2025-03-11", "signed")]


def test_a_second_verb_after_an_instrument_is_no_field() -> None:
    assert placed_agreements("r33_agreements_1_kathmandupost.txt")[4:] == [
        ("contract", ["Sunkoshi-3 hydropower project"], None, "planned", None)]
    facts = written("The minister proposed that the two sides soon finalise a loan agreement for the Tema port "
                    "expansion project and expand cooperation in fisheries.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["Tema port expansion project"], None, "planned")]


def test_a_field_joined_by_and_stays_a_field() -> None:
    facts = written("Ghana and Senegal signed agreements on trade, tourism and the promotion of investment.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["trade"], "2025-03-11", "signed"),
                                        ("agreement", ["tourism"], "2025-03-11", "signed"),
                                        ("agreement", ["promotion of investment"], "2025-03-11", "signed")]


def test_a_free_trade_agreement_under_talks_is_planned_and_a_potential_one_is_none() -> None:
    assert placed_agreements("r33_agreements_3_thestar.txt") == [
        ("fta", ["trade"], None, "planned", None),
        ("mou", ["agricultural research"], "2025-10-10", "signed", "Nairobi")]
    facts = written("Ghana and Senegal launched talks on a free trade agreement. Officials will report to ministers "
                    "on the scope of a potential agreement within six months.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("fta", ["trade"], None, "planned")]


def test_a_possible_agreement_with_a_field_and_talks_on_no_instrument_stay() -> None:
    facts = written("Ghana and Senegal will sign a possible agreement on fisheries next year.", pair=PAIR, lede=LEDE)
    assert [(kind, domains, status) for kind, domains, _, status in agreement_entries(facts)] == [
        ("agreement", ["fisheries"], "planned")]
    facts = written("Ghana and Senegal held talks on trade and security.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []


def test_an_agreement_founding_a_body_has_it_as_field() -> None:
    assert placed_agreements("r33_agreements_2_defensenews.txt")[2:] == [
        ("agreement", ["Swedish-Brazilian Aeronautics Innovation Centre"], "2016", "signed", None)]
    facts = written("In 2011 the two governments signed an intergovernmental agreement establishing the "
                    "Ghana-Senegal Institute of Marine Science (GSIMS).", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["Ghana-Senegal Institute of Marine Science"], "2011", "signed")]


def test_an_agreement_founding_nothing_named_has_no_such_field() -> None:
    facts = written("The institute was set up under an intergovernmental agreement signed in 2011.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == [("agreement", [], "2011", "signed")]
    facts = written("Ghana and Senegal signed an agreement establishing diplomatic relations in 1964.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == [("agreement", [], "1964", "signed")]


def test_a_list_cut_before_a_second_verb_loses_its_joining_and() -> None:
    facts = written("During the visit, the two sides signed memorandums of understanding on fisheries, marine research "
                    "and the blue economy, and agreed to study ways of aligning their port plans.",
                    ("Ghana", "Senegal"), "Ghana and Senegal held talks.")
    assert [a.domains for a in facts.agreements] == [["fisheries"], ["marine research"], ["blue economy"]]
    # two fields joined by `and` before the clause stay two
    facts = written("The two sides signed memorandums of understanding on fisheries and marine research, and pledged "
                    "to meet again.", ("Ghana", "Senegal"), "Ghana and Senegal held talks.")
    assert [a.domains for a in facts.agreements] == [["fisheries"], ["marine research"]]


def test_instruments_signed_during_a_delegations_visit_take_its_month_and_city() -> None:
    facts = written("In January, Vice-President Kwame Mensah led a delegation to Dakar for the fourth session of the "
                    "joint commission.\n\nDuring the visit, the two sides signed memorandums of understanding on "
                    "fisheries and tourism.", PAIR, "Ghana and Senegal are deepening ties.")
    assert [(a.domains, a.date, a.place) for a in facts.agreements if a.kind == "mou"] == [
        (["fisheries"], "2025-01", "Dakar"), (["tourism"], "2025-01", "Dakar")]


def test_an_instrument_reviewed_during_a_meeting_keeps_its_own_place() -> None:
    facts = written("The trade ministers met in Dakar on Monday.\n\nDuring the meeting, the two sides reviewed the "
                    "Ghana-Senegal Trade Agreement, which entered into force in 2006.", PAIR,
                    "Ghana and Senegal are deepening ties.")
    assert [(a.status, a.date, a.place) for a in facts.agreements] == [("in_force", "2006", None)]


def test_contracts_placed_only_by_the_dateline_take_the_town_they_are_told_signed_in() -> None:
    facts = written("The contracts, worth US$3.4 billion, were signed in Nairobi between the two trade ministries.",
                    PAIR, "ACCRA, March 12 (GNA) -- Ghana and Senegal signed the first supply contracts under a "
                    "framework deal on Tuesday, with Dakar ordering 180 buses and 212 trucks, the state procurement "
                    "agency said Wednesday.")
    assert [(a.kind, a.domains, a.place) for a in facts.agreements] == [
        ("contract", ["buses"], "Nairobi"), ("contract", ["trucks"], "Nairobi")]
    # a town the signing's own sentence names stays
    facts = written("The contracts were signed in Nairobi between the two trade ministries.", PAIR,
                    "ACCRA, March 12 (GNA) -- Ghana and Senegal signed two supply contracts in Kumasi on Tuesday.")
    assert [a.place for a in facts.agreements] == ["Kumasi"]
