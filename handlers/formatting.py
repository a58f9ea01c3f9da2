"""How commands write numbers, money, periods, dates and sources, so every answer reads the same."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.reply import Citation, Reply, error
from bot.store import StoredFact

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
CURRENCY_PREFIXES = {"MYR": "RM"}
METRIC_LABELS = {"total_trade": "total trade", "exports": "exports", "imports": "imports",
                 "investment": "investment", "target": "target"}
RANK_WORDS = {1: "largest", 2: "second-largest", 3: "third-largest", 4: "fourth-largest", 5: "fifth-largest",
              6: "sixth-largest", 7: "seventh-largest", 8: "eighth-largest", 9: "ninth-largest", 10: "tenth-largest"}
ITEM_CHARS = 300


def number(value: float) -> str:
    """At most two decimals, none when they are zero: 24.15, 21.2, 10."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def money(value: float, currency: str) -> str:
    """`RM24.15 billion`, `USD 4.92 billion`, `EUR 350 million`."""
    amount = number(value)
    for size, word in SCALES:
        if abs(value) >= size:
            amount = f"{number(value / size)} {word}"
            break
    prefix = CURRENCY_PREFIXES.get(currency)
    return f"{prefix}{amount}" if prefix else f"{currency} {amount}"


def month_name(month: int) -> str:
    return MONTH_ABBREVIATIONS[month - 1]


def date_label(iso: str | None) -> str:
    """A date at its own precision: `7 Jan 2026`, `Feb 2025`, `2025`; `undated` for none."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    try:
        if len(parts) >= 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return f"{day.day} {month_name(day.month)} {day.year}"
        if len(parts) == 2:
            return f"{month_name(int(parts[1]))} {int(parts[0])}"
        return str(int(parts[0]))
    except (ValueError, IndexError):
        return iso


def period_label(period: str | None) -> str:
    """A reporting period: `2024`, `Jan–Nov 2025`, `Jul 2024–Jun 2025`."""
    if not period:
        return "period not stated"
    if "/" not in period:
        return date_label(period)
    start, end = period.split("/", 1)
    if start[:4] == end[:4] and len(start) == len(end) == 7:
        return f"{month_name(int(start[5:7]))}–{month_name(int(end[5:7]))} {start[:4]}"
    return f"{date_label(start)}–{date_label(end)}"


def rank_words(rank: int) -> str:
    """1 -> `largest`, 3 -> `third-largest`, 12 -> `12th-largest`."""
    if rank in RANK_WORDS:
        return RANK_WORDS[rank]
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}-largest"


def shorten(text: str, limit: int = ITEM_CHARS) -> str:
    """A text cut at a word boundary with an ellipsis, so one item never floods a chat message."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:-—–")
    return cut + "…"


def publishers(citations: Iterable[Citation]) -> list[str]:
    """Distinct publisher names in citation order (the article id when the publisher is unknown)."""
    names: list[str] = []
    for citation in citations:
        name = citation.publisher or citation.article_id
        if name not in names:
            names.append(name)
    return names


def sources_line(stored: StoredFact) -> str | None:
    """`Reported by 2 sources: Anadolu Agency, Xinhua`, or None when one source reports it."""
    count = stored.sources
    if count <= 1:
        return None
    names = ", ".join(publishers(stored.citations))
    more = "" if count == len(stored.citations) else ", among others"
    return f"Reported by {count:,} sources: {names}{more}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def pair_name(pair: tuple[str, str]) -> str:
    return "–".join(pair)


def usage_error(problem: str, usage: str, *hints: str) -> Reply:
    """A bad argument: what was wrong, and how the command is used."""
    return error(problem, f"Usage: {usage}", *hints)


def more_note(shown: int, total: int | None, noun: str, narrow: str) -> str | None:
    """Says plainly when a list was cut to its newest entries, and how to narrow it."""
    if total is not None and total <= shown:
        return None
    of = f" of {total:,}" if total is not None else ""
    return f"Showing the newest {shown:,}{of} {noun}. Narrow it down, e.g. {narrow}."
