"""Dates and header credits: a page's `Updated` line gives way to the dateline's day a little before it; date lines
labelled `Published -` or `Created:`, with a bullet before the time or a weekday before a numeric date; `3rd of
November, 2024`, `at the end of November`, `end-November`, `27.02.2025` and `2025/02/27` inside sentences; the
publisher named on a date line (`Ahram Online , Wednesday ...`, `... by PIB Delhi`) or below the byline (`The
EastAfrican`)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _event_dates(facts: ArticleFacts) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.precision) for e in facts.events]


def _story(header: str, body: str, pair: tuple[str, str]) -> ArticleFacts:
    return extract(RawArticle(id="story", text=f"{header}\n\n{body}"), pair)


def test_an_update_line_gives_way_to_the_datelines_day_before_it() -> None:
    facts = article("r16_dates_1_herald.txt")
    assert (facts.published, facts.published_precision) == ("2025-03-13", "day")
    assert ("2025-03-12", "day") in _event_dates(facts)  # `yesterday signed`, from the dateline's day
    facts = _story("Peru, Chile agree on port link\n\nLast updated: 2 Jan 2025, 09:10",
                   "LIMA, Dec 30 (Andina) - Peru and Chile yesterday signed a memorandum of understanding on port "
                   "logistics in Lima.", ("Peru", "Chile"))
    assert facts.published == "2024-12-30"
    assert facts.agreements[0].date == "2024-12-29"


def test_an_update_line_alone_still_dates_the_page() -> None:
    facts = _story("Peru, Chile agree on port link\n\nUpdated: 02.01.2025 | 09:10",
                   "LIMA - Peru and Chile signed a memorandum of understanding on port logistics on Monday.",
                   ("Peru", "Chile"))
    assert facts.published == "2025-01-02"


def test_date_lines_with_a_dash_label_a_bullet_or_a_weekday_before_numbers() -> None:
    assert parse_date_line("Published - December 22, 2024 10:30 pm IST") == "2024-12-22"
    assert parse_date_line("Updated - December 22, 2024 10:30 pm IST") == "2024-12-22"
    assert parse_date_line("Created: 22 December 2024 10:30") == "2024-12-22"
    assert parse_date_line("Last Update: 22 December 2024 10:30 GST") == "2024-12-22"
    assert parse_date_line("22 Dec 2024 • 10:30 am") == "2024-12-22"
    assert parse_date_line("Sun, 12/22/2024 - 10:30") == "2024-12-22"
    assert parse_date_line("Published 12 - 15 December 2024") is None


def test_ordinal_day_of_a_month_with_a_comma_before_the_year() -> None:
    facts = article("r16_dates_2_saudigazette.txt")
    assert ("2024-11-14", "day") in _event_dates(facts)  # `on 14th of November, 2024`
    councils = [a for a in facts.agreements if a.kind == "council"]
    assert councils[0].date == "2024-11-14"
    facts = written("The Indonesia-Vietnam Joint Commission first met in Hanoi on 3rd of February, 2025.")
    assert ("2025-02-03", "day") in _event_dates(facts)


def test_the_end_or_beginning_of_a_month() -> None:
    assert ("2024-11", "month") in _event_dates(article("r16_dates_1_herald.txt"))  # `at the end of November`
    assert ("2024-12", "month") in _event_dates(article("r16_dates_2_saudigazette.txt"))  # `At the beginning of December`
    facts = written("Indonesian and Vietnamese officials met in Jakarta in end-February to prepare the visit.")
    assert ("2025-02", "month") in _event_dates(facts)


def test_dotted_and_year_first_numeric_dates_in_sentences() -> None:
    assert ("2025-02-27", "day") in _event_dates(article("r16_dates_1_herald.txt"))  # `on 27.02.2025`
    facts = written("Indonesian and Vietnamese officials met in Jakarta on 2025/02/14 to prepare the visit.")
    assert ("2025-02-14", "day") in _event_dates(facts)


def test_the_publisher_named_on_the_date_line() -> None:
    assert article("e_ahram_egypt_saudi.txt").source == "Ahram Online"
    assert article("r15_agreements_3_pib.txt").source == "PIB"
    facts = _story("Nigeria, Ghana sign trade pact\nPunch Online , Friday 7 Feb 2025",
                   "Nigeria and Ghana signed a trade agreement in Abuja on Thursday.", ("Nigeria", "Ghana"))
    assert facts.source == "Punch Online"
    facts = _story("Pakistan, Iran sign barter deal\nPosted On: 7 FEB 2025 3:10PM by APP Islamabad",
                   "Pakistan and Iran signed a barter trade agreement in Islamabad on Thursday.", ("Pakistan", "Iran"))
    assert facts.source == "APP"
    facts = _story("Nigeria, Ghana sign trade pact\nTunde Bakare , Friday 7 Feb 2025",
                   "Nigeria and Ghana signed a trade agreement in Abuja on Thursday.", ("Nigeria", "Ghana"))
    assert facts.source is None  # a writer's name, not a publisher's


def test_the_writers_paper_below_the_byline() -> None:
    facts = _story("Tanzania, Rwanda trade rises\n\nBy ANGELA MWAKILEMA\n\nThe Continent\n\nSaturday March 8 2025",
                   "Trade between Tanzania and Rwanda rose to $410 million in 2024, the Bank of Tanzania said.",
                   ("Tanzania", "Rwanda"))
    assert facts.source == "The Continent"
    facts = _story("Netherlands, Belgium hold talks\n\nBy PIETER DE VRIES\n\nThe Hague\n\nSaturday March 8 2025",
                   "The Netherlands and Belgium held talks on energy in The Hague on Friday.", ("Netherlands", "Belgium"))
    assert facts.source is None
