"""Agreements, round 31: a deal told in a `which` clause whose subject is a third country is that country's, not the
pair's (`X's missiles, which the Philippines bought under a deal signed in 2022`), in agreements and events; the date
right after `and` before the next instrument listed is that one's (`in 2004 and in November 2009 a trade protocol`);
the town in the clause of the next instrument, whose signing it tells alone (`, and a second agreement was signed in
X`), is not the first's; an instrument only named in an opening `Alongside X,`/`In addition to X,` beside those signed
is no signing of that day; investment deals that firms sign in a sentence opening with when (`During the visit,`) or
who tells it (`X said`) are commercial, not the pair's (articles r31_agreements_1_aa.txt, r31_agreements_2_trend.txt,
r31_agreements_3_nation.txt and short texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, written

from bot.core.facts import ArticleFacts

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025


def _dated_places(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str | None]]:
    return [(a.kind, a.domains, a.date, a.place) for a in facts.agreements]


def test_a_deal_a_third_country_made_in_a_which_clause_is_not_the_pairs() -> None:
    facts = article("r31_agreements_1_aa.txt")
    assert agreement_entries(facts) == [("agreement", ["defence industry cooperation"], "2023-02", "signed")]
    assert [e.date for e in facts.events if "Poland" in e.quote] == []
    facts = written("Peru is interested in Chile's patrol boats, which Ecuador bought under a $90 million deal signed "
                    "in 2021.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []
    assert [e.date for e in facts.events if "Ecuador" in e.quote] == []
    # one of the pair as the clause's subject keeps it the pair's
    facts = written("Peru is interested in Chile's patrol boats, which Peru bought under a $90 million deal signed "
                    "in 2021.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", [], "2021", "signed")]


def test_the_date_after_and_before_the_next_instrument_is_its_own() -> None:
    facts = article("r31_agreements_2_trend.txt")
    assert [(domains, date) for _, domains, date, _ in agreement_entries(facts) if domains] == [
        (["avoiding double taxation"], "2008"), (["investment protection"], "2014-05")]
    facts = written("Chile and Peru signed a fisheries protocol in 1999 and, on 4 June 2012, an agreement on mining.",
                    pair=PAIR, lede=LEDE)
    assert [(domains, date) for _, domains, date, _ in agreement_entries(facts)] == [
        (["fisheries"], "1999"), (["mining"], "2012-06-04")]
    # a date after the second is still its own, not one before it
    facts = written("Chile and Peru signed a fisheries protocol in 1999 and an agreement on mining in 2012.",
                    pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _ in agreement_entries(facts)] == ["1999", "2012"]


def test_the_town_of_the_next_instruments_own_signing_is_not_the_firsts() -> None:
    facts = article("r31_agreements_2_trend.txt")
    assert _dated_places(facts)[:2] == [("contract", [], "2023", None), ("agreement", [], "2025-04", "Budapest")]
    facts = written("Peru buys Chilean copper under a supply contract signed in 2018, and a second 12-year agreement "
                    "was signed in Arica in January.", pair=PAIR, lede=LEDE)
    assert _dated_places(facts) == [("contract", ["supply"], "2018", None), ("agreement", [], "2025-01", "Arica")]
    # `were signed` after both tells the town of both
    facts = written("An MoU on tourism and an agreement on mining were signed in Arica on Monday.", pair=PAIR, lede=LEDE)
    assert [place for _, _, _, place in _dated_places(facts)] == ["Arica", "Arica"]


def test_an_instrument_named_only_beside_those_signed_is_no_signing() -> None:
    facts = article("r31_agreements_3_nation.txt")
    assert [domains for _, domains, _, status in agreement_entries(facts) if status == "signed"] == [
        ["trade"], ["energy"], ["agriculture"]]
    facts = written("In addition to the border pact, the two sides signed an agreement on fisheries.", pair=PAIR,
                    lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["fisheries"], "2025-03-10", "signed")]
    # one whose phrase tells its own signing keeps it
    facts = written("Alongside the border pact signed last year, the two sides signed MoUs on fisheries.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["border"], "2024", "signed"),
                                        ("mou", ["fisheries"], "2025-03-10", "signed")]


def test_investment_deals_firms_sign_are_no_instrument_of_the_pair() -> None:
    facts = article("r31_agreements_3_nation.txt")
    assert [domains for _, domains, _, _ in agreement_entries(facts) if domains == ["investment"]] == []
    facts = written("Chilean President Gabriel Boric said Chilean companies signed investment agreements worth "
                    "$400 million during the visit.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []
    # `the agreements` after only firms' MoUs are those again, no instrument of the pair
    facts = written("During the visit, Chilean companies and Peruvian partners signed 12 MoUs worth $50 million. Boric "
                    "said the agreements would deepen ties.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == []
    # the two governments' investment agreement is one
    facts = written("During the visit, the two governments signed an investment agreement.", pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [("agreement", ["investment"], "2025-03-10", "signed")]
