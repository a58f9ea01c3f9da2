"""Dated events and headers, round 9: an agency's dateline with no dash after it (`Taipei, Oct. 26 (CNA) Paraguayan
...`), an agency after a comma or between slashes (`Accra, Feb. 2, GNA -`, `MOSCOW, June 5. /TASS/.`), a numeric or
year-first dateline with its year and no agency (`Colombo, 21/11/2024 -`, `Colombo, 2024-11-21 -`), a meeting
arranged for a month (`agreed to hold the session in September`), the other stops of a tour, a second date after an
apposition (`who arrived on Thursday, also met X, Minister of ..., on Friday`), the city after a venue (`at Urugwiro
Village in Kigali`), a part of a relative year (`the first quarter of next year`) and a goal `within five years`
counted from when it was set (articles r9_events_*.txt)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts, Event
from extraction_support import article, written


def _by_date(facts: ArticleFacts) -> dict[str, Event]:
    return {e.date: e for e in facts.events}


def _page(text: str, pair: tuple[str, str]) -> ArticleFacts:
    """A page of the given lines, extracted for the pair."""
    return extract(RawArticle(id="page", text=text), pair)


def test_an_agencys_dateline_with_a_date_needs_no_dash() -> None:
    facts = article("r9_events_2_focustaiwan.txt")
    assert (facts.published, facts.dateline_place, facts.source) == ("2023-10-26", "Taipei", "CNA")
    assert facts.sentences[0].startswith("Paraguayan President Santiago Peña arrived")
    facts = _page("Philippines, Chile sign health pact\n\nManila, June 2 (PNA) The Philippines and Chile on Monday "
                  "signed an agreement on health cooperation, the Department of Foreign Affairs said.",
                  ("Philippines", "Chile"))
    assert facts.dateline_place == "Manila"
    assert facts.sentences[0].startswith("The Philippines and Chile")


def test_an_agency_after_a_comma_or_between_slashes_closes_the_dateline() -> None:
    facts = article("r9_events_6_gna.txt")
    assert (facts.published, facts.dateline_place, facts.source) == ("2022-02-02", "Accra", "Ghana News Agency")
    assert facts.sentences[0].startswith("Ghana and the Kingdom of Morocco have pledged")
    assert [e.date for e in facts.events if e.date == "2022-02-02"] == []  # the dateline's date is no event
    for line, place, agency in (("MOSCOW, June 5. /TASS/. Russia and Iran", "Moscow", "TASS"),
                                ("Ulaanbaatar, November 21, 2024 /MONTSAME/. Mongolia and Iran", "Ulaanbaatar",
                                 "MONTSAME"),
                                ("Tehran, IRNA -- Mongolia and Iran", "Tehran", "IRNA"),
                                ("Baku, December 4, AZERTAC. Azerbaijan and Iran", "Baku", "AZERTAC")):
        facts = _page(f"Talks held\n\n{line} held talks on Monday, officials said.", ("Iran", "Russia"))
        assert (facts.dateline_place, facts.source) == (place, agency)
        assert facts.sentences[0].split()[0] in ("Russia", "Mongolia", "Azerbaijan")
    facts = _page("Talks held\n\nDUBAI, UAE - The UAE and Iran held talks on Monday.", ("Iran", "UAE"))
    assert (facts.dateline_place, facts.source) == ("Dubai", None)  # a country, no agency


def test_a_numeric_dateline_with_its_year_dates_the_story_without_an_agency() -> None:
    facts = article("r9_events_4_dailymirror.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2024-11-21", "day", "Colombo")
    assert _by_date(facts)["2024-11-20"].place == "Colombo"  # `held bilateral talks ... in Colombo on Wednesday`
    facts = _page("Türkiye, Azerbaijan discuss energy\n\nAnkara, 03.07.2022 - Türkiye and Azerbaijan agreed on "
                  "Saturday to expand gas supplies, the energy ministry said.", ("Türkiye", "Azerbaijan"))
    assert (facts.published, facts.dateline_place) == ("2022-07-03", "Ankara")
    assert facts.sentences[0].startswith("Türkiye and Azerbaijan agreed")
    for line, day in (("Colombo, 2024-11-21 - Sri Lanka", "2024-11-21"),
                      ("Nairobi, Monday 6 May 2024 - Kenya", "2024-05-06")):
        facts = _page(f"Talks held\n\n{line} and Iran held talks, officials said.", ("Iran", "Kenya"))
        assert facts.published == day


def test_a_meeting_arranged_for_a_month_is_the_coming_one() -> None:
    dates = _by_date(article("r9_events_3_timesofoman.txt"))  # published 5 March 2016
    assert dates["2016-09"].place == "Muscat"
    assert "2015-09" not in dates
    dates = _by_date(written("The two foreign ministers agreed to host the third round of consultations in Hanoi in "
                             "January, the ministry said."))  # published 12 March 2025
    assert "2026-01" in dates and "2025-01" not in dates
    dates = _by_date(written("Officials decided to convene a meeting of the joint trade committee in Jakarta on "
                             "February 20."))
    assert "2026-02-20" in dates


def test_the_other_stops_of_a_tour_are_neither_the_place_nor_the_parties() -> None:
    dates = _by_date(article("r9_events_1_qna.txt"))
    assert dates["2019-04-21"].place == "Kigali"  # `arrived in Kigali on Sunday evening on the first leg of ...`
    assert not {"Nigeria", "Senegal", "Mali"} & set(dates["2019-04-21"].actors)  # the tour's other stops
    event = _by_date(article("r9_events_5_ethiopianherald.txt"))["2018-04"]
    assert event.place != "Sudan" and "Kenya" not in event.actors
    event = _by_date(written("Prabowo arrived in Hanoi on Monday on the second leg of a regional tour that will also "
                             "take him to Laos and Cambodia."))["2025-03-10"]
    assert event.place == "Hanoi" and "Laos" not in event.actors


def test_a_second_date_after_an_apposition_keeps_its_verb() -> None:
    dates = _by_date(article("r9_events_3_timesofoman.txt"))
    assert dates["2016-03-04"].what.startswith("Mahiga also met Yousuf bin Alawi")
    dates = _by_date(written("Bui Thanh Son, who arrived in Jakarta on Monday, also met Sugiono, Minister of Foreign "
                             "Affairs of Indonesia, on Tuesday."))
    assert "met Sugiono" in dates["2025-03-11"].what


def test_the_city_after_a_venue_is_the_place() -> None:
    facts = article("r9_events_1_qna.txt")
    assert [e.place for e in facts.events if e.date == "2019-04-22"] == ["Kigali"]
    dates = _by_date(written("The two ministers held talks at Gedung Sate in Bandung on Monday."))
    assert dates["2025-03-10"].place == "Bandung"


def test_a_quarter_of_next_year_is_that_year() -> None:
    assert _by_date(article("r9_events_4_dailymirror.txt"))["2025"].place == "Malé"
    dates = _by_date(written("The next round of negotiations will be held in Hanoi in the second half of next year."))
    assert dates["2026"].place == "Hanoi"


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_goal_some_years_ahead_counts_from_when_it_was_set() -> None:
    assert ("target", 300e6, "USD", "2024") in _figures(article("r9_events_2_focustaiwan.txt"))
    facts = written("In March 2021, the two leaders set a goal of raising bilateral trade to $5 billion within five "
                    "years.")
    assert _figures(facts) == [("target", 5e9, "USD", "2026")]
    facts = written("The two sides aim to raise trade from $3 billion in 2024 to $10 billion within five years.")
    assert ("target", 10e9, "USD", "2030") in _figures(facts)  # set now: 2024 is the figure's year
