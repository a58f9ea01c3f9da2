"""The writer indexes what it inserts or updates (bot/core/search_index.py): on SQLite the fact_fts insert
and update triggers and the sentence_fts insert trigger go. A trigger on each row cost a quarter of
storing an article: json_tree for every fact, and a separate FTS5 segment for every sentence.

The indexes the triggers kept are complete already; facts missing from fact_fts (none, unless it was
damaged) are added. The delete triggers stay. PostgreSQL indexes expressions and has nothing to change.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers as 0001 and 0002 made them, and the fact index backfill as bot/core/search_index.py has it.
FACT_TEXT = ("(SELECT coalesce(group_concat(value, ' '), '') FROM json_tree({row}.data) "
             "WHERE type = 'text' AND key IS NOT 'quote')")
FACT_BACKFILL = (f"INSERT INTO fact_fts(rowid, kind, text) SELECT id, kind, {FACT_TEXT.format(row='fact')} "
                 "FROM fact WHERE id NOT IN (SELECT rowid FROM fact_fts)")
TRIGGERS = {
    "sentence_fts_insert": "CREATE TRIGGER IF NOT EXISTS sentence_fts_insert AFTER INSERT ON sentence BEGIN "
                           "INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text); END",
    "fact_fts_insert": "CREATE TRIGGER IF NOT EXISTS fact_fts_insert AFTER INSERT ON fact BEGIN "
                       "INSERT INTO fact_fts(rowid, kind, text) VALUES "
                       f"(new.id, new.kind, {FACT_TEXT.format(row='new')}); END",
    "fact_fts_update": "CREATE TRIGGER IF NOT EXISTS fact_fts_update AFTER UPDATE OF data ON fact BEGIN "
                       "DELETE FROM fact_fts WHERE rowid = old.id; INSERT INTO fact_fts(rowid, kind, text) "
                       f"VALUES (new.id, new.kind, {FACT_TEXT.format(row='new')}); END",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(FACT_BACKFILL)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in TRIGGERS.values():
        op.execute(statement)
    op.execute(FACT_BACKFILL)
