"""Round 18 cleaning: a release's figure lines written as `label: amount` without a stop are body text; a release's
`Press release, <date>` line dates it and its `ASTANA.` opening gives its dateline; date lines in Spanish, Portuguese
and French are read; breadcrumbs between slashes are no title."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str]]:
    return [(f.metric, f.value, f.currency) for f in facts.trade_figures]


def _page(header: str, body: str, pair: tuple[str, str]) -> ArticleFacts:
    return extract(RawArticle(id="page", text=f"{header}\n\n{body}"), pair)


def test_a_release_s_unpunctuated_figure_lines_are_read() -> None:
    figures = _figures(article("r18_cleaning_1_mfa_kz.txt"))
    assert ("total_trade", 3.4e9, "USD") in figures
    assert ("exports", 2.1e9, "USD") in figures
    assert ("imports", 1.3e9, "USD") in figures
    assert ("target", 10e9, "USD") in figures
    facts = written("Georgia's statistics office published the figures for 2024:\nImports from Armenia: $640.2 million",
                    pair=("Georgia", "Armenia"), lede="TBILISI — Georgia and Armenia held trade talks on Monday.")
    assert ("imports", 640.2e6, "USD") in _figures(facts)


def test_a_heading_without_an_amount_is_still_dropped() -> None:
    facts = written("Background: the talks\nTrade between the two reached $2 billion in 2024.", pair=("Chile", "Peru"))
    assert _figures(facts) == [("total_trade", 2e9, "USD")]


def test_a_release_label_and_date_dates_it_and_its_capital_city_opens_the_body() -> None:
    facts = article("r18_cleaning_1_mfa_kz.txt")
    assert (facts.published, facts.published_precision) == ("2024-11-15", "day")
    assert facts.dateline_place == "Astana"
    assert facts.title == "Kazakhstan and Uzbekistan step up trade and transport cooperation"
    facts = _page("Mongolia and Japan sign a customs pact\nMedia statement: 4 June 2025",
                  "ULAANBAATAR. Mongolia and Japan signed a customs cooperation agreement on Wednesday in the capital.",
                  ("Mongolia", "Japan"))
    assert (facts.published, facts.dateline_place) == ("2025-06-04", "Ulaanbaatar")


def test_date_lines_in_spanish_portuguese_and_french_are_read() -> None:
    assert article("r18_cleaning_2_buenosairesherald.txt").published == "2025-03-14"
    for line, day in [("6 de enero de 2025", "2025-01-06"), ("Publicado: 14/03/2025", "2025-03-14"),
                      ("15 de março de 2025", "2025-03-15"), ("le 3 mars 2025", "2025-03-03"),
                      ("Mis à jour le 3 mars 2025 à 14h30", "2025-03-03"),
                      ("quinta-feira, 15 de março de 2025 - 10:30", "2025-03-15")]:
        assert parse_date_line(line) == day, line
    assert parse_date_line("Il est arrivé le 3 mars 2025 à Paris") is None
    facts = _page("Senegal and Morocco boost phosphate trade\nMis à jour le 3 mars 2025",
                  "DAKAR — Senegal and Morocco agreed on Monday to expand trade in fertilisers.", ("Senegal", "Morocco"))
    assert facts.published == "2025-03-03"


def test_breadcrumbs_between_slashes_are_no_title() -> None:
    assert article("r18_cleaning_1_mfa_kz.txt").title.startswith("Kazakhstan and Uzbekistan")
    facts = _page("Home / World / Africa\nKenya and Ghana agree to cut visa fees\nMarch 4, 2025",
                  "NAIROBI — Kenya and Ghana agreed on Tuesday to cut visa fees for business travellers.",
                  ("Kenya", "Ghana"))
    assert facts.title == "Kenya and Ghana agree to cut visa fees"
    facts = _page("Home » World » Asia\nKenya and Ghana agree to cut visa fees\nMarch 4, 2025",
                  "NAIROBI — Kenya and Ghana agreed on Tuesday to cut visa fees for business travellers.",
                  ("Kenya", "Ghana"))
    assert facts.title == "Kenya and Ghana agree to cut visa fees"


def test_a_release_s_capital_city_below_its_issuer_line_is_the_dateline() -> None:
    facts = article("r17_trade_3_statgovkz.txt")
    assert (facts.published, facts.dateline_place) == ("2024-11-15", "Astana")
    assert ("exports", 2.1e9, "USD") in _figures(facts)
