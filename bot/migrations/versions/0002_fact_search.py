"""Command views: the facts' full-text index and a (kind, sort_date) index, so commands stay fast;
an index on article titles, so finding an article's near-duplicates does not read every article.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fact index as bot/core/search_index.py defines it at this revision.
FACT_TEXT = ("(SELECT coalesce(group_concat(value, ' '), '') FROM json_tree({row}.data) "
             "WHERE type = 'text' AND key IS NOT 'quote')")
SQLITE_FACT_SEARCH = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS fact_fts USING fts5("
    "kind, text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS fact_fts_insert AFTER INSERT ON fact BEGIN "
    f"INSERT INTO fact_fts(rowid, kind, text) VALUES (new.id, new.kind, {FACT_TEXT.format(row='new')}); END",
    "CREATE TRIGGER IF NOT EXISTS fact_fts_update AFTER UPDATE OF data ON fact BEGIN "
    "DELETE FROM fact_fts WHERE rowid = old.id; "
    f"INSERT INTO fact_fts(rowid, kind, text) VALUES (new.id, new.kind, {FACT_TEXT.format(row='new')}); END",
    "CREATE TRIGGER IF NOT EXISTS fact_fts_delete AFTER DELETE ON fact BEGIN "
    "DELETE FROM fact_fts WHERE rowid = old.id; END",
    f"INSERT INTO fact_fts(rowid, kind, text) SELECT id, kind, {FACT_TEXT.format(row='fact')} FROM fact "
    "WHERE id NOT IN (SELECT rowid FROM fact_fts)",
]
POSTGRES_FACT_SEARCH = [
    "CREATE INDEX IF NOT EXISTS fact_data_fts ON fact USING GIN (to_tsvector('simple', data::jsonb - 'quote'))",
]


def upgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_title'), ['title'], unique=False)
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.create_index('ix_fact_kind_sort_date', ['kind', 'sort_date'], unique=False)
    for statement in SQLITE_FACT_SEARCH if op.get_bind().dialect.name == "sqlite" else POSTGRES_FACT_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in ("DROP TRIGGER IF EXISTS fact_fts_insert", "DROP TRIGGER IF EXISTS fact_fts_update",
                          "DROP TRIGGER IF EXISTS fact_fts_delete", "DROP TABLE IF EXISTS fact_fts"):
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS fact_data_fts")
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.drop_index('ix_fact_kind_sort_date')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_title'))
