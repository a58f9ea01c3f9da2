"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL when asked) and seeded parts."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.bootstrap import Parts
from bot.config import Settings, SettingsError
from bot.core.ingest import ingest_paths
from bot.db import create_schema, drop_everything, engine_for
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


def reset(url: str) -> None:
    """An empty database migrated from nothing: every table dropped, then every migration applied."""
    engine = engine_for(url)
    drop_everything(engine)
    create_schema(engine)


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
