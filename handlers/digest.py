"""/digest: what is new since this chat's last daily digest, shown now without counting as one."""
from __future__ import annotations

from bot.core.digest import compose_digest
from bot.reply import Reply, Request
from bot.store import Store


def handle(request: Request, store: Store) -> Reply:
    """Show this chat's digest now; the daily one still comes at its time."""
    return compose_digest(store, request.channel or "console")
