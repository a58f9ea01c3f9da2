"""Agreements, round 32: a year told in a relative clause about what another verb after an instrument acts on does not
date it (`signed an MoU on X and agreed to revive a joint economic commission that last met in 2017`: the MoU is not of
2017); plans named by what they are for are instruments like action plans, one entry per field when several are
signed (`signed cooperation plans on X, Y, and Z`) (articles r32_agreements_1_jakartapost.txt,
r32_agreements_2_xinhua.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, written

PAIR = ("Kenya", "Tanzania")
LEDE = "Kenya and Tanzania held talks in Nairobi on Tuesday."  # the story is of Wednesday 12 March 2025


def test_a_year_of_another_verbs_relative_clause_does_not_date_the_instrument() -> None:
    facts = article("r32_agreements_1_jakartapost.txt")
    assert agreement_entries(facts) == [("mou", ["customs cooperation"], "2025-09-17", "signed"),
                                        ("council", ["economic"], None, "established")]
    facts = written("The two sides also signed a memorandum of understanding on customs cooperation and agreed to "
                    "revive a joint economic commission that last met in 2017.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("mou", ["customs cooperation"], "2025-03-11", "signed"),
                                        ("council", ["economic"], None, "established")]
    facts = written("Kenya and Tanzania signed an agreement on fisheries and pledged to expand a border fund which "
                    "was set up in 2009.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["fisheries"], "2025-03-11", "signed")]


def test_a_relative_clause_about_the_instrument_itself_still_dates_it() -> None:
    facts = written("Kenya and Tanzania signed an agreement on fisheries that took effect in 2019.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["fisheries"], "2019", "signed")]
    facts = written("Kenya and Tanzania signed an agreement on fisheries and energy which entered into force in 2019.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["fisheries", "energy"], "2019", "signed")]


def test_cooperation_plans_signed_are_one_entry_per_field() -> None:
    facts = article("r32_agreements_2_xinhua.txt")
    assert [(a.kind, a.domains, a.date, a.status, a.place) for a in facts.agreements if a.kind == "declaration"] == [
        ("declaration", ["agricultural trade"], "2024-07-10", "signed", "Beijing"),
        ("declaration", ["science and technology"], "2024-07-10", "signed", "Beijing"),
        ("declaration", ["digital economy"], "2024-07-10", "signed", "Beijing")]
    facts = written("The two sides signed cooperation plans on agricultural trade, science and technology, and the "
                    "digital economy.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("declaration", ["agricultural trade"], "2025-03-11", "signed"),
                                        ("declaration", ["science and technology"], "2025-03-11", "signed"),
                                        ("declaration", ["digital economy"], "2025-03-11", "signed")]
    # one plan covers all its fields, as one action plan does
    facts = written("Kenya and Tanzania signed a cooperation plan on tea exports and tourism.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("declaration", ["tea exports", "tourism"], "2025-03-11", "signed")]


def test_cooperation_plans_only_discussed_are_no_instrument() -> None:
    facts = written("Kenya and Tanzania discussed cooperation plans on agricultural trade and tourism.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == []
    facts = written("Kenya has cooperation plans with several neighbours, the minister said.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []
