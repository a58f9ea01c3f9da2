"""Agreements, round 54: instruments signed `At the end of the proceedings` take the day of the session told before; a
magazine's `Also in this issue:` line is no story; a Comprehensive Economic Cooperation and Partnership Agreement is an
FTA; relations `governed since 1938 by` a treaty, past a clause on the pair, date it in force; a second purpose's
verb ends a purpose (`to develop X and boost Y`); MoUs `signed during the forum, on X and on Y` have their fields; a
body's title may hold a year (`Vision 2030 Committee`); a meeting that `produced eleven agreements` signed them; a
roadmap `is to be adopted` is planned; `, and a commitment to ...` ends a list of fields; `the related
protocol` is of the title negotiated before it; a lower-case `trade pact` is an FTA as a `trade agreement` is (short
texts of other pairs)."""
from __future__ import annotations

from extraction_support import written


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, pair, lede).agreements]


GHANA = ("Ghana", "Portugal")
GHANA_LEDE = "ACCRA, 12 March 2025 – The President on Wednesday received a Portuguese delegation in Accra."


def test_signed_at_the_end_of_the_proceedings_is_of_the_session_told_before() -> None:
    body = ("The session, held on Monday in Accra, was co-chaired by the two ministers. At the close of the session, "
            "the two delegations signed an agreement on fisheries research.")
    assert _entries(body, GHANA, GHANA_LEDE) == [("agreement", ["fisheries research"], "signed", "2025-03-10")]
    body = ("The session, held on Monday in Accra, was co-chaired by the two ministers. At the end of the "
            "proceedings, the delegations signed a memorandum of understanding on youth exchanges.")
    assert _entries(body, GHANA, GHANA_LEDE) == [("mou", ["youth exchanges"], "signed", "2025-03-10")]


def test_the_end_of_something_else_points_back_to_no_session() -> None:
    body = ("The session, held on Monday in Accra, was co-chaired by the two ministers. At the end of the year, the "
            "two delegations signed an agreement on fisheries research.")
    assert _entries(body, GHANA, GHANA_LEDE) == [("agreement", ["fisheries research"], "signed", "2025")]


def test_a_magazines_contents_line_is_no_story() -> None:
    pair = ("Latvia", "Uzbekistan")
    lede = "Latvia and Uzbekistan signed a transit agreement in Riga on Monday."
    body = ("The agreement covers rail freight.\n\n"
            "Also in this issue: Klaipeda terminal signs €40m dredging contract · Interview: a port chief")
    assert [(kind, domains) for kind, domains, _, _ in _entries(body, pair, lede)] == [("agreement", ["transit"])]
    # a story's own sentence that opens alike, no colon after it, stays
    body = "The agreement covers rail freight.\n\nAlso in this issue, the two sides signed a port contract."
    assert ("contract", ["port"]) in [(kind, domains) for kind, domains, _, _ in _entries(body, pair, lede)]


def test_a_comprehensive_economic_cooperation_and_partnership_agreement_is_an_fta() -> None:
    pair = ("India", "Seychelles")
    lede = "India and Seychelles reviewed their trade ties in Victoria on Monday."
    body = ("The Comprehensive Economic Cooperation and Partnership Agreement (CECPA), signed in May 2022, entered "
            "into force on 1 September 2022.")
    assert [(kind, status, date) for kind, _, status, date in _entries(body, pair, lede)] == [
        ("fta", "in_force", "2022-09-01")]
    # a council of economic cooperation is no FTA
    body = "The Comprehensive Economic Cooperation Council met in Victoria in May 2022."
    assert all(kind != "fta" for kind, _, _, _ in _entries(body, pair, lede))


def test_relations_governed_since_a_year_by_a_treaty_past_a_clause() -> None:
    pair = ("Chile", "Peru")
    lede = "Chilean and Peruvian ministers met in Lima on Monday."
    body = ("Relations between the two countries, which fought a war in 1879, have been governed since 1929 by the "
            "Treaty of Lima.")
    assert _entries(body, pair, lede) == [("agreement", [], "in_force", "1929")]


def test_relations_of_other_countries_governed_by_a_treaty_are_not_the_pairs() -> None:
    pair = ("Chile", "Peru")
    lede = "Chilean and Peruvian ministers met in Lima on Monday."
    body = ("Relations between Bolivia and Paraguay, which fought a war in the 1930s, have been governed since 1938 "
            "by the Treaty of Peace.")
    assert _entries(body, pair, lede) == []


def test_a_second_purposes_verb_ends_the_purpose() -> None:
    pair = ("Brazil", "Uruguay")
    lede = "Brazil and Uruguay signed on Tuesday a set of agreements to build a rail link and expand port trade."
    assert [(kind, domains) for kind, domains, _, _ in _entries("", pair, lede)] == [("agreement", ["rail link"])]
    # `and` inside the purpose stays
    lede = "Brazil and Uruguay signed on Tuesday an agreement to build a rail and road bridge."
    assert [(kind, domains) for kind, domains, _, _ in _entries("", pair, lede)] == [
        ("agreement", ["rail and road bridge"])]


def test_memoranda_signed_during_a_gathering_then_their_fields() -> None:
    pair = ("Chile", "Peru")
    lede = "Chilean and Peruvian ministers met in Lima on Monday."
    body = "Two memorandums of understanding were signed during the visit, on port logistics and on water management."
    assert _entries(body, pair, lede) == [("mou", ["port logistics"], "signed", "2025-03-10"),
                                          ("mou", ["water management"], "signed", "2025-03-10")]


def test_memoranda_signed_during_a_gathering_with_no_field_after() -> None:
    pair = ("Chile", "Peru")
    lede = "Chilean and Peruvian ministers met in Lima on Monday."
    body = "Two memorandums of understanding were signed during the visit, officials said."
    assert _entries(body, pair, lede) == [("mou", [], "signed", "2025-03-10")]


def test_a_bodys_title_may_hold_a_year() -> None:
    pair = ("Chile", "Peru")
    lede = "Chilean and Peruvian ministers met in Lima on Monday."
    facts = written("The Chile-Peru Agenda 2030 Commission, created in 2015, met again.", pair, lede)
    assert [(a.kind, a.name, a.date) for a in facts.agreements] == [
        ("council", "Chile-Peru Agenda 2030 Commission", "2015")]
    # a month's year before a body's word is no part of its name
    assert written("In March 2019 Commission members visited Lima.", pair, lede).agreements == []


def test_a_meeting_that_produced_agreements_signed_them() -> None:
    pair = ("Morocco", "Spain")
    lede = "Moroccan and Spanish ministers met in Rabat on Monday."
    body = "The previous summit, held in Madrid in March 2021, yielded six agreements, including on water and culture."
    assert _entries(body, pair, lede) == [("agreement", ["water"], "signed", "2021-03"),
                                          ("agreement", ["culture"], "signed", "2021-03")]


def test_a_meeting_that_produced_no_agreement_signed_none() -> None:
    pair = ("Morocco", "Spain")
    lede = "Moroccan and Spanish ministers met in Rabat on Monday."
    assert _entries("The talks produced no agreement on tariffs.", pair, lede) == []


def test_a_roadmap_to_be_adopted_is_planned() -> None:
    pair = ("Morocco", "Spain")
    lede = "Moroccan and Spanish ministers met in Rabat on Monday."
    body = "A roadmap for agricultural cooperation for 2026-2028 is to be adopted at the next summit in Madrid."
    assert _entries(body, pair, lede) == [("declaration", ["agricultural cooperation"], "planned", None)]
    # a roadmap only talked of is no instrument
    assert _entries("A roadmap for agricultural cooperation was discussed at length.", pair, lede) == []


def test_a_commitment_after_the_fields_ends_their_list() -> None:
    pair = ("Malaysia", "Egypt")
    lede = "Malaysian and Egyptian leaders met in Cairo on Monday."
    body = "The two sides signed agreements on halal certification, and a pledge to double flights."
    assert _entries(body, pair, lede) == [("agreement", ["halal certification"], "signed", "2025-03-10")]
    # another instrument after `, and a` is one of its own
    body = "The two sides signed agreements on halal certification, and a programme of exchanges."
    assert [domains for _, domains, _, _ in _entries(body, pair, lede)] == [["halal certification"], ["exchanges"]]


def test_the_related_protocol_is_of_the_title_negotiated_before() -> None:
    pair = ("India", "Oman")
    lede = "Indian and Omani ministers met in Muscat on Monday."
    body = ("The two sides also agreed to conclude negotiations on a Digital Trade Facilitation Mechanism and to sign "
            "the related protocol in the coming weeks.")
    assert _entries(body, pair, lede) == [("agreement", ["Digital Trade Facilitation Mechanism"], "planned", None)]


def test_the_related_protocol_after_talks_on_a_day_has_no_field() -> None:
    pair = ("India", "Oman")
    lede = "Indian and Omani ministers met in Muscat on Monday."
    body = "The two sides held talks on Tuesday and signed the related protocol."
    assert _entries(body, pair, lede) == [("agreement", [], "signed", "2025-03-11")]


def test_a_trade_pact_is_the_fta_told_after() -> None:
    pair = ("Chile", "Thailand")
    lede = "Chilean and Thai ministers met in Bangkok on Monday."
    body = ("Both sides want fuller use of the trade pact they signed almost two years ago. The Free Trade Agreement, "
            "signed in Santiago in October 2013, entered into force on 5 November 2015.")
    assert _entries(body, pair, lede) == [("fta", ["trade"], "in_force", "2015-11-05")]


def test_a_pact_on_a_trade_of_its_own_is_no_fta() -> None:
    pair = ("Chile", "Thailand")
    lede = "Chilean and Thai ministers met in Bangkok on Monday."
    body = "The two utilities signed a power trade pact on Monday."
    assert _entries(body, pair, lede) == [("agreement", ["power trade"], "signed", "2025-03-10")]
