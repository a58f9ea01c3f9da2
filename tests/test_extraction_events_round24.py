"""Events, round 24: `earlier in the day` is the day of the story's main happening (the lede's), and its place, unless
a past day was told just before it; a `which` clause in the passive (`the pipeline, the foundation of which was laid
in 2022`) tells what was done to its thing, not what the main clause's doers did; a second meeting of one day with
other people (`Also on Thursday, X met with Premier Y`) is a happening of its own; a country's office after its
possessive (`according to Kenya's National Treasury`) is no place; a market's closing price is no happening; a head
whose country a paper leaves unsaid, meeting one of the pair's other side, makes the meeting both sides'; a happening
told in an aside between commas (`Kishida, during his visit to New Delhi in March, had announced a target of 5
trillion yen`) is dated, the figure after the aside being no period of it; visitors call on a host where the lede's
happening put them (articles r24_events_1_aa.txt, r24_events_2_xinhua.txt, r24_events_3_brecorder.txt,
r24_events_4_thehindu.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, dated_places, dated_places_of, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025




def test_earlier_in_the_day_is_the_ledes_day_and_place() -> None:
    aa = article("r24_events_1_aa.txt")
    assert [d for d, _ in dated_places(aa) if d == "2022-10-14"] == []  # not the day of the trip planned next
    assert [p for d, p in dated_places(aa) if d == "2022-10-12"] == ["Astana"]
    facts = written("Boric will travel to Bolivia on Thursday, his office said. Earlier in the day, Boric was welcomed "
                    "by Peruvian President Dina Boluarte with an official ceremony.", pair=PAIR, lede=LEDE)
    assert ("2025-03-10", "Lima") in dated_places(facts)
    assert not any("welcomed" in e.what and e.date != "2025-03-10" for e in facts.events)
    # a past day told just before: `earlier in the day` goes on from it
    facts = written("On Tuesday, Boric held talks with Boluarte in Cusco. Earlier in the day, Boric addressed a "
                    "Chile-Peru business forum attended by 200 companies.", pair=PAIR, lede=LEDE)
    assert [d for d, _ in dated_places_of(facts, "Earlier in the day")] in (["2025-03-11"], [])
    assert not any(e.date == "2025-03-10" and "forum" in e.quote for e in facts.events)


def test_a_passive_which_clause_is_not_the_main_clauses_doers() -> None:
    aa = article("r24_events_1_aa.txt")
    assert [e.actors for e in aa.events if e.date == "2022-05"] == []
    xinhua = article("r24_events_2_xinhua.txt")
    assert all("Xi Jinping" not in e.actors for e in xinhua.events if e.date == "2018-06")
    facts = written("Boric and Boluarte also discussed the Tacna-Arica railway, the rebuilding of which was completed "
                    "in February 2024.", pair=PAIR, lede=LEDE)
    assert all("Boric" not in " ".join(e.actors) for e in facts.events if e.date == "2024-02")
    # a thing of the pair's: the pair did it, not the speaker
    facts = written("Boric praised the Chile-Peru Free Trade Agreement, which was signed in August 2006.", pair=PAIR,
                    lede=LEDE)
    assert [sorted(e.actors) for e in facts.events if e.date == "2006-08"] == [["Chile", "Peru"]]
    # a `who` clause keeps its own reading
    facts = written("Peruvian Foreign Minister Elmer Schialer, who had visited Santiago in January, met Boric on "
                    "Tuesday.", pair=PAIR, lede=LEDE)
    assert [d for d, _ in dated_places_of(facts, "Schialer")][:1] == ["2025-01"]


def test_another_meeting_of_the_day_is_its_own() -> None:
    xinhua = article("r24_events_2_xinhua.txt")
    thursday = [e.actors for e in xinhua.events if e.date == "2023-05-18"]
    assert len(thursday) == 2
    assert "Li Qiang" not in thursday[0] and "Li Qiang" in thursday[1]
    facts = written("Boric held talks with Peruvian President Dina Boluarte on Tuesday. Also on Tuesday, Boric met "
                    "with Peruvian Prime Minister Gustavo Adrianzen.", pair=PAIR, lede=LEDE)
    assert len([e for e in facts.events if e.date == "2025-03-11"]) == 2
    # the same people met again that day: one happening
    facts = written("Boric held talks with Peruvian President Dina Boluarte on Tuesday. Boric and Boluarte met again "
                    "on Tuesday at a state dinner.", pair=PAIR, lede=LEDE)
    assert len([e for e in facts.events if e.date == "2025-03-11"]) == 1


def test_a_possessive_office_is_no_place() -> None:
    xinhua = article("r24_events_2_xinhua.txt")
    assert dated_places_of(xinhua, "National Planning Authority") == [("2023-05-19", "Beijing")]
    facts = written("On Friday, officials of Chile and Peru signed a loan agreement, according to Peru's National "
                    "Treasury.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "Treasury") == [("2025-03-07", None)]
    # a city after a country's possessive is the place
    facts = written("Boric and Boluarte met in Peru's Arequipa on Friday.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "Arequipa") == [("2025-03-07", "Arequipa")]


def test_a_market_price_is_no_happening() -> None:
    assert dated_places_of(article("r24_events_3_brecorder.txt"), "rupee") == []
    facts = written("Analysts said copper sales to Chile help the Peruvian sol, which closed at 3.71 to the dollar "
                    "on Tuesday.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "sol") == []
    facts = written("Analysts said the Chilean peso ended higher against the dollar on Tuesday after copper sales to "
                    "Peru rose.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "peso") == []
    # a session closed is a happening
    facts = written("The Chile-Peru joint trade commission closed its session in Arica on Tuesday, officials said.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "commission") == [("2025-03-11", "Arica")]


def test_a_head_of_the_unsaid_side_meeting_the_other_is_both_sides() -> None:
    brecorder = article("r24_events_3_brecorder.txt")
    assert [sorted(set(e.actors) & {"Pakistan", "Saudi Arabia"}) for e in brecorder.events
            if "Shehbaz" in e.quote] == [["Pakistan", "Saudi Arabia"]]
    facts = written("President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Tuesday.", pair=PAIR,
                    lede=LEDE)
    assert {"Chile", "Peru"} <= set(next(e.actors for e in facts.events if "Boric" in e.quote))
    # a head meeting a third country's: not the pair's
    facts = written("President Gabriel Boric met Bolivian President Luis Arce in La Paz on Tuesday.", pair=PAIR,
                    lede=LEDE)
    assert not any("Peru" in e.actors for e in facts.events if "Arce" in e.quote)


def test_a_happening_told_in_an_aside_keeps_its_date() -> None:
    assert dated_places_of(article("r24_events_4_thehindu.txt"), "during his visit") == [("2023-09", "New Delhi")]
    facts = written("President Boric, during his visit to Lima in January, had announced a $2 billion investment "
                    "plan for the border region.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "during his visit") == [("2025-01", "Lima")]
    # a figure's own period is still no happening
    facts = written("In 2024, trade between Chile and Peru reached $5 billion, officials said.", pair=PAIR, lede=LEDE)
    assert [d for d, _ in dated_places(facts) if d == "2024"] == []


def test_a_call_on_the_host_is_where_the_lede_put_the_visitors() -> None:
    assert dated_places_of(article("r24_events_4_thehindu.txt"), "call on") == [("2023-11-17", "Seoul")]
    facts = written("The ministers are expected to call on President Boluarte on Friday.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "call on") == [("2025-03-14", "Lima")]
