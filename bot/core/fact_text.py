"""How money, periods and dates are written for people, the same in every answer and in the digest."""
from __future__ import annotations

from datetime import date

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
CURRENCY_PREFIXES = {"MYR": "RM"}


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
