"""Events, round 23: `last <weekday>` is the most recent such day before the paper's, a week back only on the paper's
own weekday (`last Thursday` in a Friday paper is the day before); a clause that only tells who gave the news and
when (`..., the commerce ministry said on Tuesday.`) is no happening; a country whose name takes `the` (`to the
Maldives`, `in the Netherlands`, `in The Gambia`) is a place, and a trip to a country abroad is there, not in the
dateline's city; taking office is its own happening at home (`who assumed office in January, will visit`), whose date
no visit of the sentence takes (articles r23_events_1_efe.txt, r23_events_2_aa.txt, r23_events_3_pna.txt,
r9_events_4_dailymirror.txt, r12_events_1_dawn.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, dated_places_of, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025
DATELINED = "LIMA, March 12 (EFE) - Chile and Peru held talks on trade on Monday."


def _dates(facts):  # type: ignore[no-untyped-def]
    return [e.date for e in facts.events]



def test_last_weekday_is_the_most_recent_such_day() -> None:
    efe = article("r23_events_1_efe.txt")  # a Friday's paper
    assert dated_places_of(efe, "last Thursday") == [("2025-02-06", "Nouakchott")]
    assert dated_places_of(efe, "last Friday") == [("2025-01-31", "Nouadhibou")]  # the paper's own weekday: a week back
    assert [e.date for e in article("r23_events_2_aa.txt").events if "last Saturday" in e.quote] == ["2025-03-08"]
    pna = article("r23_events_3_pna.txt")  # a Wednesday's paper
    assert [e.date for e in pna.events if "last Wednesday" in e.quote] == ["2025-04-02"]
    assert [e.date for e in pna.events if "last Monday" in e.quote] == ["2025-04-07"]
    facts = written("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart Elmer Schialer in Lima "
                    "last Tuesday.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "last Tuesday" in e.quote] == ["2025-03-11"]
    facts = written("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart Elmer Schialer in Lima "
                    "last Wednesday.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "last Wednesday" in e.quote] == ["2025-03-05"]


def test_who_gave_the_news_and_when_is_no_happening() -> None:
    assert "2025-02-07" not in _dates(article("r23_events_1_efe.txt"))  # `the Moncloa announced on Friday`
    aa = article("r23_events_2_aa.txt")
    assert dated_places_of(aa, "said on Friday") == [("2025-03-17", "Maldives")]  # only the visit it tells of
    assert "2025-03-09" not in _dates(article("r23_events_3_pna.txt"))
    assert "2025-04-09" not in _dates(article("r23_events_3_pna.txt"))
    facts = written("Chile and Peru will sign a lithium agreement next week, the Peruvian foreign ministry said on "
                    "Tuesday.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "lithium") == [("2025-03", None)]
    facts = written("Peruvian President Dina Boluarte will travel to Santiago on March 20, her office announced on "
                    "Tuesday in a statement.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "Boluarte") == [("2025-03-20", "Santiago")]
    # a sentence naming a happening with its one date keeps it
    facts = written("Chile and Peru signed a lithium agreement, the Peruvian foreign ministry said on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "lithium" in e.quote] == ["2025-03-11"]


def test_a_country_whose_name_takes_the_is_a_place() -> None:
    assert dated_places_of(article("r23_events_2_aa.txt"), "official visit to the Maldives") == [("2025-03-17", "Maldives")]
    assert dated_places_of(article("r23_events_3_pna.txt"), "travel to the Netherlands") == [("2025-04-14", "Netherlands")]
    for country, written_as in (("United Arab Emirates", "the United Arab Emirates"), ("Gambia", "The Gambia"),
                                ("Philippines", "the Philippines")):
        facts = written(f"Chilean and Peruvian trade ministers met in {written_as} on Tuesday.", pair=PAIR, lede=LEDE)
        assert dated_places_of(facts, "trade ministers") == [("2025-03-11", country)]
    # `the` opening a building or a body is no place of its own
    facts = written("Chilean and Peruvian trade ministers met at the Presidential Palace on Tuesday.", pair=PAIR,
                    lede=LEDE)
    assert [e.place for e in facts.events if "Palace" in e.quote] != ["Presidential Palace"]
    facts = written("Chilean and Peruvian trade ministers met in the Peruvian Congress on Tuesday.", pair=PAIR,
                    lede=LEDE)
    assert [e.place for e in facts.events if "Congress" in e.quote] == [None]


def test_a_trip_abroad_is_not_in_the_datelines_city() -> None:
    facts = written("Peruvian President Dina Boluarte will fly to the Netherlands on Monday for talks with her Chilean "
                    "counterpart Gabriel Boric.", pair=PAIR, lede=DATELINED)
    assert dated_places_of(facts, "Netherlands") == [("2025-03-17", "Netherlands")]
    # coming home from a trip is at home
    assert [e.place for e in article("r12_events_1_dawn.txt").events if "returned home" in e.quote] == ["Islamabad"]
    # a country and its capital are one place of one happening
    assert [e.place for e in article("r9_events_4_dailymirror.txt").events if e.date == "2025"] == ["Malé"]


def test_taking_office_dates_no_visit() -> None:
    aa = article("r23_events_2_aa.txt")
    assert dated_places_of(aa, "assumed office") == [("2023-11-27", "Ankara")]
    assert dated_places_of(aa, "took office") == [("2025-03-08", None)]  # the call of last Saturday, not June last year's
    assert "2024-06" not in _dates(aa)
    assert dated_places_of(article("r23_events_3_pna.txt"), "sworn in") == []
    facts = written("Peruvian President Dina Boluarte, who assumed office in January, will visit Chile.", pair=PAIR,
                    lede=LEDE)
    assert dated_places_of(facts, "assumed office") == []
    facts = written("Chilean President Gabriel Boric visited Peru on Tuesday, his first visit since Peruvian "
                    "President Dina Boluarte was sworn in on January 10.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "sworn in" in e.quote] == ["2025-03-11"]
    facts = written("Chile and Peru have signed three agreements since Boluarte took office in January.", pair=PAIR,
                    lede=LEDE)
    assert dated_places_of(facts, "took office") == []
