"""Helpers for the Telegram tests: a movable clock, and the real Application run as `run_polling` runs it."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from telegram.ext import Application

from bot.adapters.telegram_bot import ALLOWED_UPDATES
from bot.bootstrap import Parts
from bot.store import Store
from fake_bot_api import TOKEN, FakeBotAPI


@dataclass
class FakeClock:
    """A clock the test moves; counts how often the digest job asked it the time."""

    now: datetime = field(default_factory=lambda: datetime(2026, 1, 9, 5, 0, tzinfo=timezone.utc))
    reads: int = 0

    def __call__(self) -> datetime:
        self.reads += 1
        return self.now


def telegram_parts(parts: Parts, api: FakeBotAPI) -> Parts:
    settings = parts.settings.model_copy(update={"telegram_bot_token": TOKEN, "telegram_api_url": api.root})
    return Parts(settings=settings, engine=parts.engine, store=Store(parts.engine, settings))


@asynccontextmanager
async def polling(application: Application) -> AsyncIterator[Application]:
    """Run the application as `run_polling` does (initialize, post_init, poll, start), then stop it."""
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(timeout=timedelta(seconds=1), allowed_updates=ALLOWED_UPDATES)
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
