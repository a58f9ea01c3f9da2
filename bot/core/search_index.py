"""The full-text indexes: sentences (for /search) and facts (for keyword filters of the commands).

FTS5 on SQLite, GIN tsvector indexes on PostgreSQL. A fact is indexed by every text value of its
data except its quote, so `/agreements education` or `/timeline Ankara` need not scan the facts.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

# On SQLite the writer (bot/core/indexer.py) indexes what it inserts or updates, with the statements at the
# end of this module: FTS5 written from a trigger on each row wrote a segment per row, and json_tree ran for
# every fact, a quarter of the time to store an article. Deletes, rare, are indexed by trigger.
SENTENCE_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5("
    "text, content='sentence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_delete AFTER DELETE ON sentence BEGIN "
    "INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
]


def fact_text_sql(row: str) -> str:
    """SQL for the searchable text of a fact row: its JSON's text values, the quote left out."""
    return (f"(SELECT coalesce(group_concat(value, ' '), '') FROM json_tree({row}.data) "
            "WHERE type = 'text' AND key IS NOT 'quote')")


def fact_text(data: object) -> str:
    """The text fact_text_sql gives, from the data in hand: what the writer puts in fact_fts."""
    texts: list[str] = []
    _texts(data, None, texts)
    return " ".join(texts)


def _texts(value: object, key: object, texts: list[str]) -> None:
    """Append the text values in json_tree order (depth first, members in stored order), a member named quote
    left out; a fact's members are mostly strings, so only dicts and lists are recursed into (a generator per
    value cost more than the joining)."""
    if isinstance(value, str):
        if key != "quote":
            texts.append(value)
    elif isinstance(value, dict):
        for member, item in value.items():
            if isinstance(item, str):
                if member != "quote":
                    texts.append(item)
            elif isinstance(item, (dict, list)):
                _texts(item, member, texts)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                texts.append(item)
            elif isinstance(item, (dict, list)):
                _texts(item, None, texts)


FACT_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS fact_fts USING fts5("
    "kind, text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS fact_fts_delete AFTER DELETE ON fact BEGIN "
    "DELETE FROM fact_fts WHERE rowid = old.id; END",
    f"INSERT INTO fact_fts(rowid, kind, text) SELECT id, kind, {fact_text_sql('fact')} FROM fact "
    "WHERE id NOT IN (SELECT rowid FROM fact_fts)",
]
SENTENCE_POSTGRES_DDL = [
    "CREATE INDEX IF NOT EXISTS sentence_text_fts ON sentence "
    "USING GIN (to_tsvector('simple', text))",
]
FACT_POSTGRES_DDL = [
    "CREATE INDEX IF NOT EXISTS fact_data_fts ON fact USING GIN (to_tsvector('simple', data::jsonb - 'quote'))",
]
SQLITE_DDL = SENTENCE_SQLITE_DDL + FACT_SQLITE_DDL
POSTGRES_DDL = SENTENCE_POSTGRES_DDL + FACT_POSTGRES_DDL
# The writer's statements on SQLite, run for each sentence or fact it writes (rows given by value: reading an
# article's sentences back with INSERT ... SELECT took twice as long).
SENTENCE_INDEX_INSERT = "INSERT INTO sentence_fts(rowid, text) VALUES (:id, :text)"
FACT_INDEX_INSERT = "INSERT INTO fact_fts(rowid, kind, text) VALUES (:id, :kind, :text)"
FACT_INDEX_UPDATE = "UPDATE fact_fts SET text = :text WHERE rowid = :id"


def ensure_search_index(engine: Engine) -> None:
    """Create the indexes if they are missing; idempotent."""
    statements = SQLITE_DDL if engine.dialect.name == "sqlite" else POSTGRES_DDL
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
