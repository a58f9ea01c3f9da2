"""Initial schema: every table of bot/models.py and the full-text search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search index as bot/core/search_index.py defined it at this revision (tests check they agree).
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5("
    "text, content='sentence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_insert AFTER INSERT ON sentence BEGIN "
    "INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS sentence_fts_delete AFTER DELETE ON sentence BEGIN "
    "INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
]
POSTGRES_SEARCH = [
    "CREATE INDEX IF NOT EXISTS sentence_text_fts ON sentence USING GIN (to_tsvector('simple', text))",
]


def create_search_index() -> None:
    for statement in SQLITE_SEARCH if op.get_bind().dialect.name == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in ("DROP TRIGGER IF EXISTS sentence_fts_insert", "DROP TRIGGER IF EXISTS sentence_fts_delete",
                          "DROP TABLE IF EXISTS sentence_fts"):
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS sentence_text_fts")


def upgrade() -> None:
    op.create_table('article',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('published', sa.String(), nullable=True),
    sa.Column('published_precision', sa.String(), nullable=True),
    sa.Column('dateline_place', sa.String(), nullable=True),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('story_id', sa.String(length=200), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_ingested_at'), ['ingested_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_source'), ['source'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_story_id'), ['story_id'], unique=False)

    op.create_table('digestrun',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=200), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('covered_until', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel', 'day')
    )
    with op.batch_alter_table('digestrun', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_digestrun_channel'), ['channel'], unique=False)

    op.create_table('fact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('sort_date', sa.String(length=32), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'key')
    )
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fact_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_fact_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_fact_sort_date'), ['sort_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_fact_updated_at'), ['updated_at'], unique=False)

    op.create_table('feed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('keywords', sa.String(), nullable=False),
    sa.Column('etag', sa.String(), nullable=True),
    sa.Column('last_modified', sa.String(), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('last_error', sa.String(), nullable=True),
    sa.Column('last_polled', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('url')
    )
    op.create_table('subscription',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=200), nullable=False),
    sa.Column('time', sa.String(length=5), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('channel')
    )
    op.create_table('feedentry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feed_id', sa.Integer(), nullable=False),
    sa.Column('entry_key', sa.String(length=1000), nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=True),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['feed_id'], ['feed.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('feed_id', 'entry_key')
    )
    with op.batch_alter_table('feedentry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedentry_feed_id'), ['feed_id'], unique=False)

    op.create_table('mention',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fact_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ),
    sa.ForeignKeyConstraint(['fact_id'], ['fact.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('fact_id', 'article_id', 'position')
    )
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_fact_id'), ['fact_id'], unique=False)

    op.create_table('sentence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sentence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sentence_article_id'), ['article_id'], unique=False)
    create_search_index()


def downgrade() -> None:
    drop_search_index()
    with op.batch_alter_table('sentence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sentence_article_id'))

    op.drop_table('sentence')
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_fact_id'))
        batch_op.drop_index(batch_op.f('ix_mention_article_id'))

    op.drop_table('mention')
    with op.batch_alter_table('feedentry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedentry_feed_id'))

    op.drop_table('feedentry')
    op.drop_table('subscription')
    op.drop_table('feed')
    with op.batch_alter_table('fact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fact_updated_at'))
        batch_op.drop_index(batch_op.f('ix_fact_sort_date'))
        batch_op.drop_index(batch_op.f('ix_fact_kind'))
        batch_op.drop_index(batch_op.f('ix_fact_created_at'))

    op.drop_table('fact')
    with op.batch_alter_table('digestrun', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_digestrun_channel'))

    op.drop_table('digestrun')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_story_id'))
        batch_op.drop_index(batch_op.f('ix_article_source'))
        batch_op.drop_index(batch_op.f('ix_article_published'))
        batch_op.drop_index(batch_op.f('ix_article_ingested_at'))
        batch_op.drop_index(batch_op.f('ix_article_content_hash'))

    op.drop_table('article')
