"""Events, round 21: a word of a named person's name is no country (`Trade Minister German Umana`); a place after
`before returning to` is the next stop and a capital opening what is visited is the happening's city (`visit the
Kigali Special Economic Zone on Tuesday before returning to Lusaka`); the city a visitor arrived in on a day told after
the lede is the visit's place rather than the dateline's; `The meeting, scheduled for June 15,` dates the happening
of the sentence before, with its doers and place; an instrument opening the sentence with its acronym in brackets
(`The Comprehensive Economic Partnership Agreement (CEPA), which was signed in ...`) is the pair's; a building named
by an article after `at` (`at La Moneda`) is no city; a city the text names keeps its happening apart from another
of that day even where it is the dateline's; `the two leaders` who met in a third country are the pair's meeting
(articles r19_dates_7_marketscreener.txt, r20_cleaning_1_newtimes.txt, r20_cleaning_3_gulftoday.txt,
r20_events_2_telam.txt, r21_events_1_nampa.txt, r21_events_2_monitor.txt, r21_events_3_latercera.txt,
r21_events_4_fijitimes.txt and short texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import article, written

PAIR = ("Kenya", "Ghana")
LEDE = "Kenya and Ghana held talks in Nairobi on Monday."


def extract_text(text: str):  # type: ignore[no-untyped-def]
    """A story with a dateline of its own, which `written` gives none."""
    return extract(RawArticle(id="story", text=text), PAIR)


def _on(facts, day: str) -> list[tuple[str | None, list[str]]]:  # type: ignore[no-untyped-def]
    return [(e.place, e.actors) for e in facts.events if e.date == day]


def test_a_word_of_a_named_persons_name_is_no_country() -> None:
    assert _on(article("r19_dates_7_marketscreener.txt"), "2024-03-01")[0][1] \
        == ["German Umana", "Sonsoles Garcia", "Colombia", "Ecuador"]
    facts = written("Kenyan Trade Minister Jordan Mwangi and Ghanaian Trade Minister Kofi Mensah met in Accra on "
                    "Tuesday.", pair=PAIR, lede=LEDE)
    assert "Jordan" not in [a for _, actors in _on(facts, "2025-03-11") for a in actors]


def test_the_next_stop_is_not_the_place_and_a_capital_opening_what_is_visited_is() -> None:
    assert _on(article("r20_cleaning_1_newtimes.txt"), "2023-04-04")[0][0] == "Kigali"
    assert _on(article("r21_events_1_nampa.txt"), "2021-10-22")[0][0] == "Luanda"
    assert _on(article("r20_events_2_telam.txt"), "2022-08-24")[0][0] is None  # not home, Buenos Aires
    facts = written("Ghanaian President Kwame Asante will tour the Nairobi National Park on Friday before flying to "
                    "Mombasa.", pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-03-14")[0][0] == "Nairobi"


def test_the_city_a_visitor_arrived_in_is_the_visits_place() -> None:
    assert _on(article("r20_cleaning_3_gulftoday.txt"), "2022-06-13")[0][0] == "Abu Dhabi"
    assert _on(article("r21_events_2_monitor.txt"), "2018-05-21")[0][0] == "Entebbe"
    facts = extract_text("Kenya, Ghana agree on cocoa deal\nNairobi\nPublished: Wed 12 Mar 2025\n\n"
                         "Kenya and Ghana on Tuesday agreed to double trade during talks between President William "
                         "Ruto and Ghanaian President John Mahama at State House.\n\nThe two leaders discussed "
                         "agriculture.\n\nTrade between the two countries reached $120 million in 2024.\n\n"
                         "Mahama arrived in Mombasa on Monday for a three-day state visit.")
    assert _on(facts, "2025-03-11")[0][0] == "Mombasa"


def test_the_meeting_scheduled_for_a_day_is_the_happening_told_before() -> None:
    assert _on(article("r21_events_1_nampa.txt"), "2021-10-21") \
        == [("Luanda", ["Hage Geingob", "João Lourenço", "Angola"])]
    facts = written("Ghanaian President John Mahama will travel to Nairobi next week for talks with President William "
                    "Ruto. The talks, scheduled for March 20, will focus on trade.", pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-03-20") and _on(facts, "2025-03-20")[0][0] == "Nairobi"
    assert "William Ruto" in _on(facts, "2025-03-20")[0][1]


def test_an_instrument_opening_the_sentence_with_its_acronym_is_the_pairs() -> None:
    assert _on(article("r21_events_2_monitor.txt"), "2018-01-13") == [("Kampala", ["Uganda", "Tanzania"])]
    facts = written("The Preferential Trade Agreement (PTA), which was signed in Accra on February 3, cut tariffs on "
                    "cocoa.", pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-02-03") == [("Accra", ["Kenya", "Ghana"])]


def test_a_building_named_by_an_article_after_at_is_no_city() -> None:
    assert _on(article("r21_events_3_latercera.txt"), "2019-11-26")[0][0] == "Santiago"
    facts = written("On Thursday, Ghanaian President John Mahama will meet President William Ruto at La Casona.",
                    pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-03-13")[0][0] != "La Casona"



def test_a_city_the_text_names_keeps_its_happening_apart_even_where_it_is_the_datelines() -> None:
    day = _on(article("r21_events_4_fijitimes.txt"), "2016-06-09")
    assert [place for place, _ in day] == ["Nadi", "Suva"]  # the arrival, then the ministers' meeting
    facts = extract_text("Ghana's Mahama in Kenya\nNairobi\nPublished: Wed 12 Mar 2025\n\n"
                         "Ghanaian President John Mahama arrived in Mombasa on Tuesday for a three-day state visit.\n\n"
                         "Foreign Minister Samuel Ablakwa, who is travelling with Mr Mahama, met his Kenyan counterpart "
                         "Musalia Mudavadi in Nairobi on Tuesday evening.")
    assert [place for place, _ in _on(facts, "2025-03-11")] == ["Mombasa", "Nairobi"]


def test_the_two_leaders_meeting_in_a_third_country_is_theirs() -> None:
    assert _on(article("r21_events_4_fijitimes.txt"), "2015-11")[0][1][:2] == ["John Key", "Voreqe Bainimarama"]
    facts = written("President William Ruto and Ghanaian President John Mahama will meet in Nairobi on Friday. The two "
                    "leaders last met in Ethiopia in February.", pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-02")[0][1][:2] == ["William Ruto", "John Mahama"]


def test_a_next_stop_told_with_its_subject_is_not_the_place() -> None:
    facts = written("On Friday, President William Ruto will meet Ghanaian President John Mahama at Los Pinos before "
                    "he flies to Lagos.", pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-03-14")[0][0] != "Lagos"


def test_a_happening_dated_more_precisely_by_the_sentence_after_is_one_event() -> None:
    events = article("r21_events_5_thediplomat.txt").events
    assert [(e.place, e.actors[:2]) for e in events if e.date == "2023-06-15"] \
        == [("Jakarta", ["Anthony Albanese", "Joko Widodo"])]
    assert not [e for e in events if e.date == "2023-06" and "travel" in e.what]
    facts = written("Indonesian President Prabowo Subianto will travel to Hanoi next week for talks with Vietnamese "
                    "President Luong Cuong. The talks, scheduled for March 19, will focus on trade.")
    assert [(e.date, e.place) for e in facts.events if e.date.startswith("2025-03-1")] == [("2025-03-19", "Hanoi")]
    assert not [e for e in facts.events if e.date == "2025-03"]
