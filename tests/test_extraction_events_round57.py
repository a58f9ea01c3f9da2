"""Events, round 57: a deal two firms signed that the firms themselves announced (`..., the companies said on
Thursday`), with no person nor government body named, is a commercial matter, no happening of the two countries
their demonyms name; a firm's contract with a ministry or a state-owned firm, or one a minister attends, still is."""
from __future__ import annotations

from extraction_support import written

PAIR = ("Kenya", "Turkey")
LEDE = "Kenya and Turkey signed three agreements on Monday."  # the story is of Wednesday 12 March 2025


def _events_of(body: str, words: str) -> list[tuple[str, list[str]]]:
    return [(e.date, e.actors) for e in written(body, PAIR, LEDE).events if words in e.quote]


def test_a_firms_deal_the_firms_announced_is_no_event() -> None:
    body = ("Separately, Kenyan retailer Naivas Group signed a $45 million contract with Turkish appliance maker "
            "Vestel to supply refrigerators for its stores, the companies said on Tuesday.")
    assert _events_of(body, "Vestel") == []
    body = ("Turkish textile firm Kipas and Kenyan cotton grower Rivatex signed a supply deal on Tuesday, the two "
            "firms announced.")
    assert _events_of(body, "Rivatex") == []


def test_a_firms_deal_with_a_government_side_or_unannounced_stays() -> None:
    body = ("Turkish builder Yapi Merkezi signed a $300 million contract with Kenya's Ministry of Transport on "
            "Tuesday, the companies said.")
    assert [date for date, _ in _events_of(body, "Yapi Merkezi")] == ["2025-03-11"]
    body = ("Separately, Kenyan retailer Naivas Group signed a $45 million contract with Turkish appliance maker "
            "Vestel on Tuesday to supply refrigerators for its stores.")
    assert [date for date, _ in _events_of(body, "Vestel")] == ["2025-03-11"]
