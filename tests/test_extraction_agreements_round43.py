"""Agreements, round 43: one instrument named in the singular on several fields is one entry with all of them
(`a memorandum on X and Y`), while instruments in the plural are one per field; a list cut before a clause after it
(`..., customs cooperation and traditional medicine, according to a statement`) keeps its last item apart; relations
told to rest on an instrument (`Relations are anchored in the 2003 Treaty of ...`) make it one in force, dated by its
year; an instrument binding a side to supply a quantity of goods is on the goods' supply, not on words cut inside the
amount (short texts of other pairs)."""
from __future__ import annotations

from extraction_support import agreement_fields, written

PAIR = ("Chile", "South Korea")
LEDE = "Chile and South Korea held talks in Santiago on Tuesday."  # the story is of Wednesday 12 March 2025


def _fields(body: str) -> list[tuple[str, list[str]]]:
    return agreement_fields(body, PAIR, LEDE)


def _entries(body: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, PAIR, LEDE).agreements]


def test_one_instrument_in_the_singular_on_two_fields_is_one_entry() -> None:
    assert _fields("The ministers signed a memorandum of cooperation on green hydrogen and critical mineral "
                   "processing.") == [("mou", ["green hydrogen", "critical mineral processing"])]
    assert _fields("The two sides signed an agreement on fisheries, forestry and tourism.") == [
        ("agreement", ["fisheries", "forestry", "tourism"])]
    # instruments in the plural are one per field
    assert _fields("The ministers signed memoranda of understanding on green hydrogen and critical mineral "
                   "processing.") == [("mou", ["green hydrogen"]), ("mou", ["critical mineral processing"])]
    assert _fields("The two sides signed agreements on fisheries, forestry and tourism.") == [
        ("agreement", ["fisheries"]), ("agreement", ["forestry"]), ("agreement", ["tourism"])]
    # fields a singular instrument shares with plural ones told with it are spread over them all
    assert _fields("The two sides exchanged three memoranda of understanding and one agreement covering fisheries, "
                   "forestry, tourism and customs.") == [("agreement", ["fisheries"]), ("agreement", ["forestry"]),
                                                          ("agreement", ["tourism"]), ("agreement", ["customs"])]
    # each instrument of a list in the singular is its own entry
    assert _fields("The ministers signed an MoU on mining and an agreement on fisheries and tourism.") == [
        ("mou", ["mining"]), ("agreement", ["fisheries", "tourism"])]


def test_a_list_cut_before_a_clause_after_it_keeps_its_last_item_apart() -> None:
    assert _fields("The two ministers signed memoranda of understanding on green hydrogen, customs cooperation and "
                   "space research, according to a statement released after the meeting.") == [
        ("mou", ["green hydrogen"]), ("mou", ["customs cooperation"]), ("mou", ["space research"])]
    # a counted list's item that is two joined by `and` still stays one
    assert _fields("The ministers signed three agreements on mining, youth and sports and culture, officials "
                   "said.") == [("agreement", ["mining"]), ("agreement", ["youth and sports"]), ("agreement", ["culture"])]


def test_relations_resting_on_an_instrument_make_it_in_force() -> None:
    assert _entries("Relations are anchored in the 1982 Treaty of Amity, Commerce and Navigation.") == [
        ("agreement", ["Amity, Commerce and Navigation"], "in_force", "1982")]
    assert _entries("Bilateral ties are based on a 1996 agreement on fisheries.") == [
        ("agreement", ["fisheries"], "in_force", "1996")]
    assert _entries("Relations between the two countries rest on the Treaty of Peace and Cooperation.") == [
        ("agreement", ["Peace and Cooperation"], "in_force", None)]


def test_relations_resting_on_nothing_formal_or_on_anothers_instrument_give_none() -> None:
    assert _entries("Relations are anchored in trust and a shared history.") == []
    assert _entries("Relations between Chile and Argentina rest on the 1984 Treaty of Peace and Friendship.") == []
    # one signed is still signed on its own date
    assert _entries("Ties rest on the Treaty of Amity, signed in Seoul on 4 May 2001.") == [
        ("agreement", ["Amity"], "signed", "2001-05-04")]


def test_a_quantity_of_goods_supplied_under_an_instrument_is_the_goods_supply() -> None:
    assert _fields("Codelco and Posco signed a contract under which Chile will deliver up to 20,000 tonnes of refined "
                   "copper a year from 2026.") == [("contract", ["refined copper deliveries"])]
    assert _fields("The two sides signed an agreement under which Chile will supply South Korea with 2 million tonnes "
                   "of lithium carbonate.") == [("agreement", ["lithium carbonate supply"])]
    # with no quantity of goods, what the side is to do stays the field
    assert _fields("Codelco and Posco signed a contract under which Chile would deliver refined copper to Korea "
                   "from 2027.") == [("contract", ["deliver refined copper"])]
