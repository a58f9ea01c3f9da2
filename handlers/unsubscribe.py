"""/unsubscribe: stop the daily digest in this chat."""
from __future__ import annotations

from bot.core.subscriptions import unsubscribe
from bot.reply import Reply, Request, error
from bot.store import Store
from handlers.subscribe import NO_CHAT, NOT_ALLOWED


def handle(request: Request, store: Store) -> Reply:
    """Unsubscribe this chat from the daily digest."""
    if not request.channel:
        return error(NO_CHAT.replace("/subscribe", "/unsubscribe"))
    if not request.is_admin:
        return error(NOT_ALLOWED)
    if unsubscribe(store.engine, request.channel):
        return Reply(title="Unsubscribed: no more daily digests here.", notes=("/subscribe turns it back on.",))
    return Reply(title="This chat does not get the daily digest.", notes=("/subscribe turns it on.",))
