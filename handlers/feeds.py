"""/feeds, /feeds add <url> [keywords...], /feeds remove <url|id> (admins only; the registry checks)."""
from __future__ import annotations

from bot.core.feeds import FeedError, add_feed, list_feeds, remove_feed
from bot.core.topic_filter import parse_keywords
from bot.reply import Item, Reply, Request, Section, error
from bot.store import Store
from handlers.ingest import link_argument

USAGE = "Usage: /feeds [add <url> [keywords...] | remove <url|id>]"


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def show(store: Store) -> Reply:
    """List the feeds with their filter and state."""
    infos = list_feeds(store.engine, store.settings)
    if not infos:
        return Reply(title="No feeds yet", notes=("Add one with /feeds add <url> [keywords...]",))
    items = tuple(Item(info.describe()) for info in infos)
    return Reply(title=f"Feeds ({len(infos)})", sections=(Section(None, items),),
                 notes=("New entries are fetched on every poll; only articles about the filter's topic are indexed.",))


def add(store: Store, args: list[str]) -> Reply:
    """Check and store a feed; extra words are its keyword filter."""
    try:
        added = add_feed(store.engine, store.settings, link_argument(args[0]), parse_keywords(" ".join(args[1:])))
    except FeedError as exc:
        return error(sentence(str(exc)))
    return Reply(title=sentence(added.describe()))


def remove(store: Store, target: str) -> Reply:
    feed = remove_feed(store.engine, link_argument(target))
    if feed is None:
        return error(f"No feed {target}.", "/feeds lists them.")
    return Reply(title=f"Removed feed #{feed.id}: {feed.url}", notes=("Articles it brought stay indexed.",))


def handle(request: Request, store: Store) -> Reply:
    """List, add or remove feeds."""
    action, rest = (request.args[0].lower(), request.args[1:]) if request.args else ("list", [])
    if action == "list" and not rest:
        return show(store)
    if action == "add" and rest:
        return add(store, rest)
    if action == "remove" and len(rest) == 1:
        return remove(store, rest[0])
    return error(USAGE)
