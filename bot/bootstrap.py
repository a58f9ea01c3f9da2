"""Build the real parts from the settings; tests pass their own settings in."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from bot.config import Settings, get_settings
from bot.core.ingest import ensure_seeded
from bot.db import engine_for
from bot.store import Store


@dataclass
class Parts:
    settings: Settings
    engine: Engine
    store: Store


def bootstrap(settings: Settings | None = None, *, seed: bool = True) -> Parts:
    """Settings, database and store; with `seed`, an empty database first gets the seed articles."""
    settings = settings or get_settings()
    engine = engine_for(settings.database_url)
    if seed:
        ensure_seeded(engine, settings)
    return Parts(settings=settings, engine=engine, store=Store(engine, settings))
