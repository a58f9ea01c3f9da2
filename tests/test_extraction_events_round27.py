"""Round 27 of event extraction: a side named only in the headline or by its minister's office, third parties'
happenings, aims, future weekdays, bare months after a dated one, and agencies' names that are no place."""
from __future__ import annotations

from bot.core.article_reader import RawArticle, read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

from extraction_support import ARTICLES, article, written


def _events(facts: ArticleFacts) -> list[tuple[str, str | None]]:
    """Each event found: its date and place."""
    return [(e.date, e.place) for e in facts.events]


def _dated(facts: ArticleFacts, words: str) -> list[str]:
    """The dates of the events whose sentence has the words."""
    return [e.date for e in facts.events if words in e.quote]


def test_a_side_named_only_in_the_headline_still_makes_the_pair_s_meeting() -> None:
    # the body names neither side by its name, so the pair is the one configured
    facts = extract(read_article_file(ARTICLES / "r27_events_1_antara.txt", 5_000_000), ("Indonesia", "Netherlands"))
    talks = [e for e in facts.events if "held talks in Jakarta" in e.quote]
    assert [(e.date, e.place, e.actors[:2]) for e in talks] == [
        ("2024-06-11", "Jakarta", ["Retno Marsudi", "Hanke Bruins Slot"])]
    facts = written("Foreign Minister Ahmad Wahid and Peruvian Foreign Minister Elmer Schialer held talks in "
                    "Kuala Lumpur on Monday.", pair=("Malaysia", "Peru"),
                    lede="Peru's minister is on his first trip to Asia.")
    assert _events(facts) == [("2025-03-10", "Kuala Lumpur")]
    # a story naming one side nowhere, not in its headline either, tells of no happening of the pair
    text = "Peru's minister tours Asia\nMarch 12, 2025\n\nForeign Minister Ahmad Wahid and Peruvian Foreign " \
           "Minister Elmer Schialer held talks in Kuala Lumpur on Monday."
    assert extract(RawArticle(id="one_side", text=text), ("Malaysia", "Peru")).events == []


def test_an_instrument_of_one_side_with_a_third_country_is_not_the_pair_s() -> None:
    facts = article("r27_events_2_subrei.txt")
    assert _dated(facts, "Indonesia") == []
    assert _dated(facts, "entered into force in January 2014") == ["2011-11", "2014-01"]  # the pair's own counts
    facts = written("Peru signed a free trade agreement with South Korea in March 2011, which came into force in "
                    "August 2011.", pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert facts.events == []
    # a clause of the pair's own instrument keeps it
    facts = written("Malaysia and Peru signed a free trade agreement in November 2024, which came into force in "
                    "February 2025.", pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert [(e.date, e.actors) for e in facts.events] == [("2024-11", ["Malaysia", "Peru"]),
                                                          ("2025-02", ["Malaysia", "Peru"])]


def test_a_capital_s_or_grouping_s_thing_is_a_third_party() -> None:
    facts = article("r27_events_2_subrei.txt")
    assert _dated(facts, "Mitsui") == []
    assert _dated(facts, "Asia-Pacific Economic Cooperation") == []
    facts = written("In January, Beijing's state-owned shipping group COSCO agreed to invest $1.3 billion in the port "
                    "of Chancay.", pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert facts.events == []
    facts = written("Peru discussed its place in the Pacific Alliance and APEC, which it joined in 1998.",
                    pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert facts.events == []
    # the pair's own capital's body stays a doer of the pair's
    facts = written("In January, Kuala Lumpur's state fund Khazanah signed an agreement with Peru to invest in the "
                    "port of Callao.", pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert _dated(facts, "Khazanah") == ["2025-01"]


def test_aims_expectations_and_pushes_are_no_happenings() -> None:
    facts = article("r27_events_3_rnz.txt")
    assert _dated(facts, "with a view to") == []
    assert _dated(facts, "expect to finish") == []
    assert _dated(facts, "push to launch") == []
    assert _dated(facts, "will visit Cebu on Wednesday") == ["2024-05-15"]  # a scheduled day still is
    facts = written("The two parliaments must ratify the pact, a process officials expect to finish later this year. "
                    "Ministers agreed to intensify talks with a view to concluding the treaty in 2026.",
                    pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert facts.events == []
    # a scheduled signing is one, even with an expectation elsewhere in the article
    facts = written("Malaysia and Peru will sign the pact in June.", pair=("Malaysia", "Peru"),
                    lede="Malaysia and Peru held talks.")
    assert _events(facts) == [("2025-06", None)]


def test_a_weekday_after_a_future_then_followed_by_is_the_coming_one() -> None:
    facts = article("r27_events_4_trend.txt")  # published Friday 10 November 2023
    assert sorted(_dated(facts, "is due to arrive in Astana")) == ["2023-11-12", "2023-11-13"]
    facts = written("Malaysian Prime Minister Anwar Ibrahim is set to arrive in Lima on Friday, followed by talks "
                    "with Peruvian President Dina Boluarte on Saturday.", pair=("Malaysia", "Peru"),
                    lede="Malaysia and Peru held talks.")  # a Wednesday's paper
    assert sorted(e.date for e in facts.events) == ["2025-03-14", "2025-03-15"]
    # told as done, it is the past one
    facts = written("Malaysian Prime Minister Anwar Ibrahim arrived in Lima on Friday and was followed by talks "
                    "with Peruvian President Dina Boluarte on Saturday.", pair=("Malaysia", "Peru"),
                    lede="Malaysia and Peru held talks.")
    assert sorted(e.date for e in facts.events) == ["2025-03-07", "2025-03-08"]


def test_a_bare_month_after_a_dated_one_takes_its_year() -> None:
    facts = article("r27_events_5_swissinfo.txt")  # published March 2025
    assert _dated(facts, "concluded in November") == ["2023-04", "2023-11"]
    facts = written("Talks on the Malaysia-Peru pact were launched in May 2023 and concluded in December.",
                    pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert sorted(e.date for e in facts.events) == ["2023-05", "2023-12"]
    # a month before the dated one is not of its year; one still to come is not either
    facts = written("Talks on the Malaysia-Peru pact were launched in May 2023 and will conclude in December.",
                    pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert sorted(e.date for e in facts.events) == ["2023-05", "2025-12"]


def test_an_agency_s_name_is_no_place() -> None:
    facts = article("r27_events_6_ahram.txt")
    assert _events(facts) == [("2024-02-21", "Cairo"), ("2025", "Madrid")]
    facts = written("Kuala Lumpur, March 12 - The ministers welcomed the signing today of a memorandum between MIDA "
                    "and Invest in Peru on investment promotion.", pair=("Malaysia", "Peru"),
                    lede="Malaysia and Peru held talks.")
    assert [e.place for e in facts.events] != ["Peru"]
    # a city after `in` is one
    facts = written("The ministers welcomed the signing today in Lima of a memorandum on investment promotion.",
                    pair=("Malaysia", "Peru"), lede="Malaysia and Peru held talks.")
    assert [e.place for e in facts.events] == ["Lima"]
