"""People, quotes, dates, periods and countries on articles of more publishers and pairs written for these tests
(tests/articles/w_*.txt: AFP, Nation, Buenos Aires Times, PIB, The Guardian, Gulf News, Malay Mail, ...) and on
short texts after a lede of a Kenya-Tanzania story."""
from __future__ import annotations

import pytest

from bot.core.article_reader import RawArticle
from bot.core.countries import country_names
from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate, parse_date_line
from bot.core.extract import extract
from bot.core.periods import find_periods
from extraction_support import article

LEAD = "Kenya and Tanzania agreed on Sunday to remove trade barriers, Kenyan Trade Cabinet Secretary Rebecca Miano said.\n"


def roles(text: str) -> dict[str, str | None]:
    """Each person's role, in a Kenya-Tanzania story whose lede names Rebecca Miano."""
    facts = extract(RawArticle(id="x", text=LEAD + text), ("Kenya", "Tanzania"))
    return {p.name: p.role for p in facts.people}


@pytest.mark.parametrize(("demonym", "country"), [("Tanzanian", "Tanzania"), ("Bolivian", "Bolivia"),
                                                  ("Taiwanese", "Taiwan"), ("Ghanaian", "Ghana"),
                                                  ("Kazakh", "Kazakhstan"), ("Turkish", "Türkiye")])
def test_every_country_has_its_nationality(demonym: str, country: str) -> None:
    assert country_names().of_demonym(demonym) == country


def test_a_nationality_of_several_countries_names_none() -> None:
    assert country_names().of_demonym("Congolese") is None


def test_a_trip_someone_is_expected_to_make_is_ahead() -> None:
    sentence = "French Foreign Minister Jean-Noel Barrot is expected to travel to Abuja in January, officials said."
    assert [p.date.iso() for p in find_date_phrases(sentence, PartialDate(2024, 11, 29))] == ["2025-01"]
    barrot = [e for e in article("w_afp_france_nigeria.txt").events if "Jean-Noel Barrot" in e.actors]
    assert [e.date for e in barrot] == ["2025-01"]


@pytest.mark.parametrize("sentence", [
    "Ashatu Kijaji, Tanzania's trade minister, said the two countries had agreed to harmonise standards.",
    "The two countries had agreed to harmonise standards, said Ashatu Kijaji, the Tanzanian trade minister.",
    "Tanzania's trade minister, Ashatu Kijaji, said the two countries had agreed to harmonise standards.",
    "The Tanzanian trade minister, Ashatu Kijaji, said the two countries had agreed to harmonise standards.",
])
def test_a_role_between_commas_before_or_after_the_name(sentence: str) -> None:
    assert roles(sentence)["Ashatu Kijaji"] == "trade minister of Tanzania"


def test_a_counterpart_named_between_commas_has_the_role_named_before_in_another_country() -> None:
    facts = article("w_nation_kenya_tanzania.txt")
    assert {p.name: p.role for p in facts.people}["Ashatu Kijaji"] == "Trade Minister of Tanzania"


def test_a_role_named_in_passing_is_not_the_next_name_s() -> None:
    found = roles("After talks with the prime minister, Kassim Majaliwa, the delegation left for Dodoma. "
                  "In Dodoma, the minister said the deal was important.")
    assert found["Kassim Majaliwa"] == "prime minister"
    assert set(found) == {"Rebecca Miano", "Kassim Majaliwa"}


def test_phrases_quoted_apart_are_no_quotation() -> None:
    facts = article("w_batimes_argentina_brazil.txt")
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("Luiz Inácio Lula da Silva", "We have differences, but Brazil and Argentina are condemned to understand each other")]


def test_a_quotation_broken_by_its_attribution_is_one() -> None:
    text = ('"Our traders have suffered long enough," said Ms Miano, "and we have resolved to deal with these '
            'barriers once and for all."')
    facts = extract(RawArticle(id="x", text=LEAD + text), ("Kenya", "Tanzania"))
    assert [q.text for q in facts.quotes] == [
        "Our traders have suffered long enough and we have resolved to deal with these barriers once and for all"]


def test_a_family_name_after_its_particle_is_no_form_of_its_own() -> None:
    lula = next(p for p in article("w_batimes_argentina_brazil.txt").people if p.name.startswith("Luiz"))
    assert lula.aliases == ["Lula"]


def test_a_family_name_after_an_arabic_article_stands_alone_without_it() -> None:
    sisi = next(p for p in article("w_anadolu_turkiye_egypt.txt").people if p.name.endswith("al-Sisi"))
    assert sisi.aliases == ["Sisi"]


def test_a_date_line_with_the_time_before_the_date() -> None:
    assert parse_date_line("Published: 8:30pm, 9 Nov 2024") == "2024-11-09"
    assert article("w_scmp_china_indonesia.txt").published == "2024-11-09"


def test_the_fiscal_year_that_ended_in_a_month() -> None:
    sentence = "Trade hit a record $68.7 billion in the fiscal year that ended in March, driven by oil."
    assert [p.text for p in find_periods(sentence, PartialDate(2025, 12, 5))] == ["2024-04/2025-03"]


def test_a_date_line_saying_who_posted_it_and_an_indian_honorific() -> None:
    facts = article("w_pib_india_uae.txt")
    assert facts.published == "2025-02-12"
    goyal = next(p for p in facts.people if p.name == "Piyush Goyal")
    assert goyal.role == "Union Minister of Commerce and Industry"
    assert {"Shri Goyal", "Goyal"} <= set(goyal.aliases)
    assert [p.name for p in facts.people if "Goyal" in p.name] == ["Piyush Goyal"]


def test_quotations_in_single_marks_and_a_role_with_two_fields() -> None:
    facts = article("w_guardian_uk_nigeria.txt")
    assert {p.name: p.role for p in facts.people}["Kemi Badenoch"] == "business and trade secretary"
    assert [(q.speaker, q.text) for q in facts.quotes][1:] == [
        ("Kemi Badenoch", "This partnership is a landmark moment for both our countries"),
        ("Kemi Badenoch", "Nigeria is a huge market with a young, growing population")]


def test_an_apostrophe_inside_words_does_not_close_a_quotation_in_single_marks() -> None:
    text = "'Nigeria's market is one we can't ignore any longer,' Ms Miano said."
    facts = extract(RawArticle(id="x", text=LEAD + text), ("Kenya", "Tanzania"))
    assert [q.text for q in facts.quotes] == ["Nigeria's market is one we can't ignore any longer"]


def test_four_quarters_to_the_end_of_a_quarter() -> None:
    [figure] = [f for f in article("w_guardian_uk_nigeria.txt").trade_figures if f.value == 7_200_000_000]
    assert figure.period == "2022-10/2023-09"


def test_royal_honorifics_and_a_role_written_after_the_name_without_an_article() -> None:
    people = {p.name: p for p in article("w_gulfnews_uae_india.txt").people}
    assert "Sheikh Mohamed" in people["Mohamed bin Zayed Al Nahyan"].aliases
    assert people["Thani bin Ahmed Al Zeyoudi"].role == "Minister of State for Foreign Trade"


def test_a_title_in_quotation_marks_is_no_quotation() -> None:
    text = "Ms Miano said her lecture, 'Power Shift: Strategic Choices for Kenya and Tanzania', was well received."
    facts = extract(RawArticle(id="x", text=LEAD + text), ("Kenya", "Tanzania"))
    assert facts.quotes == []


@pytest.mark.parametrize("line", ["2024/03/14", "14-03-2024", "By Jane Doe | March 14, 2024",
                                  "March 14, 2024 / 10:30 AM / Updated 2 hours ago"])
def test_date_lines_of_more_forms(line: str) -> None:
    assert parse_date_line(line) == "2024-03-14"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The council met in the first week of March.", "2024-03"),
    ("They will meet in the last week of April.", "2024-04"),
    ("It was signed on 12/03/2024.", "2024-03-12"),
    ("It was signed on 3/25/2024.", "2024-03-25"),
    ("The meeting takes place this Saturday.", "2024-03-16"),
    ("This Monday, the ministers met.", "2024-03-11"),
    ("A week ago, they met.", "2024-03-07"),
    ("Two days ago the deal was signed.", "2024-03-12"),
])
def test_more_date_phrases_resolve_against_a_thursday(sentence: str, expected: str) -> None:
    assert [p.date.iso() for p in find_date_phrases(sentence, PartialDate(2024, 3, 14))] == [expected]


def test_the_european_union_is_a_party_of_its_own() -> None:
    facts = article("w_jakartaglobe_indonesia_eu.txt")
    assert {f.metric: f.value for f in facts.trade_figures if f.currency == "EUR"} == {
        "total_trade": 27_100_000_000, "exports": 9_900_000_000, "imports": 17_200_000_000}
    assert [sorted(a.parties) for a in facts.agreements] == [["European Union", "Indonesia"]]


def test_a_target_some_years_ahead() -> None:
    [target] = [f for f in article("w_dawn_pakistan_turkey.txt").trade_figures if f.metric == "target"]
    assert (target.value, target.period) == (5_000_000_000, "2023")


def test_a_dateline_s_month_is_after_a_month_reported_as_over() -> None:
    text = ("ANKARA, Nov 12 — Malaysia's trade with Turkiye from January to November 2021 totalled RM3.75 billion, "
            "the ministry said.")
    assert extract(RawArticle(id="x", text=text), ("Malaysia", "Türkiye")).published == "2022-11-12"


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_role() -> None:
    roles_found = {p.name: p.role for p in article("w_nikkei_japan_india.txt").people}
    assert roles_found["Narendra Modi"] == "Prime Minister"


def test_an_envoy_s_role_between_commas_names_where_they_are_posted() -> None:
    found = roles("Tanzania's ambassador to Kenya, John Simbachawene, said the deal was important.")
    assert found["John Simbachawene"] == "ambassador of Tanzania to Kenya"


@pytest.mark.parametrize("sentence", [
    "The president, who arrived on Monday, met business leaders.",
    "The deal was signed by the trade secretary, the agriculture minister and the governor, officials said.",
    "Their counterparts, Kenya and Tanzania, have agreed to cooperate.",
])
def test_no_name_between_commas_after_a_role_is_no_person(sentence: str) -> None:
    assert set(roles(sentence)) == {"Rebecca Miano"}


def test_a_state_visit_with_its_arrival_the_day_before_and_a_visit_the_year_before() -> None:
    facts = article("w_xinhua_china_malaysia.txt")
    assert {(e.date, e.place, e.optional) for e in facts.events} >= {
        ("2025-04-16", "Kuala Lumpur", False), ("2025-04-15", "Kuala Lumpur", False), ("2024-11", "China", False)}
    assert len(facts.agreements) == 4 and {a.status for a in facts.agreements} == {"signed"}


def test_a_company_named_after_a_nationality_keeps_its_officer_s_role() -> None:
    found = {p.name: p.role for p in article("w_dailysabah_turkiye_indonesia.txt").people}
    assert found["Mehmet Demiroğlu"] == "Turkish Aerospace CEO"
    assert found["Sjafrie Sjamsoeddin"] == "Defense Minister of Indonesia"


def test_the_year_of_a_fair_s_name_beside_an_amount_is_no_full_year_and_he_said_is_the_last_speaker() -> None:
    facts = article("w_bernama_malaysia_turkiye_idef.txt")
    assert facts.published == "2023-07-27"  # `first half of 2023` reported, `IDEF 2023` is a name
    assert [q.speaker for q in facts.quotes] == ["Mohamad Hasan"]


def test_an_article_without_any_date_stays_undated_and_keeps_its_dated_figures() -> None:
    facts = article("w_ap_us_philippines.txt")
    assert (facts.published, facts.dateline_place, facts.source) == (None, "Washington", "AP")
    assert {(f.metric, f.value, f.period) for f in facts.trade_figures} >= {("total_trade", 36_000_000_000, "2022")}


def test_a_trade_ministers_forum_with_a_target_and_each_way_s_figures() -> None:
    facts = article("w_trt_turkiye_malaysia.txt")
    assert {(f.metric, f.value, f.period) for f in facts.trade_figures} >= {
        ("target", 10_000_000_000, None), ("total_trade", 5_200_000_000, "2024"),
        ("exports", 590_000_000, "2024"), ("imports", 4_600_000_000, "2024")}
    assert {p.name: p.role for p in facts.people}["Omer Bolat"] == "Trade Minister of Türkiye"
