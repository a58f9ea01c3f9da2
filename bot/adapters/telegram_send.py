"""Sending to Telegram: the bot's URLs and token, retries with back-off, a Reply as photo and messages."""
from __future__ import annotations

import asyncio
import logging
import re
import warnings
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Bot, CallbackQuery, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.adapters.telegram_render import PageLinks, has_body, page_keyboard, render_caption, render_chunks
from bot.config import Settings, SettingsError
from bot.reply import Reply

log = logging.getLogger(__name__)
T = TypeVar("T")
SEND_ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def bot_token(settings: Settings) -> str:
    """The token from TELEGRAM_BOT_TOKEN, or one line saying what is wrong with it."""
    token = (settings.telegram_bot_token or "").strip()
    if not token:
        raise SettingsError("setting TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and export its token")
    if not re.fullmatch(r"\d+:[\w-]+", token):
        raise SettingsError("setting TELEGRAM_BOT_TOKEN does not look like a bot token (123456789:AA...)")
    return token


def api_urls(settings: Settings) -> tuple[str, str]:
    """Bot API and file URLs; the bot appends `<token>/<method>` as Telegram expects."""
    root = settings.telegram_api_url.strip().rstrip("/")
    if not root.lower().startswith(("http://", "https://")):
        raise SettingsError(f"setting TELEGRAM_API_URL: expected an http(s):// URL, got {root!r}")
    return f"{root}/bot", f"{root}/file/bot"


def retry_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB warns about int vs timedelta; either is fine here
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def retrying(call: Callable[..., Awaitable[T]], /, **kwargs: Any) -> T:
    """Call the Bot API, waiting out flood control and network errors with growing pauses."""
    backoff = BACKOFF_SECONDS
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await call(**kwargs)
        except RetryAfter as exc:
            if attempt == SEND_ATTEMPTS:
                raise
            pause, reason = retry_seconds(exc), str(exc)
        except BadRequest:
            raise
        except NetworkError as exc:
            if attempt == SEND_ATTEMPTS:
                raise
            pause, reason, backoff = backoff, str(exc), backoff * 2
        log.warning("Telegram call failed (%s); retry %d in %.1f s", reason, attempt, pause)
        await asyncio.sleep(pause)
    raise AssertionError("unreachable")


async def send_reply(bot: Bot, chat_id: int | str, reply: Reply, links: PageLinks,
                     *, thread_id: int | None = None) -> None:
    """Send a reply: a chart as a photo, the text in chunks, Prev/Next under the last chunk."""
    where: dict[str, Any] = {"chat_id": chat_id, "parse_mode": ParseMode.HTML}
    if thread_id:
        where["message_thread_id"] = thread_id
    if reply.chart is not None:
        from bot.charts import render_png

        png = await asyncio.to_thread(render_png, reply.chart)
        await retrying(bot.send_photo, photo=png, caption=render_caption(reply), **where)
        if not has_body(reply):
            return
    chunks = render_chunks(reply, with_title=reply.chart is None)
    keyboard = page_keyboard(reply, links)
    for index, chunk in enumerate(chunks):
        markup = keyboard if index == len(chunks) - 1 else None
        await retrying(bot.send_message, text=chunk, reply_markup=markup, link_preview_options=NO_PREVIEW, **where)


async def edit_page(bot: Bot, query: CallbackQuery, reply: Reply, links: PageLinks) -> None:
    """Put another page into the message whose button was pressed; send it anew if that fails."""
    chunks = render_chunks(reply)
    keyboard = page_keyboard(reply, links)
    message = query.message
    if message is None or len(chunks) > 1:
        if message is not None:
            await send_reply(bot, message.chat.id, reply, links)
        return
    try:
        await retrying(bot.edit_message_text, chat_id=message.chat.id, message_id=message.message_id,
                       text=chunks[0], parse_mode=ParseMode.HTML, reply_markup=keyboard,
                       link_preview_options=NO_PREVIEW)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return
        log.warning("could not edit message %s (%s); sending the page anew", message.message_id, exc)
        await send_reply(bot, message.chat.id, reply, links)


def run_blocking(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end from synchronous code, even when this thread has a loop running."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def post_reply(settings: Settings, chat_id: str, reply: Reply) -> None:
    """Send one reply to a chat (the digest command uses it); raises if Telegram refuses."""
    base_url, base_file_url = api_urls(settings)
    token = bot_token(settings)
    logging.getLogger("httpx").setLevel(logging.WARNING)

    async def send() -> None:
        async with Bot(token, base_url=base_url, base_file_url=base_file_url) as bot:
            await send_reply(bot, chat_id, reply, PageLinks())

    run_blocking(send())
