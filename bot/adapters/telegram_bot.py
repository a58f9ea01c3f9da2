"""The Telegram adapter: python-telegram-bot wiring that turns updates into registry requests."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlparse

from sqlalchemy.engine import Engine
from telegram import Bot, BotCommand, BotCommandScopeChat, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)

from bot import registry
from bot.adapters.telegram_render import PageLinks
from bot.adapters.telegram_send import api_urls, bot_token, edit_page, post_reply, retrying, send_reply
from bot.bootstrap import Parts, bootstrap
from bot.config import Settings, SettingsError, admin_ids, get_settings
from bot.reply import Reply, Request

__all__ = ["bot_token", "build_application", "post_reply", "run", "webhook_options"]
log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
CHAT_SETTINGS = frozenset({"subscribe", "unsubscribe"})  # changed by chat admins only, in groups
DIGEST_EVERY_SECONDS = 60.0
HINT = "Send me a command, e.g. /trade, /agreements or /search <words>. /help lists them all."
EXPIRED = "This button has expired; send the command again."
APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again."


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class BotState:
    """What the handlers need, kept in `application.bot_data`."""

    parts: Parts
    clock: Clock
    links: PageLinks
    digest_every: float


def state(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    return context.bot_data["newsbot"]  # type: ignore[no-any-return]


# --- handlers -----------------------------------------------------------------------------------

async def is_chat_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whoever may change the chat's settings: anyone in a private chat, admins in groups."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous admin writing as the group
    if user is None:
        return False
    member = await retrying(context.bot.get_chat_member, chat_id=chat.id, user_id=user.id)
    return member.status in {ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR}


async def request_context(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> dict[str, Any]:
    """Who asks, where: the context `registry.dispatch` needs."""
    chat, user = update.effective_chat, update.effective_user
    user_id = str(user.id) if user else None
    parsed = registry.parse(text)
    if isinstance(parsed, Request) and parsed.command in CHAT_SETTINGS:
        is_admin = await is_chat_admin(update, context)
    else:
        is_admin = user_id is not None and user_id in admin_ids(state(context).parts.settings, "telegram")
    return {"platform": "telegram", "channel": f"telegram:{chat.id if chat else ''}", "user_id": user_id,
            "is_admin": is_admin}


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> Reply:
    """Dispatch a request off the event loop (commands read the database)."""
    request = await request_context(update, context, text)
    return await asyncio.to_thread(registry.dispatch, text, state(context).parts.store, **request)


def addressed_elsewhere(text: str, username: str | None) -> bool:
    """`/cmd@OtherBot` in a group is for another bot."""
    head = text.split(maxsplit=1)[0] if text.strip() else ""
    _, at, name = head.partition("@")
    return bool(at) and name.lower() != (username or "").lower()


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    message = update.effective_message
    if message is None:
        return
    reply = await ask(update, context, text)
    thread_id = message.message_thread_id if message.is_topic_message else None
    await send_reply(context.bot, message.chat.id, reply, state(context).links, thread_id=thread_id)


async def answer_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a /command, known or not, through the registry."""
    message = update.effective_message
    if message is not None and message.text and not addressed_elsewhere(message.text, context.bot.username):
        await answer(update, context, message.text)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet someone who pressed Start (Telegram sends /start) with the list of commands."""
    await answer(update, context, "/help")


async def hint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell someone who wrote plain text how to ask."""
    if update.effective_message is not None:
        await retrying(update.effective_message.reply_text, text=HINT)


async def turn_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show another page of an answer in place of the one shown."""
    query = update.callback_query
    if query is None:
        return
    request = state(context).links.decode(query.data or "")
    with contextlib.suppress(BadRequest):  # a press older than Telegram's answer window is still served
        await retrying(query.answer, text=EXPIRED if request is None else None)
    if request is None:
        return
    reply = await ask(update, context, request)
    await edit_page(context.bot, query, reply, state(context).links)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the traceback and tell the chat something went wrong."""
    if update is None and isinstance(context.error, Conflict):
        log.error("another process is getting updates with this token: %s", context.error)
        return
    if update is None and isinstance(context.error, NetworkError):
        log.warning("cannot reach Telegram (%s); python-telegram-bot keeps trying", context.error)
        return
    log.error("update failed: %s", context.error, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(update.effective_chat.id, APOLOGY)


# --- digest -------------------------------------------------------------------------------------

async def send_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Post the daily digest to each subscribed chat whose time has come (the database says which)."""
    from bot.core.digest import send_due_digests
    from bot.core.subscriptions import unsubscribe

    current = state(context)
    loop = asyncio.get_running_loop()
    gone: list[str] = []
    moved: dict[str, int] = {}

    def post(chat_id: str, reply: Reply) -> None:
        sending = send_reply(context.bot, chat_id, reply, current.links)
        try:
            asyncio.run_coroutine_threadsafe(sending, loop).result()
        except Forbidden:
            gone.append(chat_id)
            raise
        except ChatMigrated as exc:
            moved[chat_id] = exc.new_chat_id
            raise

    sent = await asyncio.to_thread(send_due_digests, current.parts, "telegram", post, now=current.clock())
    if sent:
        log.info("digest sent to %s", ", ".join(sent))
    for chat_id in gone:
        log.warning("the bot may no longer write to chat %s; unsubscribing it from the digest", chat_id)
        await asyncio.to_thread(unsubscribe, current.parts.engine, f"telegram:{chat_id}")
    for chat_id, new_id in moved.items():
        log.warning("chat %s became supergroup %s; its digest moves along", chat_id, new_id)
        await asyncio.to_thread(move_subscription, current.parts.engine, chat_id, new_id)


def move_subscription(engine: Engine, old_id: str, new_id: int) -> None:
    """Keep a group's digest when Telegram upgrades it to a supergroup (the chat id changes)."""
    from bot.core.subscriptions import subscribe, subscription, unsubscribe

    row = subscription(engine, f"telegram:{old_id}")
    if row is not None:
        subscribe(engine, f"telegram:{new_id}", row.time, row.tz)
        unsubscribe(engine, f"telegram:{old_id}")


# --- wiring -------------------------------------------------------------------------------------

async def register_commands(bot: Bot, settings: Settings) -> None:
    """The command menu: everyone's commands, plus the admin ones in each admin's private chat."""
    everyone = [BotCommand(c.name, c.summary) for c in registry.COMMANDS.values() if not c.admin_only]
    await retrying(bot.set_my_commands, commands=everyone)
    every_command = [BotCommand(c.name, c.summary) for c in registry.COMMANDS.values()]
    for admin in sorted(admin_ids(settings, "telegram")):
        if admin.lstrip("-").isdigit():
            with contextlib.suppress(BadRequest, Forbidden):  # an admin who never opened a chat with the bot
                await bot.set_my_commands(every_command, scope=BotCommandScopeChat(int(admin)))


async def on_start(application: Application) -> None:
    """Register the command menu and start the digest schedule."""
    current: BotState = application.bot_data["newsbot"]
    try:
        await register_commands(application.bot, current.parts.settings)
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", exc)
    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without the [job-queue] extra")
    # The first round runs at once: `first=0` alone is already past when the scheduler starts, so APScheduler
    # would wait a whole interval (and drop a late run after its 1 s misfire grace).
    application.job_queue.run_repeating(send_digests, interval=current.digest_every, first=0, name="digest",
                                        job_kwargs={"next_run_time": utc_now(), "misfire_grace_time": None})


def build_application(parts: Parts, clock: Clock = utc_now,
                      digest_every: float = DIGEST_EVERY_SECONDS) -> Application:
    """The bot: one handler per registry command, paging buttons, the digest job, error handling."""
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token
    base_url, base_file_url = api_urls(parts.settings)
    application = (
        ApplicationBuilder()
        .token(bot_token(parts.settings))
        .base_url(base_url)
        .base_file_url(base_file_url)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(16)
        .post_init(on_start)
        .build()
    )
    application.bot_data["newsbot"] = BotState(parts, clock, PageLinks(), digest_every)
    for name in registry.COMMANDS:
        application.add_handler(CommandHandler(name, answer_command, filters=filters.UpdateType.MESSAGE))
    if "start" not in registry.COMMANDS:
        application.add_handler(CommandHandler("start", start, filters=filters.UpdateType.MESSAGE))
    application.add_handler(MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, answer_command))
    application.add_handler(MessageHandler(
        filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, hint))
    application.add_handler(CallbackQueryHandler(turn_page))
    application.add_error_handler(on_error)
    return application


def webhook_options(webhook_url: str, listen: str, port: int, secret: str | None = None) -> dict[str, Any]:
    """Arguments for the webhook server: the URL's path, and a secret Telegram must send back."""
    return {"listen": listen, "port": port, "url_path": urlparse(webhook_url).path.strip("/"),
            "webhook_url": webhook_url, "secret_token": secret or secrets.token_urlsafe(32),
            "allowed_updates": ALLOWED_UPDATES}


def run(webhook_url: str | None = None, listen: str = "0.0.0.0", port: int = 8443) -> None:
    """Run the bot until interrupted: long polling, or a webhook server when a URL is given."""
    if webhook_url and not webhook_url.lower().startswith("https://"):
        raise SettingsError(f"--webhook-url must be an https:// URL Telegram can reach, got {webhook_url!r}")
    settings = get_settings()
    bot_token(settings)  # a bad setting stops us before the database is touched
    api_urls(settings)
    application = build_application(bootstrap(settings))
    try:
        if webhook_url:
            application.run_webhook(**webhook_options(webhook_url, listen, port))
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        raise SettingsError("setting TELEGRAM_BOT_TOKEN: Telegram rejected the token; check it with @BotFather"
                            ) from None
