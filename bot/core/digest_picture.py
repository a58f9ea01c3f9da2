"""The digest's judgement calls: which figures contradict each other, the latest figure against the target,
and the next known date."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from bot.core.digest_text import METRICS, agreement_line, amount, date_label, event_line, period_label, trade_line
from bot.core.facts import Agreement, Event, TradeFigure
from bot.reply import Citation, Item
from bot.store import StoredFact

CONTRADICTION = 0.005  # two figures for the same metric and period further apart than rounding


@dataclass(frozen=True)
class Target:
    """The newest target, with its year taken from an older report of the same amount when it lacks one."""

    fact: TradeFigure
    citations: tuple[Citation, ...]


def _newest(citations: tuple[Citation, ...]) -> str:
    return max((c.published or "" for c in citations), default="")


def contradictions(figures: list[StoredFact], changed: set[int]) -> list[Item]:
    """Figures for the same metric, period and currency whose values differ, where one is new."""
    groups: dict[tuple[str, str | None, str], list[StoredFact]] = defaultdict(list)
    for figure in figures:
        groups[(figure.fact.metric, figure.fact.period, figure.fact.currency)].append(figure)
    items = []
    for (metric, period, currency), group in groups.items():
        values = [f.fact.value for f in group]
        if len(group) < 2 or not any(f.id in changed for f in group):
            continue
        if (max(values) - min(values)) <= CONTRADICTION * max(abs(v) for v in values):
            continue
        group.sort(key=lambda f: _newest(f.citations), reverse=True)
        versions = " vs ".join(
            f"{amount(f.fact.value, currency)} ({'; '.join(c.label() for c in f.citations)})" for f in group)
        items.append(Item(text=f"{METRICS.get(metric, metric)} ({period_label(period)}): sources disagree: {versions}",
                          citations=tuple(c for f in group for c in f.citations)))
    return items


def _period_end(figure: TradeFigure) -> str:
    end = (figure.period or "").split("/")[-1]
    return f"{end}-12" if len(end) == 4 else end


def _latest_target(figures: list[StoredFact]) -> Target | None:
    targets = sorted((f for f in figures if f.fact.metric == "target"), key=lambda f: _newest(f.citations),
                     reverse=True)
    if not targets:
        return None
    newest = targets[0]
    same = [f for f in targets if (f.fact.value, f.fact.currency) == (newest.fact.value, newest.fact.currency)]
    period = next((f.fact.period for f in same if f.fact.period), None)
    return Target(newest.fact.model_copy(update={"period": period}),
                  tuple(dict.fromkeys(c for f in same for c in f.citations)))


def trade_picture(figures: list[StoredFact]) -> Item | None:
    """The latest trade figure, measured against the latest target when their currencies agree."""
    target = _latest_target(figures)
    totals = [f for f in figures if f.fact.metric == "total_trade"]
    if not totals:
        return Item(text=f"Target: {trade_line(target.fact)}", citations=target.citations) if target else None
    currency = target.fact.currency if target else None
    latest = max(totals, key=lambda f: (_period_end(f.fact), f.fact.currency == currency, _newest(f.citations)))
    figure = latest.fact
    text = f"Latest trade figure: {amount(figure.value, figure.currency)} ({period_label(figure.period)})"
    if target is None:
        return Item(text=text, citations=latest.citations)
    goal = amount(target.fact.value, target.fact.currency) + " target"
    goal += f" for {period_label(target.fact.period)}" if target.fact.period else ""
    if latest.fact.currency == target.fact.currency and target.fact.value:
        text += f", {latest.fact.value / target.fact.value:.0%} of the {goal}"
    else:
        text += f"; the {goal} is in another currency"
    return Item(text=text, citations=tuple(dict.fromkeys(latest.citations + target.citations)))


def next_date(events: list[StoredFact], agreements: list[StoredFact], today: date) -> Item | None:
    """The earliest dated event or planned agreement not yet past, at the precision it is known."""
    iso = today.isoformat()
    upcoming: list[tuple[str, str, StoredFact]] = []
    for fact in events:
        if isinstance(fact.fact, Event) and fact.fact.date >= iso[: len(fact.fact.date)]:
            upcoming.append((fact.fact.date, event_line(fact.fact), fact))
    for fact in agreements:
        when = fact.fact.date if isinstance(fact.fact, Agreement) else None
        if when and fact.fact.status == "planned" and when >= iso[: len(when)]:
            upcoming.append((when, f"{date_label(when)}: {agreement_line(fact.fact)}", fact))
    if not upcoming:
        return None
    _when, text, fact = min(upcoming, key=lambda entry: entry[0])
    return Item(text=f"Next: {text}", citations=fact.citations)
