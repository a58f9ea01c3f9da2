"""Dated events, round 10: a timeline's milestones told in the present tense (`1952 - Indonesia and Canada establish
diplomatic relations`, `The JMEPA enters into force`, `upgrade ties`), rounds of negotiations (`The fourth round is
scheduled to take place in Seoul in November`, the pair's when they name no one), the city a visit to a country goes
to (`a state visit to Japan from September 27 to 30, his first trip to Tokyo`), the date of a plan someone said is to
come (`Earlier this month, X said Sri Lanka would hold the next round in Colombo in the first half of next year`),
the place of such a plan kept from the saying (`said on Monday that the two countries would hold ... in Abuja`), a
signing dated after an amount (`$2.5 billion of debt under an agreement signed in Colombo in March 2025`) and a date
line with its update in brackets (articles r10_events_*.txt)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts, Event
from extraction_support import article, written


def _by_date(facts: ArticleFacts) -> dict[str, Event]:
    return {e.date: e for e in facts.events}


def test_a_timelines_milestones_in_the_present_tense_are_events() -> None:
    events = _by_date(article("r10_events_1_cna.txt"))
    assert events["1952"].actors == ["Indonesia", "Canada"]  # `1952 - Indonesia and Canada establish diplomatic ...`
    assert events["2021-12"].actors == ["Canada", "Indonesia"]  # `The first round of negotiations is held virtually`
    facts = written("1957 - Japan establishes diplomatic relations with the Federation of Malaya.\n\n"
                    "July 2006 - The JMEPA enters into force.\n\n"
                    "December 2023 - Anwar and Japanese Prime Minister Fumio Kishida upgrade ties to a Comprehensive "
                    "Strategic Partnership in Tokyo.", pair=("Malaysia", "Japan"),
                    lede="Malaysia and Japan have grown close. The Japan-Malaysia Economic Partnership Agreement "
                         "(JMEPA) is their first trade pact.")
    events = _by_date(facts)
    assert events["1957"].actors == ["Japan"]
    assert events["2006-07"].actors == ["Malaysia", "Japan"]
    assert events["2023-12"].place == "Tokyo"


def test_rounds_of_negotiations_are_events_of_the_pair() -> None:
    events = _by_date(article("r10_events_3_koreatimes.txt"))
    assert events["2019-09-03"].actors == ["Chile", "South Korea"]  # `The third round of negotiations ... was held`
    assert events["2019-04"].place == "Santiago"  # `followed by a second round in Santiago in April`
    assert events["2019-11"].place == "Seoul"  # `The fourth round is scheduled to take place in Seoul in November`
    facts = written("The next round of talks will take place in Hanoi in May, the ministry said.")
    assert (_by_date(facts)["2025-05"].place, _by_date(facts)["2025-05"].actors) == ("Hanoi", ["Indonesia", "Vietnam"])


def test_a_visit_to_a_country_is_in_the_city_the_sentence_names() -> None:
    assert _by_date(article("r10_events_2_economynext.txt"))["2025-09-27"].place == "Tokyo"
    facts = written("Prime Minister Datuk Seri Anwar Ibrahim will make an official visit to Japan from March 14 to 16, "
                    "his second trip to Tokyo since taking office.", pair=("Malaysia", "Japan"),
                    lede="PETALING JAYA: Malaysia and Japan will hold talks, Wisma Putra said.")
    assert facts.dateline_place == "Petaling Jaya"
    assert _by_date(facts)["2025-03-14"].place == "Tokyo"  # not the dateline's city at home


def test_a_plan_someone_said_is_to_come_has_its_own_date() -> None:
    events = _by_date(article("r10_events_2_economynext.txt"))
    assert (events["2026"].place, events["2026"].actors[0]) == ("Colombo", "Vijitha Herath")
    assert events["2025-09"].actors == ["Vijitha Herath"]  # the saying, earlier this month
    facts = written("Earlier this week, Foreign Minister Sugiono said Indonesia would host the joint commission in "
                    "Bali in the second quarter of next year.")
    events = _by_date(facts)
    assert (events["2026"].place, events["2026"].actors) == ("Bali", ["Sugiono", "Indonesia"])


def test_the_place_of_a_plan_said_after_the_saying_date_is_not_the_sayings() -> None:
    assert _by_date(article("r10_events_4_moroccoworldnews.txt"))["2018-06-11"].place == "Rabat"  # not Abuja
    facts = written("Minister Sugiono told reporters on Monday that the two countries would hold the first session "
                    "of their joint commission in Hanoi.", lede="JAKARTA: Indonesia and Vietnam held talks.")
    assert _by_date(facts)["2025-03-10"].place == "Jakarta"


def test_a_signing_after_an_amount_dates_the_signing() -> None:
    assert _by_date(article("r10_events_2_economynext.txt"))["2025-03"].place == "Colombo"
    facts = written("Vietnam will lend Indonesia $300 million under a loan agreement signed in Hanoi in January "
                    "2025, officials said.")
    assert _by_date(facts)["2025-01"].place == "Hanoi"


def test_a_date_line_with_its_update_in_brackets_dates_the_story() -> None:
    text = ("CNA\nIndonesia, Vietnam agree to boost trade\n\n24 Sep 2025 06:00AM (Updated: 24 Sep 2025 08:15AM)\n\n"
            "JAKARTA: Indonesia and Vietnam on Tuesday (Sep 23) agreed to boost trade, officials said.")
    facts = extract(RawArticle(id="page", text=text), ("Indonesia", "Vietnam"))
    assert facts.published == "2025-09-24"
    assert _by_date(facts)["2025-09-23"].place == "Jakarta"
