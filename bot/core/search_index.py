"""The full-text indexes: sentences (for /search) and facts (for keyword filters of the commands).

FTS5 on SQLite, GIN tsvector indexes on PostgreSQL. A fact is indexed by every text value of its
data except its quote, so `/agreements education` or `/timeline Ankara` need not scan the facts.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

SENTENCE_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5("
    "text, content='sentence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_insert AFTER INSERT ON sentence BEGIN "
    "INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_delete AFTER DELETE ON sentence BEGIN "
    "INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
]


def fact_text_sql(row: str) -> str:
    """SQL for the searchable text of a fact row: its JSON's text values, the quote left out."""
    return (f"(SELECT coalesce(group_concat(value, ' '), '') FROM json_tree({row}.data) "
            "WHERE type = 'text' AND key IS NOT 'quote')")


FACT_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS fact_fts USING fts5("
    "kind, text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS fact_fts_insert AFTER INSERT ON fact BEGIN "
    f"INSERT INTO fact_fts(rowid, kind, text) VALUES (new.id, new.kind, {fact_text_sql('new')}); END",
    "CREATE TRIGGER IF NOT EXISTS fact_fts_update AFTER UPDATE OF data ON fact BEGIN "
    "DELETE FROM fact_fts WHERE rowid = old.id; "
    f"INSERT INTO fact_fts(rowid, kind, text) VALUES (new.id, new.kind, {fact_text_sql('new')}); END",
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


def ensure_search_index(engine: Engine) -> None:
    """Create the indexes if they are missing; idempotent."""
    statements = SQLITE_DDL if engine.dialect.name == "sqlite" else POSTGRES_DDL
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
