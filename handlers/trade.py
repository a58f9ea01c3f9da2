"""/trade [year | range | chart [currency]]: trade figures by period, newest first, as reported;
the target and how far the latest figure in its currency is from it; the rankings."""
from __future__ import annotations

from dataclasses import dataclass

from bot.core.facts import Ranking, TradeFigure
from bot.reply import Chart, Item, Reply, Request, Section
from bot.store import Store, StoredFact
from handlers.arguments import ArgumentError, DateRange, parse_when
from handlers.formatting import (
    METRIC_LABELS,
    money,
    more_note,
    pair_name,
    period_label,
    rank_words,
    sources_line,
    usage_error,
)
from handlers.paging import cite_window, page_window

USAGE = "/trade [year | from..to | chart [currency]]"
MAX_FIGURES = 60
MAX_RANKINGS = 24
MAX_TARGETS = 3
CHART_BARS = 12


@dataclass
class TradeArgs:
    range: DateRange | None = None
    chart: bool = False
    currency: str | None = None


def parse_args(args: list[str]) -> TradeArgs:
    """`2025`, `2019..2025`, `chart`, `chart usd`; anything else is an error."""
    words = [w for w in args if w.lower() != "chart"]
    parsed = TradeArgs(chart=len(words) < len(args))
    when = parse_when(words)
    if when.month_only:
        raise ArgumentError("Give a year with the month, e.g. /trade nov 2025.")
    parsed.range = when.range
    rest = when.words
    if parsed.chart and len(rest) == 1 and rest[0].isalpha() and len(rest[0]) in (2, 3):
        parsed.currency = "MYR" if rest[0].upper() == "RM" else rest[0].upper()
        rest = []
    if rest:
        raise ArgumentError(f"/trade does not understand {' '.join(rest)!r}.")
    return parsed


def handle(request: Request, store: Store) -> Reply:
    """Answer /trade."""
    try:
        args = parse_args(request.args)
    except ArgumentError as problem:
        return usage_error(str(problem), USAGE, "For example: /trade 2025, /trade chart")
    since, before = (args.range.since, args.range.before) if args.range else (None, None)
    figures = newest_first([f for f in store.newest_facts("trade_figures", MAX_FIGURES + MAX_TARGETS + 1,
                                                          since, before, cite=False) if f.fact.metric != "target"])
    targets = [t for t in store.facts_with_key_prefix("trade_figures", "target|", MAX_TARGETS * (4 if since else 1),
                                                      cite=False) if _within(t.fact.period, args.range)][:MAX_TARGETS]
    rankings = sorted(store.newest_facts("rankings", MAX_RANKINGS + 1, since, before, cite=False),
                      key=lambda r: (_descending(r.fact.year or ""), r.fact.subject, r.fact.rank))
    title = f"{pair_name(store.settings.country_pair)} trade" + (f": {args.range.label}" if args.range else "")
    if not (figures or targets or rankings):
        return _nothing(store, args)
    shown_figures, shown_rankings = figures[:MAX_FIGURES], rankings[:MAX_RANKINGS]
    window = page_window(request.page, len(shown_figures) + len(targets) + len(shown_rankings))
    shown_figures = cite_window(store, shown_figures, window)
    targets = cite_window(store, targets, window, len(shown_figures))
    shown_rankings = cite_window(store, shown_rankings, window, len(shown_figures) + len(targets))
    sections = [
        Section("Figures, newest first", tuple(figure_item(f) for f in shown_figures)),
        Section("Target", tuple(target_item(t, store if len(shown_figures) + i in window else None)
                                for i, t in enumerate(targets))),
        Section("Rankings", tuple(ranking_item(r) for r in shown_rankings)),
    ]
    notes = [n for n in (
        more_note(MAX_FIGURES, None, "figures", "/trade 2025") if len(figures) > MAX_FIGURES else None,
        more_note(MAX_RANKINGS, None, "rankings", "/trade 2024") if len(rankings) > MAX_RANKINGS else None,
    ) if n]
    chart = trade_chart(figures, targets, args.currency) if args.chart else None
    if args.chart and chart is None:
        notes.append(f"No figures in {args.currency} to chart." if args.currency else "No figures to chart.")
    return Reply(title=title, sections=tuple(s for s in sections if s.items), notes=tuple(notes), chart=chart)


def _descending(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text) + (0,)


def newest_first(figures: list[StoredFact]) -> list[StoredFact]:
    """By period end, newest first; within a period by metric, then currency (RM before USD)."""
    return sorted(figures, key=lambda f: (_descending((f.fact.period or "").split("/")[-1]),
                                          f.fact.metric, f.fact.currency))


def _within(period: str | None, when: DateRange | None) -> bool:
    if when is None:
        return True
    end = (period or "").split("/")[-1]
    return when.since <= end < when.before


def _nothing(store: Store, args: TradeArgs) -> Reply:
    if args.range and store.count_facts("trade_figures"):
        return Reply(title=f"No trade figures for {args.range.label}.", notes=("Try /trade for every period.",))
    return Reply(title="No trade figures yet.",
                 notes=("None of the indexed articles reports a trade figure. /sources lists the articles.",))


def figure_item(stored: StoredFact) -> Item:
    """`Jan–Nov 2025: total trade RM21.2 billion`."""
    figure: TradeFigure = stored.fact
    text = f"{period_label(figure.period)}: {METRIC_LABELS.get(figure.metric, figure.metric)} " \
           f"{money(figure.value, figure.currency)}"
    return Item(text=text, citations=stored.citations, detail=sources_line(stored))


def latest_in(store: Store, currency: str) -> StoredFact | None:
    """The newest total-trade figure in a currency (what a target is measured against)."""
    found = store.facts_with_key_prefix("trade_figures", f"total_trade|{currency}|", 1)
    return found[0] if found else None


def gap_text(target: TradeFigure, latest: TradeFigure) -> str:
    """`the latest USD figure, USD 4.92 billion (Jan–Nov 2025), is 50.8% below it`."""
    change = (latest.value - target.value) / target.value * 100 if target.value else 0.0
    where = "at the target" if abs(change) < 0.05 else f"{abs(change):.1f}% {'below' if change < 0 else 'above'} it"
    return (f"the latest {latest.currency} figure, {money(latest.value, latest.currency)} "
            f"({period_label(latest.period)}), is {where}")


def target_item(stored: StoredFact, store: Store | None) -> Item:
    """`USD 10 billion by 2026; the latest USD figure, USD 4.92 billion (Jan–Nov 2025), is 50.8% below it`.

    Without a store (the item is not on the page shown) only the target itself is written.
    """
    target: TradeFigure = stored.fact
    text = f"{money(target.value, target.currency)} by {period_label(target.period)}"
    if store is None:
        return Item(text=text)
    latest = latest_in(store, target.currency)
    citations = stored.citations
    if latest is None:
        text += f"; no {target.currency} figure to compare it with yet"
    else:
        text += "; " + gap_text(target, latest.fact)
        citations += tuple(c for c in latest.citations if c not in citations)
    return Item(text=text, citations=citations, detail=sources_line(stored))


def ranking_item(stored: StoredFact) -> Item:
    """`Türkiye: third-largest trading partner among West Asian countries (2024)`."""
    ranking: Ranking = stored.fact
    scope = ""
    if ranking.scope:
        among = ranking.scope.split()[-1].lower() in {"countries", "nations", "partners", "economies", "states"}
        scope = f" {'among' if among else 'in'} {ranking.scope}"
    year = f" ({ranking.year})" if ranking.year else ""
    return Item(text=f"{ranking.subject}: {rank_words(ranking.rank)} {ranking.role}{scope}{year}",
                citations=stored.citations, detail=sources_line(stored))


def trade_chart(figures: list[StoredFact], targets: list[StoredFact], currency: str | None) -> Chart | None:
    """Total trade by period in one currency (the most reported, unless asked), oldest first, with its target."""
    totals = [f for f in figures if f.fact.metric == "total_trade"] or figures
    if not currency:
        counts: dict[str, int] = {}
        for f in totals:
            counts[f.fact.currency] = counts.get(f.fact.currency, 0) + 1
        currency = max(counts, key=lambda c: counts[c]) if counts else None
    chosen = [f.fact for f in totals if f.fact.currency == currency][:CHART_BARS]
    if not chosen:
        return None
    chosen.reverse()
    labels = [period_label(f.period) for f in chosen]
    values = [f.value / 1e9 for f in chosen]
    target = next((t.fact for t in targets if t.fact.currency == currency), None)
    if target is not None:
        labels.append(f"Target {period_label(target.period)}")
        values.append(target.value / 1e9)
    unit = f"{'RM' if currency == 'MYR' else currency} billion"
    return Chart(kind="bar", title=f"Total trade ({unit})", labels=tuple(labels), values=tuple(values), unit=unit)
