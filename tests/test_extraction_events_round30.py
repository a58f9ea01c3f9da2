"""Events, round 30: a date line below a `By` line that ends with the city the writers filed from (`By A and B —
Santiago`, then `14/06/2022 07h15 · Updated ...`) dates the story, and that city is its dateline; a navy's port call,
a gift handed over, a foundation laid and a ceremony presided over are happenings, also as the second clause of a
sentence; a sum handed over after an opening date (`In January, Chile granted a $200 million credit line`) is dated
by that date, not taken for a figure's period; no event for a leader's return to office, nor for a treaty a side
hopes to sign before a bound, nor for a quotation spoken at a banquet; `Board` is no place (article
r30_events_1_folha.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, dated_places, dated_places_of, written

from bot.core.text_cleaning import clean

PAIR = ("Japan", "Philippines")
LEDE = "Japan and the Philippines held talks in Manila on Monday."  # the story is of Wednesday 12 March 2025


def test_date_line_below_a_byline_with_its_city() -> None:
    facts = article("r30_events_1_folha.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place) == (
        "2022-06-14", "day", "Santiago")
    cleaned = clean("Kyoto Weekly\n\nJapan and the Philippines sign a coast guard pact\n\n"
                    "Leaders also agree to hold joint drills in the South China Sea\n\n"
                    "By Aiko Tanaka and Jose Reyes — Manila\n03/11/2023 18h05\n\n"
                    "Japan and the Philippines signed a coast guard pact in Manila on Friday.")
    assert (cleaned.date_line, cleaned.dateline_place) == ("03/11/2023 18h05", "Manila")
    assert cleaned.paragraphs[-1:] == ["Japan and the Philippines signed a coast guard pact in Manila on Friday."]
    assert not [p for p in cleaned.paragraphs if p.startswith("By ")]


def test_byline_of_writers_alone_gives_no_dateline() -> None:
    cleaned = clean("Kyoto Weekly\n\nJapan and the Philippines sign a coast guard pact\n\n"
                    "By Aiko Tanaka and Jose Reyes\n03/11/2023 18h05\n\n"
                    "Japan and the Philippines signed a coast guard pact in Manila on Friday.")
    assert (cleaned.date_line, cleaned.dateline_place) == ("03/11/2023 18h05", None)


def test_port_call_and_handing_over_are_happenings_of_one_sentence() -> None:
    facts = article("r30_events_1_folha.txt")
    assert dated_places_of(facts, "port call") == [("2022-05", "Valparaíso"), ("2021-03", None)]
    facts = written("A Philippine navy corvette made a port call at Yokosuka last month, and Japan handed over three "
                    "patrol vessels to the Philippine coast guard in June last year.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "port call") == [("2025-02", "Yokosuka"), ("2024-06", None)]


def test_foundation_laid_and_ceremony_presided_over() -> None:
    facts = article("r30_events_1_folha.txt")
    assert dated_places_of(facts, "laid the foundation") == [("2021-10", "Tacna")]
    assert dated_places_of(facts, "presided over") == [("2022-06-13", "Chacalluta")]
    facts = written("President Ferdinand Marcos and his Japanese counterpart Fumio Kishida yesterday presided over the "
                    "opening of a new terminal at Clark airport. The two leaders also laid the foundation of the "
                    "Subic shipyard in Subic in May last year.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "presided over") == [("2025-03-11", "Clark")]
    assert dated_places_of(facts, "laid the foundation") == [("2024-05", "Subic")]


def test_sum_handed_over_is_dated_by_the_opening_date() -> None:
    facts = article("r30_events_1_folha.txt")
    assert dated_places_of(facts, "credit line") == [("2022-01", "Peru")]
    facts = written("In February, Japan disbursed a $300 million loan to the Philippines for the Manila subway.",
                    pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "subway" in e.quote] == ["2025-02"]


def test_figure_after_an_opening_date_stays_a_period() -> None:
    facts = written("In February, trade between Japan and the Philippines reached $300 million.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "reached" in e.quote] == []


def test_return_to_office_hoped_signing_and_board_are_no_events() -> None:
    facts = article("r30_events_1_folha.txt")
    assert dated_places_of(facts, "returning to office") == [("2022", "Lima")]
    assert dated_places_of(facts, "Board of Trade") == []
    facts = written("Marcos, who has visited Japan twice since returning to office in June, met Kishida again. The "
                    "two sides are negotiating a fisheries treaty, which Manila hopes to sign before the end of the "
                    "year, an official at the Philippines' Board of Investments said.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "returning to office" in e.quote or "Board" in e.quote] == []
    assert dated_places(written("The two sides agreed to hold the next session in Tokyo before the end of the year.",
                                pair=PAIR, lede=LEDE))[-1] == ("2025", "Tokyo")


HEADS = ("Philippine President Ferdinand Marcos and Japanese Prime Minister Fumio Kishida held talks in Manila on "
         "Monday.")


def test_quotation_spoken_at_a_banquet_is_no_event() -> None:
    facts = written("\"Our friendship is old. I hope our two nations will grow closer still,\" Marcos said at a state "
                    "banquet held in honor of Kishida on Tuesday evening.", pair=PAIR, lede=HEADS)
    assert dated_places(facts) == [("2025-03-10", "Manila")]


def test_quotation_said_after_talks_and_a_banquet_hosted_are_events() -> None:
    facts = written("\"Our friendship is old,\" Marcos said after talks with Kishida held at the palace on Tuesday.",
                    pair=PAIR, lede=HEADS)
    assert dated_places(facts) == [("2025-03-10", "Manila"), ("2025-03-11", None)]
    facts = written("Marcos hosted a state banquet in honor of Kishida on Tuesday evening.", pair=PAIR, lede=HEADS)
    assert dated_places(facts) == [("2025-03-10", "Manila"), ("2025-03-11", None)]
