"""Events, round 46: a happening told in the past `in the afternoon` (morning, evening) with no other date is of the
story's day, as `earlier in the day` is; a count of someone's visits to a place `this year` is no happening; picking
a product or a bidder is one (not `chose to`, `was selected as`)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.events import TRIGGERS
from bot.core.facts import ArticleFacts

PERU = ("Peru", "Portugal")
INDIA = ("India", "France")


def _release(body: str) -> ArticleFacts:
    """A release dated in Lisbon on 4 June 2021, its lede naming no date."""
    text = ("Peru and Portugal deepen ties\nLisbon, June 4, 2021\n\nPeru's Foreign Trade Minister Claudia Cornejo is on "
            f"a working tour of Portugal to attract investment.\n\n{body}")
    return extract(RawArticle(id="release", text=text), PERU)


def _indian_story(body: str) -> ArticleFacts:
    """A story of India and France published on 9 May 2019."""
    text = f"India, France defence ties\nNEW DELHI, May 9, 2019\n\nIndia and France discussed defence.\n\n{body}"
    return extract(RawArticle(id="ties", text=text), INDIA)


def _dated(facts: ArticleFacts) -> list[tuple[str, str | None]]:
    return [(e.date, e.place) for e in facts.events]


def test_a_meeting_in_the_morning_is_of_the_storys_day() -> None:
    facts = _release("In the morning, Minister Cornejo met with the Portuguese Secretary of State for "
                     "Internationalisation, Eurico Brilhante Dias.")
    assert ("2021-06-04", "Lisbon") in _dated(facts)


def test_a_part_of_the_day_without_a_happening_is_no_date() -> None:
    facts = _release("Flights between Lima and Lisbon leave in the evening, the airline said.")
    assert _dated(facts) == []


def test_a_count_of_visits_this_year_is_no_happening() -> None:
    facts = _release("It is Cornejo's third visit to Portugal this year.")
    assert not [e for e in facts.events if e.date == "2021"]


def test_a_visit_this_year_is_still_a_happening() -> None:
    facts = _release("Cornejo visited Porto earlier this year to meet wine exporters.")
    assert [e for e in facts.events if e.date.startswith("2021")]


def test_picking_a_product_is_a_happening() -> None:
    facts = _indian_story("India selected the Rafale in January 2012 after a lengthy tender.")
    assert [e for e in facts.events if e.date == "2012-01"]


def test_choosing_to_act_or_being_selected_as_is_no_happening() -> None:
    facts = _indian_story("India chose to extend the tender in January 2012 as costs rose.")
    assert not [e for e in facts.events if e.date == "2012-01"]
    assert TRIGGERS.search("New Delhi chose to wait") is None
    assert TRIGGERS.search("Lyon was selected as the venue") is None
    assert TRIGGERS.search("the air force picked the Rafale") is not None
