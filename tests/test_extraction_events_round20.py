"""Events, round 20: `the presidents of X and Y` naming the pair are its two heads, a city that is only ever a first name
of someone the article names is still a place (`in Santiago`), a meeting of the pair's joint body (`the joint
commission`, `the intergovernmental commission`) is the pair's, a `he` after an opening phrase (`On Tuesday, he is
scheduled to meet X`) is the one named before, with no dateline a recent happening with no city (`at State House`) is
in the city of the visit the lede tells of (`a visit by X to Lusaka` too), and `the Chilean capital` is the capital of
one of the pair, `in the southern city of X` is a place, and a sentence naming no one placed only by the dateline
is the happening of its day told before (articles r20_events_1_aps.txt, r20_events_2_telam.txt, r20_events_3_bta.txt,
r20_events_4_lusakatimes.txt, r12_events_4_vnexpress.txt, r13_agreements_1_larazon.txt and short texts;
r20_events_5_azertac.txt is extracted right).
"""
from __future__ import annotations

from extraction_support import article, written

PAIR = ("Peru", "Bolivia")
LEDE = "Peruvian President Dina Boluarte and Bolivian President Luis Arce held talks in Lima on Monday."


def _events(facts):  # type: ignore[no-untyped-def]
    return [(e.date, e.place, e.actors) for e in facts.events]


def _on(facts, day):  # type: ignore[no-untyped-def]
    return [(e.place, e.actors) for e in facts.events if e.date == day]


def test_the_presidents_of_the_pairs_two_countries_are_its_two_heads() -> None:
    assert _on(article("r20_events_1_aps.txt"), "2023-11-08") == \
        [("Nouakchott", ["Macky Sall", "Mohamed Ould Ghazouani", "Senegal", "Mauritania"])]
    facts = written("The presidents of Peru and Bolivia inaugurated a border bridge in Desaguadero on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert ("Desaguadero", ["Dina Boluarte", "Luis Arce", "Peru", "Bolivia"]) in _on(facts, "2025-03-11")
    facts = written("The prime ministers of the two countries opened a trade fair in Cusco on Tuesday.",
                    pair=PAIR, lede=LEDE)
    assert ("Cusco", ["Dina Boluarte", "Luis Arce", "Peru", "Bolivia"]) in _on(facts, "2025-03-11")
    # the leaders of others are not the pair's heads
    for others in ("Bolivia and Chile", "the region and beyond"):
        facts = written(f"The leaders of {others} met in Cusco on Tuesday.", pair=PAIR, lede=LEDE)
        assert all("Dina Boluarte" not in actors for _, actors in _on(facts, "2025-03-11"))


def test_a_city_that_is_only_a_first_name_of_someone_named_is_a_place() -> None:
    assert _on(article("r20_events_2_telam.txt"), "2022-08-23")[0][0] == "Santiago"
    facts = written("Seychelles Foreign Minister Sylvestre Radegonde and Indian Minister of State Victoria Menon signed "
                    "a maritime security agreement on Tuesday in Victoria.", pair=("Seychelles", "India"),
                    lede="Seychelles and India held talks on maritime security.")
    assert [place for place, _ in _on(facts, "2025-03-11")] == ["Victoria"]


def test_a_meeting_of_the_pairs_joint_body_is_the_pairs() -> None:
    assert ("2024", "Saint-Louis", ["Senegal", "Mauritania"]) in _events(article("r20_events_1_aps.txt"))
    facts = written("The joint commission will meet in Cusco in the second half of 2026.", pair=PAIR,
                    lede="Peru and Bolivia agreed to deepen trade ties.")
    assert ("2026", "Cusco", ["Peru", "Bolivia"]) in _events(facts)
    facts = written("The next session of the Intergovernmental Commission will be held in La Paz in May.", pair=PAIR,
                    lede="Peru and Bolivia agreed to deepen trade ties.")
    assert ("2025-05", "La Paz", ["Peru", "Bolivia"]) in _events(facts)
    # a joint body with a third country is not the pair's
    facts = written("Peru's joint commission with Brazil will meet in Cusco in the second half of 2026.", pair=PAIR,
                    lede="Peru and Bolivia agreed to deepen trade ties.")
    assert all("Bolivia" not in actors for _, _, actors in _events(facts))


def test_he_after_an_opening_phrase_is_the_one_named_before() -> None:
    assert _on(article("r20_events_3_bta.txt"), "2024-03-14") == \
        [("Sofia", ["Kyriakos Mitsotakis", "Rumen Radev", "Bulgaria"])]
    assert _on(article("r20_events_2_telam.txt"), "2022-08-24")[0][1][:2] == ["Santiago Cafiero", "Gabriel Boric"]
    facts = written("Arce is on a state visit to Peru until Friday. On Thursday, he will meet Peruvian Foreign Minister "
                    "Elmer Schialer in Arequipa.", pair=PAIR, lede=LEDE)
    assert _on(facts, "2025-03-13")[0][1][:2] == ["Luis Arce", "Elmer Schialer"]


def test_with_no_dateline_a_venue_is_in_the_city_of_the_visit_the_lede_tells_of() -> None:
    assert [place for place, _ in _on(article("r20_events_4_lusakatimes.txt"), "2023-12-07")] == ["Lusaka"]
    assert [place for place, _ in _on(article("r20_events_4_lusakatimes.txt"), "2023-12-08")] == ["Lusaka"]
    facts = written("The agreements were signed on Tuesday at the Government Palace by foreign ministers Elmer "
                    "Schialer and Celinda Sosa.", pair=PAIR,
                    lede="Peru and Bolivia signed three agreements during a two-day visit by Bolivian President Luis "
                         "Arce to Lima.")
    assert [place for place, _ in _on(facts, "2025-03-11")] == ["Lima"]
    # with a dateline, a trip abroad the lede tells of is where the reported days were spent
    assert ("2018-05-23", "Hanoi", ["Viktor Orban", "Nguyen Phu Trong"]) in \
        _events(article("r12_events_4_vnexpress.txt"))


def test_the_capital_of_one_of_the_pair_told_by_its_demonym_is_the_place() -> None:
    assert _on(article("r20_events_2_telam.txt"), "2022-08-22") == [("Santiago", ["Santiago Cafiero", "Chile"])]
    facts = written("Arce travelled to the Peruvian capital on Tuesday for a two-day visit.", pair=PAIR,
                    lede="Peru and Bolivia agreed to deepen trade ties.")
    assert [place for place, _ in _on(facts, "2025-03-11")] == ["Lima"]
    # of a country's capitals, the one the article names (La Paz, not the listed Sucre)
    facts = written("Boluarte arrived in the capital of Bolivia on Tuesday. Bolivia's government sits in La Paz.",
                    pair=PAIR, lede="Peru and Bolivia agreed to deepen trade ties.")
    assert [place for place, _ in _on(facts, "2025-03-11")] == ["La Paz"]


def test_a_city_told_with_words_before_city_of_is_the_place() -> None:
    assert _on(article("r13_agreements_1_larazon.txt"), "2022-06-20") == [("Copacabana", ["Bolivia", "Peru"])]
    facts = written("Peruvian President Dina Boluarte and Bolivian President Luis Arce held talks in the southern city of "
                    "Arequipa on Tuesday.", pair=PAIR, lede="Peru and Bolivia agreed to deepen trade ties.")
    assert [place for place, _ in _on(facts, "2025-03-11")] == ["Arequipa"]
    facts = written("Peru and Bolivia signed an agreement on lithium in the Peruvian port city of Ilo on March 10. The "
                    "documents signed on Monday were the following:", pair=PAIR,
                    lede="LIMA – Peru and Bolivia agreed to deepen trade ties.")
    # the second sentence, naming no one and placed only by the dateline, is the same signing
    assert _on(facts, "2025-03-10") == [("Ilo", ["Peru", "Bolivia"])]
