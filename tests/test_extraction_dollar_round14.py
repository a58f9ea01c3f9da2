"""A bare `$` or `dollars` in a story written from a country with a dollar of its own (by its publisher, or with no
publisher known, by its dateline) about a pair that includes that country is that country's dollar: the Globe and
Mail's `$1.2-billion` is Canadian, the NZ Herald's `$1.4 billion` New Zealand's. `US$`, `US $`, `C$` and named
dollars keep their meaning, and a story that writes its home dollar with a sign (`C$`, as wires do) keeps `$` as the
US dollar."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _published_by(source: str, body: str, pair: tuple[str, str]) -> ArticleFacts:
    """A short story of the pair dated 12 March 2025, credited to `source`."""
    text = f"{pair[0]}, {pair[1]} hold talks\nMarch 12, 2025\n\n{pair[0]} and {pair[1]} held talks.\n\n{body}"
    return extract(RawArticle(id="published", text=text, source=source), pair)


def test_a_bare_dollar_in_a_home_publishers_story_is_the_home_dollar() -> None:
    figures = _figures(article("r14_dollar_1_nzherald.txt"))
    assert ("total_trade", 1.4e9, "NZD", "2024-07/2025-06") in figures
    assert ("exports", 1.05e9, "NZD", "2024-07/2025-06") in figures
    assert ("imports", 352e6, "NZD", "2024-07/2025-06") in figures
    assert ("target", 3e9, "NZD", "2030") in figures
    assert ("investment", 600e6, "NZD", None) in figures  # `600 million dollars`
    assert ("total_trade", 790e6, "USD", "2024") in figures  # `US$790 million` stays
    assert not any(currency == "USD" and value != 790e6 for _, value, currency, _ in figures)
    facts = _published_by("The Straits Times", "Bilateral trade between Singapore and Indonesia rose 4 per cent to "
                          "$68.2 billion in 2024, Enterprise Singapore said.", ("Singapore", "Indonesia"))
    assert _figures(facts) == [("total_trade", 68.2e9, "SGD", "2024")]


def test_a_bare_dollar_under_a_home_dateline_is_the_home_dollar() -> None:
    assert ("total_trade", 1.7e9, "CAD", "2023") in _figures(article("r11_html_2_globeandmail.html"))
    assert ("total_trade", 1.3e9, "CAD", "2023") in _figures(article("r11_agreements_4_canadianpress.txt"))
    facts = written("Canadian exports to Chile climbed to $1.1-billion last year, while the two governments hope to "
                    "see two-way trade reach 5 billion dollars by 2030. Chile's customs data put bilateral trade at US $3.9 "
                    "billion in 2024.", pair=("Canada", "Chile"),
                    lede="OTTAWA — Canada and Chile agreed on Tuesday to modernize their trade pact.")
    assert _figures(facts) == [("exports", 1.1e9, "CAD", "2024"), ("target", 5e9, "CAD", "2030"),
                               ("total_trade", 3.9e9, "USD", "2024")]


def test_a_bare_dollar_keeps_the_us_dollar_when_the_home_one_has_its_sign() -> None:
    facts = written("Two-way trade reached A$24 billion in 2024. Australian investment in Vietnam stood at $1.9 "
                    "billion at the end of 2024.", pair=("Australia", "Vietnam"),
                    lede="SYDNEY — Australia and Vietnam agreed on Tuesday to deepen ties.")
    assert _figures(facts) == [("total_trade", 24e9, "AUD", "2024"), ("investment", 1.9e9, "USD", "2024")]


def test_a_bare_dollar_stays_the_us_dollar_outside_the_home_pair_or_from_a_wire() -> None:
    facts = _published_by("The Straits Times", "Bilateral trade between Indonesia and Vietnam reached $14.2 billion in "
                          "2024.", ("Indonesia", "Vietnam"))
    assert _figures(facts) == [("total_trade", 14.2e9, "USD", "2024")]
    facts = written("Trade between the two countries reached $2.4 billion in 2024.", pair=("Canada", "Peru"),
                    lede="OTTAWA, March 12 (Reuters) - Canada and Peru agreed on Tuesday to deepen ties.")
    assert _figures(facts) == [("total_trade", 2.4e9, "USD", "2024")]
