"""A fifth round of ways of writing facts that used to be missed or misread: an amount converted in parentheses,
a list of fields before a phrase of circumstance, an amount inside an included instrument, a country made a
ranked market, and an instrument named later by the acronym defined for it (articles w_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written


def test_an_amount_converted_in_parentheses_is_the_same_figure() -> None:
    facts = article("w_malaymail_malaysia_turkiye.txt")
    assert [(f.metric, f.value, f.currency) for f in facts.trade_figures[:3]] == [
        ("target", 10e9, "USD"), ("target", 44.7e9, "MYR"), ("total_trade", 5e9, "USD")]
    facts = written("Indonesia and Vietnam aim to raise bilateral trade to $18 billion (Rp 290 trillion) by 2028.")
    assert [(f.metric, f.period) for f in facts.trade_figures] == [("target", "2028"), ("target", "2028")]


def test_a_list_of_fields_ends_before_a_phrase_of_circumstance() -> None:
    facts = article("w_malaymail_malaysia_turkiye.txt")
    assert [d for a in facts.agreements if a.kind == "mou" for d in a.domains] == [
        "defence", "halal industry", "higher education", "media", "disaster management"]
    for tail in ("in line with their strategic partnership", "as part of the state visit",
                 "on the sidelines of the summit"):
        facts = written(f"Indonesia and Vietnam signed MoUs on energy, fisheries and tourism, {tail}.")
        assert [d for a in facts.agreements for d in a.domains] == ["energy", "fisheries", "tourism"], tail


def test_an_amount_inside_an_included_instrument_is_not_its_field() -> None:
    facts = article("w_koreaherald_korea_indonesia.txt")
    assert [(a.kind, a.domains, a.status, a.date) for a in facts.agreements] == [
        ("mou", ["currency swap"], "signed", "2025-09-16"), ("mou", ["nickel supply chains"], "signed", "2025-09-16")]


def test_a_country_made_a_ranked_market_of_the_other() -> None:
    facts = article("w_thestar_malaysia_turkiye_palm_oil.txt")
    assert [(r.subject, r.rank, r.role, r.year) for r in facts.rankings] == [("Türkiye", 10, "market", "2024")]
    facts = written("Vietnam's coffee exports to Indonesia rose in 2024, making Indonesia the country's "
                    "fifth largest coffee market.")
    assert [(r.subject, r.rank, r.role) for r in facts.rankings] == [("Indonesia", 5, "market")]


def test_an_acronym_defined_for_an_instrument_stands_for_it_later() -> None:
    facts = article("w_thestar_malaysia_turkiye_palm_oil.txt")
    assert [(a.kind, a.status, a.date, a.place) for a in facts.agreements] == [("fta", "in_force", "2015-08", None)]
    background = sorted((e.date, e.actors, e.optional) for e in facts.events if e.date < "2016")
    assert background == [("2014-04", ["Malaysia", "Türkiye"], True), ("2015-08", ["Malaysia", "Türkiye"], True)]
