"""Agreements, round 21: what every field is (`in areas of mutual interest, including:`) names none; two nouns joined by
`and` before the cooperation they share (`gem and jewellery cooperation`) are one field; a currency swap line or facility
is an instrument; one initialled after others signed is still to be signed, and is an entry of its own after a clause
with its own subject (`, and their negotiators initialled a transit trade agreement`); an exchange of notes is an
instrument; the town a signing is told in later is the instrument's, not the dateline's; a work named by a verbal noun
(`the sharing of hydrological data on the Nile`) is a field however long; counted instruments (`eight instruments of
cooperation in areas such as X`) are instruments; an instrument told signed before whom it is between (`An MoU was
signed between X and Y on Z`) has its field; the amount of what one is to build is no word of its field (`a deal to
build a $1 billion refinery`); the sidelines of a summit are no field; the year an instrument was renewed is its
date; fields listed after `spanning` are the instruments' (articles r21_agreements_1_trend.txt,
r21_agreements_2_businessline.txt, r21_agreements_3_fijitimes.txt, r21_agreements_4_brecorder.txt, r21_agreements_5_mercopress.txt,
r17_dates_2_monitor.txt, e_dailystar_bangladesh_china.txt, r13_cleaning_2_theafricareport.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _entries(facts):  # type: ignore[no-untyped-def]
    return [(a.kind, a.domains, a.date, a.place, a.status) for a in facts.agreements if a.kind != "council"]


def _fields(facts):  # type: ignore[no-untyped-def]
    return [a.domains for a in facts.agreements if a.kind != "council"]


def test_areas_of_mutual_interest_name_no_field() -> None:
    assert _entries(article("r21_agreements_1_trend.txt")) == [
        ("agreement", ["visa exemption"], "2022-10-11", "Baku", "signed"),
        ("mou", ["tourism"], "2022-10-11", "Baku", "signed"),
        ("mou", ["energy cooperation"], "2022-10-11", "Baku", "signed"),
        ("agreement", ["culture"], "2022-10-11", "Baku", "signed"),
        ("agreement", ["avoidance of double taxation"], None, None, "planned")]
    facts = written("Chile and Peru signed several agreements in areas of mutual interest, including energy, mining and "
                    "health.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["energy"], ["mining"], ["health"]]
    facts = written("Chile and Peru signed more than five documents on Monday, in fields of common interest, including "
                    "an agreement on mining and an MoU on tourism.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["mining"], ["tourism"]]
    facts = written("Chile and Peru signed over 20 agreements on Monday, in areas of mutual interest, including:",
                    pair=PAIR, lede=LEDE)
    assert _fields(facts) == [[]]  # no `than`, `over`, `mutual interest` nor `including`


def test_two_nouns_before_the_cooperation_they_share_are_one_field() -> None:
    entries = _entries(article("r21_agreements_2_businessline.txt"))
    assert ("mou", ["gem and jewellery cooperation"], "2024-03-05", "New Delhi", "signed") in entries
    assert not any(domains == ["gem"] for _, domains, _, _, _ in entries)
    facts = written("Chile and Peru signed an MoU on agriculture and fisheries cooperation, and an agreement on tourism.",
                    pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["agriculture and fisheries cooperation"], ["tourism"]]
    # an adjective's field stands alone, two items stay two, and a count of two says there are two fields
    facts = written("Chile and Peru signed agreements on trade and economic cooperation.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["trade"], ["economic cooperation"]]
    facts = written("Chile and Peru signed MoUs on tourism and on cooperation between their diplomatic academies.",
                    pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["tourism"], ["cooperation between their diplomatic academies"]]
    facts = written("Chile and Peru signed two MoUs on mining and fisheries cooperation.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["mining"], ["fisheries cooperation"]]


def test_a_currency_swap_line_is_an_instrument() -> None:
    entries = _entries(article("r21_agreements_4_brecorder.txt"))
    assert entries[0] == ("agreement", ["currency swap line"], "2023-02-20", "Tashkent", "signed")
    facts = written("The central banks of Chile and Peru signed a currency swap line worth $2 billion.", pair=PAIR,
                    lede=LEDE)
    assert _entries(facts) == [("agreement", ["currency swap line"], "2025-03-10", "Lima", "signed")]
    facts = written("Chile and Peru extended a bilateral currency swap facility for three more years.", pair=PAIR,
                    lede=LEDE)
    assert [(kind, domains, status) for kind, domains, _, _, status in _entries(facts)] == \
        [("agreement", ["currency swap facility"], "signed")]
    facts = written("Chile and Peru agreed to swap lines of credit.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    assert _entries(article("r21_agreements_3_fijitimes.txt"))[-1][1] != ["currency swap line"]  # only explored


def test_an_instrument_initialled_after_others_signed_is_still_to_be_signed() -> None:
    entries = _entries(article("r21_agreements_2_businessline.txt"))
    assert [(domains, status) for kind, domains, _, _, status in entries if kind == "agreement"] == [
        (["customs cooperation"], "signed"), (["air services"], "planned")]
    assert [status for kind, _, _, _, status in entries if kind == "mou"] == ["signed"] * 4
    entries = _entries(article("r21_agreements_4_brecorder.txt"))
    assert [(kind, domains, status) for kind, domains, _, _, status in entries[1:]] == [
        ("mou", ["agriculture and livestock cooperation"], "signed"), ("agreement", ["transit trade"], "planned")]
    facts = written("Chile and Peru signed three MoUs on mining, energy and health and initialled an air services "
                    "agreement.", pair=PAIR, lede=LEDE)
    assert [(domains, status) for _, domains, _, _, status in _entries(facts)] == [
        (["mining"], "signed"), (["energy"], "signed"), (["health"], "signed"), (["air services"], "planned")]
    facts = written("Chile and Peru initialled a fisheries agreement and signed an MoU on mining.", pair=PAIR, lede=LEDE)
    assert [(domains, status) for _, domains, _, _, status in _entries(facts)] == [
        (["fisheries"], "planned"), (["mining"], "signed")]


def test_an_exchange_of_notes_is_an_instrument() -> None:
    entries = _entries(article("r21_agreements_3_fijitimes.txt"))
    assert entries[0] == ("agreement", ["provide two patrol boats"], "2025-08-13", "Suva", "signed")
    assert entries[1][0] == "agreement" and entries[1][2:] == ("2023", None, "signed")
    facts = written("Chile and Peru signed an exchange of notes under which Chile will supply Peru with two rescue "
                    "vessels.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["supply Peru with two rescue vessels"], "2025-03-10", "Lima", "signed")]
    facts = written("Chile and Peru completed the exchange of notes on the entry into force of their fisheries treaty.",
                    pair=PAIR, lede=LEDE)
    assert not any("note" in a.name for a in facts.agreements)


def test_the_town_a_signing_is_told_in_later_is_the_instruments_not_the_datelines() -> None:
    assert [a.place for a in article("r17_dates_2_monitor.txt").agreements if a.kind == "mou"] == ["Entebbe"]
    facts = written("The two sides signed a currency swap line worth $2 billion. The arrangement was signed by the "
                    "two central bank governors in Arica.", pair=PAIR,
                    lede="LIMA, March 10 (Reuters) - Chile and Peru held talks on Monday.")
    assert [(a.domains, a.place) for a in facts.agreements] == [(["currency swap line"], "Arica")]


def test_a_work_named_by_a_verbal_noun_is_one_field() -> None:
    assert [a.domains for a in article("r17_dates_2_monitor.txt").agreements if a.kind == "mou"] == [
        ["sharing of hydrological data on the Nile"]]
    assert ["sharing of hydrological data on the Brahmaputra river"] in \
        [a.domains for a in article("e_dailystar_bangladesh_china.txt").agreements]
    facts = written("Chile and Peru signed an MoU on the sharing of hydrological data on the Rimac river basin.",
                    pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["sharing of hydrological data on the Rimac river basin"]]


def test_counted_instruments_of_cooperation_are_instruments() -> None:
    entries = _entries(article("r21_agreements_5_mercopress.txt"))
    assert [domains for _, domains, _, _, _ in entries[:3]] == [["energy"], ["river navigation"], ["health"]]
    assert {(date, place, status) for _, _, date, place, status in entries[:3]} == \
        {("2023-09-13", "Montevideo", "signed")}
    facts = written("Chile and Peru signed 12 cooperation instruments on mining, fisheries and tourism.", pair=PAIR,
                    lede=LEDE)
    assert _fields(facts) == [["mining"], ["fisheries"], ["tourism"]]
    facts = written("Chile and Peru exchanged instruments of ratification of their treaty on fisheries.", pair=PAIR,
                    lede=LEDE)
    assert [a.name for a in facts.agreements] == ["Chile–Peru treaty on fisheries"]


def test_an_instrument_told_signed_before_whom_it_is_between_has_its_field() -> None:
    entries = _entries(article("r21_agreements_5_mercopress.txt"))
    assert ("mou", ["river logistics"], "2023-09-13", "Montevideo", "signed") in entries
    facts = written("A memorandum of understanding was signed between Chile's Ministry of Energy and Peru's Ministry "
                    "of Energy and Mines on green hydrogen.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["green hydrogen"]]


def test_the_amount_of_what_an_instrument_is_to_build_is_no_word_of_its_field() -> None:
    entries = _entries(article("r21_agreements_5_mercopress.txt"))
    assert entries[-1][:2] == ("agreement", ["bridge"])
    facts = written("Chile and Peru signed a deal to build a $1 billion refinery.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["refinery"]]
    facts = written("Chile and Peru signed an agreement to set up a 300-megawatt solar plant.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["solar plant"]]


def test_the_sidelines_of_a_gathering_are_no_field() -> None:
    facts = written("Chile and Peru signed an MoU on energy on the sidelines of the APEC summit.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["energy"]]
    facts = written("Chile and Peru signed the agreement on the margins of the Pacific Alliance summit.", pair=PAIR,
                    lede=LEDE)
    assert _fields(facts) == [[]]


def test_the_year_an_instrument_was_renewed_is_its_date() -> None:
    assert [a.date for a in article("r13_cleaning_2_theafricareport.txt").agreements if a.domains == ["fishing"]] == \
        ["2021"]
    facts = written("Chile and Peru renewed their fisheries agreement in 2019.", pair=PAIR, lede=LEDE)
    assert [(a.domains, a.date, a.status) for a in facts.agreements] == [(["fisheries"], "2019", "signed")]


def test_fields_listed_after_spanning_are_the_instruments() -> None:
    facts = written("The two sides inked 10 pacts spanning defence, energy and digital payments.", pair=PAIR, lede=LEDE)
    assert _fields(facts) == [["defence"], ["energy"], ["digital payments"]]
