"""Trade figures and rankings as other publishers write them (articles written for these tests: t_*.txt)."""
from __future__ import annotations

from pathlib import Path

from bot.core.article_reader import RawArticle, read_article_file
from bot.core.dates import PartialDate
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from bot.core.money import find_money
from bot.core.periods import find_periods

ARTICLES = Path(__file__).resolve().parent / "articles"
Figure = tuple[str, float, str, str | None]


def article(name: str) -> ArticleFacts:
    """Extracted with the default pair setting: the article's own pair must be found from its text."""
    return extract(read_article_file(ARTICLES / name, 5_000_000), ("Malaysia", "Türkiye"))


def written(body: str) -> ArticleFacts:
    """A short Indonesia-Australia story dated 3 March 2025 with the given paragraphs."""
    text = f"Indonesia, Australia hold talks\nMarch 3, 2025\n\nJAKARTA: Indonesia and Australia held talks.\n\n{body}"
    return extract(RawArticle(id="written", text=text), ("Indonesia", "Australia"))


def figures(facts: ArticleFacts) -> set[Figure]:
    return {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures}


def ranks(facts: ArticleFacts) -> set[tuple[str, int, str, str | None, str | None]]:
    return {(r.subject, r.rank, r.role, r.scope, r.year) for r in facts.rankings}


def test_a_two_digit_fiscal_year_dates_a_figure() -> None:
    facts = article("t_economictimes_india_uk.txt")
    assert {("exports", 14.5e9, "USD", "2024-04/2025-03"),
            ("imports", 8.6e9, "USD", "2024-04/2025-03")} <= figures(facts)
    assert ("total_trade", 17e9, "USD", "2020-07/2021-06") in figures(article("t_dawn_pakistan_china.txt")), \
        "Pakistan's year begins in July"


def test_a_month_range_named_a_period_of_this_year() -> None:
    assert ("total_trade", 24.1e9, "USD", "2023-01/2023-09") in figures(article("t_koreaherald_korea_germany.txt"))


def test_months_counted_back_from_the_last_one() -> None:
    published = PartialDate(2025, 3, 3)
    assert [p.text for p in find_periods("A$5.1bn in the 12 months to June 2024", published)] == ["2023-07/2024-06"]
    assert [p.text for p in find_periods("in the six months ending December 2024", published)] == ["2024-07/2024-12"]
    assert [p.text for p in find_periods("in the year ended June 30, 2024", published)] == ["2023-07/2024-06"]
    assert [p.text for p in find_periods("in the year to March", published)] == ["2023-04/2024-03"]


def test_the_period_is_the_one_reported_not_the_year_compared_with() -> None:
    facts = article("t_dawn_pakistan_china.txt")
    assert {("imports", 15.2e9, "USD", "2020-07/2021-06"),
            ("imports", 11.5e9, "USD", "2019-07/2020-06")} <= figures(facts)


def test_an_amount_continuing_the_last_figure_is_of_its_kind_and_year() -> None:
    facts = written("Indonesian exports to Australia rose 5% to A$8.4 billion in 2023. "
                    "They were A$8 billion a year earlier.")
    assert figures(facts) == {("exports", 8.4e9, "AUD", "2023"), ("exports", 8e9, "AUD", "2022")}
    facts = written("Bilateral trade rose to A$18.4 billion in 2022. "
                    "The figure rose to A$19.1 billion in 2023 on higher coal prices.")
    assert ("total_trade", 19.1e9, "AUD", "2023") in figures(facts), "prices explain a figure, a budget is none"


def test_the_economy_a_budget_or_a_world_total_is_no_trade_of_the_pair() -> None:
    assert figures(article("t_businesstimes_singapore_indonesia.txt")) == {
        ("investment", 3.4e9, "USD", "2019-01/2019-06"), ("total_trade", 68.2e9, "SGD", "2018"),
        ("exports", 11.3e9, "SGD", "2018"), ("target", 100e9, "SGD", "2025")}, "GDP and all countries' FDI are not"
    assert figures(article("t_economictimes_india_uk.txt")) == {
        ("total_trade", 21.34e9, "USD", "2024-04/2025-03"), ("total_trade", 20.36e9, "USD", "2023-04/2024-03"),
        ("exports", 14.5e9, "USD", "2024-04/2025-03"), ("imports", 8.6e9, "USD", "2024-04/2025-03"),
        ("investment", 35.3e9, "USD", "2000-04/2024-12"), ("target", 120e9, "USD", "2030"),
        ("total_trade", 42.6e9, "GBP", "2024")}, "India's total exports to the world and a loan are not"
    national = figures(article("t_thenational_uae_indonesia.txt"))
    assert not any(value == 2.2e12 for _, value, _, _ in national), "the UAE's foreign trade is with the world"
    dawn = figures(article("t_dawn_pakistan_china.txt"))
    assert not any(value == 900e9 for _, value, _, _ in dawn), "a budget allocation"
    astana = figures(article("t_astanatimes_kazakhstan_uzbekistan.txt"))
    assert not any(value == 262e9 for _, value, _, _ in astana), "GDP"


def test_an_investor_with_projects_worth_and_turnover_are_measures() -> None:
    facts = article("t_vietnamnews_vietnam_netherlands.txt")
    assert figures(facts) == {
        ("total_trade", 11.1e9, "USD", "2023"), ("exports", 8.8e9, "USD", "2024-01/2024-09"),
        ("imports", 1.2e9, "USD", "2024-01/2024-09"), ("investment", 14.6e9, "USD", None),
        ("target", 15e9, "USD", "2030")}, "the country's total import-export turnover is not the pair's"
    assert figures(written("Turnover between the two countries reached $17.6 billion in 2023.")) == {
        ("total_trade", 17.6e9, "USD", "2023")}


def test_rupees_are_those_of_the_countries_of_the_article_and_more_currencies() -> None:
    assert ("exports", 336e9, "PKR", "2020-07/2021-06") in figures(article("t_dawn_pakistan_china.txt"))
    assert ("investment", 45e9, "KZT", "2023") in figures(article("t_astanatimes_kazakhstan_uzbekistan.txt"))
    found = [(m.value, m.currency) for s in ("Rs. 1,500 crore", "NZ$2.1 billion", "Tk 500 crore", "3 trillion soums",
                                             "10 billion RMB") for m in find_money(s)]
    assert found == [(15e9, "INR"), (2.1e9, "NZD"), (5e9, "BDT"), (3e12, "UZS"), (10e9, "CNY")]


def test_a_word_between_the_superlative_and_the_role() -> None:
    assert ("Saudi Arabia", 1, "supplier") in {r[:3] for r in ranks(article("t_scmp_china_saudi.txt"))}
    assert ("Netherlands", 1, "investor", "European", None) in ranks(article("t_vietnamnews_vietnam_netherlands.txt"))
    assert ("Indonesia", 13, "trading partner", None, None) in ranks(
        written("Indonesia is Australia's 13th-largest two-way trading partner."))


def test_a_place_among_a_countrys_partners() -> None:
    assert ("Uzbekistan", 5, "trading partner", None, "2023") in ranks(
        article("t_astanatimes_kazakhstan_uzbekistan.txt"))
    assert ("Indonesia", 6, "trading partner", None, "2018") in ranks(
        article("t_businesstimes_singapore_indonesia.txt"))


def test_more_verbs_name_the_country_ranked() -> None:
    assert ranks(article("t_bangkokpost_thailand_cambodia.txt")) == {("Cambodia", 4, "export market", "Asean", None)}
    assert ("Singapore", 1, "investor", None, "2019") in ranks(article("t_businesstimes_singapore_indonesia.txt")), \
        "`retained its position as`, in the first half of 2019"
    assert ranks(written("Australia has become the fifth-largest source of FDI for Indonesia.")) == {
        ("Australia", 5, "source of foreign direct investment", None, None)}


def test_making_a_country_the_source_of_investment_in_another() -> None:
    assert ("Japan", 2, "source of foreign direct investment", None, "2021") in ranks(
        article("t_japantimes_japan_australia.txt"))


def test_scopes_of_a_bloc_and_its_members() -> None:
    assert ("Germany", 2, "investor", "EU member states", None) in ranks(article("t_koreaherald_korea_germany.txt"))
    assert ("Netherlands", 1, "export market", "European Union", "2023") in ranks(
        article("t_vietnamnews_vietnam_netherlands.txt"))


def test_every_figure_of_an_article_with_yen_and_australian_dollars() -> None:
    assert figures(article("t_japantimes_japan_australia.txt")) == {
        ("total_trade", 88e9, "AUD", "2021"), ("investment", 133.5e9, "AUD", "2021"),
        ("imports", 9.2e12, "JPY", "2021-04/2022-03"), ("exports", 1.7e12, "JPY", "2022-04/2022-09")}, \
        "not the yen's rate, grants to third countries or pension assets"
    assert figures(article("t_koreaherald_korea_germany.txt")) == {
        ("total_trade", 33.2e9, "USD", "2022"), ("exports", 11.7e9, "USD", "2022"),
        ("imports", 21.5e9, "USD", "2022"),
        ("total_trade", 24.1e9, "USD", "2023-01/2023-09"), ("investment", 1.1e9, "USD", "2023-01/2023-06"),
        ("investment", 1.6e12, "KRW", "2022"), ("target", 50e9, "USD", "2030")}
    assert figures(article("t_bangkokpost_thailand_cambodia.txt")) == {
        ("total_trade", 110.5e9, "THB", "2025"), ("exports", 92.4e9, "THB", "2025"),
        ("imports", 18.1e9, "THB", "2025"),
        ("total_trade", 3.2e9, "THB", "2026-01"), ("target", 15e9, "USD", "2025")}


def test_the_first_months_of_the_year_and_a_target_for_next_year() -> None:
    assert figures(written("Australian investment in Indonesia amounted to US$1.2 billion in the first seven months "
                           "of the year.")) == {("investment", 1.2e9, "USD", "2024-01/2024-07")}
    assert figures(written("The two countries aim to lift trade to $25 billion by next year.")) == {
        ("target", 25e9, "USD", "2026")}


def test_a_share_of_a_countrys_own_total_and_overall_exports_to_the_other() -> None:
    assert figures(written("Australia's trade with Indonesia amounted to A$18.4 billion in 2023, or about 1.5 per "
                           "cent of its total trade of A$1.2 trillion.")) == {("total_trade", 18.4e9, "AUD", "2023")}
    assert figures(written("Indonesia's overall exports to Australia climbed to US$5.1 billion in 2023.")) == {
        ("exports", 5.1e9, "USD", "2023")}


def test_a_rank_in_the_world_is_not_among_a_countrys_partners() -> None:
    assert ranks(written("Indonesia is the world's biggest market for palm oil. "
                         "Australia is the world's largest crude supplier.")) == set()
