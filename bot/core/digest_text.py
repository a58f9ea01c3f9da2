"""One line of plain text per fact, for the digest: amounts, periods and dates as people write them."""
from __future__ import annotations

import calendar
import re

from bot.core.facts import Agreement, Event, TradeFigure

METRICS = {"total_trade": "Total trade", "exports": "Exports", "imports": "Imports",
           "investment": "Investment", "target": "Trade target"}
CURRENCY_PREFIX = {"MYR": "RM", "EUR": "€", "GBP": "£"}
KINDS = {"mou": "MoU", "fta": "FTA", "council": "Council", "agreement": "Agreement",
         "declaration": "Declaration", "contract": "Contract"}
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def amount(value: float, currency: str) -> str:
    """`RM21.2 billion`, `USD 4.92 billion`, `€350 million`."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            number = f"{value / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        number = f"{value:,.0f}"
    prefix = CURRENCY_PREFIX.get(currency)
    return f"{prefix}{number}" if prefix else f"{currency} {number}"


def month_label(text: str) -> str:
    """`2025-11` -> `Nov 2025`."""
    match = _MONTH.match(text)
    return f"{calendar.month_abbr[int(match.group(2))]} {match.group(1)}" if match else text


def period_label(period: str | None) -> str:
    """`2025-01/2025-11` -> `Jan–Nov 2025`; `2024` stays `2024`."""
    if not period:
        return "period not stated"
    start, _, end = period.partition("/")
    if not end:
        return month_label(start)
    if start[:4] == end[:4]:
        return f"{month_label(start).split()[0]}–{month_label(end)}"
    return f"{month_label(start)}–{month_label(end)}"


def date_label(value: str | None) -> str:
    """`2026-01-07` -> `7 Jan 2026`, `2026-03` -> `Mar 2026`, `2026` stays."""
    if not value:
        return "undated"
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[2])} {calendar.month_abbr[int(parts[1])]} {parts[0]}"
    return month_label(value)


def trade_line(fact: TradeFigure) -> str:
    """`Total trade RM21.2 billion (Jan–Nov 2025)`; a target reads `Trade target USD 10 billion by 2026`."""
    label = METRICS.get(fact.metric, fact.metric)
    if fact.metric == "target":
        when = f" by {period_label(fact.period)}" if fact.period else ""
        return f"{label} {amount(fact.value, fact.currency)}{when}"
    return f"{label} {amount(fact.value, fact.currency)} ({period_label(fact.period)})"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def agreement_line(fact: Agreement) -> str:
    """`MoU on higher education: signed 7 Jan 2026 in Ankara`."""
    name = fact.name if fact.name else f"{KINDS.get(fact.kind, fact.kind)} on {', '.join(fact.domains)}"
    status = fact.status.replace("_", " ")
    where = f" in {fact.place}" if fact.place else ""
    when = f" {date_label(fact.date)}" if fact.date else ""
    return f"{_capitalised(name)}: {status}{when}{where}"


def event_line(fact: Event) -> str:
    """`8 Jan 2026, Istanbul: Anwar Ibrahim holds a roundtable ...`."""
    where = f", {fact.place}" if fact.place else ""
    return one_line(f"{date_label(fact.date)}{where}: {_capitalised(fact.what)}", 220)


def one_line(text: str, limit: int = 200) -> str:
    """A summary sentence cut at a word boundary to fit one chat line."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
