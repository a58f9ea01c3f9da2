"""/timeline [year | from..to | month | keyword | chart]: dated events in date order, each date at its
own precision, merged across sources with how many reported each and who."""
from __future__ import annotations

from bot.core.facts import Event
from bot.reply import Chart, Item, Reply, Request, Section
from bot.store import Store, StoredFact
from handlers.arguments import ArgumentError, DateRange, month_range, parse_when
from handlers.formatting import date_label, month_name, more_note, plural, shorten, sources_line, usage_error
from handlers.paging import cite_window, page_window

USAGE = "/timeline [year | from..to | month year | keyword | chart]"
MAX_EVENTS = 120


def handle(request: Request, store: Store) -> Reply:
    """Answer /timeline."""
    chart = any(a.lower() == "chart" for a in request.args)
    try:
        when = parse_when([a for a in request.args if a.lower() != "chart"])
        if when.month_only:
            newest = store.latest_month("events", when.month_only)
            if newest is None:
                return Reply(title=f"No events in {month_name(when.month_only)} of any year.",
                             notes=("Try /timeline for every event.",))
            when.range = month_range(newest)
    except ArgumentError as problem:
        return usage_error(str(problem), USAGE, "For example: /timeline 2025, /timeline nov 2025, /timeline Ankara")
    since, before = (when.range.since, when.range.before) if when.range else (None, None)
    notes: list[str] = []
    if when.words:
        events, matches = store.matching_facts("events", " ".join(when.words), MAX_EVENTS, since, before,
                                               cite=False)
        total = matches.total
        notes += [f"Showing results for {new!r} (you typed {typed!r})."
                  for typed, new in matches.words.corrections.items()]
    else:
        events = store.newest_facts("events", MAX_EVENTS, since, before, cite=False)
        total = store.count_facts("events", since, before)
    if when.words:
        corrected = matches.words.corrections
        when.words = [corrected.get(w.lower(), w) for w in when.words]
    label = ", ".join(filter(None, [when.range.label if when.range else None, " ".join(when.words) or None]))
    if not events:
        return _nothing(store, label, notes, bool(when.words))
    events.reverse()
    events = cite_window(store, events, page_window(request.page, len(events)))
    more = more_note(len(events), total, "events", "/timeline 2025 or /timeline 2019..2021")
    count = plural(total, "event") if total is not None else f"the newest {len(events):,} events"
    reply = Reply(title=f"Timeline{': ' + label if label else ''} ({count})",
                  sections=(Section(None, tuple(event_item(e) for e in events)),),
                  notes=tuple(notes + ([more] if more else [])))
    if chart:
        return _with_chart(reply, store, when.range, events if when.words else None)
    return reply


def _nothing(store: Store, label: str, notes: list[str], keyword: bool) -> Reply:
    if not store.count_facts("events"):
        return Reply(title="No events yet.",
                     notes=("None of the indexed articles reports a dated event. /sources lists the articles.",))
    return Reply(title=f"No events match {label!r}." if keyword else f"No events in {label}.",
                 notes=tuple(notes) + ("Try /timeline for every event, or /search to look through every sentence.",))


def event_item(stored: StoredFact) -> Item:
    """`7 Jan 2026, Ankara: what happened`, with the sources that report it."""
    event: Event = stored.fact
    where = f", {event.place}" if event.place else ""
    return Item(text=f"{date_label(event.date)}{where}: {shorten(event.what, 260)}",
                citations=stored.citations, detail=sources_line(stored))


def _last_year(when: DateRange) -> str:
    """The last year a range covers (`before` is exclusive: 2026 or 2026-01 end in 2025)."""
    year = int(when.before[:4])
    return str(year - 1 if when.before[4:] in ("", "-01", "-01-01") else year)


def _with_chart(reply: Reply, store: Store, when: DateRange | None, matched: list[StoredFact] | None) -> Reply:
    """Events per year, or per month for a range within one year."""
    width = 7 if when and when.since[:4] == _last_year(when) else 4
    if matched is None:
        counts = store.date_counts("events", width, when.since if when else None, when.before if when else None)
    else:
        tally: dict[str, int] = {}
        for stored in matched:
            if len(stored.fact.date) >= width:
                tally[stored.fact.date[:width]] = tally.get(stored.fact.date[:width], 0) + 1
        counts = sorted(tally.items())
    if not counts:
        return reply
    chart = Chart(kind="timeline", title=f"Events per {'month' if width == 7 else 'year'}",
                  labels=tuple(date_label(period) for period, _ in counts),
                  values=tuple(float(n) for _, n in counts), unit="events")
    return Reply(title=reply.title, sections=reply.sections, notes=reply.notes, chart=chart)
