"""Dates: a dateline city in capitals with diacritics (`PALIĆ, Oct 11 –`); the `11. 10. 2024.` date line of Serbian and
Croatian pages and a last update in square brackets; `at the end of the month`, `for the middle of the year`, `the
third of December`, `December the 3rd`, `12-3-2024` and `on Tuesday next week` in sentences; a dateline's year from a
day the story tells of as done (`signed on December 12, 2024` under `Jan 4`); a one-word name after a title before a
deed (`Foreign Minister Sugiono met`)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate, parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, people_of, written

GHANA_MOROCCO = ("Ghana", "Morocco")


def _event_dates(facts: ArticleFacts) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.precision) for e in facts.events]


def _story(header: str, body: str, pair: tuple[str, str]) -> ArticleFacts:
    return extract(RawArticle(id="story", text=f"{header}\n\n{body}"), pair)


def _dates(sentence: str, published: PartialDate) -> list[str]:
    return [phrase.date.iso() for phrase in find_date_phrases(sentence, published)]


def test_a_dateline_city_in_capitals_with_diacritics() -> None:
    facts = article("r17_dates_1_tanjug.txt")
    assert (facts.published, facts.dateline_place) == ("2024-10-11", "Palić")
    assert ("2024-10-11", "day") in _event_dates(facts)
    facts = _story("Poland, Ukraine open border crossing",
                   "ŁÓDŹ, March 4 (PAP) - Poland and Ukraine signed an agreement on border crossings on Tuesday. "
                   "Trade between them reached 9 billion euros in 2024.", ("Poland", "Ukraine"))
    assert (facts.published, facts.dateline_place) == ("2025-03-04", "Łódź")


def test_date_lines_with_spaced_full_stops_or_a_bracketed_update() -> None:
    assert parse_date_line("11. 10. 2024. | 14:22") == "2024-10-11"
    assert parse_date_line("3. 2. 2025. 08:15") == "2025-02-03"
    assert parse_date_line("Monday, 06 January 2025 10:15 AM [ Last Update: Wednesday, 08 January 2025 11:04 AM ]") \
        == "2025-01-06"
    assert parse_date_line("Sun, 05 Jan 2025 10:15:00 +0300") == "2025-01-05"


def test_the_end_of_the_month_and_the_middle_of_the_year() -> None:
    assert ("2025-01", "month") in _event_dates(article("r17_dates_2_monitor.txt"))  # `at the end of the month`
    friday = PartialDate(2025, 1, 3)
    assert _dates("The ministers agreed to hold the next commission in Budapest at the end of the month.", friday) \
        == ["2025-01"]
    assert _dates("The forum is scheduled for the middle of the year.", friday) == ["2025"]
    assert _dates("They will sign it by the beginning of next month.", friday) == ["2025-02"]
    assert _dates("Trade is to reach $5 billion by the end of the year.", friday) == []
    facts = written("Ghanaian and Moroccan officials will meet in Rabat at the end of the month to prepare the visit.",
                    pair=GHANA_MOROCCO, lede="Ghana and Morocco held talks.")
    assert ("2025-03", "month") in _event_dates(facts)  # the story is dated 12 March 2025


def test_ordinal_words_and_the_day_after_the_month() -> None:
    assert ("2023-12-03", "day") in _event_dates(article("r17_dates_1_tanjug.txt"))  # `on the third of December last year`
    assert ("2025-03-03", "day") in _event_dates(article("r17_dates_2_monitor.txt"))  # `set for the third of March`
    day = PartialDate(2024, 12, 19)
    assert _dates("The council met on the twenty-first of March in Accra.", day) == ["2024-03-21"]
    assert _dates("The study was completed on March the 1st, 2024.", day) == ["2024-03-01"]
    assert _dates("The study will be completed by January the 3rd.", day) == ["2025-01-03"]
    assert _dates("He was the first of many visitors.", day) == []


def test_numeric_dates_with_hyphens() -> None:
    assert ("2024-03-12", "day") in _event_dates(article("r17_dates_1_tanjug.txt"))  # `opened on 12-3-2024`
    assert ("2025-03-12", "day") in _event_dates(article("r17_dates_2_monitor.txt"))  # `meet again in Jinja on 12-3-2025`
    assert _dates("The line opened on 25-11-2024 in Accra.", PartialDate(2024, 12, 19)) == ["2024-11-25"]


def test_a_weekday_of_the_week_named_after_it() -> None:
    monday = PartialDate(2024, 12, 16)
    assert _dates("Orban will return to Serbia on Tuesday next week.", monday) == ["2024-12-24"]
    assert _dates("Orban visited Serbia on Tuesday last week.", PartialDate(2024, 12, 19)) == ["2024-12-10"]
    assert _dates("The envoy arrived in Accra on Friday of last week.", PartialDate(2024, 12, 19)) == ["2024-12-13"]


def test_a_datelines_year_from_a_day_told_as_done() -> None:
    facts = _story("Ghana, Morocco sign fertiliser deal",
                   "ACCRA, Jan 4 (GNA) - Ghana and Morocco on Saturday signed an agreement on fertiliser supply in "
                   "Accra. The two countries signed a trade pact on December 12, 2024.", GHANA_MOROCCO)
    assert facts.published == "2025-01-04"
    facts = _story("Ghana, Morocco trade pact in force",
                   "ACCRA, June 7 (GNA) - The trade agreement between Ghana and Morocco entered into force today, "
                   "June 7, 2016, the ministry said.", GHANA_MOROCCO)
    assert facts.published == "2016-06-07"  # the day told of is the dateline's own


def test_a_one_word_name_after_a_title_ends_at_a_deed() -> None:
    facts = written("Indonesian Foreign Minister Sugiono met his Vietnamese counterpart in Hanoi on Monday.")
    assert people_of(facts)["Sugiono"][0] == "Foreign Minister of Indonesia"
    facts = written("Defence Minister Sjafrie held talks with Egyptian officials in Cairo on Monday.",
                    pair=("Indonesia", "Egypt"), lede="Indonesia and Egypt held talks.")
    assert "Sjafrie" in people_of(facts)
