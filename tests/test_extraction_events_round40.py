"""Events, round 40: a capital as the subject of hosting (`Ankara hosted the fifth meeting of the joint commission`)
is where the happening was; a body's signing of a contract with another (`a consortium led by Turkey's Kalyon signed
a contract with Kenya's Ministry of Roads`) has the two bodies as doers, not the countries owning them; a `today`
inside a quotation, in a story whose lede tells of a day before the publication's, is that day (the words were said
then), not the publication's."""
from __future__ import annotations

from extraction_support import dated_places, written

KENYA = ("Kenya", "Turkey")
NIGER = ("Nigeria", "Morocco")
NIGER_LEDE = "Nigeria and Morocco signed three agreements on Monday."  # the story is of Wednesday 12 March 2025


def _events(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.date, e.place, e.actors) for e in written(body, pair, lede).events]


def test_a_capital_hosting_the_happening_is_its_place() -> None:
    facts = written("On 10 March 2025, Ankara hosted the fifth meeting of the Kenya-Turkey Joint Economic "
                    "Commission.", KENYA, "Kenya and Turkey agreed to expand trade.")
    assert dated_places(facts) == [("2025-03-10", "Ankara")]
    facts = written("Nairobi will host the next round of talks on Friday.", KENYA,
                    "Kenya and Turkey agreed to expand trade.")
    assert dated_places(facts) == [("2025-03-14", "Nairobi")]


def test_a_place_named_with_in_and_a_non_capital_host_are_not_overridden() -> None:
    facts = written("On Monday, Ankara hosted the two delegations at talks in Istanbul.", KENYA,
                    "Kenya and Turkey agreed to expand trade.")
    assert dated_places(facts) == [("2025-03-10", "Istanbul")]
    facts = written("On Monday, Kalyon hosted a business forum for Kenyan and Turkish firms.", KENYA,
                    "Kenya and Turkey agreed to expand trade.")
    assert dated_places(facts) == [("2025-03-10", None)]


def test_bodies_that_signed_a_contract_with_each_other_are_the_doers() -> None:
    assert _events("On Tuesday, a consortium led by Turkey's Kalyon Construction signed a contract with Kenya's "
                   "Ministry of Roads and Transport to build a 60-km bypass in Nakuru.", KENYA,
                   "Kenya and Turkey agreed to expand trade.") == [
        ("2025-03-11", None, ["Kalyon Construction", "Ministry of Roads and Transport"])]
    assert _events("Safaricom on Monday signed a roaming agreement with Turkcell.", KENYA,
                   "Kenya and Turkey agreed to expand trade.")[0][2] == ["Safaricom", "Turkcell"]


def test_a_country_or_a_minister_signing_with_another_keeps_its_doers() -> None:
    assert _events("On Tuesday, Turkey signed a contract with Kenya to build a 60-km bypass.", KENYA,
                   "Kenya and Turkey agreed to expand trade.") == [("2025-03-11", None, ["Türkiye", "Kenya"])]
    assert _events("On Tuesday, Minister Mehmet Kaya signed a contract with Kenya's Ministry of Roads.", KENYA,
                   "Kenya and Turkey agreed to expand trade.")[0][2][-1] != "Ministry of Roads"


def test_a_quoted_today_is_the_day_of_the_lede_told_before_publication() -> None:
    events = _events("\"The agreements we signed today open a new chapter,\" Nigeria's foreign minister said.", NIGER,
                     NIGER_LEDE)
    assert [date for date, _, _ in events] == ["2025-03-10"]


def test_a_quoted_today_stays_the_publications_day_without_an_earlier_lede_day() -> None:
    events = _events("\"The agreements we signed today open a new chapter,\" Nigeria's foreign minister said.", NIGER,
                     "Nigeria and Morocco signed three agreements in Rabat.")
    assert [date for date, _, _ in events] == ["2025-03-12"]
    events = _events("Officials said the two ministers would sign more agreements in Abuja today.", NIGER, NIGER_LEDE)
    assert ("2025-03-12", "Abuja") in [(date, place) for date, place, _ in events]
