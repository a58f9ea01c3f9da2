"""The full-text index over sentences: FTS5 on SQLite, a GIN tsvector index on PostgreSQL."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine

SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5("
    "text, content='sentence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_insert AFTER INSERT ON sentence BEGIN "
    "INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_delete AFTER DELETE ON sentence BEGIN "
    "INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
]
POSTGRES_DDL = [
    "CREATE INDEX IF NOT EXISTS sentence_text_fts ON sentence "
    "USING GIN (to_tsvector('simple', text))",
]


def ensure_search_index(engine: Engine) -> None:
    """Create the index if it is missing; idempotent."""
    statements = SQLITE_DDL if engine.dialect.name == "sqlite" else POSTGRES_DDL
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
