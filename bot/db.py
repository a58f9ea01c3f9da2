"""The engine and sessions; SQLite by default, PostgreSQL when DATABASE_URL says so."""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import orjson
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from bot import models  # noqa: F401  (registers the tables)
from bot.config import SettingsError


def make_engine(url: str) -> Engine:
    """Build an engine for a URL; the SQLite folder is created if missing."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SettingsError(f"setting DATABASE_URL: cannot create the folder of {path}: "
                                    f"{exc.strerror or exc}") from None
        extra = {"poolclass": StaticPool} if not path or path == ":memory:" else {}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               json_serializer=_json_text, json_deserializer=orjson.loads, **extra)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, json_serializer=_json_text, json_deserializer=orjson.loads)
    except Exception as exc:  # noqa: BLE001 - any bad URL becomes one line
        raise SettingsError(f"setting DATABASE_URL: cannot use {url!r}: {exc}") from None


# Facts and mentions are stored as JSON: compact, with text as it is (json.dumps' spaces and \\u escapes made the
# rows a tenth longer). orjson writes and reads it five times faster than the json module: an ingested article
# writes every fact twice (the fact, its mention) and reads its merge candidates back.
def _json_text(value: object) -> str:
    return orjson.dumps(value).decode()


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint every ~40 MB of WAL, not every 4 MB: an article dirties ~75 pages, many of them the same hot
    # index pages, so rarer checkpoints copy far fewer pages (store 30% faster). The size limit returns the
    # WAL file to 64 MB once a long-lived reader that let it grow is gone.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA journal_size_limit=67108864")
    # A 64 MB page cache (the default is 2 MB): the fact and mention indexes every stored article reads and
    # writes outgrow 2 MB after a few thousand articles (store 5% faster at 3,000); pages are taken only as used.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def create_schema(engine: Engine) -> None:
    """Bring the tables and the search index to the latest migration (a fresh database gets them all)."""
    from bot.migrations_runner import migrate

    migrate(engine)


def drop_everything(engine: Engine) -> None:
    """Remove every table, index and trigger, migration history included (tests start from nothing)."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        return
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        rows = connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC"
        ).all()
        virtual = [name for _kind, name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
        for kind, name, _sql in rows:
            if kind == "table" and any(name.startswith(f"{table}_") for table in virtual):
                continue  # an FTS5 shadow table goes with its virtual table
            connection.exec_driver_sql(f'DROP {kind.upper()} IF EXISTS "{name}"')
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


_engines_lock = threading.Lock()


@lru_cache(maxsize=4)
def _migrated_engine(url: str) -> Engine:
    engine = make_engine(url)
    create_schema(engine)
    return engine


def engine_for(url: str) -> Engine:
    """One engine per URL per process, migrated to the latest schema on first use."""
    with _engines_lock:
        return _migrated_engine(url)


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)
