"""Agreements, round 38: instruments `for the supply of X, Y and Z` after the place and day they were signed are one
per item, each the goods alone; one instrument covering goods counted (`180 tanks and 212 howitzers`) is one order,
one field; a joint declaration `adopted on <date> in <place>` is one adopted; a title that lists its words with
commas (`Treaty of Friendship, Good Neighbourliness and Cooperation`) is the field whole; capitals that sign stand for
their countries, and a declaration `establishing the X–Y Hydrogen Alliance` has the field `hydrogen`; a signing only
asked about (`whether X will sign`) is no instrument; a body in lower case after a copula (`is the top bilateral
mechanism`) describes the one named before, no body of its own; `rare earth exploration and processing` is one field."""
from __future__ import annotations

from extraction_support import agreement_entries, agreement_fields, written

PAIR = ("Chile", "Japan")
LEDE = "Chile and Japan held talks in Tokyo on Tuesday."  # the story is of Wednesday 12 March 2025


def _fields(body: str) -> list[tuple[str, list[str]]]:
    return agreement_fields(body, PAIR, LEDE)


def test_instruments_for_the_supply_of_goods_are_one_per_item() -> None:
    facts = written("Chile and Japan signed framework agreements in Tokyo on Monday for the supply of copper "
                    "concentrate, lithium carbonate and green ammonia, officials said.", PAIR, LEDE)
    assert [(a.domains, a.place) for a in facts.agreements] == [
        (["copper concentrate"], "Tokyo"), (["lithium carbonate"], "Tokyo"), (["green ammonia"], "Tokyo")]
    assert _fields("The two state firms signed contracts for the purchase of iron ore and coking coal.") == [
        ("contract", ["iron ore"]), ("contract", ["coking coal"])]


def test_a_supply_beside_another_work_keeps_its_words() -> None:
    assert _fields("The ministers signed agreements for the supply of copper by Codelco and the avoidance of double "
                   "taxation.") == [("agreement", ["supply of copper"]), ("agreement", ["avoidance of double taxation"])]
    assert _fields("ENAP and JOGMEC signed a contract for the supply of crude oil.") == [
        ("contract", ["supply of crude oil"])]


def test_one_instrument_covering_goods_counted_is_one_order() -> None:
    facts = written("A first contract covering 40 patrol boats and 12 frigates is expected to be signed next month, "
                    "an official said.", PAIR, LEDE)
    assert agreement_entries(facts) == [("contract", ["patrol boats and frigates"], None, "planned")]
    assert _fields("A contract covering 40 patrol boats, 6 tankers and 12 frigates was signed on Monday.") == [
        ("contract", ["patrol boats, tankers and frigates"])]


def test_several_instruments_or_goods_uncounted_stay_apart() -> None:
    assert _fields("Two contracts covering 40 patrol boats and 12 frigates were signed on Monday.") == [
        ("contract", ["40 patrol boats"]), ("contract", ["12 frigates"])]
    assert _fields("A contract covering patrol boats and frigates was signed on Monday.") == [
        ("contract", ["patrol boats", "frigates"])]


def test_a_joint_declaration_adopted_on_a_date_in_a_place_is_adopted() -> None:
    facts = written("The new stage of the partnership was launched by the Joint Declaration adopted on 9 May 2021 in "
                    "Santiago, following talks between the two presidents.", PAIR, LEDE)
    assert [(a.kind, a.date, a.status, a.place) for a in facts.agreements] == [
        ("declaration", "2021-05-09", "signed", "Santiago")]
    assert _fields("The Joint Declaration issued in Tokyo in 2019 set out a roadmap.") == [("declaration", [])]


def test_a_joint_statement_issued_is_still_no_instrument() -> None:
    assert _fields("The joint statement issued on Monday said the two sides would cooperate.") == []


def test_a_title_listing_its_words_with_commas_is_one_field() -> None:
    facts = written("They reaffirmed their attachment to the Treaty of Friendship, Commerce and Navigation signed on "
                    "3 June 1954, which remains the basis of relations between the two countries.", PAIR, LEDE)
    assert [(a.domains, a.date) for a in facts.agreements] == [(["Friendship, Commerce and Navigation"], "1954-06-03")]
    assert _fields("They recalled the Treaty of Friendship and Cooperation signed on 4 July 1991.") == [
        ("agreement", ["Friendship and Cooperation"])]


def test_capitals_that_sign_stand_for_their_countries() -> None:
    facts = written("Two years after Santiago and Tokyo signed a joint declaration of intent establishing the "
                    "Chile–Japan Green Shipping Partnership in Valparaiso on 23 August 2022, the partnership stalled.",
                    PAIR, LEDE)
    assert [(a.domains, a.parties, a.place) for a in facts.agreements] == [
        (["green shipping"], ["Chile", "Japan"], "Valparaiso")]
    facts = written("Codelco and JX Metals signed an agreement in Tokyo on Monday.", PAIR, LEDE)
    assert [a.parties for a in facts.agreements] == [["Codelco", "JX Metals"]]


def test_a_signing_asked_about_is_no_instrument() -> None:
    assert _fields("For Chile, the question is whether Japan will sign long-term offtake contracts before European "
                   "buyers do.") == []
    assert _fields("The ministers discussed whether to sign an MoU on fisheries.") == []
    assert _fields("Japan will sign long-term offtake contracts with Chile next year.") == [("contract", ["offtake"])]


def test_a_body_described_after_a_copula_is_the_one_named_before() -> None:
    assert _fields("JACOM, created in 2009, is the main bilateral mechanism between the two governments.") == []
    assert _fields("Chile and Japan in 2009 created a bilateral mechanism on trade.") == [("council", ["mechanism"])]


def test_two_works_on_one_thing_are_one_field() -> None:
    assert _fields("The ministers signed a memorandum of understanding on cooperation in lithium exploration and "
                   "processing.") == [("mou", ["lithium exploration and processing"])]
    assert _fields("The ministers signed an MoU on energy cooperation and shipping.") == [
        ("mou", ["energy cooperation", "shipping"])]
