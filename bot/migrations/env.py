"""Alembic environment: migrates the connection `bot.migrations_runner` hands in, or DATABASE_URL."""
from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from bot import models  # noqa: F401  (registers the tables)
from bot.migrations_runner import include_object

target_metadata = SQLModel.metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection, target_metadata=target_metadata, include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite", compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """`alembic upgrade --sql`: print the SQL instead of running it."""
    from bot.config import get_settings

    url = context.config.get_main_option("sqlalchemy.url") or get_settings().database_url
    context.configure(url=url, target_metadata=target_metadata,
                      include_object=include_object, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Normally `bot.migrations_runner` hands in a locked connection; the `alembic` CLI opens its own."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    from bot.config import get_settings
    from bot.db import make_engine

    url = context.config.get_main_option("sqlalchemy.url") or get_settings().database_url
    with make_engine(url).begin() as connection:
        run_on(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
