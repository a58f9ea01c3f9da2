"""Facts that used to come out wrong: the South African rand's `R`, a year an increase is measured from, each clause's
own measure, a ranking held `since` a year or dated by a later clause, parts of a fiscal year, and the subject of an
instrument `in force since` a date (articles z_*.txt and f3_*.txt)."""
from __future__ import annotations

from bot.core.dates import PartialDate
from bot.core.facts import ArticleFacts
from bot.core.money import find_money
from bot.core.periods import find_periods
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_the_rand_is_written_r_with_a_scale_word() -> None:
    assert _figures(article("z_iol_southafrica_turkiye.txt"))[:3] == [
        ("target", 100e9, "ZAR", "2030"), ("total_trade", 45.6e9, "ZAR", "2023"), ("exports", 18.2e9, "ZAR", "2023")]
    found = find_money("R2bn, R5m and R 3.4 billion; R&D, the R2 road, R1 round, R2 M, RM5 billion, R$ 33 billion")
    assert [(m.text, m.currency) for m in found] == [
        ("R2bn", "ZAR"), ("R5m", "ZAR"), ("R 3.4 billion", "ZAR"), ("RM5 billion", "MYR"), ("R$ 33 billion", "BRL")]
    assert find_money("The R300 toll on the R21 and the R1 final.") == [], "no scale word: no rand"
    facts = written("Trade between the two countries reached R12.5bn in 2024.", pair=("South Africa", "Kenya"),
                    lede="South Africa and Kenya held talks in Nairobi.")
    assert _figures(facts) == [("total_trade", 12.5e9, "ZAR", "2024")]


def test_a_year_an_increase_is_measured_from_is_no_period() -> None:
    figures = _figures(article("z_miti_press_release.txt"))
    assert figures[:2] == [("total_trade", 24.2e9, "MYR", "2024"), ("total_trade", 5.3e9, "USD", "2024")]
    facts = written("In 2024, two-way trade grew 12 per cent from 2023 to $16.2 billion.")
    assert _figures(facts) == [("total_trade", 16.2e9, "USD", "2024")]


def test_each_amount_takes_the_measure_of_its_own_clause() -> None:
    figures = _figures(article("z_miti_press_release.txt"))
    assert figures[2:] == [("exports", 17.9e9, "MYR", "2024"), ("imports", 6.3e9, "MYR", "2024")]
    facts = written("Vietnam's trade with Indonesia hit $14 billion in 2023. "
                    "Imports from Indonesia came to $8.1 billion whereas exports were $5.9 billion.")
    assert _figures(facts)[1:] == [("imports", 8.1e9, "USD", "2023"), ("exports", 5.9e9, "USD", "2023")]


def test_a_ranking_held_since_a_year_is_not_about_that_year() -> None:
    rankings = article("z_agenciabrasil_brazil_china.txt").rankings
    assert [(r.subject, r.rank, r.year) for r in rankings] == [("China", 1, None)]
    facts = written("Indonesia has been Vietnam's third largest trading partner in ASEAN ever since 2015.")
    assert [(r.subject, r.rank, r.year) for r in facts.rankings] == [("Indonesia", 3, None)]
    facts = written("Indonesia was Vietnam's third largest trading partner in ASEAN in 2024.")
    assert [r.year for r in facts.rankings] == ["2024"]


def test_an_instrument_in_force_since_a_date_keeps_its_subject() -> None:
    events = article("z_miti_press_release.txt").events
    assert [e.what for e in events if e.date == "2015-08-01"] == [
        "The MTFTA in force since 1 August 2015, currently covers trade in goods."]
    facts = written("The IVCEPA, signed on 18 December 2023 and in effect since 1 July 2024, covers trade in goods.",
                    lede="Indonesia and Vietnam held talks on the Indonesia-Vietnam Comprehensive Economic "
                         "Partnership Agreement (IVCEPA).")
    assert [e.what for e in facts.events if e.date == "2024-07-01"] == [
        "The IVCEPA in effect since 1 July 2024, covers trade in goods."]


def test_a_quarter_of_a_fiscal_year_is_its_months() -> None:
    figures = article("f3_brecorder_pakistan_indonesia.txt").trade_figures
    assert [(f.metric, f.value, f.currency, f.period) for f in figures if f.currency == "PKR"] == [
        ("imports", 98.6e9, "PKR", "2024-07/2024-09")]
    assert find_periods("in the second quarter of fiscal 2024", PartialDate(2025, 3, 12), (4, True))[0].text \
        == "2024-07/2024-09", "Japan's fiscal 2024 begins in April 2024"
    assert find_periods("in Q3 of FY2023-24", PartialDate(2025, 3, 12), (4, False))[0].text == "2023-10/2023-12"
    assert find_periods("in the first half of FY24", PartialDate(2025, 3, 12), (7, False))[0].text \
        == "2023-07/2023-12"


def test_months_of_a_fiscal_year_are_within_it() -> None:
    late = PartialDate(2025, 11, 12)
    assert [p.text for p in find_periods("during July-October FY25", late, (7, False))] == ["2024-07/2024-10"], \
        "FY25 ran from July 2024, though July-October 2025 is over by publication"
    assert [p.text for p in find_periods("exports in 4MFY25 rose", late, (7, False))] == ["2024-07/2024-10"]
    assert [p.text for p in find_periods("in 1QFY2026", late, (4, False))] == ["2025-04/2025-06"]
    assert [p.text for p in find_periods("January to March of fiscal year 2024-25", late, (4, False))] == [
        "2025-01/2025-03"]
    assert find_periods("in 13MFY25", late, (7, False)) == []
    facts = written("Japan's imports from Vietnam rose to 1.9 trillion yen in April-December fiscal 2023.",
                    pair=("Vietnam", "Japan"), lede="Vietnam and Japan held talks.")
    assert _figures(facts) == [("imports", 1.9e12, "JPY", "2023-04/2023-12")], "Japan's fiscal 2023 began in April 2023"


def test_the_business_recorder_article_gives_each_figure_its_period() -> None:
    assert _figures(article("f3_brecorder_pakistan_indonesia.txt")) == [
        ("exports", 312.4e6, "USD", "2024-07/2024-10"), ("exports", 263.4e6, "USD", "2023-07/2023-10"),
        ("imports", 1.21e9, "USD", "2024-07/2024-10"), ("imports", 98.6e9, "PKR", "2024-07/2024-09"),
        ("total_trade", 4.38e9, "USD", "2023-07/2024-06"), ("exports", 331e6, "USD", "2023-07/2024-06"),
        ("exports", 2.96e9, "USD", "2024-01/2024-09"), ("target", 6e9, "USD", "2027"),
        ("investment", 4.7e12, "IDR", None), ("investment", 298e6, "USD", None),
        ("exports", 525e6, "USD", "2021-07/2022-06")]


def test_a_ranking_takes_no_year_from_a_clause_after_it() -> None:
    rankings = article("f3_brecorder_pakistan_indonesia.txt").rankings
    assert [(r.subject, r.rank, r.role, r.year) for r in rankings] == [
        ("Indonesia", 1, "supplier", None), ("Pakistan", 3, "buyer", "2023")]
    facts = written("Vietnam is Indonesia's largest rice supplier, while Indonesia was Vietnam's fifth-largest "
                    "export market in 2024.")
    assert [(r.subject, r.year) for r in facts.rankings] == [("Vietnam", None), ("Indonesia", "2024")]
    facts = written("Indonesia was Vietnam's fifth-largest export market in 2024, while Vietnam was Indonesia's "
                    "largest rice supplier.")
    assert [(r.subject, r.year) for r in facts.rankings] == [("Indonesia", "2024"), ("Vietnam", "2024")], \
        "a year before goes on"


def test_a_subject_with_its_acronym_before_a_participle_phrase_is_kept() -> None:
    facts = article("a3_vir_vietnam_chile.txt")
    assert "The Vietnam-Chile Free Trade Agreement (VCFTA) has been in force since January 1, 2014." in [
        event.what for event in facts.events]
