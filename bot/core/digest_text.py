"""One line of plain text per fact, for the digest: amounts, periods and dates as people write them."""
from __future__ import annotations

from bot.core.fact_text import date_label, period_label
from bot.core.fact_text import money as amount
from bot.core.facts import Agreement, Event, TradeFigure

METRICS = {"total_trade": "Total trade", "exports": "Exports", "imports": "Imports",
           "investment": "Investment", "target": "Trade target"}
KINDS = {"mou": "MoU", "fta": "FTA", "council": "Council", "agreement": "Agreement",
         "declaration": "Declaration", "contract": "Contract"}


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
