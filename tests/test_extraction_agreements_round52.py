"""Agreements, round 52: a programme named right before `, established under` an instrument gives it its subject as
field; `the new agreement` told doing something (`would give`, `will allow`) is the one signed before, no new entry;
an instrument on cooperation alone that like bodies of both sides sign is of their field (short texts of other
pairs)."""
from __future__ import annotations

from extraction_support import written


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, pair, lede).agreements]


def test_a_programme_established_under_an_mou_is_its_field() -> None:
    pair = ("Mexico", "Spain")
    lede = "The Mexican and Spanish labour ministers met in Madrid on Tuesday."
    body = ("The ministers praised the Temporary Farm Labour Programme, established under a 1974 Memorandum of "
            "Understanding between the two governments, which employed 3,000 Mexicans last year.")
    assert _entries(body, pair, lede) == [("mou", ["temporary farm labour"], "in_force", "1974")]
    # a body so founded keeps its name
    body = ("The ministers praised the Hispano-Mexican Maritime Institute, established under a 1998 agreement between "
            "the two governments.")
    assert _entries(body, pair, lede) == [("agreement", ["Hispano-Mexican Maritime Institute"], "in_force", "1998")]


def test_a_programme_not_founded_under_the_instrument_is_no_field() -> None:
    pair = ("Mexico", "Spain")
    lede = "The Mexican and Spanish labour ministers met in Madrid on Tuesday."
    body = ("The ministers praised the Temporary Farm Labour Programme, run under a 1974 Memorandum of Understanding "
            "between the two governments.")
    assert _entries(body, pair, lede) == [("mou", [], "in_force", "1974")]
    body = ("The Temporary Farm Labour Programme began in 1974, and the two governments signed a Memorandum of "
            "Understanding in 1990.")
    assert _entries(body, pair, lede) == [("mou", [], "signed", "1990")]


def test_the_new_agreement_told_doing_something_is_the_one_signed_before() -> None:
    pair = ("Kenya", "Portugal")
    lede = "Kenya and Portugal signed an Air Services Agreement in Nairobi on Monday."
    body = ("The Portuguese minister said the new agreement will allow carriers of both sides to add weekly flights.")
    assert _entries(body, pair, lede) == [("agreement", ["Air Services"], "signed", "2025-03-10")]


def test_the_new_agreement_still_to_be_signed_stays_its_own() -> None:
    pair = ("Kenya", "Portugal")
    lede = "Kenya and Portugal signed an Air Services Agreement in Nairobi on Monday."
    body = "Officials said the new agreement would be signed next year."
    assert [(kind, status) for kind, _, status, _ in _entries(body, pair, lede)] == [
        ("agreement", "signed"), ("agreement", "planned")]


def test_an_mou_on_cooperation_of_both_sides_bodies_takes_their_field() -> None:
    pair = ("Ghana", "Morocco")
    lede = "Ghana and Morocco signed an agreement on fisheries in Rabat on Thursday."
    body = "The central banks of the two countries also signed a memorandum of understanding on cooperation."
    assert _entries(body, pair, lede) == [
        ("agreement", ["fisheries"], "signed", "2025-03-06"),
        ("mou", ["central banks cooperation"], "signed", "2025-03-06")]
    body = "The two countries' national tourism agencies also inked an MoU."
    assert _entries(body, pair, lede)[1:] == [("mou", ["national tourism agencies"], "signed", "2025-03-06")]


def test_an_mou_on_cooperation_of_bodies_not_of_both_sides_or_with_a_field_keeps_its_own() -> None:
    pair = ("Ghana", "Morocco")
    lede = "Ghana and Morocco signed an agreement on fisheries in Rabat on Thursday."
    body = "The central banks of the two countries also signed a memorandum of understanding on payments."
    assert [fields for _, fields, _, _ in _entries(body, pair, lede)] == [["fisheries"], ["payments"]]
    # bodies not told as both sides' give no field
    body = "The banks also signed a memorandum of understanding on cooperation."
    assert [fields for _, fields, _, _ in _entries(body, pair, lede)] == [["fisheries"]]
