"""The only writer: stores extracted articles and merges their facts, whole articles per transaction.

Ingest speed is bounded by this module: its statements are SQLAlchemy Core compiled once per dialect and
run on the DBAPI cursor, and they are few (one query finds all of an article's fuzzy merge candidates).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal

from pydantic import BaseModel
from rapidfuzz import fuzz
from sqlalchemy import (
    ClauseElement, Connection, Dialect, Table, and_, bindparam, delete, func, insert, literal, or_, select, text,
    union_all, update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from bot.core.countries import country_names
from bot.core.fact_merge import (
    AGREEMENT_CLASS, combined_data, could_be_same, fold, merge_key, same_fact, sort_date,
)
from bot.core.facts import FACT_TYPES, Agreement, ArticleFacts, Event
from bot.core.search_index import FACT_INDEX_INSERT, FACT_INDEX_UPDATE, SENTENCE_INDEX_INSERT, fact_text
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


def _inserting(table: Table, *names: str) -> ClauseElement:
    return insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in names})


HASH_OF = select(ARTICLES.c.content_hash).where(ARTICLES.c.id == bindparam("id"))
_SAME_DAY = select(ARTICLES.c.story_id, func.substr(ARTICLES.c.body, 1, HEAD)).where(ARTICLES.c.id != bindparam("id"))
SAME_DAY = _SAME_DAY.where(ARTICLES.c.published == bindparam("published")).limit(20)
UNDATED = _SAME_DAY.where(ARTICLES.c.published.is_(None)).limit(20)
INSERT_ARTICLE = _inserting(ARTICLES, "id", "title", "source", "url", "published", "published_precision",
                            "dateline_place", "summary", "body", "content_hash", "story_id", "ingested_at")
INSERT_SENTENCE = _inserting(SENTENCES, "id", "article_id", "position", "text")
INSERT_FACT = _inserting(FACTS, "id", "kind", "key", "sort_date", "data", "created_at", "updated_at")
UPDATE_FACT = update(FACTS).where(FACTS.c.id == bindparam("fact_id")).values(
    data=bindparam("data", type_=FACTS.c.data.type), sort_date=bindparam("sort_date"),
    updated_at=bindparam("updated_at", type_=FACTS.c.updated_at.type))
INSERT_MENTION = _inserting(MENTIONS, "fact_id", "article_id", "position", "quote", "data")
INDEX_SENTENCES = text(SENTENCE_INDEX_INSERT)
INDEX_FACT = text(FACT_INDEX_INSERT)
REINDEX_FACT = text(FACT_INDEX_UPDATE)
_FACT_COLUMNS = (FACTS.c.id, FACTS.c.kind, FACTS.c.key, FACTS.c.data)


class _Prepared:
    """A statement compiled once for a dialect, bound and run on the DBAPI cursor: SQLAlchemy's work per
    execution cost more than SQLite's for most of the writer's statements."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        binds = {name: bind for bind, name in compiled.bind_names.items()}
        self.sql = compiled.string
        self.positional = dialect.positional
        self.names = list(compiled.positiontup or []) if self.positional else list(binds)
        self.literals = {name: value for name, value in compiled.params.items() if value is not None}
        self.processors = [(at, process) for at, name in enumerate(self.names)
                           if (process := binds[name].type.dialect_impl(dialect).bind_processor(dialect))]
        self.pick = _picker(self.names)
        # Most rows (sentences, their index entries) need neither literals nor processors: on a positional
        # driver their parameters are the picked values as they are.
        self.as_picked = self.positional and not self.literals and not self.processors

    def bind(self, values: dict[str, Any]) -> Sequence[Any] | dict[str, Any]:
        """The DBAPI parameters: `values` by name, and the statement's own literals (a LIMIT)."""
        if self.literals:
            values = {**self.literals, **values}
        args = self.pick(values)
        if self.processors:
            args = list(args)
            for at, process in self.processors:
                args[at] = process(args[at])
        return args if self.positional else dict(zip(self.names, args))

    def bind_many(self, rows: list[dict[str, Any]]) -> list[Any]:
        """`bind` for each row."""
        return list(map(self.pick if self.as_picked else self.bind, rows))


def _picker(names: list[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """The values of `names` from a row, as a tuple (itemgetter gives one only for two names or more)."""
    if len(names) > 1:
        return itemgetter(*names)
    return lambda values: tuple(values[name] for name in names)


@lru_cache(maxsize=256)
def _prepared(statement: ClauseElement, dialect: Dialect) -> _Prepared:
    return _Prepared(statement, dialect)


class _Cursor:
    """The transaction's DBAPI cursor, running prepared statements."""

    def __init__(self, connection: Connection, cursor: Any) -> None:
        self.dialect = connection.dialect
        self.cursor = cursor
        self.load = FACTS.c.data.type.dialect_impl(self.dialect).result_processor(self.dialect, None)
        self.searchable = self.dialect.name == "sqlite"  # PostgreSQL indexes expressions of the rows
        self.next_ids: dict[str, int] = {}  # SQLite: by table, the first id not yet used (see _new_ids)

    def rows(self, statement: ClauseElement, values: dict[str, Any]) -> list[Any]:
        prepared = _prepared(statement, self.dialect)
        self.cursor.execute(prepared.sql, prepared.bind(values))
        return self.cursor.fetchall()

    def run(self, statement: ClauseElement, values: dict[str, Any]) -> None:
        prepared = _prepared(statement, self.dialect)
        self.cursor.execute(prepared.sql, prepared.bind(values))

    def run_many(self, statement: ClauseElement, rows: list[dict[str, Any]]) -> None:
        if rows:
            prepared = _prepared(statement, self.dialect)
            self.cursor.executemany(prepared.sql, prepared.bind_many(rows))


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _largest_id(table: Table) -> ClauseElement:
    return select(func.coalesce(func.max(table.c.id), 0))


def _from_sequence(table: Table) -> ClauseElement:
    return text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :count)")


LARGEST_ID = {table.name: _largest_id(table) for table in (SENTENCES, FACTS)}
FROM_SEQUENCE = {table.name: _from_sequence(table) for table in (SENTENCES, FACTS)}


def _new_ids(cursor: _Cursor, table: Table, count: int) -> list[int]:
    """Ids for `count` new rows, so that the rows and their search index entries go in by one executemany
    each. On SQLite the writer holds the write lock once it has inserted the article, and keeps it until the
    transaction ends, so the ids above the largest are free: the largest is read once per transaction (and
    again after rows were deleted, which may lower it), then counted on. On PostgreSQL the column's sequence
    hands them out."""
    if not count:
        return []
    if cursor.dialect.name == "sqlite":
        first = cursor.next_ids.get(table.name)
        if first is None:
            [(largest,)] = cursor.rows(LARGEST_ID[table.name], {})
            first = largest + 1
        cursor.next_ids[table.name] = first + count
        return list(range(first, first + count))
    return [id for (id,) in cursor.rows(FROM_SEQUENCE[table.name], {"count": count})]


def _story_of(cursor: _Cursor, facts: ArticleFacts, body: str) -> str:
    """The story an article belongs to: an earlier near-duplicate (same publication date, nearly the
    same opening) gives its story, else the article starts its own."""
    rows = cursor.rows(SAME_DAY if facts.published else UNDATED, {"id": facts.id, "published": facts.published})
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


def _candidate_ranges(fact: BaseModel) -> list[str]:
    """Key prefixes, in the order they are tried, where a differently worded report of the same event or
    agreement would sit (the last CANDIDATES keys of each are candidates)."""
    if isinstance(fact, Event):
        if not fact.place:
            return []
        place = fold(fact.place)
        coarser = [fact.date[:n] for n in (4, 7) if n < len(fact.date)]
        return [f"{day}|{place}|" for day in [fact.date, *coarser]] + [f"{fact.date}-"]
    if isinstance(fact, Agreement):
        group = AGREEMENT_CLASS[fact.kind]
        if not fact.date:
            return [f"{group}|"]
        coarser = [fact.date[:n] for n in (4, 7) if n < len(fact.date)]
        return [f"{group}|{fact.date}", f"{group}||", *(f"{group}|{d}|" for d in coarser)]
    return []


@lru_cache(maxsize=64)
def _by_keys(count: int) -> ClauseElement:
    """The facts with any of `count` (kind, key) pairs."""
    return select(*_FACT_COLUMNS).where(or_(*(and_(FACTS.c.kind == bindparam(f"kind{n}"),
                                                   FACTS.c.key == bindparam(f"key{n}")) for n in range(count))))


@lru_cache(maxsize=64)
def _in_ranges(count: int) -> ClauseElement:
    """The last CANDIDATES facts of each of `count` key ranges, each row tagged with its range."""
    parts = [select(literal(n).label("range"), *_FACT_COLUMNS)
             .where(FACTS.c.kind == bindparam(f"kind{n}"), FACTS.c.key >= bindparam(f"low{n}"),
                    FACTS.c.key < bindparam(f"high{n}"))
             .order_by(FACTS.c.key.desc()).limit(CANDIDATES).subquery() for n in range(count)]
    union = union_all(*(select(part) for part in parts)).subquery()
    return select(union).order_by(union.c.range, union.c.key.desc())


class _Row:
    """A stored fact, its data decoded when first read: most merge candidates never are (a plain attribute,
    as functools.cached_property takes a lock at every first read)."""

    __slots__ = ("id", "_stored", "_load", "_data")

    def __init__(self, id: int, stored: Any, load: Callable[[Any], dict] | None) -> None:
        self.id, self._stored, self._load = id, stored, load
        self._data: dict | None = None

    @property
    def data(self) -> dict:
        if self._data is None:
            self._data = self._load(self._stored) if self._load else self._stored
        return self._data


class _FactIndex:
    """The existing facts this article may merge into: exact keys in one query, then in one more query,
    for events and agreements without one, the key ranges where a differently worded report would sit."""

    def __init__(self, cursor: _Cursor, facts: list[tuple[str, str, BaseModel]]) -> None:
        keys = list(dict.fromkeys((kind, key) for kind, key, _ in facts))
        params = {name: value for n, (kind, key) in enumerate(keys) for name, value in ((f"kind{n}", kind),
                                                                                         (f"key{n}", key))}
        self.by_key = {(kind, key): _Row(id, data, cursor.load)
                       for id, kind, key, data in (cursor.rows(_by_keys(len(keys)), params) if keys else [])}
        ranges = list(dict.fromkeys((kind, prefix) for kind, key, fact in facts
                                    if kind in FUZZY_KINDS and (kind, key) not in self.by_key
                                    for prefix in _candidate_ranges(fact)))
        self.ranges: dict[tuple[str, str], list[_Row]] = {span: [] for span in ranges}
        if ranges:
            params = {name: value for n, (kind, prefix) in enumerate(ranges) for name, value in (
                (f"kind{n}", kind), (f"low{n}", prefix), (f"high{n}", prefix + "\uffff"))}
            rows: dict[int, _Row] = {}
            for n, id, _kind, _key, data in cursor.rows(_in_ranges(len(ranges)), params):
                self.ranges[ranges[n]].append(rows.get(id) or rows.setdefault(id, _Row(id, data, cursor.load)))

    def find(self, kind: str, key: str, fact: BaseModel, pair: frozenset[str]) -> _Row | None:
        row = self.by_key.get((kind, key))
        if row is not None or kind not in FUZZY_KINDS:
            return row
        for prefix in _candidate_ranges(fact):
            for candidate in self.ranges[(kind, prefix)]:
                if could_be_same(fact, candidate.data) and \
                        same_fact(fact, FACT_TYPES[kind].model_validate(candidate.data), pair):
                    return candidate
        return None


class _Slot:
    """One fact row this article writes: a new one, or an existing one it merges into. Each fact comes with
    its model_dump, made once for its merging, its mention and (a new fact reported once) its row. Merged data
    is validated only when it is written: most merges add nothing to the stored fact."""

    def __init__(self, kind: str, key: str, row: _Row | None, fact: BaseModel, dumped: dict) -> None:
        self.kind, self.key, self.row = kind, key, row
        self.id = row.id if row is not None else 0
        self.data = combined_data(row.data, fact, dumped) if row is not None else dumped
        self._fact: BaseModel | None = None if row is not None else fact  # the model `data` is the dump of
        self.positions: list[tuple[int, dict]] = []

    def add(self, position: int, fact: BaseModel, dumped: dict) -> None:
        if self.positions:
            self.data, self._fact = combined_data(self.data, fact, dumped), None
        self.positions.append((position, dumped))

    def written(self) -> tuple[BaseModel, dict]:
        """The merged fact, validated, and its model_dump."""
        if self._fact is None:
            self._fact = FACT_TYPES[self.kind].model_validate(self.data)
            self.data = self._fact.model_dump()
        return self._fact, self.data


def _store_facts(cursor: _Cursor, facts: ArticleFacts, pair: frozenset[str]) -> None:
    """Merge into existing facts or insert new ones, index them, then record every mention."""
    keyed = [(kind, merge_key(kind, fact), fact) for kind, fact in facts.facts()]
    index = _FactIndex(cursor, keyed)
    slots: dict[tuple[Any, ...], _Slot] = {}
    for position, (kind, key, fact) in enumerate(keyed):
        row = index.find(kind, key, fact, pair)
        slot_key = ("row", row.id) if row is not None else (kind, key)
        dumped = fact.model_dump()
        slot = slots.get(slot_key) or slots.setdefault(slot_key, _Slot(kind, key, row, fact, dumped))
        slot.add(position, fact, dumped)
    now = utcnow()
    new = [slot for slot in slots.values() if slot.row is None]
    for slot, id in zip(new, _new_ids(cursor, FACTS, len(new))):
        slot.id = id
    inserted, indexed, updated, reindexed = [], [], [], []
    for slot in slots.values():
        if slot.row is None:
            merged, data = slot.written()
            inserted.append({"id": slot.id, "kind": slot.kind, "key": slot.key, "data": data,
                             "sort_date": sort_date(merged), "created_at": now, "updated_at": now})
            indexed.append({"id": slot.id, "kind": slot.kind, "text": fact_text(data)})
        elif slot.data != slot.row.data and (written := slot.written())[1] != slot.row.data:
            merged, data = written
            updated.append({"fact_id": slot.id, "data": data, "sort_date": sort_date(merged), "updated_at": now})
            if (searchable := fact_text(data)) != fact_text(slot.row.data):  # most merges add a source only
                reindexed.append({"id": slot.id, "text": searchable})
    cursor.run_many(UPDATE_FACT, updated)
    cursor.run_many(INSERT_FACT, inserted)
    if cursor.searchable:  # new rows first: FTS5 then writes one segment for the transaction, not two
        cursor.run_many(INDEX_FACT, indexed)
        cursor.run_many(REINDEX_FACT, reindexed)
    cursor.run_many(INSERT_MENTION, [
        {"fact_id": slot.id, "article_id": facts.id, "position": position, "data": dumped,
         "quote": dumped.get("quote") or dumped.get("text") or ""}
        for slot in slots.values() for position, dumped in slot.positions])


def _write_article(connection: Connection, cursor: _Cursor, facts: ArticleFacts, body: str,
                   pair: tuple[str, str]) -> StoreOutcome:
    """Write an article, its sentences and facts; re-storing the same text changes nothing."""
    digest = content_hash(body)
    found = cursor.rows(HASH_OF, {"id": facts.id})
    existing = found[0][0] if found else None
    if existing == digest:
        return "unchanged"
    if existing is not None:
        _remove_article(connection, facts.id)
        cursor.next_ids.clear()
    cursor.run(INSERT_ARTICLE, {
        "id": facts.id, "title": facts.title, "source": facts.source, "url": facts.url,
        "published": facts.published, "published_precision": facts.published_precision,
        "dateline_place": facts.dateline_place, "summary": facts.summary, "body": body, "content_hash": digest,
        "story_id": _story_of(cursor, facts, body), "ingested_at": utcnow(),
    })
    sentences = [{"id": id, "article_id": facts.id, "position": position, "text": sentence}
                 for id, (position, sentence) in zip(_new_ids(cursor, SENTENCES, len(facts.sentences)),
                                                     enumerate(facts.sentences))]
    cursor.run_many(INSERT_SENTENCE, sentences)
    if cursor.searchable:
        cursor.run_many(INDEX_SENTENCES, sentences)
    _store_facts(cursor, facts, country_names().pair_spellings(pair))
    return "updated" if existing is not None else "added"


class StoreFailed(Exception):
    """The database refused an article; nothing of it was kept."""


class ArticleWriter:
    """Stores whole articles in one transaction, committed by `commit` or on leaving the `with` block: a commit
    per article cost a third of the time to store one. A crash loses the uncommitted articles whole, never
    half of one. When an article fails, the transaction is rolled back and its earlier articles written again,
    so the failed one alone is lost (a savepoint per article would do the same, but makes FTS5 flush its
    pending index at every article)."""

    def __init__(self, engine: Engine, pair: tuple[str, str]) -> None:
        self.engine, self.pair = engine, pair
        self._connection: Connection | None = None
        self._cursor: _Cursor | None = None
        self._pending: list[tuple[ArticleFacts, str]] = []

    def __enter__(self) -> ArticleWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self._close(commit=kind is None)

    def store(self, facts: ArticleFacts, body: str) -> StoreOutcome:
        """Write one article into the open transaction; it is durable once committed."""
        try:
            outcome = self._write(facts, body)
        except Exception as exc:
            self._write_again_without_it()
            if isinstance(exc, (DBAPIError, self.engine.dialect.dbapi.Error)):  # type: ignore[union-attr]
                raise StoreFailed(f"the database refused it: {exc}") from exc
            raise
        self._pending.append((facts, body))
        return outcome

    def commit(self) -> None:
        """Make the articles stored so far durable."""
        self._close(commit=True)

    def _write(self, facts: ArticleFacts, body: str) -> StoreOutcome:
        if self._connection is None or self._cursor is None:
            self._connection = self.engine.connect()
            self._connection.begin()
            self._cursor = _Cursor(self._connection, self._connection.connection.cursor())
        return _write_article(self._connection, self._cursor, facts, body, self.pair)

    def _write_again_without_it(self) -> None:
        """Roll the transaction back and write its earlier articles again."""
        pending, self._pending = self._pending, []
        self._close(commit=False)
        for facts, body in pending:
            self._write(facts, body)
        self._pending = pending

    def _close(self, commit: bool) -> None:
        connection, cursor = self._connection, self._cursor
        self._connection, self._cursor, self._pending = None, None, []
        if connection is None or cursor is None:
            return
        try:
            cursor.cursor.close()
            if commit:
                connection.commit()
            else:
                connection.rollback()
        finally:
            connection.close()


def store_article(engine: Engine, facts: ArticleFacts, body: str, pair: tuple[str, str]) -> StoreOutcome:
    """Write one article in a transaction of its own."""
    with ArticleWriter(engine, pair) as writer:
        return writer.store(facts, body)
