"""Schema migrations with Alembic, configured in code and run under a lock so concurrent starts are safe."""
from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from bot.config import SettingsError

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any 64-bit number; every newsbot process takes the same PostgreSQL advisory lock before migrating.
ADVISORY_LOCK_KEY = 0x6E657773626F74
# The full-text search objects are made by migrations but are not SQLModel tables (see bot/core/search_index.py).
SEARCH_TABLE_PREFIX = ("sentence_fts", "fact_fts")
SEARCH_INDEXES = frozenset({"sentence_text_fts", "fact_data_fts"})


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the search index out of autogenerate and drift checks: SQLModel does not describe it."""
    if type_ == "table" and (name or "").startswith(SEARCH_TABLE_PREFIX):
        return False
    return not (type_ == "index" and name in SEARCH_INDEXES)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config without alembic.ini: the scripts ship inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """Serialise migrations of one SQLite file across processes (SQLite DDL is not locked for us)."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    with open(f"{path}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _adopt_unversioned(connection: Connection) -> bool:
    """A database made by `create_all` before migrations existed: add what is missing, mark it current."""
    if current_revision(connection) is not None or not inspect(connection).has_table("article"):
        return False
    from sqlmodel import SQLModel

    from bot.core.search_index import SQLITE_DDL, POSTGRES_DDL

    log.warning("database has tables but no migration history: adopting it at the latest revision")
    SQLModel.metadata.create_all(connection)
    for statement in SQLITE_DDL if connection.dialect.name == "sqlite" else POSTGRES_DDL:
        connection.execute(text(statement))
    command.stamp(alembic_config(connection), "head")
    return True


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision; idempotent, and safe when several processes start at once."""
    head = head_revision()
    try:
        with _sqlite_file_lock(engine), engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
            if current_revision(connection) == head or _adopt_unversioned(connection):
                return
            log.info("migrating the database schema to %s", head)
            command.upgrade(alembic_config(connection), "head")
    except OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise SettingsError(
            f"setting DATABASE_URL: cannot open {engine.url.render_as_string(hide_password=True)}: {reason}"
        ) from None


def upgrade(url: str) -> None:
    """`newsbot db upgrade`: apply every pending migration to the database at `url`."""
    from bot.db import make_engine

    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()
