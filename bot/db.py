"""The engine and sessions; SQLite by default, PostgreSQL when DATABASE_URL says so."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from bot import models  # noqa: F401  (registers the tables)
from bot.config import SettingsError


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """Build an engine for a URL; the SQLite folder is created if missing."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        extra = {"poolclass": StaticPool} if not path or path == ":memory:" else {}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **extra)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # noqa: BLE001 - any bad URL becomes one line
        raise SettingsError(f"setting DATABASE_URL: cannot use {url!r}: {exc}") from None


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Create the tables (and the search index) on a fresh database."""
    SQLModel.metadata.create_all(engine)
    from bot.core.search_index import ensure_search_index

    ensure_search_index(engine)


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    """One engine per URL per process, with the schema in place."""
    engine = make_engine(url)
    create_schema(engine)
    return engine


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)
