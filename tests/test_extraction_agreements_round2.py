"""Agreements, second round: a stated count of instruments keeps `X and Y` fields whole, a joint action plan is an
instrument, one plan covering several fields is one entry, a trade in goods agreement is an FTA-like one, an
instrument named for another party (a bloc) is not the pair's, an existing instrument under review is in force,
and the party an instrument is signed with does not hide its field (articles y_*.txt, x_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written


def domains_of(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return [d for a in facts.agreements if a.kind != "council" for d in a.domains]


def test_a_stated_count_keeps_a_field_joined_by_and_whole() -> None:
    facts = article("y_kuna_kuwait_turkiye.txt")
    assert domains_of(facts) == ["defence", "youth and sports", "culture", "double taxation avoidance", "media"]
    facts = written("Indonesia and Vietnam signed 4 MoUs on fisheries, oil palm, arts and crafts and tourism.")
    assert domains_of(facts) == ["fisheries", "oil palm", "arts and crafts", "tourism"]
    facts = written("Indonesia and Vietnam signed three agreements on energy, women and family, and mining.")
    assert domains_of(facts) == ["energy", "women and family", "mining"]


def test_without_a_count_or_with_a_partial_list_every_and_splits() -> None:
    # the serial comma before the last item says which `and` is the list's (round 28): the others join an item
    facts = written("Indonesia and Vietnam signed MoUs on energy, youth and sports, and mining.")
    assert domains_of(facts) == ["energy", "youth and sports", "mining"]
    facts = written("Indonesia and Vietnam signed five MoUs in areas including energy, youth and sports, and mining.")
    assert domains_of(facts) == ["energy", "youth and sports", "mining"]
    facts = written("Indonesia and Vietnam signed five MoUs on energy, youth and sports, food and water and mining.")
    assert domains_of(facts) == ["energy", "youth", "sports", "food", "water", "mining"]  # which pair? ambiguous


def test_a_signed_joint_action_plan_is_one_instrument() -> None:
    facts = article("y_trt_fidan_mohamad.txt")
    plans = [a for a in facts.agreements if "action plan" in a.name]
    assert len(plans) == 1
    assert plans[0].kind == "declaration" and plans[0].status == "signed"
    assert plans[0].domains == ["political consultations", "defence", "trade", "culture"]
    facts = written("The foreign ministers of Indonesia and Vietnam signed an action plan for 2026-2030 on "
                    "maritime security, fisheries and education.")
    assert [(a.kind, a.domains) for a in facts.agreements] == [
        ("declaration", ["maritime security", "fisheries", "education"])]
    facts = written("Indonesia and Vietnam will draw up an action plan to boost trade.")
    assert facts.agreements == []


def test_a_trade_in_goods_agreement_of_a_bloc_is_not_the_pairs() -> None:
    facts = article("y_businessline_india_malaysia.txt")
    # the ASEAN-India agreement binds Malaysia, a member of ASEAN, to India: the pair's FTA (round 41), no `Goods` field
    assert [(a.kind, a.name, a.parties) for a in facts.agreements if "Goods" in a.name or a.domains == ["Goods"]] == [
        ("fta", "ASEAN–India Trade in Goods Agreement", ["ASEAN", "India"])]
    facts = written("Indonesia and Vietnam agreed to review the EU-Vietnam Free Trade Agreement next year.")
    assert facts.agreements == []


def test_a_trade_in_goods_agreement_of_the_pair_is_an_fta_in_force_when_reviewed() -> None:
    facts = written("The leaders agreed to review the Indonesia-Vietnam Trade in Goods Agreement by 2026.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("fta", "in_force")]
    assert "Trade in Goods Agreement" in facts.agreements[0].name
    facts = written("Indonesia and Vietnam on Tuesday agreed to upgrade their trade in services agreement.")
    assert [(a.kind, a.status, a.date) for a in facts.agreements] == [("fta", "in_force", None)], \
        "Tuesday is the day of the talks, not of its entry into force"


def test_an_instrument_named_for_two_bodies_or_the_pair_is_kept() -> None:
    facts = written("Indonesia and Vietnam signed the Indonesian-Vietnamese Fisheries Agreement on Monday.")
    assert [a.kind for a in facts.agreements] == ["agreement"]
    facts = written("Indonesia and Vietnam signed the KADIN-VCCI Memorandum of Understanding on trade fairs.")
    assert [a.domains for a in facts.agreements] == [["trade fairs"]]


def test_the_party_signed_with_does_not_hide_the_field() -> None:
    facts = article("x_thestar_stm_lms.txt")
    intents = [a for a in facts.agreements if "letter of intent" in a.name]
    assert [a.domains for a in intents] == [["ANKA unmanned aerial vehicles"]]
    facts = written("Pertamina signed an agreement with Vietnam Oil and Gas Group on offshore exploration.")
    assert domains_of(facts) == ["offshore exploration"]


def test_during_the_visit_is_the_place_and_day_of_the_visit_named_before() -> None:
    facts = article("y_page_bernama.html")
    assert [a.place for a in facts.agreements] == ["Ankara"]
    facts = written("He said the matter was discussed during his meeting with Indonesian Trade Minister Budi Santoso in "
                    "Surabaya yesterday.\n\nThe two trade ministries signed a memorandum of understanding on fisheries "
                    "during the visit.",
                    lede="HANOI, March 12 -- Vietnam and Indonesia will expand cooperation in fisheries, Vietnamese "
                         "Trade Minister Nguyen Hong Dien said in a statement today.")
    assert [(a.place, a.date) for a in facts.agreements] == [("Surabaya", "2025-03-11")]
    facts = written("Dien visited Surabaya last week.\n\nThe two sides will sign an MoU on fisheries during the visit "
                    "to Jakarta next month.")
    assert [a.place for a in facts.agreements] != ["Surabaya"], "a visit named again with its own place"


def test_instruments_named_by_kind_alone_give_way_to_their_list_by_field() -> None:
    facts = article("y_reuters_turkey_malaysia.txt")
    assert sorted(a.domains[0] for a in facts.agreements if a.kind != "fta") == [
        "Islamic affairs", "defence industry cooperation", "higher education", "media"]
    facts = written("Indonesia and Vietnam signed a raft of agreements on Tuesday during the visit. The two countries "
                    "signed agreements on fisheries, tourism and education, officials said.")
    assert all(agreement.domains for agreement in facts.agreements)
    facts = written("Indonesia and Vietnam signed a raft of agreements on Tuesday during the visit.")
    assert [agreement.domains for agreement in facts.agreements] == [[]]
