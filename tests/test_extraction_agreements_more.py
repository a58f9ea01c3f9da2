"""More ways of writing agreements that used to be missed or misread: instruments of two kinds sharing one list of
fields, an acronym in parentheses after an instrument, a field introduced by `the field of`, a leading article
before a field, a declaration of intent, names of bodies with `and`/`of`/`on`, a council established at the talks,
a protocol signed, a visit to a city, instruments without a field signed apart, the bodies an instrument is between,
and the town of the lede's talks (articles x_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.article_reader import RawArticle
from bot.core.extract import extract


def test_instruments_of_two_kinds_share_the_list_after_them() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert [d for a in facts.agreements if a.kind != "council" for d in a.domains] == [
        "defence", "Islamic affairs", "higher education", "trade", "media", "disaster management"]
    for instruments in ("MoUs and agreements", "agreements and MoUs", "memoranda of understanding (MoUs)",
                        "agreements and memoranda of understanding",
                        "memoranda of understanding (MoUs) and agreements"):
        facts = written(f"Indonesia and Vietnam today exchanged 7 {instruments} covering energy, fisheries and "
                        "tourism.")
        assert [d for a in facts.agreements for d in a.domains] == ["energy", "fisheries", "tourism"], instruments


def test_the_field_of_is_no_part_of_a_field() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert "field of Islamic affairs" not in [d for a in facts.agreements for d in a.domains]
    for intro in ("on cooperation in the field of", "in the area of", "on cooperation in the sector of",
                  "in the fields of"):
        facts = written(f"Indonesia and Vietnam signed an MoU {intro} maritime safety.")
        assert [d for a in facts.agreements for d in a.domains] == ["maritime safety"], intro


def test_a_leading_article_is_no_part_of_a_field() -> None:
    facts = article("x_fmt_jssez.txt")
    assert [d for a in facts.agreements if a.kind == "mou" for d in a.domains] == [
        "clean energy", "Rapid Transit System (RTS) Link"]
    facts = written("Indonesia and Vietnam signed agreements on fisheries and on the Mekong Delta Rice Corridor.")
    assert [d for a in facts.agreements for d in a.domains] == ["fisheries", "Mekong Delta Rice Corridor"]


def test_a_declaration_of_intent_has_its_field() -> None:
    facts = article("x_hurriyet_turkiye_germany.txt")
    assert [(a.kind, a.domains) for a in facts.agreements] == [
        ("declaration", ["green hydrogen"]), ("agreement", ["vocational training"])]
    facts = written("Indonesia and Vietnam signed a joint declaration of intent on offshore wind.")
    assert [(a.kind, a.domains, a.status) for a in facts.agreements] == [("declaration", ["offshore wind"], "signed")]


def test_a_body_named_with_and_of_on_keeps_its_whole_name() -> None:
    facts = article("x_premiumtimes_nigeria_turkiye.txt")
    assert [(a.name, a.status) for a in facts.agreements if a.kind == "council"] == [
        ("Joint Economic and Trade Committee", "planned")]
    for name in ("Joint Committee on Economic and Trade Cooperation", "Council of Ministers of Energy",
                 "Joint Economic and Technical Commission"):
        facts = written(f"Indonesia and Vietnam agreed to establish a {name} next year.")
        assert [a.name for a in facts.agreements if a.kind == "council"] == [name], name
    facts = written("Indonesia and Vietnam agreed to set up a Joint Commission on Monday.")
    assert [a.name for a in facts.agreements if a.kind == "council"] == ["Joint Commission"]


def test_a_council_established_at_the_talks_has_their_place() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert [(a.date, a.place) for a in facts.agreements if a.kind == "council"] == [("2025-02-10", "Putrajaya")]
    text = "Jakarta, Hanoi agree on council\nMarch 12, 2025\n\nJAKARTA: Indonesia and Vietnam held talks today.\n\n" \
           "The leaders said the Joint Strategic Council they established today would meet yearly."
    facts = extract(RawArticle(id="written", text=text), ("Indonesia", "Vietnam"))
    assert [(a.kind, a.place) for a in facts.agreements] == [("council", "Jakarta")]
    facts = written("The Joint Strategic Council, which they established in 2019, will meet in June.")
    assert [(a.kind, a.place) for a in facts.agreements] == [("council", None)]


def test_a_signed_protocol_is_an_instrument() -> None:
    facts = article("x_aa_bolat_zafrul.txt")
    protocols = [a for a in facts.agreements if a.kind == "agreement"]
    assert [(a.name, a.status, a.parties) for a in protocols] == [
        ("Malaysia–Türkiye protocol of the Joint Economic Commission", "signed", ["Malaysia", "Türkiye"])]
    facts = written("The free trade agreement took effect in 2020. The ministers signed the protocol of the "
                    "Joint Trade Committee on Monday.")
    assert [(a.kind, a.status) for a in facts.agreements] == [("fta", "in_force"), ("agreement", "signed")]
    for etiquette in ("In line with diplomatic protocol, the leaders signed the visitors' book.",
                      "The ministers signed the guest book, as protocol requires.",
                      "A breach of protocol marred the signing ceremony."):
        assert written(etiquette).agreements == [], etiquette


def test_a_visit_to_a_city_places_its_instruments() -> None:
    facts = article("x_premiumtimes_nigeria_turkiye.txt")
    assert {a.place for a in facts.agreements if a.kind == "agreement"} == {"Ankara"}
    facts = written("Indonesia and Vietnam signed four agreements on fisheries during a state visit to Hanoi.")
    assert [a.place for a in facts.agreements] == ["Hanoi"]


def test_instruments_without_a_field_signed_apart_are_two() -> None:
    facts = article("x_dailysabah_turkiye_malaysia_defence.txt")
    assert [(a.name, a.place) for a in facts.agreements if not a.domains] == [
        ("Malaysia–Türkiye agreement", "Istanbul"), ("Malaysia–Türkiye agreements", "Kuala Lumpur")]
    facts = written("Indonesia signed an agreement with Vietnam in 2019 in Hanoi. Last year the two countries "
                    "signed two agreements in Jakarta.")
    assert [(a.date, a.place) for a in facts.agreements] == [("2019", "Hanoi"), ("2024", "Jakarta")]
    facts = written("Indonesia and Vietnam signed an agreement on Tuesday. The agreement was signed in Jakarta.")
    assert len(facts.agreements) == 1


def test_bodies_an_instrument_is_between_are_its_parties() -> None:
    facts = article("x_vietnamplus_vietnam_turkiye.txt")
    assert [a.parties for a in facts.agreements if a.kind == "agreement"] == [
        ["Vietnam Chamber of Commerce and Industry", "Foreign Economic Relations Board of Türkiye"]]
    facts = written("Indonesia and Vietnam signed an MoU on coffee trade between the Indonesia Coffee Board (ICB) and "
                    "the Vietnam Coffee and Cocoa Association (VICOFA).")
    assert [(a.parties, a.domains) for a in facts.agreements] == [
        (["Indonesia Coffee Board", "Vietnam Coffee and Cocoa Association"], ["coffee trade"])]
    facts = written("Indonesia and Vietnam signed an MoU on fisheries between Indonesia (RI) and Vietnam (VN).")
    assert [a.parties for a in facts.agreements] == [["Indonesia", "Vietnam"]]


def test_instruments_signed_at_the_talks_of_the_lede_have_their_town() -> None:
    facts = article("x_hurriyet_turkiye_germany.txt")
    assert {a.place for a in facts.agreements} == {"Berlin"}
    lede = "Indonesia and Vietnam held talks on Tuesday at a summit in Surabaya."
    facts = written("The two countries signed an agreement on fisheries.", lede=lede)
    assert [(a.date, a.place) for a in facts.agreements] == [("2025-03-11", "Surabaya")]
    lede = "President Prabowo received the Vietnamese president at Merdeka Palace on Tuesday."
    facts = written("The two countries signed an agreement on fisheries.", lede=lede)
    assert [(a.date, a.place) for a in facts.agreements] == [("2025-03-11", None)]
