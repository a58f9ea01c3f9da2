"""A fourth round of ways of writing facts that used to be missed or misread: a year in an event's name beside a
finer date, one country's exports to the world, a masthead with an acronym, a treaty in force named by its year,
an umbrella of agreements signed during a visit and a signed partnership (articles w_*.txt and short written
texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import article, written


def test_a_year_in_a_fairs_name_gives_way_to_a_finer_date_of_the_same_year() -> None:
    facts = article("w_bernama_malaysia_turkiye_idef.txt")
    assert [(e.date, e.place) for e in facts.events if e.date.startswith("2023-07-26") or e.date == "2023"] == [
        ("2023-07-26", "Istanbul")]
    facts = written("Indonesian and Vietnamese ministers met at the Jakarta Food Expo 2024 in Jakarta.")
    assert [(e.date, e.place) for e in facts.events] == [("2024", "Jakarta")], "no finer date: the year"
    facts = written("Indonesia and Vietnam signed the pact in 2025 and ratified it on March 5.")
    assert sorted(e.date for e in facts.events) == ["2025", "2025-03-05"], "two clauses: two events"


def test_one_countrys_exports_with_no_partner_are_its_trade_with_the_world() -> None:
    facts = article("w_dailysabah_turkiye_indonesia.txt")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("total_trade", 2.9e9)]
    facts = written("Vietnam's rice exports reached a record $5 billion in 2024, the ministry said.")
    assert facts.trade_figures == []
    facts = written("Vietnam's exports to Indonesia were worth $3 billion in 2024.")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("exports", 3e9)]
    facts = written("Indonesia's trade with Vietnam rose to $9 billion in 2024. "
                    "Indonesia's exports rose 10% to $5 billion.")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("total_trade", 9e9), ("exports", 5e9)], \
        "going on from the pair's figure"


def test_a_masthead_of_an_acronym_and_a_word_between_the_title_and_the_date_line() -> None:
    assert article("w_trt_turkiye_malaysia.txt").source == "TRT World"
    for heading, source in (("CNA Business", "CNA Business"), ("World News", None), ("Asia Pacific", None),
                            ("UK Politics", None), ("ET Bureau", None)):
        text = f"Indonesia, Vietnam hold talks on trade\n{heading}\nMarch 12, 2025\n\nIndonesia and Vietnam held talks."
        assert extract(RawArticle(id="x", text=text), ("Indonesia", "Vietnam")).source == source, heading


def test_a_treaty_named_with_its_year_is_in_force() -> None:
    facts = article("w_ap_us_philippines.txt")
    assert [(a.kind, a.date, a.status, sorted(a.parties)) for a in facts.agreements
            if "Mutual Defense Treaty" in a.name] == [("agreement", "1951", "in_force", ["Philippines", "United States"])]
    facts = written("Vietnam's president recalled the 2015 Paris Agreement on climate change.")
    assert facts.agreements == [], "not the pair's"


def test_agreements_signed_during_a_visit_beside_a_councils_first_meeting() -> None:
    facts = article("w_dailysabah_turkiye_indonesia.txt")
    assert sorted((a.kind, a.date, a.place, a.status) for a in facts.agreements if a.kind != "contract") == [
        ("agreement", "2025-02", "Jakarta", "signed"), ("council", "2025-02", "Jakarta", "established")]


def test_a_signed_partnership_is_an_agreement_an_upgraded_one_is_not() -> None:
    facts = article("w_guardian_uk_nigeria.txt")
    assert [(a.kind, a.status, a.domains) for a in facts.agreements] == [
        ("agreement", "signed", ["trade and investment"])]
    facts = written("The two leaders agreed to upgrade ties to a comprehensive strategic partnership.")
    assert facts.agreements == []
    facts = written("Indonesia and Vietnam signed a comprehensive strategic partnership on Monday.")
    assert facts.agreements == [], "a level of ties"
