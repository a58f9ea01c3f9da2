"""Forgiving argument parsing shared by the commands: years, months, dates and ranges, and the rest.

`2025`, `nov 2025`, `November 2025`, `2025-11`, `19 Nov 2025`, `2019..2025`, `feb 2025 to jan 2026`,
`2019-2025`: each becomes a half-open range of `sort_date` strings; what is left are keywords.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.core.dates import MONTHS
from handlers.formatting import date_label

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_DATE = (rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?,?\s+{_YEAR}"
         rf"|{_YEAR}-\d{{1,2}}(?:-\d{{1,2}})?|{_YEAR}|(?:{_MONTH})\.?)")
_RANGE = re.compile(rf"(?<![\w-])(?P<a>{_DATE})\s*(?:\.\.+|–|—|-|\bto\b|\buntil\b)\s*(?P<b>{_DATE})(?![\w-])", re.I)
_SINGLE = re.compile(rf"(?<![\w-])(?P<a>{_DATE})(?![\w-])", re.I)


class ArgumentError(ValueError):
    """An argument that cannot mean anything; the message says why."""


@dataclass(frozen=True)
class DateRange:
    """`since <= sort_date < before`, with a label for titles (`2025`, `Nov 2025`, `2019–2025`)."""

    since: str
    before: str
    label: str


@dataclass
class When:
    """A request's date filter and the words left over."""

    range: DateRange | None = None
    month_only: int | None = None  # `/timeline nov`: the newest November with something in it
    words: list[str] = field(default_factory=list)


def _parse_date(text: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of one date phrase; a month alone gives year 0."""
    text = text.lower().replace(",", " ").replace(".", " ").strip()
    iso = re.fullmatch(rf"({_YEAR})(?:-(\d{{1,2}}))?(?:-(\d{{1,2}}))?", text)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        return (year or 0), month, day
    words = text.split()
    day = int(words.pop(0)) if words and words[0].isdigit() and len(words[0]) <= 2 else None
    month = MONTHS.get(words[0]) if words else None
    year = int(words[1]) if len(words) > 1 else 0
    return (year, month, day) if month else None


def _check(year: int, month: int | None, day: int | None, text: str) -> None:
    try:
        date(year or 2000, month or 1, day or 1)
    except ValueError:
        raise ArgumentError(f"{text!r} is not a date.") from None


def _iso(year: int, month: int | None, day: int | None) -> str:
    if day and month:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _after(year: int, month: int | None, day: int | None) -> str:
    """The first sort_date after the whole of a date at its own precision."""
    if day and month:
        return (date(year, month, day) + timedelta(days=1)).isoformat()
    if month:
        return f"{year + (month == 12):04d}-{month % 12 + 1:02d}"
    return f"{year + 1:04d}"


def date_range(start: tuple[int, int | None, int | None], end: tuple[int, int | None, int | None]) -> DateRange:
    since, before = _iso(*start), _after(*end)
    if since >= before:
        raise ArgumentError(f"The range {date_label(since)}..{date_label(_iso(*end))} ends before it starts.")
    label = date_label(since) if start == end else f"{date_label(since)}–{date_label(_iso(*end))}"
    return DateRange(since=since, before=before, label=label)


def parse_when(args: list[str]) -> When:
    """Split arguments into a date filter (a date, a range, or a month alone) and keywords."""
    text = " ".join(args)
    found = _RANGE.search(text)
    if found:
        start, end = _parse_date(found.group("a")), _parse_date(found.group("b"))
        if start is None or end is None or not end[0]:
            raise ArgumentError(f"{found.group(0)!r} is not a range; write it like 2019..2025 or feb 2025..jan 2026.")
        if not start[0]:
            start = (end[0], start[1], start[2])
        _check(*start, found.group("a"))
        _check(*end, found.group("b"))
        rest = text[:found.start()] + " " + text[found.end():]
        return When(range=date_range(start, end), words=rest.split())
    found = _SINGLE.search(text)
    if not found:
        return When(words=args)
    parts = _parse_date(found.group("a"))
    rest = (text[:found.start()] + " " + text[found.end():]).split()
    if parts is None:
        return When(words=args)
    _check(*parts, found.group("a"))
    if not parts[0]:
        return When(month_only=parts[1], words=rest)
    return When(range=date_range(parts, parts), words=rest)


def month_range(year_month: str) -> DateRange:
    """`2025-11` as a range (for a month given alone, once its newest year is known)."""
    year, month = int(year_month[:4]), int(year_month[5:7])
    return date_range((year, month, None), (year, month, None))
