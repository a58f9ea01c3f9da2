"""The commands end to end on the seeds as the real extractor reads them (the `parts` fixture):
the gold facts a user asks for first must be there, cited."""
from __future__ import annotations

from bot.bootstrap import Parts
from bot.registry import dispatch


def texts(parts: Parts, request: str) -> list[str]:
    return [item.text for item in dispatch(request, parts.store).items]


def test_trade_on_extracted_seeds(parts: Parts) -> None:
    found = texts(parts, "/trade")
    for expected in ("Jan–Nov 2025: total trade RM21.2 billion", "Jan–Nov 2025: total trade USD 4.92 billion",
                     "2024: total trade RM24.15 billion"):
        assert expected in found
    assert any(t.startswith("USD 10 billion by 2026; the latest USD figure, USD 4.92 billion (Jan–Nov 2025), "
                            "is 50.8% below it") for t in found)


def test_agreements_on_extracted_seeds(parts: Parts) -> None:
    reply = dispatch("/agreements", parts.store)
    ankara = next(s for s in reply.sections if s.title == "7 Jan 2026, Ankara")
    joined = " ".join(i.text.lower() for i in ankara.items)
    for field in ("higher education", "investment", "export financing", "research", "shipbuilding",
                  "information and communication technologies"):
        assert field in joined
    assert all(item.citations for item in ankara.items)
    assert reply.sections[-1].title.startswith("Undated")


def test_timeline_on_extracted_seeds(parts: Parts) -> None:
    found = texts(parts, "/timeline")
    dates = [t.split(":")[0] for t in found]
    assert "7 Jan 2026, Ankara" in dates and "19 Nov 2025, Kuala Lumpur" in dates
    assert any(d.startswith("Feb 2025") for d in dates)
    assert dates.index("19 Nov 2025, Kuala Lumpur") < dates.index("7 Jan 2026, Ankara")


def test_who_and_search_on_extracted_seeds(parts: Parts) -> None:
    assert dispatch("/who Erdogn", parts.store).title.startswith("Recep Tayyip Erdoğan")
    assert dispatch("/search shipbuliding", parts.store).items
