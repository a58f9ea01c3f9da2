"""Drop indexes no query uses or another index covers: every insert paid a page write for each.

article.content_hash and article.title are never searched by; fact.kind is the prefix of (kind, key) and
(kind, sort_date); fact.created_at is only read; mention.fact_id is the prefix of the unique
(fact_id, article_id, position).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROPPED = [
    ("ix_article_content_hash", "article", ["content_hash"]),
    ("ix_article_title", "article", ["title"]),
    ("ix_fact_kind", "fact", ["kind"]),
    ("ix_fact_created_at", "fact", ["created_at"]),
    ("ix_mention_fact_id", "mention", ["fact_id"]),
]


def upgrade() -> None:
    for name, table, _columns in DROPPED:
        op.drop_index(name, table_name=table, if_exists=True)


def downgrade() -> None:
    for name, table, columns in DROPPED:
        op.create_index(name, table, columns, if_not_exists=True)
