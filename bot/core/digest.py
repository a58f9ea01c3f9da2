"""The daily digest: what is new in the index since a channel's last digest, and the standing picture."""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.core import digest_runs
from bot.core.digest_picture import contradictions, next_date, trade_picture
from bot.core.digest_text import agreement_line, event_line, one_line, trade_line
from bot.core.facts import Agreement, TradeFigure
from bot.core.subscriptions import first_due, parse_channel, slot, subscription, subscriptions
from bot.models import Article, Fact, Subscription, utcnow
from bot.reply import Item, Reply, Section
from bot.store import StoredFact, Store, citation

if TYPE_CHECKING:
    from bot.bootstrap import Parts

log = logging.getLogger(__name__)
MAX_ITEMS = 8  # per section: a digest is a chat message, the commands give the rest
FACT_SECTIONS = (("trade_figures", "Trade figures", "/trade"), ("agreements", "Agreements", "/agreements"),
                 ("events", "Events", "/timeline"))


@dataclass(frozen=True)
class Digest:
    """A composed digest; `is_empty` when nothing is new (the standing picture alone is not news)."""

    reply: Reply
    is_empty: bool


@dataclass(frozen=True)
class Window:
    """What a digest covers: changes after `since` (None: the whole index) up to `until`."""

    since: datetime | None
    until: datetime
    zone: ZoneInfo

    def holds(self, moment: datetime) -> bool:
        return (self.since is None or moment > self.since) and moment <= self.until

    def label(self, moment: datetime) -> str:
        return f"{moment.astimezone(self.zone):%d %b %Y %H:%M} ({self.zone.key})"


def _zone(store: Store, channel: str) -> ZoneInfo:
    row = subscription(store.engine, channel)
    return ZoneInfo(row.tz if row else store.settings.digest_tz)


def _new_articles(store: Store, window: Window) -> list[Article]:
    with store.session() as session:
        query = select(Article).where(col(Article.ingested_at) <= window.until)
        if window.since is not None:
            query = query.where(col(Article.ingested_at) > window.since)
        return list(session.exec(query.order_by(col(Article.published).desc().nulls_last(), col(Article.id))))


def _article_items(articles: list[Article]) -> list[Item]:
    """One item per story: near-duplicates from several publishers share a line."""
    stories: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        stories[article.story_id].append(article)
    items = []
    for group in stories.values():
        first = group[0]
        title = first.title or (one_line(first.summary[0]) if first.summary else first.id)
        summary = next((one_line(line) for line in first.summary if not _repeats(title, line)), None)
        items.append(Item(text=title, detail=summary, citations=tuple(citation(a) for a in group)))
    return items


def _repeats(title: str, sentence: str) -> bool:
    """A summary sentence the title already says (titles made from the lead sentence)."""
    head = title.rstrip("…. ").strip()
    return sentence.startswith(head[:60]) or head.startswith(sentence.rstrip(". ")[:60])


def _changed_facts(store: Store, window: Window) -> dict[int, bool]:
    """Fact ids changed in the window, each True when the fact is new rather than updated."""
    kinds = [kind for kind, _title, _command in FACT_SECTIONS]
    with store.session() as session:
        query = select(Fact.id, Fact.created_at).where(col(Fact.kind).in_(kinds), col(Fact.updated_at) <= window.until)
        if window.since is not None:
            query = query.where(col(Fact.updated_at) > window.since)
        return {fact_id: window.holds(created) for fact_id, created in session.exec(query)}


def _fact_text(fact: StoredFact) -> str:
    if isinstance(fact.fact, TradeFigure):
        return trade_line(fact.fact)
    if isinstance(fact.fact, Agreement):
        return agreement_line(fact.fact)
    return event_line(fact.fact)


def _fact_item(fact: StoredFact, is_new: bool, new_articles: set[str]) -> Item:
    if is_new:
        return Item(text=_fact_text(fact), citations=fact.citations)
    fresh = [c for c in fact.citations if c.article_id in new_articles]
    also = ", ".join(dict.fromkeys(c.publisher or c.article_id for c in fresh))
    text = f"{_fact_text(fact)} (now also reported by {also})" if also else f"{_fact_text(fact)} (updated)"
    return Item(text=text, citations=tuple(fresh) or fact.citations)


def _capped(title: str, items: list[Item], command: str) -> tuple[Section, str | None]:
    more = len(items) - MAX_ITEMS
    note = f"{title}: {more} more with {command}" if more > 0 else None
    return Section(f"{title} ({len(items)})", tuple(items[:MAX_ITEMS])), note


def build_digest(store: Store, channel: str, until: datetime | None = None) -> Digest:
    """The digest a channel would get now: changes since its last sent digest, up to `until`."""
    zone = _zone(store, channel)
    window = Window(digest_runs.last_sent(store.engine, channel), until or utcnow(), zone)
    articles = _new_articles(store, window)
    changed = _changed_facts(store, window)
    new_ids = {a.id for a in articles}
    facts = {kind: store.facts(kind) for kind, _title, _command in FACT_SECTIONS}
    sections: list[Section] = []
    notes: list[str] = []
    if articles:
        section, note = _capped("New articles", _article_items(articles), "/sources")
        sections.append(section)
        notes += [note] if note else []
    clashes = contradictions(facts["trade_figures"], set(changed))
    if clashes:
        sections.append(Section("Contradicted by a newer source", tuple(clashes)))
    for kind, title, command in FACT_SECTIONS:
        items = [_fact_item(f, changed[f.id], new_ids) for f in facts[kind] if f.id in changed]
        if items:
            section, note = _capped(title if window.since is None else f"New or changed {title.lower()}", items,
                                    command)
            sections.append(section)
            notes += [note] if note else []
    is_empty = not sections
    if is_empty:
        since = window.label(window.since) if window.since else None
        title = f"Nothing new since the last digest ({since})." if since else "Nothing is indexed yet."
        return Digest(Reply(title=title, command="digest"), is_empty=True)
    picture = [item for item in (
        trade_picture(facts["trade_figures"]),
        next_date(facts["events"], facts["agreements"], window.until.astimezone(zone).date()),
    ) if item]
    if picture:
        sections.append(Section("Standing picture", tuple(picture)))
    title = (f"Digest: everything indexed so far ({len(articles)} articles)" if window.since is None
             else f"Digest: new since {window.label(window.since)}")
    return Digest(Reply(title=title, sections=tuple(sections), notes=tuple(notes), command="digest"), is_empty=False)


def next_digest(engine: Engine, row: Subscription, now: datetime | None = None) -> datetime:
    """When a subscription's next digest goes out: `now` if today's is due and not out yet, else its next time."""
    now = now or datetime.now(timezone.utc)
    today = slot(row, now)
    if today <= now and not digest_runs.has_run(engine, row.channel, today.date()):
        return now
    return first_due(row, now)


def compose_digest(store: Store, channel: str) -> Reply:
    """What is new for a channel since its last sent digest; the first digest covers the whole index."""
    return build_digest(store, channel).reply


def send_due_digests(
    parts: Parts, platform: str, post: Callable[[str, Reply], None], now: datetime | None = None,
) -> list[str]:
    """Post every digest of `platform` whose time has come today and that no process has sent yet.

    `now` decides what is due; each digest covers the index up to the moment its run is claimed.
    """
    now = now or datetime.now(timezone.utc)
    sent = []
    for row in subscriptions(parts.engine, platform):
        due = slot(row, now)
        if due > now:
            continue
        run = digest_runs.claim(parts.engine, row.channel, due.date())
        if run is None:
            continue
        try:
            digest = build_digest(parts.store, row.channel, until=run.covered_until)
            if digest.is_empty and parts.settings.digest_skip_empty:
                digest_runs.finish(parts.engine, run, "skipped")
                continue
            post(parse_channel(row.channel).chat_id, digest.reply)
        except Exception:  # noqa: BLE001 - one channel's failure must not stop the others
            log.exception("digest for %s failed; it will be retried", row.channel)
            digest_runs.release(parts.engine, run)
            continue
        sent.append(row.channel)
        try:
            digest_runs.finish(parts.engine, run, "sent")
        except Exception:  # noqa: BLE001 - posted already; a claim left behind is retried after STALE_CLAIM
            log.exception("digest for %s was posted but could not be marked sent", row.channel)
    return sent
