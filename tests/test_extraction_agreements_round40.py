"""Agreements, round 40: a title in capitals with `and` inside, or longer than a field's few words, is the instrument's
whole name (`the Comprehensive Economic and Trade Agreement`); one a new instrument is still to replace is in being yet;
an instrument told by its aim (`an agreement to avoid double taxation`) or by what it sets up (`an agreement
establishing a joint investment fund`) is on that; a contract signed in a town with a body for goods is on the goods;
a stock of instruments counted in hundreds is none."""
from __future__ import annotations

from extraction_support import agreement_fields, written

PAIR = ("Kenya", "Vietnam")
LEDE = "Kenya and Vietnam held talks in Nairobi on Tuesday."  # the story is of Wednesday 12 March 2025


def _fields(body: str) -> list[tuple[str, list[str]]]:
    return agreement_fields(body, PAIR, LEDE)


def _names(body: str) -> list[str]:
    return [a.name for a in written(body, PAIR, LEDE).agreements]


def test_a_title_with_and_inside_is_the_whole_name() -> None:
    assert _names("The two countries signed the Comprehensive Economic and Trade Agreement on Monday.") == [
        "Kenya–Vietnam Comprehensive Economic and Trade Agreement"]
    assert _fields("Talks on the proposed Science and Innovation Partnership Agreement (SIPA) have stalled.") == [
        ("agreement", ["Science and Innovation Partnership"])]


def test_a_title_opening_with_a_place_adjective_is_whole() -> None:
    assert _names("Kenya and Vietnam studied the East African Digital Services Agreement, signed in 2019.") == [
        "Kenya–Vietnam East African Digital Services Agreement"]


def test_a_short_title_or_one_after_the_kind_keeps_its_field() -> None:
    assert _names("Kenya and Vietnam signed the Defence Cooperation Agreement in 2006.") == [
        "Kenya–Vietnam Agreement on Defence Cooperation"]
    assert _fields("Kenya and Vietnam signed the Agreement on Trade and Economic Cooperation in 2006.") == [
        ("agreement", ["Trade and Economic Cooperation"])]


def test_one_a_new_instrument_is_still_to_replace_is_in_being() -> None:
    facts = written("The new pact is meant to replace the Kenya-Vietnam Free Trade Agreement, which has been in force "
                    "since 2004.", PAIR, LEDE)
    assert [(a.kind, a.date, a.status) for a in facts.agreements if a.kind == "fta"] == [("fta", "2004", "in_force")]


def test_one_a_new_instrument_has_replaced_is_gone() -> None:
    facts = written("Kenya and Vietnam signed a new treaty in 2024, replacing the Kenya-Vietnam Free Trade Agreement.",
                    PAIR, LEDE)
    assert [a.kind for a in facts.agreements] == ["agreement"]


def test_an_instrument_told_by_its_aim_is_on_that() -> None:
    assert _fields("The ministers agreed to open negotiations on an agreement to eliminate double taxation next "
                   "year.") == [("agreement", ["double taxation"])]
    assert _fields("The ministers agreed to conclude an agreement establishing a joint shipping company, which is "
                   "expected to be signed in June.") == [("agreement", ["establishing a joint shipping company"])]


def test_an_aim_every_instrument_has_is_no_field() -> None:
    assert _fields("The ministers agreed to open negotiations on an agreement to strengthen cooperation.") == [
        ("agreement", [])]
    assert _fields("The ministers agreed to open negotiations on an agreement to establish the two sides' "
                   "priorities.") == [("agreement", [])]


def test_a_contract_signed_in_a_town_with_a_body_is_on_the_goods() -> None:
    assert _fields("In January, Kenya signed a government-to-government contract in Nairobi with Vietnam's Ministry "
                   "of Defence for 24 K9 self-propelled howitzers, to be partly built locally.") == [
        ("contract", ["24 K9 self-propelled howitzers"])]


def test_a_contracts_term_is_no_field() -> None:
    assert _fields("Kenya signed a contract in Nairobi with Vietnam for the next five years.") == [("contract", [])]


def test_a_stock_counted_in_hundreds_is_no_instrument() -> None:
    facts = written("Ties rest on the Treaty of Friendship, signed in Nairobi on 4 May 2001, and more than 150 "
                    "intergovernmental and interdepartmental agreements.", PAIR, LEDE)
    assert [(a.kind, a.date) for a in facts.agreements] == [("agreement", "2001-05-04")]
    assert all("interdepartmental" not in " ".join(a.domains) for a in facts.agreements)


def test_a_signing_of_tens_is_still_told() -> None:
    assert _fields("More than 20 agreements on trade were signed during the visit.") == [("agreement", ["trade"])]


def test_a_body_in_capitals_an_agreement_establishes_is_the_one_founded() -> None:
    assert _fields("Kenya and Vietnam signed an agreement establishing a Joint Trade Committee.") == [
        ("agreement", ["Joint Trade Committee"]), ("council", ["trade"])]


def test_a_whole_title_naming_the_parties_is_not_labelled_again() -> None:
    assert _names("Kenya and Vietnam signed the Kenya-Vietnam Economic Cooperation and Trade Agreement on Monday.") \
        == ["Kenya-Vietnam Economic Cooperation and Trade Agreement"]
