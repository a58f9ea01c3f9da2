"""Agreements, round 24: one instrument whose field is two purposes, each `the <action> of <thing>`, joined by `and`
is one entry (`an agreement for the avoidance of double taxation and the prevention of fiscal evasion`), unlike a
list of fields of several (`MoUs on health and education`); a deal of two other countries told after the pair's
instrument keeps its own words of force and date (`since the Chile-China deal took effect in 2006`); the day a report
is told on (`, the news agency reported on Tuesday`) dates no signing the story dates otherwise; an agreement reached
`over` or `about` a matter is settled; `It` (or `The deal`, `The agreement`, `The pact`) opening the sentence right
after an instrument's tells that instrument in force (`signed an FTA in 2019. It came into effect in 2021.`); a
participle after a comma (`, replacing a 1995 text`) ends a list of fields (articles r24_agreements_1_aa.txt,
r24_agreements_2_efe.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.facts import ArticleFacts

PAIR = ("Kenya", "Tanzania")
LEDE = "Kenya and Tanzania held talks in Nairobi on Monday."  # the story is of Wednesday 12 March 2025


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str]]:
    return [(a.kind, a.domains, a.date, a.status) for a in facts.agreements if a.kind != "council"]


def test_one_instrument_with_two_purposes_is_one_entry() -> None:
    facts = article("r24_agreements_1_aa.txt")
    assert _entries(facts)[0] == ("agreement", ["avoidance of double taxation", "prevention of fiscal evasion"],
                                  "2024-06-18", "signed")
    facts = written("Kenya and Tanzania signed an agreement for the avoidance of double taxation and the prevention of "
                    "fiscal evasion on Tuesday.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["avoidance of double taxation", "prevention of fiscal evasion"],
                                "2025-03-11", "signed")]
    facts = written("Kenya and Tanzania signed an MoU on the development of ports and the training of seafarers.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, domains) for kind, domains, _, _ in _entries(facts)] == \
        [("mou", ["development of ports", "training of seafarers"])]


def test_a_list_of_fields_of_several_instruments_is_one_entry_each() -> None:
    mous = [domains for kind, domains, _, _ in _entries(article("r24_agreements_1_aa.txt")) if kind == "mou"]
    assert mous == [["health"], ["education"]]
    facts = written("Kenya and Tanzania signed agreements on trade and on tourism on Tuesday.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["trade"], ["tourism"]]
    facts = written("Kenya and Tanzania signed MoUs on the development of ports and the training of seafarers.",
                    pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["development of ports"], ["training of seafarers"]]


def test_a_participle_after_a_comma_ends_the_fields() -> None:
    assert not any("replacing" in domain for a in article("r24_agreements_1_aa.txt").agreements
                   for domain in a.domains)
    facts = written("Kenya and Tanzania signed an agreement on air services, replacing a 1998 text.", pair=PAIR,
                    lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["air services"]]


def test_another_pair_s_deal_does_not_date_the_pair_s() -> None:
    fta = [entry for entry in _entries(article("r24_agreements_2_efe.txt")) if entry[0] == "fta"]
    assert fta == [("fta", ["trade"], "2011-11", "signed")]
    facts = written("Kenya and Tanzania signed a free trade agreement in 2019. The agreement is one of Africa's "
                    "deepest, and trade in the region has tripled since the Uganda-Rwanda deal took effect in 2014.",
                    pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("fta", ["trade"], "2019", "signed")]
    facts = written("Kenya and Tanzania signed a free trade agreement, modelled on the deal between Uganda and Rwanda "
                    "that entered into force in 2014.", pair=PAIR, lede=LEDE)
    assert [(kind, date) for kind, _, date, _ in _entries(facts)] == [("fta", None)]
    facts = written("Kenya and Tanzania signed a free trade agreement in 2019. The agreement is the region's deepest "
                    "since the Ugandan-Rwandan deal took effect in 2014.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("fta", ["trade"], "2019", "signed")]
    # the pair's own deal named by its parties is its own
    facts = written("The Kenya-Tanzania free trade agreement took effect in 2009.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("fta", ["trade"], "2009", "in_force")]


def test_a_report_s_day_is_not_the_signing_s() -> None:
    mou = _entries(article("r24_agreements_2_efe.txt"))[0]
    assert mou == ("mou", ["agricultural cooperation"], "2025-03-10", "signed")  # the talks' day, not the report's
    facts = written("Kenya and Tanzania signed an agreement on fisheries, state media reported Tuesday.", pair=PAIR,
                    lede=LEDE)
    assert [date for _, _, date, _ in _entries(facts)] == ["2025-03-10"]
    facts = written("Kenya and Tanzania signed an agreement on fisheries on Sunday, the Kenya News Agency reported on "
                    "Tuesday.", pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _ in _entries(facts)] == ["2025-03-09"]
    # nothing else dates it: the report's day stays
    facts = written("Kenya and Tanzania signed a free trade agreement, the Kenya News Agency reported on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _ in _entries(facts)] == ["2025-03-11"]


def test_an_agreement_reached_over_a_matter_is_settled() -> None:
    reached = [entry for entry in _entries(article("r24_agreements_1_aa.txt")) if entry[1] == ["transit permits"]]
    assert reached == [("agreement", ["transit permits"], "2024-06-18", "signed")]
    facts = written("Kenya and Tanzania reached an agreement over fishing quotas on Tuesday.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["fishing quotas"], "2025-03-11", "signed")]
    facts = written("Kenya and Tanzania reached an agreement about grazing rights on Tuesday.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["grazing rights"], "2025-03-11", "signed")]
    # `over` and `about` of time or amount lead no matter
    assert written("Kenya and Tanzania reached a deal over the weekend.", pair=PAIR, lede=LEDE).agreements == []
    assert written("Kenya and Tanzania reached an agreement about two weeks ago.", pair=PAIR,
                   lede=LEDE).agreements == []


def test_it_right_after_an_instrument_tells_it_in_force() -> None:
    freight = [entry for entry in _entries(article("r24_agreements_1_aa.txt"))
               if entry[1] == ["international combined freight transport"]]
    assert freight == [("agreement", ["international combined freight transport"], "2021", "in_force")]
    for opening in ("It", "The deal", "The agreement", "The pact"):
        facts = written(f"The two countries signed an FTA in 2019. {opening} came into effect in 2021.", pair=PAIR,
                        lede=LEDE)
        assert _entries(facts) == [("fta", ["trade"], "2021", "in_force")], opening
    # not a sentence further on, nor one still to take effect, nor another thing of it
    for after in ("Trade grew. It came into effect in 2021.", "It will come into effect in 2026.",
                  "Its tariff cuts came into effect in 2021."):
        facts = written(f"The two countries signed an FTA in 2019. {after}", pair=PAIR, lede=LEDE)
        assert _entries(facts) == [("fta", ["trade"], "2019", "signed")], after
