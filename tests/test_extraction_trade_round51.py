"""Trade figures, round 51: a bare `$` of a site in a dollar country of the pair (its host's country domain, though
the publisher's name is no known one) is that country's dollar; one side's trade with `the Arab world` is a group's;
projects a country's firms own (`Korean-owned projects`) are its investment; `to raise X in Y to $N by YEAR` is a
target across eight words; a target's present level given only as a bound (`up from under $2 billion`) is no figure."""
from __future__ import annotations

from bot.core.article_reader import RawArticle, from_html
from bot.core.extract import extract
from bot.core.money import written_from
from extraction_support import written

CANADA = ("Canada", "Mexico")
KENYA = ("Kenya", "Uganda")
STORY = ("Canada, Mexico hold talks\nMarch 12, 2025\n\nCanada and Mexico held talks on trade.\n\n"
         "Two-way trade was worth $52.4 billion in 2024, officials said.")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _currencies(text: str, site: str | None, source: str | None = "Metro Daily") -> list[str]:
    raw = RawArticle(id="story", text=text, source=source, site=site)
    return [f.currency for f in extract(raw, CANADA).trade_figures]


def test_a_bare_dollar_at_a_site_of_a_dollar_country_of_the_pair_is_its_dollar() -> None:
    assert _currencies(STORY, "www.metrodaily.ca") == ["CAD"]
    assert _currencies(STORY, None, source=None) == ["USD"]
    assert written_from(None, "Metro Daily", "news.metrodaily.co.nz") == "New Zealand"


def test_a_bare_dollar_elsewhere_or_signed_stays_the_us_dollar() -> None:
    assert _currencies(STORY, "www.metrodaily.com") == ["USD"]
    assert _currencies(STORY.replace("$52.4", "US$52.4"), "www.metrodaily.ca") == ["USD"]
    other_pair = STORY.replace("Canada", "Chile")
    raw = RawArticle(id="story", text=other_pair, source="Metro Daily", site="www.metrodaily.ca")
    assert [f.currency for f in extract(raw, ("Chile", "Mexico")).trade_figures] == ["USD"]


def test_a_page_gives_its_host() -> None:
    html = ("<html><head><title>Trade talks</title><meta property=\"og:url\" "
            "content=\"https://www.metrodaily.ca/news/trade-talks\"><meta property=\"og:site_name\" "
            "content=\"Metro Daily\"></head><body><article><h1>Trade talks</h1><p>Canada and Mexico held talks on "
            "trade in Ottawa on Monday, officials of both countries said after the meeting ended.</p><p>Two-way "
            "trade was worth $52.4 billion in 2024, officials of the two governments said on Monday.</p>"
            "</article></body></html>")
    assert from_html("story", html).site == "metrodaily.ca"


def test_trade_with_a_world_of_countries_is_a_groups() -> None:
    assert _figures("Kenya's trade with the Islamic world reached $3.2 billion last year.", KENYA) == []
    assert _figures("Kenya's trade with Uganda reached $3.2 billion last year.", KENYA) \
        == [("total_trade", 3_200_000_000, "USD", "2024")]


def test_projects_owned_by_a_sides_firms_are_its_investment() -> None:
    body = ("Bilateral trade reached $1.1 billion in 2024. According to the investment authority, 12 Kenyan-owned "
            "projects worth an estimated $400 million were registered in Uganda in the first half of 2025.")
    assert ("investment", 400_000_000, "USD", "2025-01/2025-06") in _figures(body, KENYA)


def test_state_owned_projects_are_no_sides_investment() -> None:
    body = ("Bilateral trade reached $1.1 billion in 2024. Separately, state-owned projects worth $400 million "
            "were completed in Uganda in the first half of 2025.")
    assert not [f for f in _figures(body, KENYA) if f[0] == "investment"]


def test_raising_an_amount_across_eight_words_is_a_target() -> None:
    body = "The two sides are working to raise Kenyan investments in the Jinja industrial park to $2 billion by 2030."
    assert _figures(body, KENYA) == [("target", 2_000_000_000, "USD", "2030")]


def test_an_investment_reached_is_no_target() -> None:
    body = "Kenyan investments in the Jinja industrial park reached $2 billion in 2024."
    assert _figures(body, KENYA) == [("investment", 2_000_000_000, "USD", "2024")]


def test_a_targets_bound_base_is_no_figure() -> None:
    body = ("Uganda aims to raise its coffee exports to Kenya to $300 million by 2027, up from less than $90 million "
            "now.")
    assert _figures(body, KENYA) == [("target", 300_000_000, "USD", "2027")]


def test_a_targets_stated_base_is_still_a_figure() -> None:
    body = "Uganda aims to raise its coffee exports to Kenya to $300 million by 2027, up from $90 million in 2024."
    assert _figures(body, KENYA) == [("target", 300_000_000, "USD", "2027"), ("exports", 90_000_000, "USD", "2024")]
