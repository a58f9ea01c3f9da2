"""The only writer: stores one extracted article and merges its facts, in one transaction.

Written with SQLAlchemy Core and batched statements: ingest speed is bounded by this module.
"""
from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel
from rapidfuzz import fuzz
from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Engine

from bot.core.fact_merge import AGREEMENT_CLASS, combine, could_be_same, fold, merge_key, same_fact, sort_date
from bot.core.facts import FACT_TYPES, Agreement, ArticleFacts, Event
from bot.models import Article, Fact, Mention, Sentence, utcnow

StoreOutcome = Literal["added", "updated", "unchanged"]
FUZZY_KINDS = {"events", "agreements"}
NEAR_DUPLICATE = 90
HEAD = 1500  # characters compared to tell a lightly edited copy from another story
CANDIDATES = 50
ARTICLES: Table = Article.__table__  # type: ignore[attr-defined]
SENTENCES: Table = Sentence.__table__  # type: ignore[attr-defined]
FACTS: Table = Fact.__table__  # type: ignore[attr-defined]
MENTIONS: Table = Mention.__table__  # type: ignore[attr-defined]


_COLUMNS = (FACTS.c.id, FACTS.c.kind, FACTS.c.key, FACTS.c.sort_date, FACTS.c.data)
BY_KEYS = select(*_COLUMNS).where(FACTS.c.kind.in_(bindparam("kinds", expanding=True)),
                                  FACTS.c.key.in_(bindparam("keys", expanding=True)))
BY_PREFIX = (select(*_COLUMNS).where(FACTS.c.kind == bindparam("kind"), FACTS.c.key >= bindparam("low"),
                                     FACTS.c.key < bindparam("high"))
             .order_by(FACTS.c.key.desc()).limit(bindparam("most")))
INSERT_FACT = insert(FACTS).returning(FACTS.c.id, sort_by_parameter_order=True)
UPDATE_FACT = update(FACTS).where(FACTS.c.id == bindparam("fact_id"))


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _story_of(connection: Connection, facts: ArticleFacts, body: str) -> str:
    """The story an article belongs to: an earlier near-duplicate (same publication date, nearly the
    same opening) gives its story, else the article starts its own."""
    match = ARTICLES.c.published == facts.published if facts.published else ARTICLES.c.published.is_(None)
    rows = connection.execute(
        select(ARTICLES.c.story_id, func.substr(ARTICLES.c.body, 1, HEAD)).where(ARTICLES.c.id != facts.id, match)
        .limit(20)
    ).all()
    head = body[:HEAD]
    for story_id, other in rows:
        if fuzz.ratio(head, other, score_cutoff=NEAR_DUPLICATE):
            return str(story_id)
    return facts.id


def _remove_article(connection: Connection, article_id: str) -> None:
    """Drop an article, its mentions and sentences, and facts nothing reports any more."""
    fact_ids = set(connection.scalars(select(MENTIONS.c.fact_id).where(MENTIONS.c.article_id == article_id)))
    connection.execute(delete(MENTIONS).where(MENTIONS.c.article_id == article_id))
    connection.execute(delete(SENTENCES).where(SENTENCES.c.article_id == article_id))
    connection.execute(delete(ARTICLES).where(ARTICLES.c.id == article_id))
    if fact_ids:
        still = set(connection.scalars(select(MENTIONS.c.fact_id).where(MENTIONS.c.fact_id.in_(fact_ids))))
        if fact_ids - still:
            connection.execute(delete(FACTS).where(FACTS.c.id.in_(fact_ids - still)))


class _FactIndex:
    """The existing facts this article may merge into: exact keys in one query, then for events and
    agreements the narrow key ranges where a differently worded report of the same fact would sit."""

    def __init__(self, connection: Connection, facts: list[tuple[str, str, BaseModel]]) -> None:
        self.connection = connection
        keys = {(kind, key) for kind, key, _ in facts}
        rows = connection.execute(BY_KEYS, {"kinds": sorted({kind for kind, _ in keys}),
                                            "keys": sorted({key for _, key in keys})}).all() if keys else []
        self.by_key: dict[tuple[str, str], Any] = {(r.kind, r.key): r for r in rows if (r.kind, r.key) in keys}

    def _range(self, kind: str, prefix: str) -> list[Any]:
        return self.connection.execute(BY_PREFIX, {"kind": kind, "low": prefix, "high": prefix + "\uffff",
                                                   "most": CANDIDATES}).all()

    def candidates(self, kind: str, fact: BaseModel) -> list[Any]:
        if isinstance(fact, Event):
            if not fact.place:
                return []
            place = fold(fact.place)
            coarser = [fact.date[:n] for n in (4, 7) if n < len(fact.date)]
            finer = [row for row in self._range(kind, f"{fact.date}-") if fold(row.data.get("place")) == place]
            return [row for day in [fact.date, *coarser] for row in self._range(kind, f"{day}|{place}|")] + finer
        if isinstance(fact, Agreement):
            group = AGREEMENT_CLASS[fact.kind]
            if not fact.date:
                return self._range(kind, f"{group}|")
            coarser = [fact.date[:n] for n in (4, 7) if n < len(fact.date)]
            prefixes = [f"{group}|{fact.date}", f"{group}||", *(f"{group}|{d}|" for d in coarser)]
            return [row for prefix in prefixes for row in self._range(kind, prefix)]
        return []

    def find(self, kind: str, key: str, fact: BaseModel, pair: set[str]) -> Any | None:
        row = self.by_key.get((kind, key))
        if row is not None or kind not in FUZZY_KINDS:
            return row
        for candidate in self.candidates(kind, fact):
            if could_be_same(fact, candidate.data) and \
                    same_fact(fact, FACT_TYPES[kind].model_validate(candidate.data), pair):
                return candidate
        return None


class _Stored:
    """A fact row inserted by this transaction."""

    def __init__(self, id: int) -> None:
        self.id = id
        self.data: dict = {}


class _Slot:
    """One fact row this article writes: a new one, or an existing one it merges into."""

    def __init__(self, kind: str, key: str, row: Any | None, fact: BaseModel) -> None:
        self.kind, self.key, self.row = kind, key, row
        self.merged = combine(FACT_TYPES[kind].model_validate(row.data), fact) if row is not None else fact
        self.positions: list[tuple[int, BaseModel]] = []

    def add(self, position: int, fact: BaseModel) -> None:
        if self.positions:
            self.merged = combine(self.merged, fact)
        self.positions.append((position, fact))


def _store_facts(connection: Connection, facts: ArticleFacts, pair: set[str]) -> None:
    """Merge into existing facts or insert new ones, then record every mention, in batched statements."""
    keyed = [(kind, merge_key(kind, fact), fact) for kind, fact in facts.facts()]
    index = _FactIndex(connection, keyed)
    slots: dict[tuple[Any, ...], _Slot] = {}
    for position, (kind, key, fact) in enumerate(keyed):
        row = index.find(kind, key, fact, pair)
        slot_key = ("row", row.id) if row is not None else (kind, key)
        slot = slots.get(slot_key) or slots.setdefault(slot_key, _Slot(kind, key, row, fact))
        slot.add(position, fact)
    now = utcnow()
    fresh = [slot for slot in slots.values() if slot.row is None]
    if fresh:
        ids = connection.execute(INSERT_FACT, [
            {"kind": s.kind, "key": s.key, "sort_date": sort_date(s.merged), "data": s.merged.model_dump(),
             "created_at": now, "updated_at": now} for s in fresh]).scalars().all()
        for slot, new_id in zip(fresh, ids):
            slot.row = _Stored(new_id)
    changed = [s for s in slots.values() if s not in fresh and s.merged.model_dump() != s.row.data]
    if changed:
        connection.execute(UPDATE_FACT, [{"fact_id": s.row.id, "data": s.merged.model_dump(),
                                          "sort_date": sort_date(s.merged), "updated_at": now} for s in changed])
    mentions = [{"fact_id": slot.row.id, "article_id": facts.id, "position": position,
                 "quote": getattr(fact, "quote", None) or getattr(fact, "text", "") or "", "data": fact.model_dump()}
                for slot in slots.values() for position, fact in slot.positions]
    if mentions:
        connection.execute(insert(MENTIONS), mentions)


def store_article(engine: Engine, facts: ArticleFacts, body: str, pair: tuple[str, str]) -> StoreOutcome:
    """Write an article, its sentences and facts; re-storing the same text changes nothing."""
    digest = content_hash(body)
    pair_names = {fold(name) for name in pair} | {"turkey", "turkiye"}
    with engine.begin() as connection:
        existing = connection.execute(
            select(ARTICLES.c.content_hash).where(ARTICLES.c.id == facts.id)).scalar_one_or_none()
        if existing == digest:
            return "unchanged"
        if existing is not None:
            _remove_article(connection, facts.id)
        connection.execute(insert(ARTICLES).values(
            id=facts.id, title=facts.title, source=facts.source, url=facts.url, published=facts.published,
            published_precision=facts.published_precision, dateline_place=facts.dateline_place,
            summary=facts.summary, body=body, content_hash=digest,
            story_id=_story_of(connection, facts, body), ingested_at=utcnow(),
        ))
        if facts.sentences:
            connection.execute(insert(SENTENCES), [
                {"article_id": facts.id, "position": i, "text": text} for i, text in enumerate(facts.sentences)])
        _store_facts(connection, facts, pair_names)
    return "updated" if existing is not None else "added"
