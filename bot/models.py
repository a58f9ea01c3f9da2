"""Database tables: one place for every table newsbot stores."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Now, timezone-aware: sqlmodel's datetime columns refuse naive values."""
    return datetime.now(timezone.utc)


class Article(SQLModel, table=True):
    """One ingested article; `story_id` links near-duplicates to the first of their story."""

    id: str = Field(primary_key=True, max_length=200)
    title: str | None = None
    source: str | None = Field(default=None, index=True)
    url: str | None = None
    published: str | None = Field(default=None, index=True)
    published_precision: str | None = None
    dateline_place: str | None = None
    summary: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    body: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64)
    story_id: str = Field(index=True, max_length=200)
    ingested_at: datetime = Field(default_factory=utcnow, index=True)


class Sentence(SQLModel, table=True):
    """A sentence of an article body, kept for citations and search."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: str = Field(foreign_key="article.id", index=True, max_length=200)
    position: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class Fact(SQLModel, table=True):
    """A fact merged over every article that reports it (see `Mention`)."""

    # (kind, sort_date) lets every command read one kind newest first without sorting it all; (kind, key)
    # serves lookups by kind. An index costs every ingest a page write, so only queried columns have one.
    __table_args__ = (UniqueConstraint("kind", "key"), Index("ix_fact_kind_sort_date", "kind", "sort_date"))

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    key: str = Field(max_length=400)
    sort_date: str = Field(default="", index=True, max_length=32)
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class Mention(SQLModel, table=True):
    """One article's report of a fact, with the sentence it came from."""

    __table_args__ = (UniqueConstraint("fact_id", "article_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    fact_id: int = Field(foreign_key="fact.id")  # the unique (fact_id, article_id, position) index serves it
    article_id: str = Field(foreign_key="article.id", index=True, max_length=200)
    position: int = 0
    quote: str = Field(sa_column=Column(Text, nullable=False))
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Subscription(SQLModel, table=True):
    """A channel that receives the daily digest (`slack:C123`, `telegram:456`)."""

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(unique=True, max_length=200)
    time: str = Field(default="08:00", max_length=5)
    tz: str = Field(default="UTC", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


class DigestRun(SQLModel, table=True):
    """A digest posted to a channel; unique per channel and day so it is sent once."""

    __table_args__ = (UniqueConstraint("channel", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(index=True, max_length=200)
    day: date
    status: str = Field(default="claimed", max_length=16)
    covered_until: datetime = Field(default_factory=utcnow)
    created_at: datetime = Field(default_factory=utcnow)


class Feed(SQLModel, table=True):
    """An RSS/Atom feed polled for new articles."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True, max_length=1000)
    keywords: str = ""
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    paused: bool = False
    last_error: str | None = None
    last_polled: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class FeedEntry(SQLModel, table=True):
    """A feed entry already seen, so a second poll skips it."""

    __table_args__ = (UniqueConstraint("feed_id", "entry_key"),)

    id: int | None = Field(default=None, primary_key=True)
    feed_id: int = Field(foreign_key="feed.id", index=True)
    entry_key: str = Field(max_length=1000)
    article_id: str | None = Field(default=None, max_length=200)
    seen_at: datetime = Field(default_factory=utcnow)
