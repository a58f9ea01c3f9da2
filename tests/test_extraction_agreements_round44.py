"""Agreements, round 44: a serial comma's last item keeps its own `and`; an idea floated, a question, a proposal a side
only could make and talks denied give no instrument; `the <word> protocol` names one told before by a word of its
sentence; a joint statement on setting up a partnership is a declaration; talks to upgrade an accord plan a new
version of it; contracts told firm by firm (`with X for A and with Y for B`) are one each; an instrument an earlier one
`follows` is its own, its fields from `which covers ...`; `during the JMC` dates and places by the meeting told
before; a programme's phase under negotiation is planned (short texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import agreement_fields, written

PAIR = ("Ghana", "Morocco")
LEDE = "Ghana and Morocco held talks in Accra on Tuesday."  # the story is of Wednesday 12 March 2025


def _fields(body: str) -> list[tuple[str, list[str]]]:
    return agreement_fields(body, PAIR, LEDE)


def _entries(body: str, pair: tuple[str, str] = PAIR, lede: str = LEDE) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, pair, lede).agreements]


def _dated(text: str, pair: tuple[str, str]) -> list[tuple[str, list[str], str, str | None, str | None]]:
    """Each agreement of a story whose title, dateline and body are the text: kind, fields, status, date, place."""
    facts = extract(RawArticle(id="written", text=text), pair)
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in facts.agreements]


def test_a_serial_commas_last_item_keeps_its_own_and() -> None:
    assert _fields("The two governments signed memoranda of understanding on fisheries, renewable energy, higher "
                   "education, and arts and culture.") == [
        ("mou", ["fisheries"]), ("mou", ["renewable energy"]), ("mou", ["higher education"]),
        ("mou", ["arts and culture"])]
    # without the serial comma the list's `and` is the last one's
    assert _fields("The ministers signed agreements on fisheries, renewable energy and tourism.") == [
        ("agreement", ["fisheries"]), ("agreement", ["renewable energy"]), ("agreement", ["tourism"])]


def test_ideas_questions_and_possibilities_are_no_instruments() -> None:
    assert _entries("Rabat has also floated the idea of a bilateral investment treaty, but officials in Accra said "
                    "no negotiations were planned.") == []
    assert _entries("Will the two countries ever sign a free trade agreement?") == []
    assert _entries("Ghana could also propose a preferential trade agreement at a later stage.") == []
    assert _entries("A Ghanaian official said no talks on a double taxation agreement are scheduled.") == []
    # a proposal made is a plan
    assert _entries("Ghana proposed a preferential trade agreement at the meeting.") == [
        ("fta", ["trade"], "planned", None)]


def test_the_word_protocol_names_the_one_told_with_that_word() -> None:
    body = ("On Monday the ministers signed an agreement on air services and a sanitary protocol that lets Ghanaian "
            "cocoa beans into Morocco.\n\nExporters said the cocoa protocol could be worth millions of dollars a year.")
    assert _entries(body) == [("agreement", ["air services"], "signed", "2025-03-10"),
                              ("agreement", ["sanitary"], "signed", "2025-03-10")]
    # a word no instrument's sentence told is another one
    body = ("On Monday the ministers signed a sanitary protocol that lets Ghanaian cocoa beans into Morocco.\n\n"
            "They said the cashew protocol would be signed next year.")
    assert _entries(body) == [("agreement", ["sanitary"], "signed", "2025-03-10"),
                              ("agreement", ["cashew"], "planned", None)]


def test_a_joint_statement_on_setting_up_a_partnership_is_a_declaration() -> None:
    facts = written("President A and King B issued a Joint Statement on the establishment of the Strategic "
                    "Partnership following their talks at the Royal Palace in Rabat on Monday.", PAIR, LEDE)
    assert [(a.kind, a.status, a.date, a.place) for a in facts.agreements] == [
        ("declaration", "signed", "2025-03-10", "Rabat")]
    assert "Strategic Partnership" in facts.agreements[0].domains[0]
    # one said in a statement is none
    assert _entries("The two leaders said in a joint statement that ties were strong.") == []


def test_talks_to_upgrade_the_accord_plan_a_new_version() -> None:
    told = "Ghana and Morocco signed a free trade agreement, which took effect in January 2015.\n\n"
    assert _entries(told + "On Monday the ministers launched negotiations to upgrade the accord.") == [
        ("fta", ["trade"], "in_force", "2015-01"), ("fta", ["trade"], "planned", None)]
    assert _entries(told + "The ministers agreed to start talks on upgrading the FTA.") == [
        ("fta", ["trade"], "in_force", "2015-01"), ("fta", ["trade"], "planned", None)]
    # the accord named again with no talks is the same one
    assert _entries(told + "The ministers said the accord had doubled trade.") == [
        ("fta", ["trade"], "in_force", "2015-01")]


def test_contracts_told_firm_by_firm_are_one_each() -> None:
    pair = ("Egypt", "France")
    lede = "Egypt and France held talks in Cairo on Tuesday."
    assert _entries("Egypt's defence ministry on Monday signed contracts in Cairo with Dassault Aviation for 30 Rafale "
                    "jets and with Naval Group for two Gowind corvettes, worth EUR 4 billion.", pair, lede) == [
        ("contract", ["Rafale jets"], "signed", "2025-03-10"), ("contract", ["Gowind corvettes"], "signed", "2025-03-10")]
    # one firm's contract stays one
    assert [fields for _, fields, _, _ in _entries(
        "Egypt's defence ministry on Monday signed a contract in Cairo with Dassault Aviation for 30 Rafale jets.",
        pair, lede)] == [["30 Rafale jets"]]


def test_the_instrument_contracts_follow_is_its_own() -> None:
    text = ("Romania signs tank contracts\nSeptember 20, 2023\n\n"
            "Romania and South Korea signed two defence contracts on Monday.\n\n"
            "The contracts follow a framework agreement signed in Bucharest on June 5 by the two defence ministers, "
            "which covers up to 300 K2 tanks, 54 K9 howitzers and 12 Redback vehicles.")
    assert ("agreement", ["K2 tanks", "K9 howitzers", "Redback vehicles"], "signed", "2023-06-05", "Bucharest") \
        in _dated(text, ("Romania", "South Korea"))


def test_during_the_meeting_by_its_acronym_dates_and_places_what_it_signed() -> None:
    text = ("Kenya, Qatar sign pacts\nNAIROBI, June 20, 2018\n\n"
            "Kenya and Qatar want more trade.\n\n"
            "The fourth session of the Kenya-Qatar Joint Economic Committee (JEC), held in Doha last month, reviewed "
            "trade.\n\n"
            "During the JEC, chaired by the two trade ministers, the two sides signed an agreement on cooperation in "
            "tourism.")
    assert ("agreement", ["tourism"], "signed", "2018-05", "Doha") in _dated(text, ("Kenya", "Qatar"))


def test_a_programmes_phase_under_negotiation_is_planned() -> None:
    text = ("Germany, Kenya debt talks\nOctober 2, 2020\n\n"
            "Kenya and Germany held talks.\n\n"
            "The ambassador said the second phase of the German-Kenyan Debt Conversion Programme, worth EUR 50 "
            "million, was under negotiation and could be signed by the end of the year.")
    assert [(kind, status, date) for kind, _, status, date, _ in _dated(text, ("Kenya", "Germany"))] == [
        ("agreement", "planned", "2020")]
    # a programme only told of is none
    text = ("Germany, Kenya debt talks\nOctober 2, 2020\n\nKenya and Germany held talks.\n\n"
            "The ambassador said the German-Kenyan Debt Conversion Programme had funded schools.")
    assert _dated(text, ("Kenya", "Germany")) == []
