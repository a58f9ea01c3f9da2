"""Extraction: one raw article in, its cleaned body, summary and facts out. Pure, no I/O."""
from __future__ import annotations

from bot.core.article_caches import start_article
from bot.core.article_reader import RawArticle
from bot.core.article_context import ArticleContext, build_context
from bot.core.facts import ArticleFacts
from bot.core.summary import textrank


def extract(raw: RawArticle, pair: tuple[str, str]) -> ArticleFacts:
    """Everything newsbot knows about one article."""
    start_article()
    context = build_context(raw, pair)
    return ArticleFacts(
        id=raw.id, title=context.title, source=context.source, url=raw.url,
        published=context.published.iso() if context.published else None,
        published_precision=context.published.precision if context.published else None,
        dateline_place=context.dateline_place, sentences=context.sentences,
        summary=textrank(context.sentences, 3),
        **extract_facts(context),
    )


def extract_facts(context: ArticleContext) -> dict[str, list]:
    from bot.core import agreements, events, people, quotes, rankings, trade_figures

    found_people = people.find_people(context)
    return {
        "trade_figures": trade_figures.find_trade_figures(context),
        "rankings": rankings.find_rankings(context),
        "agreements": agreements.find_agreements(context),
        "events": events.find_events(context, found_people),
        "people": found_people,
        "quotes": quotes.find_quotes(context, found_people),
    }
