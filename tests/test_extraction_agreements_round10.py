"""Agreements, round 10: fields told without `on`/`for`, distinct fields kept apart, contracts named again, the
bodies that sign, councils still to meet, and the place of an instrument's own clause."""
from __future__ import annotations

from bot.core.facts import Agreement, ArticleFacts
from extraction_support import article, written


def _by_field(facts: ArticleFacts) -> dict[str, Agreement]:
    return {domain: agreement for agreement in facts.agreements for domain in agreement.domains}


def test_instruments_included_are_named_by_what_they_do() -> None:
    facts = article("r9_agreements_5_jordantimes.txt")
    assert _by_field(facts)["exemption of some Iraqi goods"].date == "2019-02"
    facts = written("In 2021 the two sides signed several agreements, including a visa waiver for diplomats and a "
                    "currency swap line.", ("Kenya", "Ethiopia"), "Kenya and Ethiopia held talks.")
    assert {"visa waiver for diplomats", "currency swap line"} <= set(_by_field(facts))


def test_a_contract_under_which_a_side_will_do_something_has_that_as_its_field() -> None:
    facts = article("r9_agreements_5_jordantimes.txt")
    assert _by_field(facts)["supply Iraq with electricity"].kind == "contract"
    facts = written("Petronas signed a contract with the Vietnamese side under which it would deliver liquefied "
                    "natural gas to Vietnam from 2027.")
    assert [a.domains for a in facts.agreements] == [["deliver liquefied natural gas"]]


def test_a_field_inside_another_is_still_another_field() -> None:
    facts = article("r9_agreements_1_gna.txt")
    assert {"energy", "renewable energy"} <= set(_by_field(facts))
    facts = written("The two countries signed agreements on trade, tourism and fisheries. They also signed a "
                    "memorandum of understanding on inland fisheries.")
    assert {"fisheries", "inland fisheries"} <= set(_by_field(facts))


def test_the_instrument_another_follows_is_the_one_told() -> None:
    facts = article("r9_agreements_3_defensenews.txt")
    assert _by_field(facts)["defence cooperation"].date == "2021-06"
    facts = written("The deal follows a maritime security agreement between the two navies signed in Hanoi in May "
                    "2019.")
    assert [(a.domains, a.date) for a in facts.agreements] == [(["maritime security"], "2019-05")]


def test_a_contract_for_a_share_of_an_order_is_named_again_by_the_share() -> None:
    facts = article("r9_agreements_3_defensenews.txt")
    contracts = [a for a in facts.agreements if a.kind == "contract" and a.status == "signed"]
    assert [a.domains for a in contracts] == [["42 Rafale fighter jets"]]
    facts = written("Vietnam Airlines signed a contract with Airbus for the first ten of 50 A321neo aircraft on "
                    "Tuesday. \"The contract for ten aircraft was signed on Tuesday,\" the airline said.",
                    lede="Indonesia and Vietnam held talks on Tuesday.")
    contracts = [a for a in facts.agreements if a.kind == "contract"]
    assert [a.domains for a in contracts] == [["50 A321neo aircraft"]]


def test_bodies_described_before_their_names_are_the_parties() -> None:
    facts = article("r9_agreements_3_defensenews.txt")
    assert _by_field(facts)["research and development"].parties == ["Naval Group", "PT PAL"]
    facts = article("r10_agreements_1_kathmandupost.txt")
    assert _by_field(facts)["679MW Lower Arun hydropower project"].parties[1] == "SJVN Limited"
    facts = written("Vietnam's PetroVietnam and Indonesia's state-owned Pertamina signed an agreement on offshore "
                    "exploration.")
    assert _by_field(facts)["offshore exploration"].parties == ["Vietnam's PetroVietnam", "Pertamina"]
    facts = written("They witnessed the signing of an MoU between Indonesian miner Antam and Vietnamese steelmaker "
                    "Hoa Phat on nickel processing.")
    assert _by_field(facts)["nickel processing"].parties == ["Antam", "Hoa Phat"]


def test_a_council_yet_to_hold_its_first_meeting_is_planned() -> None:
    facts = article("r9_events_1_qna.txt")
    assert [(a.status, a.date) for a in facts.agreements if a.kind == "council"] == [("planned", None)]
    facts = written("The Indonesia-Vietnam joint trade committee will hold its inaugural meeting in Jakarta in June.")
    assert [a.status for a in facts.agreements if a.kind == "council"] == ["planned"]


def test_an_instrument_takes_the_place_of_its_own_clause() -> None:
    facts = article("r9_events_6_gna.txt")
    assert [a.place for a in facts.agreements if a.kind == "agreement"] == ["Accra"]
    facts = written("They discussed the Joint Commission, which will meet in Bali in May, and the 12 agreements "
                    "signed during the visit of President Joko Widodo to Hanoi in 2018.",
                    lede="The two foreign ministers met in Jakarta on Tuesday.")
    assert [a.place for a in facts.agreements if a.kind == "agreement"] == ["Hanoi"]


def test_the_side_that_signs_is_no_field() -> None:
    facts = article("r10_agreements_2_peninsula.txt")
    assert not any("side" in domain for a in facts.agreements for domain in a.domains)
    facts = written("Vietnam and Indonesia signed an MoU on fisheries. The MoU was signed on the Vietnamese side by "
                    "Minister Le Minh Hoan.")
    assert [a.domains for a in facts.agreements] == [["fisheries"]]


def test_a_work_named_by_what_is_done_to_it_is_a_field_however_long() -> None:
    facts = article("r10_agreements_1_kathmandupost.txt")
    assert "expansion of the Bhairahawa-Nautanwa integrated check post" in _by_field(facts)
    facts = written("The two sides signed agreements on the rehabilitation of the old Hanoi-Haiphong coastal railway "
                    "line and tourism.")
    assert set(_by_field(facts)) == {"rehabilitation of the old Hanoi-Haiphong coastal railway line", "tourism"}
