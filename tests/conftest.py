"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL when asked) and seeded parts."""
from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from bot.bootstrap import Parts
from bot.config import Settings, SettingsError
from bot.core.ingest import ingest_paths
from bot.db import create_schema, drop_everything, engine_for
from bot.migrations_runner import current_revision, head_revision
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("NEWSBOT_ALLOW_PRIVATE_URLS", "1")


def database_url(tmp_path: Path) -> str:
    """NEWSBOT_TEST_DATABASE_URL when set (PostgreSQL in CI), else a SQLite file for this test."""
    return os.environ.get("NEWSBOT_TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.db'}"


def pytest_sessionstart(session: pytest.Session) -> None:
    """With NEWSBOT_TEST_DATABASE_URL set, an unreachable server fails the run at once instead of skipping."""
    url = os.environ.get("NEWSBOT_TEST_DATABASE_URL")
    if url:
        try:
            engine_for(url)
        except SettingsError as exc:
            pytest.exit(f"NEWSBOT_TEST_DATABASE_URL: {exc}", returncode=1)


# What a test must use to touch a database: one of these fixtures, or a module that opens one itself.
DATABASE_FIXTURES = frozenset({"settings", "empty_parts", "parts"})
OPENS_A_DATABASE = ("database_url", "make_settings", "engine_for", "DATABASE_URL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, only the tests that touch a database run: the rest (extraction, rendering) would give the
    SQLite run's result again at the cost of minutes."""
    if not os.environ.get("NEWSBOT_TEST_DATABASE_URL"):
        return
    opens: dict[Path, bool] = {}
    kept, dropped = [], []
    for item in items:
        module = item.path
        if module not in opens:
            opens[module] = any(word in module.read_text(encoding="utf-8") for word in OPENS_A_DATABASE)
        uses = opens[module] or not DATABASE_FIXTURES.isdisjoint(getattr(item, "fixturenames", ()))
        (kept if uses else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def reset(url: str) -> None:
    """An empty database at the latest migration: PostgreSQL already there is emptied in place, anything else has
    every table dropped and every migration applied (migrating PostgreSQL from nothing takes ten times as long)."""
    engine = engine_for(url)
    if engine.dialect.name == "postgresql" and _emptied_in_place(engine):
        return
    drop_everything(engine)
    create_schema(engine)


@lru_cache(maxsize=1)
def _head() -> str | None:
    return head_revision()


def _emptied_in_place(engine: Engine) -> bool:
    """Every table truncated, identities restarted, when the schema is at the latest migration; a migration test
    may have left it elsewhere, and then the caller migrates from nothing."""
    with engine.begin() as connection:
        if current_revision(connection) != _head():
            return False
        tables = [f'"{name}"' for name in inspect(connection).get_table_names() if name != "alembic_version"]
        if tables:
            connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    return True


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"database_url": database_url(tmp_path), "auto_seed": False}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Settings]:
    """Settings on a fresh, empty database."""
    result = make_settings(tmp_path)
    reset(result.database_url)
    yield result


@pytest.fixture
def empty_parts(settings: Settings) -> Parts:
    engine = engine_for(settings.database_url)
    return Parts(settings=settings, engine=engine, store=Store(engine, settings))


@pytest.fixture
def parts(empty_parts: Parts) -> Parts:
    """Parts on a database holding the five seed articles."""
    results = ingest_paths(empty_parts.engine, empty_parts.settings, [SEEDS])
    assert all(r.outcome != "failed" for r in results), results
    return empty_parts
