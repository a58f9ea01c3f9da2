"""Agreements, round 56: an instrument told `proposed` is not yet signed (planned), and one that is only discussed in
its own clause (`A proposed memorandum on X was discussed with officials`) is no instrument; a side that only
`wants to negotiate` an instrument states an intent; two firms told by demonym and trade (`Ghanaian cocoa processor
X signed a contract with Turkish machinery maker Y to supply Z`) are the parties of their contract, whose field is
what it supplies (short texts of other pairs)."""
from __future__ import annotations

from extraction_support import written

PERU = ("Peru", "South Korea")
PERU_LEDE = "LIMA, 12 March 2025 – Peru and South Korea held talks in Lima on Monday."
GHANA = ("Ghana", "Türkiye")
GHANA_LEDE = "ACCRA, 12 March 2025 – Ghana and Türkiye held talks in Accra on Monday."


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str]]:
    return [(a.kind, a.domains, a.status) for a in written(body, pair, lede).agreements]


def test_a_proposed_instrument_only_discussed_is_none() -> None:
    body = ("A proposed memorandum of understanding on seasonal workers, under which Peru hopes to send more nurses "
            "to Korea, was discussed with officials of the labour ministry, but no date has been set for its signing.")
    assert _entries(body, PERU, PERU_LEDE) == []
    body = "The proposed Agreement on Fisheries Cooperation was also discussed by the two delegations."
    assert _entries(body, PERU, PERU_LEDE) == []


def test_a_proposed_instrument_is_planned_unless_signed() -> None:
    body = "A proposed MoU on tourism, which would open direct flights, has no date yet for its signing."
    assert _entries(body, PERU, PERU_LEDE) == [("mou", ["tourism"], "planned")]
    # signed right before it, or told signed in its own clause after it, it is signed
    body = "The two ministers signed the proposed treaty on extradition on Monday."
    assert _entries(body, PERU, PERU_LEDE) == [("agreement", ["extradition"], "signed")]
    body = "A proposed Memorandum of Cooperation on mining was finally signed on Monday."
    assert _entries(body, PERU, PERU_LEDE) == [("mou", ["mining"], "signed")]


def test_an_instrument_a_side_only_wants_to_negotiate_is_an_intent() -> None:
    body = ("Peru's trade minister said the government also wants to negotiate a protocol on phytosanitary rules for "
            "Peruvian blueberries and grapes.")
    assert _entries(body, PERU, PERU_LEDE) == []
    assert _entries("Korea would like to negotiate an agreement on fisheries.", PERU, PERU_LEDE) == []
    # one the two plan to negotiate stays planned
    assert _entries("The two sides plan to negotiate a treaty on extradition.", PERU, PERU_LEDE) == [
        ("agreement", ["extradition"], "planned")]


def test_firms_told_by_demonym_and_trade_are_their_contracts_parties() -> None:
    body = ("Separately, Ghanaian cocoa processor Niche Cocoa signed a $45 million contract with Turkish machinery "
            "maker Ekol Makina to supply grinding equipment for its plant in Tema, the companies said on Thursday.")
    found = written(body, GHANA, GHANA_LEDE).agreements
    assert [(a.kind, a.domains, a.parties) for a in found] == [
        ("contract", ["grinding equipment"], ["Niche Cocoa", "Ekol Makina"])]


def test_a_firm_signing_with_a_state_body_keeps_the_pair() -> None:
    # the other side named by its country's name, not a demonym and trade: no firms' pair
    body = "Turkish builder Yapi Merkezi signed a contract with Ghana Railway on Tuesday to build a rail link."
    found = written(body, GHANA, GHANA_LEDE).agreements
    assert [(a.kind, a.domains, a.parties) for a in found] == [("contract", ["rail link"], ["Ghana", "Türkiye"])]
    # a demonym before a ministry is no firm
    # a demonym before officials who tell of their government or capital signing: no firm signs
    for signer in ("the government", "Ankara"):
        body = (f"Turkish officials said {signer} signed a contract with Ghanaian state agency Cocobod to supply "
                "fertiliser.")
        assert [a.parties for a in written(body, GHANA, GHANA_LEDE).agreements] == [["Ghana", "Türkiye"]]
