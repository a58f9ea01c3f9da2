"""Events, round 22: a bare participle of a timetable looks ahead (`The visit, scheduled to end on Saturday, will`) and
so do a present expectation and hope (`expect to sign in May`); what onlookers expect (`Analysts expect ... during
next week's visit`) is no happening; the country a matter talked of lies in (`to discuss the situation in Sudan`) is
no place, doer nor third party of the happening; taking office is a happening at home (`since Prabowo took office on
Oct. 20`); a phone call is not in the city of the trip the lede tells of (articles r21_events_4_fijitimes.txt, r21_events_5_thediplomat.txt,
r22_events_1_uzdaily.txt, r22_events_2_ptinews.txt, r22_events_3_bssnews.txt, r22_events_4_thejakartapost.txt,
w_scmp_china_indonesia.txt, w_reuters_russia_india.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, dated_places_of, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025




def test_a_timetable_participle_takes_the_coming_day() -> None:
    assert dated_places_of(article("r21_events_4_fijitimes.txt"), "scheduled to end") == [("2016-06-11", "Nadi")]
    uzdaily = article("r22_events_1_uzdaily.txt")
    assert dated_places_of(uzdaily, "scheduled to end") == [("2024-06-06", "Budapest")]
    # the phone call of the Thursday before is its own happening, not merged into the visit's end
    assert [e.actors for e in uzdaily.events if e.date == "2024-05-30"] == \
        [["Bakhtiyor Saidov", "Péter Szijjártó", "Hungary"]]
    facts = written("The trip, slated to conclude on Friday, will take Boric to Arequipa, Peru.", pair=PAIR,
                    lede=LEDE)
    assert [e.date for e in facts.events if "slated" in e.quote] == ["2025-03-14"]
    facts = written("The talks, which were scheduled to end on Friday, went on until Sunday in Peru.", pair=PAIR,
                    lede=LEDE)
    assert [e.date for e in facts.events if "scheduled" in e.quote] == ["2025-03-07"]


def test_a_present_expectation_looks_ahead() -> None:
    facts = written("Chile and Peru expect to sign a lithium agreement during a visit in May.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "lithium" in e.quote] == ["2025-05"]
    facts = written("Peru hopes to sign a mining agreement with Chile in February.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events if "hopes" in e.quote] == ["2026-02"]


def test_what_onlookers_expect_is_no_happening() -> None:
    assert dated_places_of(article("r21_events_5_thediplomat.txt"), "Analysts expect") == []
    assert dated_places_of(article("r22_events_1_uzdaily.txt"), "Analysts expect") == []
    facts = written("Trade experts predict that Chile and Peru will sign a lithium deal at a summit in Lima in May.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "predict") == []
    facts = written("Market analysts are expecting Peru and Chile to open a new border crossing in April.", pair=PAIR,
                    lede=LEDE)
    assert dated_places_of(facts, "analysts") == []
    # the two sides' own expectation is their plan
    facts = written("Chile and Peru expect to sign a transit agreement in April.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "expect") == [("2025-04", None)]


def test_a_matter_talked_of_is_no_place() -> None:
    facts = written("Peruvian Foreign Minister Javier Gonzalez-Olaechea spoke by phone with his Chilean counterpart "
                    "Alberto van Klaveren on Friday to discuss the situation in Venezuela.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "by phone") == [("2025-03-07", None)]
    facts = written("Peruvian Foreign Minister Javier Gonzalez-Olaechea met his Chilean counterpart Alberto van "
                    "Klaveren in Quito on Friday to discuss the war in Ukraine.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "Quito") == [("2025-03-07", "Quito")]
    facts = written("Chile's foreign minister met his Peruvian counterpart in Bolivia on Friday.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "Bolivia") == [("2025-03-07", "Bolivia")]


def test_taking_office_is_a_happening_at_home() -> None:
    jakartapost = article("r22_events_4_thejakartapost.txt")
    assert dated_places_of(jakartapost, "took office") == []
    assert dated_places_of(article("w_scmp_china_indonesia.txt"), "sworn in") == []
    facts = written("It was Boric's first trip abroad since he was sworn in as president of Chile on March 11.",
                    pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "sworn in") == []
    facts = written("Javier Gonzalez-Olaechea is the first foreign minister to visit Chile since its new government "
                    "assumed office in February.", pair=PAIR, lede=LEDE)
    assert dated_places_of(facts, "assumed office") == []


def test_a_phone_call_is_not_in_the_city_of_the_trip() -> None:
    jakartapost = article("r22_events_4_thejakartapost.txt")
    assert dated_places_of(jakartapost, "phone call") == [("2024-11-21", None)]
    facts = written("Peruvian President Dina Boluarte flew to Santiago, Chile on Tuesday. Chilean Foreign Minister "
                    "Alberto van Klaveren spoke by telephone with his Peruvian counterpart Javier Gonzalez-Olaechea on "
                    "Wednesday.", pair=PAIR, lede="The leaders of Chile and Peru held talks.")
    assert dated_places_of(facts, "telephone") == [("2025-03-12", None)]
    facts = written("Peruvian President Dina Boluarte flew to Santiago, Chile on Tuesday. Chilean Foreign Minister "
                    "Alberto van Klaveren met his Peruvian counterpart Javier Gonzalez-Olaechea on Wednesday.",
                    pair=PAIR, lede="The leaders of Chile and Peru held talks.")
    assert dated_places_of(facts, "counterpart") == [("2025-03-12", "Santiago")]


def test_a_country_talked_of_is_neither_doer_nor_third_party() -> None:
    call = [(e.date, e.actors) for e in article("r22_events_2_ptinews.txt").events if "phone" in e.quote]
    assert call == [("2023-09", ["S Jaishankar", "Sameh Shoukry", "Egypt"])]
    assert "Ukraine" not in article("w_reuters_russia_india.txt").events[0].actors
    facts = written("Foreign Minister Javier Gonzalez-Olaechea spoke by phone with his Chilean counterpart Alberto van "
                    "Klaveren on Friday to discuss the crisis in Bolivia.", pair=PAIR, lede=LEDE)
    assert [(e.date, e.actors) for e in facts.events if "phone" in e.quote] == \
        [("2025-03-07", ["Javier Gonzalez-Olaechea", "Alberto van Klaveren", "Chile"])]
    # one of the pair talked of stays a party; a third country met is no matter talked of
    facts = written("Chilean President Gabriel Boric met Ecuador's President Daniel Noboa on Friday to discuss the "
                    "situation in Peru.", pair=PAIR, lede=LEDE)
    assert [e.actors for e in facts.events if "Noboa" in e.quote] == \
        [["Gabriel Boric", "Daniel Noboa", "Chile", "Ecuador", "Peru"]]
