"""Events, round 45: a count of travellers who visited a country is a statistic, no happening; a body set up `under`
an agreement holding its first meeting `before the end of the year` is a happening of that year; a third country's
instrument in force since a date, told in a `with which` clause, is not the pair's; a parliament's motion told as
the cause of a turn in relations named by the pair's capitals is a happening; a wish (`would like to negotiate`) is
none, whatever date the sentence tells elsewhere."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import dated_places, written

KOREA = ("South Korea", "Vietnam")
CHILE = ("Chile", "South Korea")
AUSTRALIA = ("Australia", "Indonesia")
KENYA = ("Kenya", "Japan")


def _story(body: str, pair: tuple[str, str]) -> ArticleFacts:
    return written(body, pair, f"{pair[0]} and {pair[1]} held talks.")


def _dated(facts: ArticleFacts) -> list[tuple[str, str | None, list[str]]]:
    return [(e.date, e.place, e.actors) for e in facts.events]


def _australian_story(body: str) -> ArticleFacts:
    """A story of Australia and Indonesia published on 15 November 2016, its lede naming no date."""
    text = f"Australia, Indonesia ties\nNovember 15, 2016\n\nAustralia and Indonesia are neighbours.\n\n{body}"
    return extract(RawArticle(id="ties", text=text), AUSTRALIA)


def test_a_count_of_travellers_is_no_happening() -> None:
    body = "- Some 4.5 million Koreans visited Vietnam in 2024, making Korea the top source of arrivals after China."
    assert _story(body, KOREA).events == []
    body = "About 450,000 Vietnamese tourists travelled to South Korea last year."
    assert _story(body, KOREA).events == []


def test_a_delegation_that_visited_is_a_happening() -> None:
    body = "A delegation of 40 Korean business leaders visited Hanoi in February for talks on investment."
    assert ("2025-02", "Hanoi") in dated_places(_story(body, KOREA))


def test_a_body_set_up_under_a_deal_meets_before_the_end_of_the_year() -> None:
    body = ("The joint commission, set up under the free trade agreement, will convene its first session in Santiago "
            "before the end of the year.")
    assert ("2025", "Santiago") in dated_places(_story(body, CHILE))


def test_what_is_to_be_done_under_a_deal_is_no_happening() -> None:
    body = "Under the agreement, both countries will cut tariffs on wine and kiwifruit in 2026."
    assert _story(body, CHILE).events == []


def test_a_third_countrys_deal_in_force_since_a_date_is_not_the_pairs() -> None:
    body = ("By contrast, the United States, with which Chile has had a trade pact in force since January 2004, is "
            "still Chile's second partner.")
    assert _story(body, CHILE).events == []


def test_the_pairs_deal_in_force_since_a_date_is_kept() -> None:
    body = ("South Korea, with which Chile has had a trade pact in force since April 2004, is now Chile's fifth "
            "partner.")
    assert [date for date, _, _ in _dated(_story(body, CHILE))] == ["2004-04"]


def test_a_motion_told_as_a_turn_in_relations_of_the_capitals_is_a_happening() -> None:
    body = ("Ties between Canberra and Jakarta soured after the Australian senate on Nov. 7 passed a motion "
            "criticising the executions.")
    assert [(date, actors) for date, _, actors in _dated(_australian_story(body))] == [("2016-11-07", ["Australia"])]


def test_a_motion_at_home_alone_is_no_happening() -> None:
    body = "The Australian senate on Nov. 7 passed a motion on climate policy."
    assert _australian_story(body).events == []


def test_a_wish_is_no_happening() -> None:
    body = ("Mwangi told reporters that Nairobi would now like to negotiate a broader deal with Tokyo covering services, "
            "once the regional bloc, which began trading on 1 July 2022, is fully working.")
    assert _story(body, KENYA).events == []


def test_a_saying_dated_before_a_wish_is_kept() -> None:
    body = "Mwangi said on Monday that Kenya would like to negotiate a broader deal with Japan."
    assert [date for date, _, _ in _dated(_story(body, KENYA))] == ["2025-03-10"]
