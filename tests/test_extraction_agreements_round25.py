"""Agreements, round 25: instruments opening a sentence after `Under` whose sides agree to cooperate in fields are
one entry per field (`Under the deals signed at the palace, the two countries agreed to cooperate in X, Y and Z`), and
stand for the instruments signed just before with no field (`signed two MoUs.` then `Under the MoUs, the sides will
cooperate in X and Y`); the last item of a serial list that is two joined by `and` is one field (`X, Y and youth and
sports`); a body named by what it does (`a technical committee`, `a Joint Working Group on X`, `a task force`) is a
council, its task (`to review X`, `on X`) its field; a council the sides agreed to set up is dated by the date told
before it, else the talks told a sentence or three before, else the lede's; a bloc that signs, told with its members
(`Mercosur, the trade bloc founded by A, B, C and D, signed`), is the party, not the pair among its members; `the
new avocado protocol` after a `protocol on avocado exports` is that one, not another planned (articles
r25_agreements_1_aa.txt, r25_agreements_2_nation.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.facts import ArticleFacts

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025


def _instruments(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str, str | None]]:
    return [(a.kind, a.domains, a.date, a.status, a.place) for a in facts.agreements if a.kind != "council"]


def _councils(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str, str | None]]:
    return [(a.name, a.domains, a.date, a.status, a.place) for a in facts.agreements if a.kind == "council"]


def test_fields_the_sides_cooperate_in_under_the_deals_are_entries() -> None:
    facts = article("r25_agreements_1_aa.txt")
    assert _instruments(facts) == [
        ("agreement", ["renewable energy"], "2024-10-09", "signed", "Tashkent"),
        ("agreement", ["rail logistics"], "2024-10-09", "signed", "Tashkent"),
        ("agreement", ["culture and tourism"], "2024-10-09", "signed", "Tashkent"),
        ("agreement", ["cotton exports"], "2024-10-09", "signed", "Tashkent")]
    facts = written("Under the agreements signed at the presidential palace, the two countries agreed to cooperate in "
                    "lithium mining, fisheries and higher education.", pair=PAIR, lede=LEDE)
    assert [(kind, domains, status) for kind, domains, _, status, _ in _instruments(facts)] == [
        ("agreement", ["lithium mining"], "signed"), ("agreement", ["fisheries"], "signed"),
        ("agreement", ["higher education"], "signed")]


def test_under_the_instruments_signed_before_they_take_their_signing() -> None:
    facts = written("Chile and Peru signed two MoUs in Lima on Monday. Under the MoUs, the sides will cooperate in "
                    "mining and tourism.", pair=PAIR, lede=LEDE)
    assert _instruments(facts) == [("mou", ["mining"], "2025-03-10", "signed", "Lima"),
                                   ("mou", ["tourism"], "2025-03-10", "signed", "Lima")]
    # what one side does under them is no field of theirs
    facts = written("Chile and Peru signed two MoUs in Lima on Monday. Under these MoUs, Chile will provide the "
                    "equipment and Peru the training.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _instruments(facts)] == [[]]


def test_the_new_instrument_named_by_its_field_is_the_one_signed_before() -> None:
    facts = article("r25_agreements_1_aa.txt")  # `the new cotton protocol` after `a protocol on cotton exports`
    assert [a.status for a in facts.agreements if "cotton" in a.name] == ["signed"]
    facts = written("Chile and Peru signed a protocol on avocado exports on Monday. Peru's exports are far below its "
                    "imports, a gap Boric said the new avocado protocol would help to narrow.", pair=PAIR, lede=LEDE)
    assert _instruments(facts) == [("agreement", ["avocado exports"], "2025-03-10", "signed", "Lima")]
    # a new one of another field is its own
    facts = written("Chile and Peru signed a protocol on avocado exports on Monday. They plan to sign a new fisheries "
                    "protocol in May.", pair=PAIR, lede=LEDE)
    assert [(domains, status) for _, domains, _, status, _ in _instruments(facts)] == [
        (["avocado exports"], "signed"), (["fisheries"], "planned")]


def test_the_last_item_of_a_serial_list_may_be_two_joined() -> None:
    facts = written("Chile and Peru signed MoUs on mining, fisheries, and arts and crafts on Monday.", pair=PAIR,
                    lede=LEDE)
    assert [domains for _, domains, _, _, _ in _instruments(facts)] == [["mining"], ["fisheries"], ["arts and crafts"]]
    # without a comma there is no serial list to read it from
    facts = written("Chile and Peru signed MoUs on mining and fisheries and tourism on Monday.", pair=PAIR, lede=LEDE)
    assert [domains for _, domains, _, _, _ in _instruments(facts)] == [["mining"], ["fisheries"], ["tourism"]]


def test_a_body_named_by_what_it_does_is_a_council_with_its_task() -> None:
    assert _councils(article("r25_agreements_1_aa.txt")) == [
        ("Joint Working Group on Critical Minerals", ["critical minerals"], "2024-10-09", "planned", "Tashkent")]
    assert _councils(article("r25_agreements_2_nation.txt")) == [
        ("technical committee on border restrictions", ["border restrictions"], "2019-03-14", "planned", "Kigali")]
    facts = written("They agreed to form an expert group to study the border dispute and a task force on smuggling.",
                    pair=PAIR, lede=LEDE)
    assert [(name, domains, status) for name, domains, _, status, _ in _councils(facts)] == [
        ("expert group on border dispute", ["border dispute"], "planned"),
        ("task force on smuggling", ["smuggling"], "planned")]
    # one told only by what it said, or the words `in force` and `group` alone, are none
    facts = written("A technical committee of the ministry said the port was ready. The group of investors said the "
                    "rules in force were clear.", pair=PAIR, lede=LEDE)
    assert _councils(facts) == []


def test_a_council_agreed_on_is_dated_by_its_talks() -> None:
    facts = written("Chile and Peru agreed to set up a joint working group on fisheries within 30 days.", pair=PAIR,
                    lede=LEDE)
    assert _councils(facts) == [("joint working group on fisheries", ["fisheries"], "2025-03-10", "planned", "Lima")]
    facts = written("In 2019 Chile and Peru agreed to set up a joint working group on fisheries.", pair=PAIR,
                    lede=LEDE)
    assert [date for _, _, date, _, _ in _councils(facts)] == ["2019"]
    # one they will set up some day has no day of its own
    facts = written("Chile and Peru will set up a joint working group on fisheries.", pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _, _ in _councils(facts)] == [None]


def test_a_bloc_that_signs_is_the_party_not_the_pair() -> None:
    facts = article("r25_agreements_1_aa.txt")
    assert not [a for a in facts.agreements if "transport" in a.quote]
    facts = written("The Andean Community, the bloc founded by Chile, Peru, Bolivia and Ecuador in 1969, signed a "
                    "trade deal with the European Union in Brussels on Dec. 6, 2024.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    # a third country told of by the side of the pair's own signing takes nothing from it
    facts = written("Chile and Peru, with Bolivia as a witness, signed a fisheries deal on Monday.", pair=PAIR,
                    lede=LEDE)
    assert [domains for _, domains, _, _, _ in _instruments(facts)] == [["fisheries"]]
