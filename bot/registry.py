"""The one list of commands that `/help` and every adapter loop over, and the dispatcher."""
from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from rapidfuzz import process

from bot.reply import Reply, Request, error, paginate

log = logging.getLogger(__name__)
MAX_REQUEST_CHARS = 1000
Handler = Callable[[Request, "object"], Reply]


@dataclass(frozen=True)
class Command:
    """A command: its name, one-line help, usage, and the module whose `handle` answers it."""

    name: str
    summary: str
    usage: str
    module: str
    admin_only: bool = False
    paged: bool = True

    @property
    def handler(self) -> Handler:
        return importlib.import_module(self.module).handle  # type: ignore[no-any-return]


COMMANDS: dict[str, Command] = {c.name: c for c in [
    Command("trade", "Trade figures, targets and rankings, with sources", "/trade [year | chart]", "handlers.trade"),
    Command("agreements", "Agreements, MoUs and councils by date and place",
            "/agreements [field | kind | year]", "handlers.agreements"),
    Command("timeline", "Dated events in order, merged across sources",
            "/timeline [year | from..to | keyword | chart]", "handlers.timeline"),
    Command("summary", "The state of the relationship, or one article's summary",
            "/summary [article | keyword]", "handlers.summary"),
    Command("search", "Full-text search over every sentence", "/search <words>", "handlers.search"),
    Command("who", "A person or organisation: role, events, quotes", "/who <name>", "handlers.who"),
    Command("sources", "The indexed articles, newest first", "/sources", "handlers.sources"),
    Command("subscribe", "Get the daily digest here", "/subscribe [HH:MM] [Area/City]", "handlers.subscribe",
            paged=False),
    Command("unsubscribe", "Stop the daily digest here", "/unsubscribe", "handlers.unsubscribe", paged=False),
    Command("digest", "The digest of what is new, now", "/digest", "handlers.digest", paged=False),
    Command("ingest", "Index an article from a URL (admins)", "/ingest <url>", "handlers.ingest",
            admin_only=True, paged=False),
    Command("feeds", "List, add or remove feeds (admins)", "/feeds [add <url> | remove <url|id>]",
            "handlers.feeds", admin_only=True, paged=False),
    Command("help", "The commands, or how to use one", "/help [command]", "handlers.help", paged=False),
]}

_PAGE = re.compile(r"^(?:page|p)\s*(\d{1,4})$", re.I)


def suggest(name: str) -> str | None:
    """The closest command name, for 'did you mean'."""
    match = process.extractOne(name.lower(), list(COMMANDS), score_cutoff=55)
    return match[0] if match else None


def parse(text: str, **context: object) -> Request | Reply:
    """Text to a Request, or an error Reply for a message that is not a usable command."""
    text = text.strip()
    if len(text) > MAX_REQUEST_CHARS:
        return error(f"That message is too long ({len(text):,} characters; the limit is {MAX_REQUEST_CHARS:,}).")
    if not text:
        return error("Empty request.", "Try /help.")
    words = text.split()
    head = words[0].lstrip("/").split("@", 1)[0].lower()
    args = words[1:]
    page = 1
    if len(args) >= 2 and args[-2].lower() in {"page", "p"} and args[-1].isdigit():
        page, args = int(args[-1]), args[:-2]
    elif args and _PAGE.match(args[-1]):
        page, args = int(_PAGE.match(args[-1]).group(1)), args[:-1]  # type: ignore[union-attr]
    return Request(command=head, args=args, page=page, **context)  # type: ignore[arg-type]


def dispatch(text: str, store: object, **context: object) -> Reply:
    """Answer one request; unknown commands get a suggestion, failures an apology."""
    request = parse(text, **context)
    if isinstance(request, Reply):
        return request
    command = COMMANDS.get(request.command)
    if command is None:
        guess = suggest(request.command)
        hint = f"Did you mean /{guess}?" if guess else "Try /help for the list of commands."
        return error(f"Unknown command /{request.command}.", hint, command=request.command)
    if command.admin_only and not request.is_admin:
        return error(f"/{command.name} is for admins only.", command=command.name)
    try:
        reply = command.handler(request, store)
    except Exception:  # noqa: BLE001 - one failing command must not take the bot down
        log.exception("command /%s failed", command.name)
        return error("Sorry, something went wrong while answering that. It has been logged.",
                     command=command.name)
    reply = replace(reply, command=command.name, args=tuple(request.args))
    if command.paged and not reply.is_error:
        return paginate(reply, request.page)
    return reply
