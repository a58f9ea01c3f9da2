"""Agreements, round 48: `At the meeting,`, `At the talks,` and `Following the talks,` point back to the meeting told
before, and a `first signed in <year>` clause dates only its own instrument; an instrument operated or running `since`
a date is in force; a bloc's own founding treaty is no pair's when both sides are members; `the new MoU on <field>`
names the one told before, by its field or the acronym it defined; a planned instrument's field may be the `use of`
something, and its signing month is the one its clause tells (short texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import written


def _story(pair: tuple[str, str], body: str, day: str = "March 14, 2025") -> list[tuple[str, list[str], str, str | None,
                                                                                         str | None]]:
    """Each agreement of a story of the pair with the given day and body: kind, fields, status, date, place."""
    text = f"{pair[0]}, {pair[1]} sign deals\n{day}\n\n{body}"
    facts = extract(RawArticle(id="written", text=text), pair)
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in facts.agreements]


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, pair, lede).agreements]


def test_at_the_meeting_takes_the_meeting_told_before() -> None:
    body = ("Vietnamese Justice Minister Nguyen Hai Ninh met his Lao counterpart Phaivy Siboualipha in Vientiane on "
            "Thursday.\n\nThe two ministers discussed judicial training and legal aid.\n\nAt the meeting, the two "
            "ministers signed an agreement on mutual legal assistance in civil matters, and officials renewed a "
            "memorandum of understanding on judicial training first signed in 2005.")
    entries = _story(("Vietnam", "Laos"), body)
    assert entries[0] == ("agreement", ["mutual legal assistance in civil matters"], "signed", "2025-03-13",
                          "Vientiane")
    assert entries[1][1] == ["judicial training"]  # `first signed` is no word of its field
    # with no meeting told in a town, the back-reference gives no town
    body = ("The two ministers discussed judicial training.\n\nAt the meeting, the two ministers signed an agreement "
            "on mutual legal assistance in civil matters.")
    assert [place for *_, place in _story(("Vietnam", "Laos"), body)] == [None]


def test_following_the_talks_takes_talks_told_sentences_before() -> None:
    body = ("Kazakh Foreign Minister Murat Nurtleu held talks with Georgian Foreign Minister Maka Botchorishvili in "
            "Tbilisi on 12 March.\n\nThe ministers reviewed transit trade across the Caspian Sea.\n\nThey also "
            "discussed energy and air links.\n\nNurtleu said Kazakhstan values Georgia as a partner.\n\nFollowing the "
            "talks, the Ministers signed a Memorandum of Understanding on Cooperation in Digital Connectivity and an "
            "Implementing Arrangement on Seasonal Labour Migration.")
    assert [(date, place) for *_, date, place in _story(("Kazakhstan", "Georgia"), body, "March 13, 2025")] == [
        ("2025-03-12", "Tbilisi"), ("2025-03-12", "Tbilisi")]
    # a meeting only to come is none to point back to
    body = ("The ministers agreed to hold the next meeting of the joint commission in Astana.\n\nAfter the talks, the "
            "two sides signed an agreement on road transport.")
    assert [place for *_, place in _story(("Kazakhstan", "Georgia"), body, "March 13, 2025")] != ["Astana"]


def test_an_instrument_operated_since_a_date_is_in_force() -> None:
    pair, lede = ("Indonesia", "South Korea"), "Indonesia and South Korea held talks in Jakarta on Tuesday."
    assert _entries("The central banks of both countries have operated a local currency swap agreement since June "
                    "2017, the officials said.", pair, lede) == [("agreement", ["local currency swap"], "in_force",
                                                                  "2017-06")]
    assert _entries("Their visa exemption agreement has been running since 2019.", pair, lede) == [
        ("agreement", ["visa exemption"], "in_force", "2019")]
    # a line running under an instrument is dated by the instrument, not by the line
    assert _entries("The two countries' power line has been operating since 2016 under a 2012 agreement on grid "
                    "interconnection.", pair, lede) == [("agreement", ["grid interconnection"], "in_force", "2012")]


def test_a_blocs_founding_treaty_is_not_the_pairs() -> None:
    pair, lede = ("Kenya", "Uganda"), "Kenya and Uganda held talks in Kampala on Tuesday."
    assert _entries("Kenya and Uganda are founding members of the East African Community, whose Treaty for the "
                    "Establishment has been in force since 2000.", pair, lede) == []
    assert _entries("Both are bound by the founding treaty of the East African Community, signed in 1999.", pair,
                    lede) == []
    # a treaty of the pair's own stays
    assert _entries("Kenya and Uganda signed a treaty on the demarcation of their border in 2019.", pair, lede) == [
        ("agreement", ["demarcation of their border"], "signed", "2019")]


def test_the_new_mou_on_a_field_told_is_that_one() -> None:
    pair, lede = ("Kuwait", "Morocco"), "Kuwait and Morocco held talks in Rabat on Tuesday."
    body = ("The two sides signed three memoranda of understanding on Tuesday on fisheries, water desalination and "
            "small and medium industries (SMIs).\n\nKuwaiti Minister Khalifa al-Ajeel said the new MoU on "
            "SMIs would help Kuwaiti start-ups find Moroccan partners.")
    assert [(kind, fields, status) for kind, fields, status, _ in _entries(body, pair, lede)] == [
        ("mou", ["fisheries"], "signed"), ("mou", ["water desalination"], "signed"),
        ("mou", ["small and medium industries (SMIs)"], "signed")]
    # one on a field not told before is another
    body = ("The two sides signed a memorandum of understanding on fisheries on Tuesday.\n\nThe minister said the "
            "new MoU on tourism would bring more visitors.")
    assert [fields for _, fields, *_ in _entries(body, pair, lede)] == [["fisheries"], ["tourism"]]


def test_a_planned_instruments_field_and_signing_month() -> None:
    pair, lede = ("Chile", "Peru"), "Chile and Peru held talks in Lima on Tuesday."
    assert _entries("Both governments also intend to sign an agreement on the use of national currencies in "
                    "cross-border payments at the Pacific Alliance summit scheduled for June, officials said.", pair,
                    lede) == [("agreement", ["use of national currencies in cross-border payments"], "planned",
                               "2025-06")]
    # a month in another clause is not the signing's
    assert _entries("The two sides plan to sign an agreement on fisheries, which was first discussed in January.",
                    pair, lede) == [("agreement", ["fisheries"], "planned", None)]
