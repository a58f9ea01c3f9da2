"""Agreements, round 47: a bloc's trade agreement `between` the bloc and several partners is the pair's when the bloc
holds one side, and `provisionally applied` puts it in force; an instrument a council was founded under is told too;
a titled action plan of the pair launched is adopted, its fields those a roadmap it is said to be deepens cooperation
on; an exchange of notes told with the agreement after it is one instrument; and an undated `also signed` takes the
day and place of the signing told in the sentence before (short texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import written


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, pair, lede).agreements]


def _placed(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str, str | None, str | None]]:
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in written(body, pair, lede).agreements]


def _dated(text: str, pair: tuple[str, str]) -> list[tuple[str, list[str], str, str | None, str | None]]:
    """Each agreement of a story whose title, dateline and body are the text: kind, fields, status, date, place."""
    facts = extract(RawArticle(id="written", text=text), pair)
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in facts.agreements]


def test_a_blocs_trade_agreement_with_several_partners_is_the_pairs() -> None:
    pair = ("Ecuador", "Germany")
    lede = "Ecuador and Germany held trade talks in Quito on Tuesday."
    body = ("Ecuadorian exporters sell to Germany under the Trade Agreement between the EU and Colombia, Peru and "
            "Ecuador, which has been provisionally applied since January 2017.")
    assert _entries(body, pair, lede) == [("fta", ["trade"], "in_force", "2017-01")]
    # the United Kingdom is no member of the bloc: the bloc's agreement is not the pair's
    pair = ("Ecuador", "United Kingdom")
    lede = "Ecuador and the United Kingdom held trade talks in Quito on Tuesday."
    assert _entries(body, pair, lede) == []


def test_provisionally_applied_is_in_force() -> None:
    pair = ("Vietnam", "Canada")
    lede = "Vietnam and Canada held talks in Hanoi on Tuesday."
    assert _entries("The Vietnam-Canada free trade agreement has been provisionally applied since 2019.", pair,
                    lede) == [("fta", ["trade"], "in_force", "2019")]


def test_the_instrument_a_council_was_founded_under_is_told_too() -> None:
    pair = ("Slovakia", "Czechia")
    lede = "Slovakia and Czechia held talks in Bratislava on Tuesday."
    body = ("The Mixed Commission was set up under the Agreement on Scientific and Technical Cooperation between the "
            "Government of the Slovak Republic and the Government of the Czech Republic, which has been in force "
            "since 1995.")
    assert _entries(body, pair, lede) == [
        ("council", ["mixed"], "established", None),
        ("agreement", ["Scientific and Technical Cooperation"], "in_force", "1995")]
    # a body set up under an untitled accord of no named pair keeps no date of the accord's
    assert _entries("A joint commission was set up under the 2010 accord on fisheries.", pair, lede) == [
        ("council", [], "established", None)]


def test_a_titled_action_plan_launched_is_adopted_with_the_fields_it_deepens() -> None:
    pair = ("Japan", "Australia")
    lede = "The Japanese Prime Minister met the Australian Prime Minister in Canberra on Tuesday."
    body = ("The two prime ministers launched the Japan-Australia Action Plan 2025-2027, a blueprint to strengthen "
            "cooperation in defence, critical minerals and education.")
    assert _placed(body, pair, lede) == [
        ("declaration", ["defence", "critical minerals", "education"], "signed", "2025-03-11", "Canberra")]
    body = "The ministers launched their Joint Action Plan, a roadmap for deepening ties on energy and tourism."
    assert _entries(body, pair, lede) == [("declaration", ["energy", "tourism"], "signed", "2025-03-11")]
    # a plan still to be drawn up stays planned, and one untitled is no instrument launched
    assert _entries("The ministers launched work on an action plan to be finalised next year.", pair, lede) == [
        ("declaration", [], "planned", None)]
    assert _entries("The ministers launched an action plan on tourism.", pair, lede) == []


def test_an_exchange_of_notes_told_with_its_agreement_is_one_instrument() -> None:
    pair = ("Kenya", "Japan")
    lede = "Kenya and Japan held talks in Nairobi on Tuesday."
    body = "On Tuesday the two sides signed the exchange of notes and grant agreement for the Mombasa port expansion."
    assert _entries(body, pair, lede) == [("agreement", ["Mombasa port expansion"], "signed", "2025-03-11")]
    # notes with a field of their own stay an instrument of their own
    body = ("On Tuesday the two sides signed an exchange of notes on the Mombasa port project and a loan agreement "
            "for the Nairobi bypass.")
    assert [domains for _, domains, *_ in _entries(body, pair, lede)] == [["Mombasa port project"],
                                                                          ["Nairobi bypass"]]


def test_also_signed_takes_the_day_and_place_of_the_signing_before() -> None:
    pair = ("Portugal", "Angola")
    head = "Portugal, Angola sign deals\nLUANDA, May 8, 2019\n\nPortugal and Angola pledged on Wednesday to boost trade."
    text = (head + "\n\nOn Monday, the two export agencies signed a memorandum of understanding in Benguela on trade "
            "fairs. The two governments also signed an agreement to convert part of Angola's debt into investments.")
    assert _dated(text, pair) == [("mou", ["trade fairs"], "signed", "2019-05-06", "Benguela"),
                                  ("agreement", ["debt conversion"], "signed", "2019-05-06", "Benguela")]
    # one sentence further on, the story's day stands
    text = (head + "\n\nOn Monday, the two export agencies signed a memorandum of understanding in Benguela on trade "
            "fairs. Trade reached $2 billion last year. The two governments also signed an agreement to convert part "
            "of Angola's debt into investments.")
    assert [(date, place) for *_, date, place in _dated(text, pair)][1] == ("2019-05-08", "Luanda")
