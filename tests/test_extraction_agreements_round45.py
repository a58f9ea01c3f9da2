"""Agreements, round 45: relations `governed by` a treaty make it in force; an instrument `between` one side and a third
country or bloc is theirs; a Trade Partnership (or Continuity) Agreement and a lower-case trade agreement are FTAs,
and trade agreements `in force with` a list of partners are the pair's only when the list names its side; one
arrangement under negotiation is planned; `the Dialogue` after a council so named is that one; an amount before an
instrument is no field and `since <year>` in a count after it no date, an instrument converting debt is on debt
conversion; `On the sidelines,` points back to the meeting told; a list of MoUs `including` after a count of two
kinds is one entry each; an instrument that `would complement the FTA` is the news, not the FTA; deals worth a sum
`in` fields are on them; a field `on what X calls "..."` is the words quoted, and what `The two leaders signed` is
dated by the meeting the sentence before told (short texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import written

PAIR = ("Kenya", "Japan")
LEDE = "Kenya and Japan held talks in Nairobi on Tuesday."  # the story is of Wednesday 12 March 2025


def _entries(body: str, pair: tuple[str, str] = PAIR, lede: str = LEDE) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, pair, lede).agreements]


def _placed(body: str, pair: tuple[str, str] = PAIR, lede: str = LEDE) -> list[tuple[str, list[str], str | None,
                                                                                      str | None]]:
    return [(a.kind, a.domains, a.date, a.place) for a in written(body, pair, lede).agreements]


def _dated(text: str, pair: tuple[str, str]) -> list[tuple[str, list[str], str, str | None, str | None]]:
    """Each agreement of a story whose title, dateline and body are the text: kind, fields, status, date, place."""
    facts = extract(RawArticle(id="written", text=text), pair)
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in facts.agreements]


def test_relations_governed_by_a_treaty_make_it_in_force() -> None:
    assert _entries("Relations are governed by the 1963 Treaty of Amity and Commerce, which both sides reaffirmed.") \
        == [("agreement", ["Amity and Commerce"], "in_force", "1963")]
    assert _entries("Ties are underpinned by a 1998 agreement on technical cooperation.") == [
        ("agreement", ["technical cooperation"], "in_force", "1998")]
    # relations governed by no instrument give none
    assert _entries("Relations are governed by mutual respect and shared interests.") == []


def test_an_instrument_between_one_side_and_a_third_party_is_theirs() -> None:
    pair = ("Kenya", "United Kingdom")
    lede = "Kenya and the United Kingdom held talks in Nairobi on Tuesday."
    assert _entries("The new deal mirrors the Economic Partnership Agreement between Kenya and the European Union, "
                    "which has been in force since July 2024.", pair, lede) == []
    assert _entries("Officials compared it with the trade agreement between Kenya and Tanzania, signed in 2019.",
                    pair, lede) == []
    # between the pair's own sides it is theirs
    assert _entries("The Economic Partnership Agreement between Kenya and the United Kingdom has been in force since "
                    "March 2021.", pair, lede) == [("fta", ["trade"], "in_force", "2021-03")]


def test_trade_partnership_and_continuity_agreements_are_ftas() -> None:
    body = ("Kenya and Japan have signed a Trade Partnership Agreement that keeps duty-free access for Kenyan flowers."
            "\n\nThe agreement was signed in Nairobi on Tuesday by the two trade ministers.")
    assert _placed(body) == [("fta", ["trade"], "2025-03-11", "Nairobi")]
    assert [kind for kind, *_ in _entries("The two sides signed a Trade Continuity Agreement on Monday.")] == ["fta"]
    # an Agreement on Partnership stays an agreement
    assert [kind for kind, *_ in _entries("The two sides signed a Partnership Agreement on Monday.")] == ["agreement"]


def test_trade_agreements_are_ftas_and_in_force_with_a_list_of_partners() -> None:
    pair = ("Chile", "Japan")
    lede = "Chile and Japan held talks in Santiago on Tuesday."
    assert _entries("Chile has trade agreements in force with Mexico, Australia, the European Union and Japan, among "
                    "others.", pair, lede) == [("fta", ["trade"], "in_force", None)]
    # a list without the pair's other side names others' agreements
    assert _entries("Chile has trade agreements in force with Mexico, Australia and the European Union.", pair,
                    lede) == []
    # a trade of its own makes an agreement on it, not an FTA
    assert [kind for kind, *_ in _entries("The two sides signed a transit trade agreement on Monday.", pair, lede)] \
        == ["agreement"]


def test_an_old_trade_agreement_is_not_the_fta_in_force() -> None:
    body = ("The two countries signed a trade agreement in 1970.\n\nThe Japan-Chile Economic Partnership Agreement "
            "came into force in September 2007.")
    assert _entries(body, ("Chile", "Japan"), "Chile and Japan held talks in Santiago on Tuesday.") == [
        ("fta", ["trade"], "signed", "1970"), ("fta", ["trade"], "in_force", "2007-09")]


def test_one_arrangement_under_negotiation_is_planned() -> None:
    assert _entries("The two governments signed an arrangement on maritime cooperation covering port calls and joint "
                    "patrols.") == [("agreement", ["maritime cooperation"], "signed", "2025-03-11")]
    assert _entries("The ministries are negotiating an arrangement on seasonal workers.") == [
        ("agreement", ["seasonal workers"], "planned", None)]
    # arrangements in general talk are none
    assert _entries("The negotiations covered trade arrangements in East Africa.") == []


def test_the_dialogue_after_a_dialogue_set_up_is_that_one() -> None:
    body = ("On Monday the ministers announced the establishment of a Kenya-Japan Maritime Dialogue.\n\n"
            "The first meeting of the Dialogue will be held in Tokyo later this year.")
    assert [(kind, status) for kind, _, status, _ in _entries(body)] == [("council", "established")]
    # with no such council told before, `the Commission` is still read
    body = "The first meeting of the Commission will be held in Tokyo, after it was established on Monday."
    assert len(_entries(body)) == 1


def test_an_amount_is_no_field_and_a_counts_year_no_date() -> None:
    assert _entries("The ministers also signed a 40 million dollar agreement to convert part of Kenya's debt to Japan "
                    "into school projects, the second such programme since 2004.") == [
        ("agreement", ["debt conversion"], "signed", "2025-03-11")]
    # a year of its own signing still dates it
    assert _entries("The two countries signed a 30 million euro loan agreement in 2016.") == [
        ("agreement", ["loan"], "signed", "2016")]


def test_on_the_sidelines_points_back_to_the_meeting_told() -> None:
    text = ("Kenya and Japan to double trade\nNAIROBI, June 18, 2014\n\n"
            "Kenya and Japan aim to double their trade by 2020, officials said on Wednesday.\n\n"
            "The two trade ministers opened a business forum in Mombasa on Tuesday, attended by 300 firms.\n\n"
            "On the sidelines, the two export promotion agencies signed a memorandum of understanding on joint trade "
            "fairs.")
    assert _dated(text, PAIR) == [("mou", ["joint trade fairs"], "signed", "2014-06-17", "Mombasa")]
    # a meeting long before is not the one
    text = ("Kenya and Japan to double trade\nNAIROBI, June 18, 2014\n\n"
            "Kenya and Japan aim to double their trade by 2020, officials said on Wednesday.\n\n"
            "Their joint commission last met in Mombasa in October 2011.\n\n"
            "On the sidelines, the two export promotion agencies signed a memorandum of understanding on joint trade "
            "fairs.")
    assert [date for kind, *_, date, _ in _dated(text, PAIR) if kind == "mou"] == ["2014-06-18"]


def test_mous_included_in_a_count_of_two_kinds_are_one_each() -> None:
    lede = "The Kenyan President visited Tokyo on Monday."
    assert _placed("On the sidelines of the visit, the two leaders witnessed the exchange of nine agreements and "
                   "memoranda of understanding, including MoUs on fisheries, tourism and sports.", lede=lede) == [
        ("mou", ["fisheries"], "2025-03-10", "Tokyo"), ("mou", ["tourism"], "2025-03-10", "Tokyo"),
        ("mou", ["sports"], "2025-03-10", "Tokyo")]
    # an umbrella with one of its own field keeps it
    assert [fields for _, fields, _, _ in _placed("The two sides signed an agreement on fisheries and memoranda of "
                                                  "understanding, including MoUs on tourism.", lede=lede)][0] \
        == ["fisheries"]


def test_an_instrument_complementing_the_fta_is_the_news() -> None:
    body = ("Kenya and Japan signed a free trade agreement, which took effect in 2019.\n\n"
            "The two governments are also negotiating a treaty to protect investments, which would complement the "
            "FTA.")
    assert _entries(body) == [("fta", ["trade"], "in_force", "2019"), ("agreement", ["investments"], "planned", None)]


def test_deals_worth_a_sum_in_fields_are_on_them() -> None:
    assert _entries("Trade took off in May 2018, when the two sides signed deals worth nearly $9 billion in mining, "
                    "railways and fertilisers.") == [
        ("agreement", ["mining"], "signed", "2018-05"), ("agreement", ["railways"], "signed", "2018-05"),
        ("agreement", ["fertilisers"], "signed", "2018-05")]
    # a total after the worth is no field
    assert _entries("The deals, worth about $2 billion in all, were signed in Nairobi on Monday.") == [
        ("agreement", [], "signed", "2025-03-10")]


def test_a_quoted_field_and_the_leaders_meeting_told_before() -> None:
    text = ("Kenya courts Japanese capital\nOctober 20, 2016\n\nKenya wants more Japanese investment.\n\n"
            "When President Uhuru Kenyatta sat down with Shinzo Abe in Tokyo on 3 October, the mood was upbeat. "
            "The two leaders signed a joint declaration on a new stage of their strategic partnership, and their "
            "governments signed 12 agreements on what Tokyo calls \"quality infrastructure\": roads and ports. "
            "These add to the nine agreements signed during the Japanese Prime Minister's visit to Nairobi in August.")
    assert _dated(text, PAIR) == [
        ("declaration", ["strategic partnership"], "signed", "2016-10-03", "Tokyo"),
        ("agreement", ["quality infrastructure"], "signed", "2016-10-03", "Tokyo"),
        ("agreement", [], "signed", "2016-08", "Nairobi")]
    # leaders who met on no day told leave it undated
    text = ("Kenya courts Japanese capital\nOctober 20, 2016\n\nKenya wants more Japanese investment.\n\n"
            "President Uhuru Kenyatta has met Shinzo Abe in Tokyo several times. The two leaders signed a joint "
            "declaration on their strategic partnership.")
    assert [date for *_, date, _ in _dated(text, PAIR)] == [None]
