"""Dated events, round 11: a wire's dateline with its agency and `.-` (`Madrid, Jan 27 (EFE).- `), a date line with
its time zone before the time (`11 March 2024, MVT 10:15`), a day of the month before `about` (`spoke by phone on the
15th about`), `mid-2016`, a plan to be done `before the end of the year`, `at the weekend`, and one of the article's
people named by nationality and office (`The Cuban minister is expected to sign`) (articles r11_events_*.txt)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts, Event
from extraction_support import article, written


def _by_date(facts: ArticleFacts) -> dict[str, Event]:
    return {e.date: e for e in facts.events}


def test_a_wires_dateline_with_its_agency_and_a_dot_dash_dates_the_story() -> None:
    facts = article("r11_events_2_efe.txt")
    assert (facts.published, facts.dateline_place) == ("2023-01-27", "Madrid")
    assert _by_date(facts)["2023-01-25"].actors[:2] == ["José Manuel Albares", "Nasser Bourita"]  # `on Wednesday`
    text = ("Peru and Chile sign port deal\n\nLima, Mar 4 (EFE).- Peruvian Foreign Minister Javier González-Olaechea "
            "met his Chilean counterpart Alberto van Klaveren in Lima on Monday.\n\nTrade between Peru and Chile "
            "reached 4.1 billion dollars in 2023.")
    facts = extract(RawArticle(id="efe", text=text), ("Peru", "Chile"))
    assert (facts.published, facts.dateline_place) == ("2024-03-04", "Lima")


def test_a_date_line_with_its_time_zone_before_the_time_dates_the_story() -> None:
    facts = article("r11_events_3_sunonline.txt")
    assert facts.published == "2024-03-11"
    assert _by_date(facts)["2024-03-09"].actors == ["Moosa Zameer", "Piyal Nishantha"]  # `on Saturday`
    text = ("Kenya, Uganda ministers meet\n\n5 June 2019, EAT 08:30\n\nKenya's trade minister met his Ugandan "
            "counterpart in Kampala on Tuesday to discuss sugar imports.")
    assert extract(RawArticle(id="eat", text=text), ("Kenya", "Uganda")).published == "2019-06-05"


def test_a_day_of_the_month_before_about_dates_a_call() -> None:
    events = _by_date(article("r11_events_4_thecitizen.txt"))
    assert {"John Magufuli", "Filipe Nyusi"} <= set(events["2017-05-15"].actors)  # `spoke by phone on the 15th about`
    facts = written("President Prabowo Subianto spoke by phone with Vietnamese Prime Minister Pham Minh Chinh on the "
                    "10th about rice supplies.")
    assert _by_date(facts)["2025-03-10"].actors[:2] == ["Prabowo Subianto", "Pham Minh Chinh"]


def test_mid_and_a_year_is_that_year() -> None:
    assert _by_date(article("r11_events_4_thecitizen.txt"))["2016"].actors[0] == "Filipe Nyusi"  # `in mid-2016`
    facts = written("President Prabowo Subianto last visited Vietnam in mid-2023 for talks in Hanoi.")
    assert (_by_date(facts)["2023"].place, _by_date(facts)["2023"].optional) == ("Hanoi", True)


def test_what_is_to_be_done_before_the_end_of_the_year_is_dated_to_that_year() -> None:
    event = _by_date(article("r11_events_1_ekathimerini.txt"))["2021"]
    assert event.quote.startswith("Athens and Cairo also plan to sign an agreement on the seasonal employment")
    facts = written("The two countries plan to sign an agreement on fisheries before the end of next year.")
    assert [(e.date, e.actors) for e in facts.events] == [("2026", ["Indonesia", "Vietnam"])]
    facts = written("Trade between the two countries is expected to reach $20 billion by the end of the year.")
    assert facts.events == []  # a deadline a state is to reach by dates nothing


def test_at_the_weekend_is_the_month_of_the_weekend() -> None:
    assert _by_date(article("r11_events_4_thecitizen.txt"))["2017-05"].place == "Mtwara"  # `met in Mtwara at the ...`
    facts = written("Indonesian and Vietnamese coast guard officials met in Batam at the weekend to discuss patrols.")
    assert [(e.date, e.place) for e in facts.events] == [("2025-03", "Batam")]  # 8-9 March, before the 12th
    text = ("Indonesia, Vietnam talk patrols\nJune 2, 2025\n\nIndonesian and Vietnamese coast guard officials met "
            "in Batam over the weekend.")
    facts = extract(RawArticle(id="weekend", text=text), ("Indonesia", "Vietnam"))
    assert [(e.date, e.place) for e in facts.events] == [("2025", "Batam")]  # 31 May and 1 June


def test_one_of_the_articles_people_named_by_nationality_and_office_is_an_actor() -> None:
    event = _by_date(article("r11_events_5_prensalatina.txt"))["2019-11-12"]
    assert event.actors[0] == "Bruno Rodríguez"  # `The Cuban minister is expected to sign ... on the 12th`
    facts = written("The Vietnamese minister will visit Jakarta on March 20 to sign a fisheries agreement.",
                    lede="Vietnamese Foreign Minister Bui Thanh Son held talks with Indonesian Foreign Minister Sugiono "
                         "in Hanoi on Tuesday.")
    assert _by_date(facts)["2025-03-20"].actors[0] == "Bui Thanh Son"
