"""A third round of ways of writing facts that used to be missed or misread: fields listed after `in areas
including`, a plan after a signing, one-word mastheads, rankings of `the bloc`, places named in the sentence over
the dateline's, the worth of a partnership, datelines with a country, a state or an ordinal
date, and the city of a visit over a country (articles w_*.txt and short written texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import article, written


def test_fields_in_areas_including_and_a_plan_after_a_signing() -> None:
    facts = article("w_dawn_pakistan_turkey.txt")
    assert sorted(a.domains[0] for a in facts.agreements if a.kind == "agreement" and a.status == "signed") == [
        "defence", "education", "tourism", "trade"]
    assert [a.status for a in facts.agreements if a.kind == "fta"] == ["planned"]
    facts = written("Indonesia and Vietnam signed five agreements in areas including energy, fisheries and health, "
                    "and agreed to conclude a free trade agreement by next year.")
    assert sorted((a.kind, a.domains[0], a.status) for a in facts.agreements) == [
        ("agreement", "energy", "signed"), ("agreement", "fisheries", "signed"), ("agreement", "health", "signed"),
        ("fta", "trade", "planned")]


def test_a_one_word_masthead_between_the_title_and_the_date_line() -> None:
    assert article("w_dawn_pakistan_turkey.txt").source == "Dawn"
    for heading in ("Business", "World", "Analysis", "Jakarta"):
        text = f"Indonesia, Vietnam hold talks on trade\n{heading}\nMarch 12, 2025\n\nIndonesia and Vietnam held talks."
        assert extract(RawArticle(id="x", text=text), ("Indonesia", "Vietnam")).source is None, heading


def test_making_the_bloc_the_countrys_nth_largest_investor() -> None:
    rankings = article("w_jakartaglobe_indonesia_eu.txt").rankings
    assert [(r.subject, r.rank, r.role, r.year) for r in rankings] == [("European Union", 5, "investor", "2024")]
    facts = written("Saudi investment in Malaysia reached $1 billion in 2024, making the kingdom the country's "
                    "third-largest investor.", ("Malaysia", "Saudi Arabia"), "Malaysia and Saudi Arabia held talks.")
    assert [(r.subject, r.rank, r.role) for r in facts.rankings] == [("Saudi Arabia", 3, "investor")]


def test_a_place_the_sentence_names_wins_over_the_datelines() -> None:
    facts = article("w_jakartaglobe_indonesia_eu.txt")
    assert [e.place for e in facts.events if e.date == "2025-07-13"] == ["Brussels"]
    facts = written("Indonesia and Vietnam signed an MoU on fisheries on Tuesday.",
                    lede="JAKARTA — Indonesia and Vietnam held talks.")
    assert [e.place for e in facts.events if e.date == "2025-03-11"] == ["Jakarta"], "no place named: the dateline's"


def test_the_worth_of_a_partnership_is_no_figure() -> None:
    figures = article("w_guardian_uk_nigeria.txt").trade_figures
    assert [(f.metric, f.value, f.currency) for f in figures] == [("total_trade", 7.2e9, "GBP")]
    facts = written("Indonesia and Vietnam signed an investment partnership that officials say could be worth "
                    "$3 billion.")
    assert facts.trade_figures == []
    facts = written("Indonesia and Vietnam signed 12 investment agreements worth 45 trillion rupiah ($2.9 billion).")
    assert facts.trade_figures == [], "nor the same worth in another currency"
    facts = written("Vietnam's exports to Indonesia were worth $3 billion in 2024.")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("exports", 3e9)]
    facts = written("Bilateral trade under the agreement was worth $5 billion in 2024.")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("total_trade", 5e9)], "trade under a deal"


BODY = (" Japan and Vietnam agreed on Tuesday to deepen cooperation in semiconductors and energy, officials said.\n"
        "The two leaders met for two hours.")


def test_datelines_with_a_country_a_state_or_an_ordinal_date() -> None:
    for dateline, place in (("Tokyo, Japan —", "Tokyo"), ("PHNOM PENH, Cambodia —", "PHNOM PENH"),
                            ("WASHINGTON, D.C. —", "WASHINGTON")):
        facts = extract(RawArticle(id="x", text=dateline + BODY), ("Japan", "Vietnam"))
        assert facts.dateline_place is not None and facts.dateline_place.casefold() == place.casefold(), dateline
    facts = extract(RawArticle(id="x", text="ABU DHABI, 14th March, 2024 (WAM) --" + BODY), ("Japan", "Vietnam"))
    assert (facts.dateline_place.casefold(), facts.published) == ("abu dhabi", "2024-03-14")
    for opening in ("Meanwhile, Japan —", "Japan, Vietnam —"):
        facts = extract(RawArticle(id="x", text=opening + BODY), ("Japan", "Vietnam"))
        assert facts.dateline_place is None, "a label or a country before a country is no dateline"


def test_the_city_of_a_visit_wins_over_a_country_named_before() -> None:
    facts = article("w_nikkei_japan_india.txt")
    assert [e.place for e in facts.events if e.date == "2022-03"] == ["New Delhi"]
    facts = written("Vietnam pledged $1 billion in investment in Indonesia when its president visited Surabaya "
                    "in May 2024.")
    assert [e.place for e in facts.events if e.date == "2024-05"] == ["Surabaya"]
