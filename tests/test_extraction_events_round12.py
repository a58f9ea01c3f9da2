"""Dated events, round 12: a weekday ahead that is the paper's own (`will address a forum on Tuesday` in a Tuesday's
paper), `Earlier in the day` after a day the article told, a quoted `Today, ...` of these times, a field in a name's
title taken for a place (`Commission on Cooperation in Defence`), a clause with its verb first as the event's text,
the year of a name (`Expo 2020 Dubai on Tuesday`), `Al` of a venue cut as a person's name word, and a happening at
home the pair has no part in (articles r12_events_*.txt)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts, Event
from extraction_support import article, written


def _by_date(facts: ArticleFacts) -> dict[str, Event]:
    return {e.date: e for e in facts.events}


def _texts(facts: ArticleFacts) -> list[str]:
    return [e.quote for e in facts.events]


def test_a_weekday_ahead_on_the_papers_own_weekday_is_that_day() -> None:
    facts = article("r12_events_2_straitstimes.txt")  # Tuesday, August 29, 2023
    assert _by_date(facts)["2023-08-29"].place == "Hanoi"
    assert "2023-09-05" not in _by_date(facts)
    assert "2016-01-12" not in _by_date(article("r11_html_5_tribune_amp.html"))
    facts = written("Indonesian President Prabowo Subianto will address the Indonesia-Vietnam Business Forum in Hanoi "
                    "on Wednesday.")  # 12 March 2025 is a Wednesday
    assert list(_by_date(facts)) == ["2025-03-12"]


def test_earlier_in_the_day_is_the_day_told_before() -> None:
    facts = article("r11_html_5_tribune_amp.html")
    # The arrival at the airport (a venue: the happening's city is the dateline's) is the day of the signing told
    # before it, where the one who received him joins that day's happening.
    arrival = next(e for e in facts.events if "Ranil Wickremesinghe" in e.actors)
    assert (arrival.date, arrival.place) == ("2016-01-04", "Colombo")
    facts = written("On Monday, Indonesian Foreign Minister Sugiono met Vietnamese Foreign Minister Bui Thanh Son in "
                    "Hanoi.\n\nEarlier in the day, Sugiono laid a wreath at the Ho Chi Minh Mausoleum in Hanoi and "
                    "visited the Temple of Literature.")
    assert [e.date for e in facts.events] == ["2025-03-10"]


def test_a_quoted_today_of_these_times_dates_nothing() -> None:
    assert "2022-07-15" not in _by_date(article("r11_html_1_neweralive.html"))
    facts = written("\"Today, Vietnam and Indonesia are more than partners,\" Prime Minister Pham Minh Chinh said "
                    "at a meeting in Hanoi.")
    assert facts.events == []
    facts = written("\"The agreement on fisheries has been signed today,\" Indonesian Minister Sakti Wahyu Trenggono "
                    "told reporters in Hanoi.")  # a day's happening, in a quotation
    assert list(_by_date(facts)) == ["2025-03-12"]


def test_a_field_in_a_names_title_is_no_place() -> None:
    facts = article("r12_events_2_straitstimes.txt")
    assert _by_date(facts)["2023-03"].place == "Singapore"
    facts = written("The Indonesia-Vietnam Joint Committee on Cooperation in Trade and Investment met in February.")
    assert [(e.date, e.place) for e in facts.events] == [("2025-02", None)]


def test_a_clause_with_its_verb_first_keeps_its_subject() -> None:
    facts = article("r11_agreements_1_armenpress.txt")
    assert _by_date(facts)["2023"].what.startswith("The Intergovernmental Commission on Trade, Economic")
    facts = written("The Joint Commission on Trade, Investment and Maritime Cooperation, set up in 2019, will meet "
                    "in Jakarta in June.")
    assert _by_date(facts)["2025-06"].what.startswith("The Joint Commission on Trade, Investment")


def test_the_year_of_a_name_gives_way_to_the_date_of_its_clause() -> None:
    facts = article("r12_events_3_thenational.txt")
    assert "2020" not in _by_date(facts)
    assert _by_date(facts)["2022-02-15"].actors[0] == "Uhuru Kenyatta"
    facts = written("Vietnamese Prime Minister Pham Minh Chinh will open the Trade Expo Indonesia 2026 roadshow in "
                    "Hanoi on Friday.")
    assert list(_by_date(facts)) == ["2025-03-14"]


def test_al_of_a_venue_is_not_cut_as_a_persons_word() -> None:
    # A palace is a venue, not a city (round 17): the dateline's city is where the meeting was.
    assert _by_date(article("r12_events_3_thenational.txt"))["2022-02-14"].place == "Abu Dhabi"
    facts = written("UAE Minister of State for Foreign Trade Thani Al Zeyoudi met Indonesian Trade Minister Budi "
                    "Santoso at Qasr Al Watan on Monday.", pair=("United Arab Emirates", "Indonesia"),
                    lede="The UAE and Indonesia held talks in Abu Dhabi.")
    assert _by_date(facts)["2025-03-10"].place is None  # a venue, in a story with no dateline


def test_a_happening_at_home_is_no_event_of_the_pair() -> None:
    assert "2018-05-15" not in _by_date(article("r12_events_4_vnexpress.txt"))
    assert "2022-02-12" not in _by_date(article("r12_events_3_thenational.txt"))
    facts = written("Indonesian President Prabowo Subianto visited Hanoi on Monday.\n\nIn Jakarta, opposition leader "
                    "Megawati Soekarnoputri on Tuesday launched her party's campaign for the regional elections.")
    assert list(_by_date(facts)) == ["2025-03-10"]
    facts = written("Vietnamese President Luong Cuong arrived in Jakarta on Monday, days after the National Assembly "
                    "on March 6 elected him to a second term.")  # the trip stays
    assert list(_by_date(facts)) == ["2025-03-10"]
    facts = written("The two sides also signed an agreement on investment, which Indonesia's cabinet approved in "
                    "January.")  # the pair's instrument
    assert list(_by_date(facts)) == ["2025-01"]
