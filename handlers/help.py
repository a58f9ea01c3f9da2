"""/help [command]: the commands from the registry, or how to use one."""
from __future__ import annotations

from bot.registry import COMMANDS, suggest
from bot.reply import Item, Reply, Request, Section, error
from bot.store import Store

EXAMPLES = {
    "trade": ("/trade", "/trade 2025", "/trade chart"),
    "agreements": ("/agreements", "/agreements education", "/agreements mou", "/agreements 2026"),
    "timeline": ("/timeline", "/timeline 2025", "/timeline nov 2025", "/timeline 2019..2025", "/timeline Ankara",
                 "/timeline chart"),
    "summary": ("/summary", "/summary defence", "/summary <article id from /sources>"),
    "search": ("/search shipbuilding", "/search Erdogan Ankara"),
    "who": ("/who Anwar", "/who Erdogan", "/who ASELSAN"),
    "sources": ("/sources",),
    "subscribe": ("/subscribe", "/subscribe 08:00 Asia/Kuala_Lumpur"),
    "ingest": ("/ingest https://example.com/article",),
    "feeds": ("/feeds", "/feeds add https://example.com/rss"),
}


def handle(request: Request, store: Store) -> Reply:
    """Answer /help."""
    if not request.args:
        items = tuple(Item(text=f"{c.usage} — {c.summary}") for c in COMMANDS.values()
                      if request.is_admin or not c.admin_only)
        return Reply(title="Commands", sections=(Section(None, items),),
                     notes=("Long answers come in pages: add 'page 2' to a command to see its next page.",
                            "Every line cites its sources: publisher and date."))
    name = request.args[0].lstrip("/").lower()
    command = COMMANDS.get(name)
    if command is None:
        guess = suggest(name)
        return error(f"There is no /{name} command.", f"Did you mean /{guess}?" if guess else "Try /help.")
    examples = tuple(Item(text=example) for example in EXAMPLES.get(command.name, ()))
    notes = (command.summary + (" Only admins can use it." if command.admin_only else ""),)
    return Reply(title=f"Usage: {command.usage}", sections=(Section("Examples", examples),) if examples else (),
                 notes=notes)
