"""Events, round 19: a `who` clause dated before the article's news is a happening of whom `who` stands for only, a
gathering held in a capital of the pair is both sides' when one of them attends (and regional blocs' summits, `the
CIS summit`, are gatherings), `the Uzbek leader` (`the Kuwaiti crown
prince`) is the article's head of that country and `the presidents` (`the leaders`, no `two`) its two heads, also
when the clause names one of them (articles r19_events_1_daryo.txt, r19_events_2_kuwaittimes.txt, r19_events_4_apa.txt,
e_abc_australia_png.txt, r16_dates_1_herald.txt and short texts; r19_events_3_montsame.txt is extracted right).
"""
from __future__ import annotations

from extraction_support import article, written

PAIR = ("Kazakhstan", "Uzbekistan")
LEDE = "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks in Astana on Monday."


def _events(facts):  # type: ignore[no-untyped-def]
    return [(e.date, e.place, e.actors) for e in facts.events]


def test_an_earlier_happening_told_in_a_who_clause_is_of_whom_who_stands_for() -> None:
    assert ("2024-05", "Samarkand", ["Rashid Meredov", "Uzbekistan"]) in _events(article("r19_events_1_daryo.txt"))
    facts = written("Tokayev received Uzbek Foreign Minister Bakhtiyor Saidov, who visited Ankara in May 2024.",
                    pair=PAIR, lede=LEDE)
    assert ("2024-05", "Ankara", ["Bakhtiyor Saidov"]) in _events(facts)
    # `who` the main clause's subject: its other people are not of the earlier happening
    assert ("2022-01", "Kuwait City", ["Ayman Safadi", "Kuwait", "Jordan"]) in \
        _events(article("r19_events_2_kuwaittimes.txt"))
    facts = written("Mirziyoyev, who visited Almaty in 2022, invited Tokayev to Samarkand.", pair=PAIR, lede=LEDE)
    assert ("2022", "Almaty", ["Shavkat Mirziyoyev"]) in _events(facts)
    # one of the days the article reports: the main clause's people are there too
    facts = written("The agreements were signed in the presence of Tokayev and his Uzbek counterpart, Shavkat "
                    "Mirziyoyev, who held talks at the Akorda on Tuesday.", pair=PAIR, lede=LEDE)
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= {a for e in facts.events if e.date == "2025-03-11"
                                                               for a in e.actors}


def test_a_gathering_in_a_capital_of_the_pair_is_both_sides() -> None:
    assert ("2024-09-14", "Ashgabat", ["Shavkat Mirziyoyev"]) in _events(article("r19_events_1_daryo.txt"))
    facts = written("President Mirziyoyev attended the SCO summit in Astana on 4 July 2024.", pair=PAIR, lede=LEDE)
    assert ("2024-07-04", "Astana", ["Shavkat Mirziyoyev"]) in _events(facts)
    # in a third country's city: one side only, not the pair's
    facts = written("President Mirziyoyev attended the SCO summit in Beijing on 4 July 2024.", pair=PAIR, lede=LEDE)
    assert not [e for e in facts.events if e.date == "2024-07-04"]


def test_a_regional_blocs_summit_is_a_gathering() -> None:
    assert not [e for e in article("r19_events_4_apa.txt").events if e.date == "2022-10-14"]  # the CIS in Astana
    facts = written("Tokayev attended the ECOWAS summit in Abuja on 15 December 2024 as a guest, and Mirziyoyev the "
                    "Pacific Islands Forum leaders' meeting in Suva on 9 November 2024.", pair=PAIR, lede=LEDE)
    assert [e.date for e in facts.events] == ["2025-03-10"]


def test_the_national_leader_is_the_articles_head_of_that_country() -> None:
    assert ("2025-02", "Ashgabat", ["Shavkat Mirziyoyev", "Uzbekistan"]) in _events(article("r19_events_1_daryo.txt"))
    assert "Ilham Aliyev" in next(e.actors for e in article("r19_events_4_apa.txt").events if e.date == "2023")
    assert "Mishal Al-Ahmad Al-Jaber Al-Sabah" in next(
        e.actors for e in article("r19_events_2_kuwaittimes.txt").events if e.date == "2023-06-21")
    facts = written("The Kazakh leader will travel to Tashkent in October.", pair=PAIR, lede=LEDE)
    assert ("2025-10", "Tashkent", ["Kassym-Jomart Tokayev", "Kazakhstan"]) in _events(facts)


def test_the_presidents_are_the_articles_two_heads() -> None:
    assert ("2025-09", "Port Moresby", ["Anthony Albanese", "James Marape"]) in \
        _events(article("e_abc_australia_png.txt"))
    facts = written("The presidents witnessed the signing of an agreement on water on Tuesday. The leaders will meet "
                    "again in Tashkent in October.", pair=PAIR, lede=LEDE)
    heads = ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert ("2025-03-11", None, heads) in _events(facts)
    assert ("2025-10", "Tashkent", heads) in _events(facts)


def test_the_two_leaders_are_both_heads_when_the_clause_names_one() -> None:
    talks = [e.actors for e in article("r16_dates_1_herald.txt").events if e.date == "2025-03-11"]
    assert talks == [["Emmerson Mnangagwa", "Alexander Lukashenko"]]
    facts = written("The two presidents last met in Samarkand in December 2024, at a forum chaired by Mirziyoyev.",
                    pair=PAIR, lede=LEDE)
    assert ("2024-12", "Samarkand", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]) in _events(facts)
