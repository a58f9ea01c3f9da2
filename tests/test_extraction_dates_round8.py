"""Published dates, round eight: a dateline whose full date follows a spaced dash (`PHNOM PENH — Nov. 21, 2025 —`),
and an agency's dateline with a numeric day and month (`Jakarta, 21/11 (ANTARA) -`), read day first as every agency
outside the US writes it, its year from the periods the article reports (articles r8_dates_*.txt and short pages)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article


def _page(text: str, pair: tuple[str, str]) -> ArticleFacts:
    """A page of the given lines, extracted for the pair."""
    return extract(RawArticle(id="page", text=text), pair)


def test_a_full_date_after_the_datelines_dash_is_the_published_day() -> None:
    facts = article("r8_dates_1_khmertimes.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2025-11-21", "day", "Phnom Penh")
    assert facts.sentences[0].startswith("Cambodia and Japan agreed"), "the date is no text"
    facts = _page("Kenya, Ghana to open direct flights\n\nNAIROBI – March 4, 2024 – Kenya and Ghana agreed on "
                  "Monday to open direct flights between their capitals, officials said.", ("Kenya", "Ghana"))
    assert (facts.published, facts.dateline_place) == ("2024-03-04", "Nairobi")
    assert facts.sentences[0].startswith("Kenya and Ghana agreed")


def test_an_agencys_numeric_day_and_month_date_the_story_day_first() -> None:
    facts = article("r8_dates_2_antara.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place, facts.source) == (
        "2025-11-21", "day", "Jakarta", "ANTARA")
    assert facts.sentences[0].startswith("Indonesia and Brazil on Friday")
    story = ("Chile and Peru signed a customs agreement on Tuesday, officials said. Trade between the two countries "
             "reached $4.2 billion in 2023.")
    facts = _page(f"Chile, Peru sign customs pact\n\nLima, 4/3 (Xinhua) -- {story}", ("Chile", "Peru"))
    assert (facts.published, facts.dateline_place) == ("2024-03-04", "Lima"), "day first, the year after 2023"
    facts = _page(f"Chile, Peru sign customs pact\n\nLima, 3/14 (Xinhua) -- {story}", ("Chile", "Peru"))
    assert facts.published == "2024-03-14", "a part above 12 can only be the day"
