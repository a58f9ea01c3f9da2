"""Agreements, round 20: instruments told signed before that `The agreements were signed on Wednesday` names again take
its day and town, and lend theirs; a visit `by` a named visitor `to` a city places a signing; a fixed phrase joined by
`and` (`maritime search and rescue coordination`) is one field; whom a visa waiver is for is no field; a list of fields
ends where the instrument `entered into force`; an instrument the pair's link runs under since its year (`under a 2008
agreement on power interconnection`) is in force since then; a sentence opening with the instruments lists their
fields after the words of their signing (`The agreements, signed in the presence of X, cover A and B`); a protocol
amending `the 2005 double taxation convention` is on double taxation, not of 2005; fields listed after who saw the
signing (`were signed in the presence of X, covering A, B`) are the instruments', `Five other documents` counts them;
an instrument initialled is still to be signed; one named by its year (`the 2014 memorandum on X`) or told had since
one (`have had an agreement on X since 2006`) is in being (articles r20_agreements_1_premiumtimes.txt,
r20_agreements_2_jordantimes.txt, r20_agreements_3_dailynewsegypt.txt, r20_agreements_4_dailymirror.txt,
r19_dates_6_timesofmalta.html, r19_agreements_3_ena.txt, r12_councils_1_egyptindependent.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks."


def _entries(facts):  # type: ignore[no-untyped-def]
    return [(a.kind, a.domains, a.date, a.place, a.status) for a in facts.agreements if a.kind != "council"]


def test_instruments_told_signed_before_take_the_day_the_agreements_are_then_told_signed() -> None:
    entries = _entries(article("r20_agreements_1_premiumtimes.txt"))
    assert [(domains, date, place) for _, domains, date, place, _ in entries] == [
        (["Nigeria-Morocco Gas Pipeline"], "2024-05-15", "Abuja"),
        (["supply of fertiliser"], "2024-05-15", "Abuja"),
        (["avoidance of double taxation"], "2024-05-15", "Abuja")]
    facts = written("Chile and Peru have signed four agreements, including a treaty on fisheries. The agreements were "
                    "signed on Monday in Arica by the two foreign ministers. The other three agreements cover mining, "
                    "tourism and culture.", pair=PAIR, lede=LEDE)
    assert [(domains, date, place) for _, domains, date, place, _ in _entries(facts)] == [
        (["fisheries"], "2025-03-10", "Arica"), (["mining"], "2025-03-10", "Arica"),
        (["tourism"], "2025-03-10", "Arica"), (["culture"], "2025-03-10", "Arica")]
    # memoranda told signed after agreements are not those agreements
    facts = written("Chile and Peru signed two agreements, including a treaty on fisheries. The memoranda were signed "
                    "on Monday in Arica. The other memorandum covers mining.", pair=PAIR, lede=LEDE)
    assert [(domains, date, place) for _, domains, date, place, _ in _entries(facts)][0] == (["fisheries"], None, None)


def test_a_visit_by_a_named_visitor_to_a_city_places_the_instruments_signed_during_it() -> None:
    entries = _entries(article("r20_agreements_1_premiumtimes.txt"))
    assert entries[0][3] == "Abuja"
    facts = written("Chile and Peru signed an agreement on fisheries during a visit by Peru's Minister of Foreign "
                    "Affairs, Elmer Schialer, to Santiago.", pair=PAIR, lede=LEDE)
    assert [place for _, _, _, place, _ in _entries(facts)] == ["Santiago"]
    # a venue with `the` is no town: the visit's city places the instruments signed there, told before
    facts = written("Chile and Peru have signed four agreements, including a treaty on fisheries, during a visit by "
                    "Peru's Prime Minister, Gustavo Adrianzen, to Arica. The agreements were signed on Monday at the "
                    "Government House. The other three agreements cover mining, tourism and culture.",
                    pair=PAIR, lede=LEDE)
    assert {(date, place) for _, _, date, place, _ in _entries(facts)} == {("2025-03-10", "Arica")}


def test_a_fixed_phrase_joined_by_and_is_one_field() -> None:
    assert [domains for _, domains, _, _, _ in _entries(article("r19_dates_6_timesofmalta.html"))] == \
        [["maritime search and rescue coordination"]]
    assert _entries(article("r20_agreements_3_dailynewsegypt.txt"))[0][1] == ["maritime search and rescue cooperation"]
    facts = written("Chile and Peru signed an MoU on aircraft repair and overhaul services and an agreement on "
                    "tourism.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [["aircraft repair and overhaul services"],
                                                                   ["tourism"]]


def test_whom_a_visa_waiver_is_for_is_no_field() -> None:
    entries = _entries(article("r20_agreements_2_jordantimes.txt"))
    assert entries[0][:3] == ("agreement", ["visa waiver"], "2022-10-18")
    facts = written("Chile and Peru signed a visa exemption agreement for holders of diplomatic and official "
                    "passports.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [["visa exemption"]]
    facts = written("Chile and Peru signed a visa waiver agreement for diplomatic and official passport holders and "
                    "an MoU on mining.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [["visa waiver"], ["mining"]]


def test_a_list_of_fields_ends_where_the_instrument_took_effect() -> None:
    entries = _entries(article("r20_agreements_2_jordantimes.txt"))
    assert ("agreement", ["promotion and protection of investments"], "2017", None, "in_force") in entries
    facts = written("An agreement on the mutual recognition of professional qualifications came into force in 2019.",
                    pair=PAIR, lede=LEDE)
    assert [(domains, date) for _, domains, date, _, _ in _entries(facts)] == \
        [(["mutual recognition of professional qualifications"], "2019")]


def test_an_instrument_the_pairs_link_runs_under_is_in_force_since_its_year() -> None:
    entries = _entries(article("r19_agreements_3_ena.txt"))
    assert ("agreement", ["power interconnection"], "2008", None, "in_force") in entries
    facts = written("The gas pipeline linking Chile and Peru has carried gas since 2012 under a 2009 agreement on "
                    "energy integration.", pair=PAIR, lede=LEDE)
    assert [(domains, date, status) for _, domains, date, _, status in _entries(facts)] == \
        [(["energy integration"], "2009", "in_force")]
    # what a firm runs under is no instrument of the pair
    facts = written("The Chilean plant has been running since 2016 under a 2015 agreement with Enel.",
                    pair=PAIR, lede=LEDE)
    assert _entries(facts) == []


def test_the_fields_a_sentence_of_the_instruments_lists_after_their_signing_are_theirs() -> None:
    entries = _entries(article("r12_councils_1_egyptindependent.txt"))
    assert [domains for _, domains, _, _, _ in entries if domains and domains[0] in {"electricity interconnection",
                                                                                   "youth"}] == \
        [["electricity interconnection"], ["youth"]]
    facts = written("The agreements, signed in the presence of the two presidents, cover copper mining and "
                    "fisheries.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [["copper mining"], ["fisheries"]]


def test_a_protocol_amending_a_tax_convention_of_a_year_is_of_the_convention_not_of_that_year() -> None:
    entries = _entries(article("r20_agreements_3_dailynewsegypt.txt"))
    assert ("agreement", ["double taxation"], "2023-07-26", "Belgrade", "signed") in entries
    facts = written("Chile and Peru on Monday signed a protocol amending their 2001 income tax convention.",
                    pair=PAIR, lede=LEDE)
    assert [(domains, date) for _, domains, date, _, _ in _entries(facts)] == [(["income tax"], "2025-03-10")]



def test_fields_listed_after_who_saw_the_signing_are_the_instruments_and_their_count_keeps_items_whole() -> None:
    entries = _entries(article("r20_agreements_4_dailymirror.txt"))
    assert [domains for _, domains, _, _, status in entries if status == "signed"] == [
        ["trade"], ["gem and jewellery cooperation"], ["investment promotion"], ["tourism"], ["agriculture"],
        ["currency swap"]]
    facts = written("Four other documents were signed, in the presence of the two presidents, covering copper and "
                    "lithium mining, fisheries, health and a currency swap between the two central banks.",
                    pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _entries(facts)] == [
        ["copper and lithium mining"], ["fisheries"], ["health"], ["currency swap"]]


def test_an_instrument_initialled_is_still_to_be_signed() -> None:
    entries = _entries(article("r20_agreements_4_dailymirror.txt"))
    assert ("agreement", ["air services"], None, None, "planned") in entries
    facts = written("The transport ministers of Chile and Peru initialed an agreement on the mutual recognition of "
                    "driving licences.", pair=PAIR, lede=LEDE)
    assert [(domains, status) for _, domains, _, _, status in _entries(facts)] == \
        [(["mutual recognition of driving licences"], "planned")]


def test_an_instrument_named_by_its_year_or_told_had_since_one_is_in_being() -> None:
    entries = _entries(article("r20_agreements_2_jordantimes.txt"))
    assert ("mou", ["renewable energy"], "2014", None, "in_force") in entries
    assert ("agreement", ["social security"], "2006", None, "in_force") in entries
    facts = written("They discussed their 2019 agreement on police cooperation. Chile and Peru have had an agreement "
                    "on the transfer of sentenced persons since 2001.", pair=PAIR, lede=LEDE)
    assert [(domains, date, status) for _, domains, date, _, status in _entries(facts)] == [
        (["police cooperation"], "2019", "in_force"), (["transfer of sentenced persons"], "2001", "in_force")]
