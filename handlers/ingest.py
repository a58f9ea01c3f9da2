"""/ingest <url>: index one article from the web (admins only; the registry checks)."""
from __future__ import annotations

from bot.core.web_articles import ingest_url
from bot.reply import Item, Reply, Request, Section, error
from bot.store import Store, citation

USAGE = "Usage: /ingest <url>"
KIND_NAMES = {"trade_figures": ("trade figure", "trade figures"), "rankings": ("ranking", "rankings"),
              "agreements": ("agreement", "agreements"), "events": ("event", "events"),
              "people": ("person", "people"), "quotes": ("quote", "quotes")}
HEADINGS = {"added": "Indexed", "updated": "Re-indexed (the page changed)", "unchanged": "Already indexed"}


def link_argument(text: str) -> str:
    """A URL as typed in chat: Slack wraps links as `<https://x|label>`."""
    return text.strip().strip("<>").split("|", 1)[0]


def facts_line(counts: dict[str, int]) -> str:
    found = [f"{counts[kind]} {names[counts[kind] != 1]}" for kind, names in KIND_NAMES.items() if counts.get(kind)]
    return "Facts: " + (", ".join(found) if found else "none found")


def handle(request: Request, store: Store) -> Reply:
    """Fetch the page, index it, and say what it brought."""
    if len(request.args) != 1:
        return error(USAGE)
    url = link_argument(request.args[0])
    result = ingest_url(store.engine, store.settings, url)
    article = store.article(result.article_id) if result.article_id and result.outcome != "failed" else None
    if article is None:
        return error(f"Could not index {url}: {result.error or 'nothing was stored'}")
    items = (
        Item(article.title or url, citations=(citation(article),)),
        Item(f"Publisher: {article.source or 'unknown'}"),
        Item(f"Published: {article.published or 'no date found'}"),
        Item(facts_line(store.fact_counts(article.id))),
    )
    return Reply(title=f"{HEADINGS[result.outcome]}: {article.title or url}", sections=(Section(None, items),))
