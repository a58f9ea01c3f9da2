"""Polling feeds: conditional requests, seen entries skipped, on-topic pages indexed, failing feeds paused."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import httpx
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.config import Settings
from bot.core.article_reader import UnreadableArticle
from bot.core.feed_parse import FeedItem, MalformedFeed, parse_feed
from bot.core.feed_report import FeedReport, PollReport
from bot.core.ingest import IngestResult, ingest_raw
from bot.core.topic_filter import TopicFilter, filter_for
from bot.core.web_articles import read_url
from bot.core.web_fetch import FetchError, fetch, web_client
from bot.models import Feed, FeedEntry, utcnow

if TYPE_CHECKING:
    from bot.bootstrap import Parts

log = logging.getLogger(__name__)
MAX_NEW_ENTRIES = 50  # per feed and poll; the rest waits for the next poll


def _seen_keys(engine: Engine, feed_id: int, items: list[FeedItem]) -> set[str]:
    keys = [item.key for item in items]
    with Session(engine) as session:
        return set(session.exec(select(FeedEntry.entry_key).where(
            FeedEntry.feed_id == feed_id, col(FeedEntry.entry_key).in_(keys))).all())


def _mark_seen(engine: Engine, feed_id: int, key: str, article_id: str | None) -> None:
    """Remember an entry; a concurrent poll that got there first is fine."""
    try:
        with Session(engine) as session, session.begin():
            session.add(FeedEntry(feed_id=feed_id, entry_key=key, article_id=article_id))
    except IntegrityError:
        log.info("feed %s entry %s was already recorded", feed_id, key)


def _record(engine: Engine, feed_id: int, settings: Settings, error: str | None,
            validators: tuple[str | None, str | None] | None) -> tuple[int, bool]:
    """Store the poll's outcome on the feed; returns its failure count and whether it is now paused."""
    with Session(engine) as session, session.begin():
        feed = session.get(Feed, feed_id)
        if feed is None:
            return 0, False
        feed.last_polled = utcnow()
        if error is None:
            feed.failures, feed.last_error = 0, None
            if validators is not None:
                feed.etag, feed.last_modified = validators
        else:
            feed.failures += 1
            feed.last_error = error
            feed.paused = feed.failures >= settings.feed_max_failures
        session.add(feed)
        return feed.failures, feed.paused


def _index_item(engine: Engine, settings: Settings, client: httpx.Client, topic: TopicFilter,
                item: FeedItem, report: FeedReport, feed_id: int) -> bool:
    """Fetch and index one new entry if it is on topic; False when it should be tried again later."""
    if not item.link:
        _mark_seen(engine, feed_id, item.key, None)
        return True
    if not topic.touches(f"{item.title}\n{item.summary}"):
        report.off_topic += 1
        _mark_seen(engine, feed_id, item.key, None)
        return True
    try:
        raw = read_url(client, settings, item.link)
    except FetchError as exc:
        report.results.append(IngestResult(source=item.link, outcome="failed", error=str(exc)))
        if not exc.transient:
            _mark_seen(engine, feed_id, item.key, None)
        return not exc.transient
    except UnreadableArticle as exc:
        report.results.append(IngestResult(source=item.link, outcome="failed", error=str(exc)))
        _mark_seen(engine, feed_id, item.key, None)
        return True
    raw.title = raw.title or item.title or None
    raw.published = raw.published or item.published
    if not topic.matches(f"{item.title}\n{item.summary}\n{raw.title or ''}\n{raw.text}"):
        report.off_topic += 1
        _mark_seen(engine, feed_id, item.key, None)
        return True
    try:
        result = ingest_raw(engine, settings, raw)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the feed, nor be retried forever
        log.exception("indexing %s failed", item.link)
        report.results.append(IngestResult(source=item.link, outcome="failed",
                                           error=f"could not index: {type(exc).__name__}, see the log"))
        _mark_seen(engine, feed_id, item.key, None)
        return True
    result.source = item.link
    report.results.append(result)
    _mark_seen(engine, feed_id, item.key, result.article_id)
    return True


def poll_feed(engine: Engine, settings: Settings, client: httpx.Client, feed: Feed) -> FeedReport:
    """One conditional fetch of a feed and every new entry indexed."""
    assert feed.id is not None
    report = FeedReport(feed_id=feed.id, url=feed.url, status="polled")
    headers = {k: v for k, v in (("If-None-Match", feed.etag), ("If-Modified-Since", feed.last_modified)) if v}
    try:
        page = fetch(client, settings, feed.url, headers)
        if page.status == 304:
            report.status = "not_modified"
            _record(engine, feed.id, settings, None, None)
            return report
        parsed = parse_feed(page)
    except (FetchError, MalformedFeed) as exc:
        report.error = str(exc)
        report.failures, paused = _record(engine, feed.id, settings, report.error, None)
        report.status = "paused" if paused else "failed"
        report.just_paused = paused
        return report
    report.warning = parsed.warning
    seen = _seen_keys(engine, feed.id, parsed.items)
    fresh = [item for item in parsed.items if item.key not in seen]
    report.seen = len(parsed.items) - len(fresh)
    report.deferred = max(0, len(fresh) - MAX_NEW_ENTRIES)
    topic = filter_for(feed.keywords, settings.country_pair)
    complete = report.deferred == 0
    for item in fresh[:MAX_NEW_ENTRIES]:
        complete &= _index_item(engine, settings, client, topic, item, report, feed.id)
    # Keep the old validators while entries wait for a retry, so the next poll reads the feed again.
    validators = (page.headers.get("etag"), page.headers.get("last-modified")) if complete else None
    _record(engine, feed.id, settings, None, validators)
    return report


def active_feeds(engine: Engine) -> list[Feed]:
    with Session(engine, expire_on_commit=False) as session:
        return list(session.exec(select(Feed).order_by(col(Feed.id))).all())


def poll_feeds(parts: Parts) -> PollReport:
    """Poll every feed once (paused ones are only reported); the scheduler calls this periodically."""
    report = PollReport()
    with web_client(parts.settings) as client:
        for feed in active_feeds(parts.engine):
            if feed.paused:
                report.feeds.append(FeedReport(feed_id=feed.id or 0, url=feed.url, status="paused",
                                               error=feed.last_error, failures=feed.failures))
                continue
            try:
                report.feeds.append(poll_feed(parts.engine, parts.settings, client, feed))
            except Exception:  # noqa: BLE001 - one broken feed must not stop the others
                log.exception("polling feed %s failed", feed.url)
                report.feeds.append(FeedReport(feed_id=feed.id or 0, url=feed.url, status="failed",
                                               error="internal error, see the log", failures=feed.failures))
    for feed_report in report.problems:
        log.warning("%s", feed_report.summary())
    return report
