"""Fixtures: the fake Bot API on 127.0.0.1, and the seeded database with settings pointing at it."""
from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.bootstrap import Parts
from fake_bot_api import FakeBotAPI
from telegram_harness import telegram_parts


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    fake = FakeBotAPI()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def tg_parts(parts: Parts, api: FakeBotAPI) -> Parts:
    """The seeded database, with settings that point the bot at the fake API."""
    return telegram_parts(parts, api)
