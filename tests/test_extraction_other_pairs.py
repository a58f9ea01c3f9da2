"""The extractor on other publishers' layouts and other country pairs (articles written for these tests)."""
from __future__ import annotations

from pathlib import Path

from bot.core.article_reader import read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from bot.core.money import find_money

ARTICLES = Path(__file__).resolve().parent / "articles"


def article(name: str) -> ArticleFacts:
    """Extracted with the default pair setting: the article's own pair must be found from its text."""
    return extract(read_article_file(ARTICLES / name, 5_000_000), ("Malaysia", "Türkiye"))


def agreements(facts: ArticleFacts) -> set[tuple[str, str, str]]:
    return {(a.kind, a.domains[0] if a.domains else "", a.status) for a in facts.agreements}


def test_currency_words_after_the_amount() -> None:
    found = [(m.value, m.currency) for s in ("trade reached 181.5 billion U.S. dollars in 2023",
                                             "a loan of 2.3 billion Singapore dollars", "R$ 5 billion")
             for m in find_money(s)]
    assert found == [(181.5e9, "USD"), (2.3e9, "SGD"), (5e9, "BRL")]


def test_a_xinhua_timestamp_line_gives_date_and_source_and_us_dollars_count() -> None:
    facts = article("xinhua_china_brazil.txt")
    assert (facts.published, facts.source, facts.dateline_place) == ("2024-11-21", "Xinhua", "Brasilia")
    assert {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures} == {
        ("total_trade", 181.5e9, "USD", "2023"), ("investment", 1.73e9, "USD", "2023")}


def test_a_byline_of_several_parts_gives_the_publication_date() -> None:
    facts = article("reuters_india_uae.txt")
    assert (facts.published, facts.title) == ("2024-02-14", "India, UAE sign investment treaty as trade nears $85 billion")


def test_the_field_named_before_the_instrument_and_each_field_of_a_plural_one() -> None:
    assert agreements(article("reuters_india_uae.txt")) == {
        ("agreement", "investment", "signed"), ("mou", "digital infrastructure", "signed"), ("mou", "energy", "signed"),
        ("mou", "interlinking of payment platforms", "signed"), ("fta", "trade", "in_force")}


def test_memoranda_exchanged_covering_the_fields_of_a_list() -> None:
    facts = article("bernama_malaysia_indonesia.txt")
    mous = sorted(a.domains[0] for a in facts.agreements if a.kind == "mou")
    assert mous == ["digital economy", "education", "energy", "health", "labour"]
    assert {a.date for a in facts.agreements if a.kind == "mou"} == {"2025-08-12"}
    assert ("agreement", "maritime boundaries in the Sulawesi Sea", "planned") in agreements(facts)


def test_two_instruments_signed_in_one_sentence_are_two_facts() -> None:
    assert agreements(article("anadolu_turkiye_azerbaijan.txt")) == {
        ("agreement", "preferential trade agreement's expansion", "signed"),
        ("agreement", "mutual recognition of driving licences", "signed")}


def test_each_ranking_of_a_sentence_has_its_own_subject() -> None:
    ranks = {(r.subject, r.rank, r.role, r.year) for r in article("bernama_malaysia_indonesia.txt").rankings}
    assert ranks == {("Malaysia", 5, "trading partner", "2024"), ("Indonesia", 7, "trading partner", "2024")}
    assert [(r.subject, r.rank) for r in article("reuters_india_uae.txt").rankings] == [("United Arab Emirates", 3)]


def test_people_roles_of_a_country_and_names_from_other_cultures() -> None:
    people = {p.name: (p.role, p.aliases) for p in article("reuters_india_uae.txt").people}
    assert people["Vinay Kwatra"] == ("Foreign Secretary", [])
    assert people["Mohamed bin Zayed Al Nahyan"][0] == "President of United Arab Emirates"
    people = {p.name: (p.role, p.aliases) for p in article("anadolu_turkiye_azerbaijan.txt").people}
    assert people["Mikayil Jabbarov"] == ("Economy Minister of Azerbaijan", ["Jabbarov"])
    people = {p.name: (p.role, p.aliases) for p in article("xinhua_china_brazil.txt").people}
    assert people["Xi Jinping"] == ("President of China", ["Xi"])
    assert "Lula" in people["Luiz Inacio Lula da Silva"][1]
    arrival = next(e for e in article("xinhua_china_brazil.txt").events if e.date == "2024-11-19")
    assert arrival.actors == ["Xi Jinping"]


def test_figures_of_part_years_and_a_regional_ranking_scope() -> None:
    facts = article("dpa_germany_vietnam.txt")
    assert {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures} == {
        ("total_trade", 11.2e9, "USD", "2024"), ("total_trade", 10.5e9, "USD", "2023"),
        ("exports", 4.6e9, "EUR", "2024-01/2024-09"), ("target", 20e9, "USD", "2030"),
        ("investment", 2.9e9, "USD", "2024-01/2024-06")}
    assert [(r.subject, r.rank, r.scope) for r in facts.rankings] == [("Vietnam", 1, "Southeast Asia")]
    assert [(e.date, e.optional) for e in facts.events] == [("2025-03-03", False), ("2011", True)]


def test_an_instrument_expected_to_be_signed_is_planned_and_undated() -> None:
    visa = next(a for a in article("thestar_malaysia_china.txt").agreements if a.domains == ["mutual visa exemption"])
    assert (visa.status, visa.date) == ("planned", None)


def test_a_range_of_fields_and_a_target_beside_the_present_value() -> None:
    facts = article("dailysabah_turkiye_indonesia.txt")
    fields = {a.domains[0] for a in facts.agreements if a.kind == "agreement"}
    assert fields == {"defense industry", "energy", "health", "education", "media"}
    assert {(f.metric, f.value, f.period) for f in facts.trade_figures} == {
        ("total_trade", 2.5e9, "2024"), ("target", 10e9, None)}


def test_a_counterpart_has_the_title_of_the_one_he_meets_and_openings_are_not_roles() -> None:
    roles = {p.name: p.role for p in article("dailysabah_turkiye_indonesia.txt").people}
    assert roles["Prabowo Subianto"] == "President of Indonesia"
    roles = {p.name: p.role for p in article("arabnews_saudi_pakistan.txt").people}
    assert roles["Mohammed bin Salman"] == "Crown Prince of Saudi Arabia"
    people = {p.name: p.aliases for p in article("thestar_malaysia_china.txt").people}
    assert people["Zafrul Abdul Aziz"] == ["Tengku Datuk Seri Zafrul Abdul Aziz"]


def test_a_quarter_without_its_year_and_the_date_an_agreement_came_into_force() -> None:
    facts = article("anadolu_turkiye_malaysia_quarter.txt")
    assert {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures} == {
        ("exports", 412e6, "USD", "2025-01/2025-03"), ("imports", 1.1e9, "USD", "2025-01/2025-03"),
        ("total_trade", 3.2e9, "EUR", "2024"), ("target", 5e9, "EUR", "2027"),
        ("investment", 350e6, "USD", "2024-01/2024-06")}, "the world total is not the pair's"
    assert [(a.kind, a.status, a.date) for a in facts.agreements] == [("fta", "in_force", "2015-08")]


def test_the_two_countries_are_the_pair_of_an_event() -> None:
    talks = next(e for e in article("anadolu_turkiye_malaysia_quarter.txt").events if e.date == "2024-02")
    assert talks.actors == ["Malaysia", "Türkiye"]
