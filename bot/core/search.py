"""One search interface over the full-text indexes (see search_index.py), on SQLite and PostgreSQL.

Sentences are ranked by bm25 (SQLite FTS5) or ts_rank (PostgreSQL). A word the index has never seen
("Erdogn", "shipbuliding") is corrected with rapidfuzz against the index's own vocabulary, read a
slice at a time (the terms sharing its first letters), never by scanning the sentences.
"""
from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

Index = Literal["sentence", "fact"]
_WORD = re.compile(r"[^\W_]+")
MIN_CORRECTABLE = 4
CORRECTION_CUTOFF = 75.0
# Up to this many matching facts are ordered by one query; more are found walking the date index.
DIRECT_ORDER_LIMIT = 4000
# A search ranks at most this many of the newest matching sentences: bm25 costs a few microseconds a
# match, and a word in every article would otherwise score the whole corpus. The reply says so.
RANK_WINDOW = 5000


def fold_words(query: str) -> list[str]:
    """Words as the SQLite index stores them: lower case, diacritics removed."""
    decomposed = unicodedata.normalize("NFKD", query.replace("ı", "i").replace("İ", "I"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _WORD.findall(plain)


def query_words(engine: Engine, query: str) -> list[str]:
    """The query's words in the form the engine's index holds them."""
    if engine.dialect.name == "sqlite":
        return fold_words(query)
    return _WORD.findall(query.lower())


@dataclass(frozen=True)
class Words:
    """The words searched for, after spelling correction (`corrections` maps typed -> used)."""

    used: list[str]
    corrections: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SentenceHit:
    sentence_id: int
    article_id: str
    position: int
    text: str
    score: float


@dataclass(frozen=True)
class SentenceResults:
    hits: list[SentenceHit]
    words: Words
    any_word: bool = False  # no sentence had every word; these have some of them
    windowed: bool = False  # only the newest RANK_WINDOW matching sentences were ranked


@dataclass(frozen=True)
class FactMatches:
    """Ids of matching facts, newest first; `total` is None when only 'more than len(ids)' is known."""

    ids: list[int]
    total: int | None
    words: Words


# ---- vocabulary and spelling ---------------------------------------------------------------

def _sqlite_vocab(connection: Connection, index: Index) -> str:
    name = f"{index}_vocab"
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} USING fts5vocab(main, {index}_fts, row)")
    return f"temp.{name}"


_POSTGRES_VOCABULARIES: dict[tuple[str, str], tuple[tuple[int, int], dict[str, int]]] = {}


def _postgres_terms(connection: Connection, index: Index) -> dict[str, int]:
    """Every word of a PostgreSQL index with its document count, cached until the table changes."""
    version = tuple(int(v) for v in connection.execute(
        text(f"SELECT count(*), coalesce(max(id), 0) FROM {index}")).one())
    key = (connection.engine.url.render_as_string(hide_password=True), index)
    cached = _POSTGRES_VOCABULARIES.get(key)
    if cached and cached[0] == version:
        return cached[1]
    source = "SELECT to_tsvector(''simple'', text) FROM sentence" if index == "sentence" else \
        "SELECT to_tsvector(''simple'', data::jsonb - ''quote'') FROM fact"
    rows = connection.execute(text(f"SELECT word, ndoc FROM ts_stat('{source}')")).all()
    terms = {word: int(ndoc) for word, ndoc in rows}
    _POSTGRES_VOCABULARIES[key] = (version, terms)  # type: ignore[assignment]
    return terms


def _known(connection: Connection, index: Index, word: str) -> bool:
    """Whether the index holds the word: its first posting, not its count (a count reads every posting)."""
    if connection.dialect.name == "sqlite":
        return connection.exec_driver_sql(
            f"SELECT 1 FROM {index}_fts WHERE {index}_fts MATCH ? LIMIT 1", (_fts5_term(word),)).first() is not None
    return word in _postgres_terms(connection, index)


# SQLite's vocabulary counts each word's documents as it lists it, so a slice is kept for a while.
VOCABULARY_SECONDS = 600.0
_SQLITE_SLICES: dict[tuple[str, str, str], tuple[float, dict[str, int]]] = {}


def _terms_starting(connection: Connection, index: Index, prefix: str) -> dict[str, int]:
    """The index's words starting with `prefix`, with their document counts."""
    if connection.dialect.name != "sqlite":
        return {term: doc for term, doc in _postgres_terms(connection, index).items() if term.startswith(prefix)}
    key = (str(connection.engine.url), index, prefix)
    cached = _SQLITE_SLICES.get(key)
    if cached and time.monotonic() - cached[0] < VOCABULARY_SECONDS:
        return cached[1]
    vocab = _sqlite_vocab(connection, index)
    rows = connection.exec_driver_sql(
        f"SELECT term, doc FROM {vocab} WHERE term >= ? AND term < ?", (prefix, prefix + "\uffff")).all()
    terms = {term: doc for term, doc in rows}
    _SQLITE_SLICES[key] = (time.monotonic(), terms)
    return terms


def _closest(word: str, terms: dict[str, int]) -> str | None:
    choices = [t for t in terms if abs(len(t) - len(word)) <= 3 and not t.isdigit()]
    found = process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=CORRECTION_CUTOFF, limit=5)
    if not found:
        return None
    best = max(found, key=lambda match: (round(match[1]), terms[match[0]]))
    return best[0]


def correct_word(connection: Connection, index: Index, word: str) -> str | None:
    """The index's nearest word to one it does not hold, or None."""
    for prefix in (word[:2], word[:1]):
        better = _closest(word, _terms_starting(connection, index, prefix))
        if better:
            return better
    return None


def spelled(connection: Connection, index: Index, words: Iterable[str]) -> Words:
    """The words, each unknown one replaced by the index's closest word where there is one."""
    used: list[str] = []
    corrections: dict[str, str] = {}
    for word in words:
        if len(word) >= MIN_CORRECTABLE and not word.isdigit() and not _known(connection, index, word):
            better = correct_word(connection, index, word)
            if better and better != word:
                corrections[word] = better
                word = better
        used.append(word)
    return Words(used=used, corrections=corrections)


# ---- query strings ----------------------------------------------------------------------------

def _fts5_term(word: str, prefix: bool = False) -> str:
    return f'"{word}"' + ("*" if prefix else "")


def _tsquery_term(word: str, prefix: bool = False) -> str:
    return word + (":*" if prefix else "")


# ---- sentences --------------------------------------------------------------------------------

def search_sentences(engine: Engine, query: str, limit: int = 60) -> SentenceResults:
    """The best sentences for a query: every word first, else any of them; spelling corrected."""
    words = query_words(engine, query)
    if not words:
        return SentenceResults(hits=[], words=Words(used=[]))
    with engine.connect() as connection:
        checked = spelled(connection, "sentence", words)
        hits, windowed = _rank_sentences(connection, checked.used, limit, all_words=True)
        if not hits and len(checked.used) > 1:
            hits, windowed = _rank_sentences(connection, checked.used, limit, all_words=False)
            return SentenceResults(hits=hits, words=checked, any_word=bool(hits), windowed=windowed)
    return SentenceResults(hits=hits, words=checked, windowed=windowed)


def _rank_sentences(connection: Connection, words: list[str], limit: int,
                    all_words: bool) -> tuple[list[SentenceHit], bool]:
    if connection.dialect.name == "sqlite":
        return _rank_sqlite(connection, words, limit, all_words)
    return _rank_postgres(connection, words, limit, all_words), False


def _rank_sqlite(connection: Connection, words: list[str], limit: int,
                 all_words: bool) -> tuple[list[SentenceHit], bool]:
    match = (" AND " if all_words else " OR ").join(_fts5_term(w) for w in words)
    # The newest sentences have the highest ids: past RANK_WINDOW matches, rank only the newest ones.
    newest = connection.exec_driver_sql(
        "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW)).first()
    floor = int(newest[0]) if newest else 0
    windowed = newest is not None
    rows = connection.exec_driver_sql(
        "SELECT s.id, s.article_id, s.position, s.text, ranked.score FROM "
        "(SELECT rowid AS id, bm25(sentence_fts) AS score FROM sentence_fts "
        " WHERE sentence_fts MATCH ? AND rowid > ? ORDER BY score LIMIT ?) AS ranked "
        "JOIN sentence s ON s.id = ranked.id ORDER BY ranked.score, s.id",
        (match, floor, limit * 8)).all()
    return _distinct(rows, limit), windowed


def _rank_postgres(connection: Connection, words: list[str], limit: int, all_words: bool) -> list[SentenceHit]:
    tsquery = (" & " if all_words else " | ").join(_tsquery_term(w) for w in words)
    rows = connection.execute(text(
        "SELECT id, article_id, position, text, -ts_rank(to_tsvector('simple', text), q) AS score "
        "FROM sentence, to_tsquery('simple', :q) AS q WHERE to_tsvector('simple', text) @@ q "
        "ORDER BY score, id LIMIT :n"), {"q": tsquery, "n": limit * 8}).all()
    return _distinct(rows, limit)


def _distinct(rows: Iterable, limit: int) -> list[SentenceHit]:
    """Hits without repeats of the same sentence (near-duplicate articles repeat them)."""
    seen: set[str] = set()
    hits = []
    for sentence_id, article_id, position, sentence, score in rows:
        key = " ".join(sentence.casefold().split())
        if key in seen:
            continue
        seen.add(key)
        hits.append(SentenceHit(int(sentence_id), article_id, int(position), sentence, float(score)))
        if len(hits) == limit:
            break
    return hits


# ---- facts ------------------------------------------------------------------------------------

def match_facts(engine: Engine, kind: str, query: str, limit: int, since: str | None = None,
                before: str | None = None, prefix: bool = False, any_word: bool = False) -> FactMatches:
    """Facts of one kind whose text holds the query's words, newest first, within [since, before)."""
    words = query_words(engine, query)
    if not words:
        return FactMatches(ids=[], total=0, words=Words(used=[]))
    with engine.connect() as connection:
        checked = Words(used=words) if prefix else spelled(connection, "fact", words)
        if connection.dialect.name == "sqlite":
            ids, total = _match_sqlite(connection, kind, checked.used, limit, since, before, prefix, any_word)
        else:
            ids, total = _match_postgres(connection, kind, checked.used, limit, since, before, prefix, any_word)
    return FactMatches(ids=ids, total=total, words=checked)


def _date_clause(since: str | None, before: str | None, column: str = "sort_date") -> tuple[str, dict]:
    """`AND sort_date >= :since AND sort_date < :before`, for the bounds given."""
    clause, params = "", {}
    if since is not None:
        clause += f" AND {column} >= :since"
        params["since"] = since
    if before is not None:
        clause += f" AND {column} < :before"
        params["before"] = before
    return clause, params


def _match_sqlite(connection: Connection, kind: str, words: list[str], limit: int, since: str | None,
                  before: str | None, prefix: bool, any_word: bool) -> tuple[list[int], int | None]:
    joined = (" OR " if any_word else " AND ").join(f"text : {_fts5_term(w, prefix)}" for w in words)
    match = f'kind : "{kind}" AND ({joined})'
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:  # the raw sqlite3 cursor: tens of thousands of ids cost milliseconds, not tens of them
        found = {row[0] for row in cursor.execute("SELECT rowid FROM fact_fts WHERE fact_fts MATCH ?", (match,))}
        if not found:
            return [], 0
        dates = "".join(f" AND sort_date {op} ?" for op, value in ((">=", since), ("<", before)) if value is not None)
        bounds = tuple(value for value in (since, before) if value is not None)
        if len(found) <= DIRECT_ORDER_LIMIT:
            where = f"id IN (SELECT value FROM json_each(?)) AND kind = ?{dates}"
            params = (json.dumps(sorted(found)), kind, *bounds)
            ids = [row[0] for row in cursor.execute(
                f"SELECT id FROM fact WHERE {where} ORDER BY sort_date DESC, id DESC LIMIT ?", (*params, limit))]
            total = len(ids) if len(ids) < limit else cursor.execute(
                f"SELECT count(*) FROM fact WHERE {where}", params).fetchone()[0]
            return ids, int(total)
        ids = []
        rows = cursor.execute(f"SELECT id FROM fact WHERE kind = ?{dates} ORDER BY sort_date DESC, id DESC",
                              (kind, *bounds))
        for (fact_id,) in rows:  # newest first along the (kind, sort_date) index until enough match
            if fact_id in found:
                ids.append(fact_id)
                if len(ids) == limit:
                    break
    finally:
        cursor.close()
    exact = since is None and before is None
    return ids, (len(found) if exact else (len(ids) if len(ids) < limit else None))


def _match_postgres(connection: Connection, kind: str, words: list[str], limit: int, since: str | None,
                    before: str | None, prefix: bool, any_word: bool) -> tuple[list[int], int | None]:
    tsquery = (" | " if any_word else " & ").join(_tsquery_term(w, prefix) for w in words)
    dates, params = _date_clause(since, before)
    where = f"kind = :kind AND to_tsvector('simple', data::jsonb - 'quote') @@ to_tsquery('simple', :q){dates}"
    params |= {"kind": kind, "q": tsquery}
    ids = [row[0] for row in connection.execute(text(
        f"SELECT id FROM fact WHERE {where} ORDER BY sort_date DESC, id DESC LIMIT :n"), params | {"n": limit})]
    total = len(ids) if len(ids) < limit else connection.execute(
        text(f"SELECT count(*) FROM fact WHERE {where}"), params).scalar_one()
    return ids, int(total)
