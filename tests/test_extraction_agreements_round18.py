"""Agreements, round 18: a signed or adopted roadmap is a formal instrument (one only agreed on is intent), the year of
the treaty a protocol amends is not the protocol's date, and instruments unnamed companies exchange are not the pair's
(article r18_agreements_1_dailysabah.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _entries(facts):  # type: ignore[no-untyped-def]
    return [(a.kind, a.domains, a.date, a.status) for a in facts.agreements if a.kind != "council"]


def test_a_signed_roadmap_is_an_instrument_and_one_agreed_on_is_not() -> None:
    entries = _entries(article("r18_agreements_1_dailysabah.txt"))
    assert ("declaration", ["strategic partnership"], "2025-02-11", "signed") in entries
    assert not any("defence" in " ".join(domains) for _, domains, _, _ in entries)
    facts = written("The foreign ministers of Chile and Peru adopted a Joint Roadmap on Energy Transition.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, domains) for kind, domains, _, _ in _entries(facts)] == [("declaration", ["Energy Transition"])]
    facts = written("Chile and Peru agreed on a roadmap to expand mining cooperation, and discussed a road map for "
                    "water.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    facts = written("Chile and Peru signed two MoUs on fisheries and agreed on a roadmap to boost trade.",
                    pair=PAIR, lede=LEDE)
    assert [kind for kind, _, _, _ in _entries(facts)] == ["mou"]


def test_the_year_of_the_treaty_a_protocol_amends_is_not_its_date() -> None:
    entries = _entries(article("r18_agreements_1_dailysabah.txt"))
    assert [(date, status) for kind, domains, date, status in entries if domains == ["avoidance of double taxation"]] \
        == [("2025-02-11", "signed")]
    facts = written("Chile and Peru inked a protocol to amend its 2004 agreement on air services.", pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _ in _entries(facts)] == ["2025-03-10"]  # the talks' day, not 2004


def test_instruments_companies_exchange_are_not_the_pairs() -> None:
    facts = article("r18_agreements_1_dailysabah.txt")
    assert not [a for a in facts.agreements if a.kind == "mou"]
    assert all(set(a.parties) == {"Malaysia", "Türkiye"} for a in facts.agreements)
    facts = written("Chile and Peru signed an agreement on tourism, while Chilean and Peruvian firms inked 20 deals "
                    "worth $400 million. Some 9 contracts were signed between companies from both countries.",
                    pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["tourism"]]
    # a government signing with them, and named bodies, still count
    facts = written("The governments and companies of Chile and Peru signed 14 agreements on mining.",
                    pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["mining"]]
    facts = written("Chile's Codelco and Peru's Minera Andina signed an MoU on copper smelting.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["copper smelting"]]


def test_a_council_agreed_to_be_set_up_is_in_being_once_it_has_met_for_the_first_time() -> None:
    councils = [(a.status, a.date, a.place) for a in article("r18_agreements_1_dailysabah.txt").agreements
                if a.kind == "council"]
    assert councils == [("established", "2025-02-11", "Ankara")]
    facts = written("In 2023 the two countries agreed to set up a Joint Economic Commission. The commission held its "
                    "first meeting in Hanoi on Monday.")
    assert [(a.status, a.date, a.place) for a in facts.agreements if a.kind == "council"] == \
        [("established", "2025-03-10", "Hanoi")]
    facts = written("In 2023 the two countries agreed to set up a Joint Economic Commission. The commission's first "
                    "meeting is expected to take place in Hanoi next month.")
    assert [a.status for a in facts.agreements if a.kind == "council"] == ["planned"]
