"""/sources: the indexed articles, newest first: title, publisher, date and a one-line summary."""
from __future__ import annotations

from typing import Any

from bot.models import Article
from bot.reply import Item, Reply, Request, Section
from bot.store import Store, citation
from handlers.formatting import more_note, shorten, usage_error

USAGE = "/sources"
MAX_ARTICLES = 120


def handle(request: Request, store: Store) -> Reply:
    """Answer /sources."""
    if request.args:
        return usage_error("/sources takes no arguments.", USAGE, "To read one article: /summary <article id>")
    articles = store.article_list(MAX_ARTICLES)
    if not articles:
        return Reply(title="No articles indexed yet.", notes=("Add articles with /ingest <url> or newsbot ingest.",))
    total = store.article_count()
    more = more_note(len(articles), total, "articles", "/search <words> or /summary <keyword>")
    return Reply(title=f"Sources ({total:,} articles)", sections=(Section(None, tuple(map(article_item, articles))),),
                 notes=(more,) if more else ())


def article_title(article: Article | Any) -> str:
    """Its title, else its first summary sentence, else its id."""
    return shorten(article.title or (article.summary[0] if article.summary else article.id), 160)


def article_item(article: Article | Any) -> Item:
    """The title with its publisher and date (as the citation), a one-line summary and how to read more."""
    summary = shorten(article.summary[0], 200) if article.summary else "No summary."
    return Item(text=article_title(article), citations=(citation(article),),
                detail=f"{summary} (/summary {article.id})")
