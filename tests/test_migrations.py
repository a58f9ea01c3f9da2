"""Alembic migrations: from an empty database, no drift from the models, safe concurrent starts, the CLI."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from bot.config import Settings
from bot.core.indexer import store_article
from bot.core.search_index import ensure_search_index, fact_text_sql
from bot.db import drop_everything, engine_for
from bot.migrations_runner import alembic_config, current_revision, head_revision, include_object, migrate, upgrade
from bot.models import Article
from cmd_corpus import seed_article_facts

NEWSBOT = Path(sys.executable).with_name("newsbot")
SEED = "000_2d44f72f5ea98886"


def revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return current_revision(connection)


def model_tables() -> set[str]:
    return set(SQLModel.metadata.tables)


def search_objects(engine: Engine) -> dict[str, str]:
    """The full-text search objects (named `..._fts...`) as the database describes them: name -> SQL."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE '%fts%' AND sql IS NOT NULL").all()
        else:
            rows = connection.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%%fts'").all()
    return {name: " ".join(sql.replace("IF NOT EXISTS ", "").split()) for name, sql in rows}


def drop_search_objects(engine: Engine) -> None:
    names = search_objects(engine)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(
                "SELECT type, name FROM sqlite_master WHERE type = 'trigger' OR sql LIKE 'CREATE VIRTUAL TABLE%'"
            ).all()
            for kind, name in rows:
                connection.exec_driver_sql(f"DROP {kind.upper()} {name}")
        else:
            for name in names:
                connection.exec_driver_sql(f"DROP INDEX {name}")


def test_migrations_build_an_empty_database(settings: Settings) -> None:
    engine = engine_for(settings.database_url)
    drop_everything(engine)
    assert set(inspect(engine).get_table_names()) == set()
    upgrade(settings.database_url)
    assert revision(engine) == head_revision() is not None
    assert model_tables() | {"alembic_version"} <= set(inspect(engine).get_table_names())
    assert search_objects(engine), "the search index is part of the initial migration"
    upgrade(settings.database_url)  # again: nothing to do
    assert revision(engine) == head_revision()


def test_migrated_schema_matches_the_models(settings: Settings) -> None:
    """What `alembic check` does: a model change without a migration fails here."""
    with engine_for(settings.database_url).connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_migrated_search_index_matches_bot_core_search_index(settings: Settings) -> None:
    """The migration keeps a frozen copy of the search DDL; a change there needs a new migration."""
    engine = engine_for(settings.database_url)
    migrated = search_objects(engine)
    drop_search_objects(engine)
    ensure_search_index(engine)
    assert migrated and search_objects(engine) == migrated


def test_downgrade_to_nothing_and_up_again(settings: Settings) -> None:
    engine = engine_for(settings.database_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert revision(engine) is None
    migrate(engine)
    assert revision(engine) == head_revision()
    assert model_tables() <= set(inspect(engine).get_table_names())


def test_processes_starting_together_migrate_once(settings: Settings) -> None:
    engine = engine_for(settings.database_url)
    drop_everything(engine)
    script = "import sys; from bot.db import engine_for; engine_for(sys.argv[1])"
    starts = [subprocess.Popen([sys.executable, "-c", script, settings.database_url], stderr=subprocess.PIPE,
                               text=True) for _ in range(3)]
    errors = [start.communicate(timeout=120)[1] for start in starts]
    assert [start.returncode for start in starts] == [0, 0, 0], errors
    assert revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_a_database_made_before_migrations_is_adopted(settings: Settings) -> None:
    engine = engine_for(settings.database_url)
    drop_everything(engine)
    SQLModel.metadata.create_all(engine)
    ensure_search_index(engine)
    with Session(engine) as session:
        session.add(Article(id="kept", body="An article stored before migrations existed.", content_hash="h",
                            story_id="kept"))
        session.commit()
    migrate(engine)
    assert revision(engine) == head_revision()
    with Session(engine) as session:
        assert session.get(Article, "kept") is not None


def test_upgrading_from_0002_keeps_the_search_index_and_the_writer_takes_over(settings: Settings) -> None:
    """0003 drops the SQLite insert and update triggers: what they indexed stays, a fact the index lost comes
    back, and the writer indexes from then on; downgrading brings the triggers back."""
    engine = engine_for(settings.database_url)
    if engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL indexes expressions of the rows: 0003 changes nothing there")
    drop_everything(engine)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
        connection.exec_driver_sql(
            "INSERT INTO article (id, summary, body, content_hash, story_id, ingested_at) "
            "VALUES ('old', '[]', 'Ministers met in Ankara.', 'h', 'old', '2026-01-01 00:00:00')")
        connection.exec_driver_sql("INSERT INTO sentence (article_id, position, text) "
                                   "VALUES ('old', 0, 'Ministers met in Ankara.')")
        for n, what in enumerate(["Ministers met", "Leaders talked"]):
            connection.exec_driver_sql(
                "INSERT INTO fact (kind, key, sort_date, data, created_at, updated_at) VALUES ('events', ?, '2026', ?, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                (f"2026|ankara|{n}", json.dumps({"what": what, "place": "Ankara", "quote": "q"})))
        connection.exec_driver_sql("DELETE FROM fact_fts WHERE rowid = (SELECT max(id) FROM fact)")
    migrate(engine)
    assert {"sentence_fts_insert", "fact_fts_insert", "fact_fts_update"}.isdisjoint(search_objects(engine))
    facts, body = seed_article_facts(SEED)
    store_article(engine, facts, body, ("Malaysia", "Türkiye"))
    with engine.connect() as connection:
        stored = connection.exec_driver_sql(f"SELECT id, kind, {fact_text_sql('fact')} FROM fact ORDER BY id").all()
        indexed = connection.exec_driver_sql("SELECT rowid, kind, text FROM fact_fts ORDER BY rowid").all()
        connection.exec_driver_sql("INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('integrity-check', 1)")
    assert len(stored) > 2 and indexed == stored
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
    assert {"sentence_fts_insert", "fact_fts_insert", "fact_fts_update"} <= set(search_objects(engine))


def run_newsbot(*args: str, database_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run([str(NEWSBOT), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def test_db_upgrade_command(settings: Settings, tmp_path: Path) -> None:
    drop_everything(engine_for(settings.database_url))
    done = run_newsbot("db", "upgrade", database_url=settings.database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "database is at the latest schema"
    assert revision(engine_for(settings.database_url)) == head_revision()


def test_db_upgrade_with_an_unreachable_database_says_so_in_one_line(tmp_path: Path) -> None:
    done = run_newsbot("db", "upgrade", database_url="postgresql+psycopg://postgres@127.0.0.1:9/nowhere", cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("newsbot: setting DATABASE_URL: cannot open postgresql+psycopg://postgres@127.0.0.1:9/")


def test_db_upgrade_with_an_unusable_sqlite_path_says_so_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = run_newsbot("db", "upgrade", database_url=f"sqlite:///{blocker}/newsbot.db", cwd=tmp_path)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("newsbot: setting DATABASE_URL: ")
