"""Feeds: add, list and remove the RSS/Atom feeds newsbot polls, and the `newsbot feeds` command."""
from __future__ import annotations

import sys
from dataclasses import dataclass

from sqlalchemy import delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.config import Settings
from bot.core.feed_parse import MalformedFeed, parse_feed
from bot.core.feed_poll import poll_feeds
from bot.core.feed_report import PollReport
from bot.core.topic_filter import filter_for, parse_keywords
from bot.core.web_articles import canonical_url
from bot.core.web_fetch import FetchError, fetch, web_client
from bot.models import Feed, FeedEntry

__all__ = ["FeedError", "FeedInfo", "AddedFeed", "add_feed", "list_feeds", "remove_feed", "poll_feeds",
           "PollReport", "feeds_command"]


class FeedError(Exception):
    """A feed cannot be added or found; the message is one line."""


@dataclass(frozen=True)
class FeedInfo:
    """A feed with what polling has made of it so far."""

    feed: Feed
    entries: int
    indexed: int
    topic: str

    def describe(self) -> str:
        feed = self.feed
        state = (f"PAUSED after {feed.failures} failures: {feed.last_error}" if feed.paused
                 else f"failing ({feed.failures} in a row): {feed.last_error}" if feed.failures
                 else "active")
        polled = feed.last_polled.strftime("%Y-%m-%d %H:%M UTC") if feed.last_polled else "never"
        return (f"#{feed.id} {feed.url} | filter: {self.topic} | {self.entries} entries seen, "
                f"{self.indexed} indexed | last polled {polled} | {state}")


@dataclass(frozen=True)
class AddedFeed:
    """The outcome of `feeds add`: added, updated (keywords), resumed (was paused) or unchanged."""

    info: FeedInfo
    status: str
    title: str | None
    entries: int

    def describe(self) -> str:
        title = f"{self.title!r}, " if self.title else ""
        verb = {"added": "added", "updated": "updated", "resumed": "resumed",
                "unchanged": "already added"}[self.status]
        return (f"{verb} feed #{self.info.feed.id}: {self.info.feed.url} ({title}{self.entries} entries now) "
                f"| filter: {self.info.topic}")


def _topic(feed: Feed, settings: Settings) -> str:
    label = filter_for(feed.keywords, settings.country_pair).label
    return label if feed.keywords else f"{label} (default)"


def _info(session: Session, feed: Feed, settings: Settings) -> FeedInfo:
    entries, indexed = session.exec(
        select(func.count(col(FeedEntry.id)), func.count(col(FeedEntry.article_id)))
        .where(FeedEntry.feed_id == feed.id)
    ).one()
    return FeedInfo(feed=feed, entries=entries, indexed=indexed, topic=_topic(feed, settings))


def add_feed(engine: Engine, settings: Settings, url: str, keywords: list[str]) -> AddedFeed:
    """Check the URL is a working feed, then store it; adding a paused feed again resumes it."""
    url = canonical_url(url)
    try:
        with web_client(settings) as client:
            page = fetch(client, settings, url)
        parsed = parse_feed(page)
    except (FetchError, MalformedFeed) as exc:
        raise FeedError(f"cannot add {url}: {exc}") from None
    wanted = ", ".join(keywords)
    with Session(engine, expire_on_commit=False) as session, session.begin():
        feed = session.exec(select(Feed).where(Feed.url == url)).first()
        if feed is None:
            feed, status = Feed(url=url, keywords=wanted), "added"
        elif feed.paused or feed.failures:
            feed.paused, feed.failures, feed.last_error, status = False, 0, None, "resumed"
        else:
            status = "unchanged"
        if keywords and feed.keywords != wanted:
            feed.keywords = wanted
            status = "updated" if status == "unchanged" else status
        session.add(feed)
        session.flush()
        info = _info(session, feed, settings)
    return AddedFeed(info=info, status=status, title=parsed.title, entries=len(parsed.items))


def list_feeds(engine: Engine, settings: Settings) -> list[FeedInfo]:
    with Session(engine, expire_on_commit=False) as session:
        feeds = session.exec(select(Feed).order_by(col(Feed.id))).all()
        return [_info(session, feed, settings) for feed in feeds]


def remove_feed(engine: Engine, target: str) -> Feed | None:
    """Forget a feed (by id or URL) and its seen entries; the articles it brought stay indexed."""
    target = target.strip().lstrip("#")
    with Session(engine, expire_on_commit=False) as session, session.begin():
        if target.isdigit():
            feed = session.get(Feed, int(target))
        else:
            feed = session.exec(select(Feed).where(col(Feed.url).in_([target, canonical_url(target)]))).first()
        if feed is None:
            return None
        session.exec(delete(FeedEntry).where(col(FeedEntry.feed_id) == feed.id))
        session.delete(feed)
    return feed


def feeds_command(action: str, target: str | None, keywords: str | None = None) -> int:
    """`newsbot feeds add|list|remove|poll`: print the outcome; 0 on success, 1 on failure, 2 on misuse."""
    from bot.bootstrap import bootstrap

    if action in {"add", "remove"} and not target:
        print(f"newsbot: feeds {action} needs a feed URL{' or id' if action == 'remove' else ''}", file=sys.stderr)
        return 2
    if keywords and action != "add":
        print("newsbot: --keywords only goes with `feeds add`", file=sys.stderr)
        return 2
    parts = bootstrap(seed=False)
    if action == "add":
        try:
            print(add_feed(parts.engine, parts.settings, target or "", parse_keywords(keywords)).describe())
        except FeedError as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            return 1
        return 0
    if action == "remove":
        feed = remove_feed(parts.engine, target or "")
        if feed is None:
            print(f"newsbot: no feed {target!r}; `newsbot feeds list` shows them", file=sys.stderr)
            return 1
        print(f"removed feed #{feed.id}: {feed.url}")
        return 0
    if action == "poll":
        report = poll_feeds(parts)
        print("\n".join(report.lines()))
        return 1 if report.problems else 0
    infos = list_feeds(parts.engine, parts.settings)
    print("\n".join(info.describe() for info in infos) or "no feeds yet; add one with `newsbot feeds add URL`")
    return 0
