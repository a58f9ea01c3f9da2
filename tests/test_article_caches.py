"""Sentence-level caches serve one article's extractors, never the next article."""
from __future__ import annotations

from bot.core.article_caches import per_article, start_article
from bot.core.article_reader import RawArticle
from bot.core.date_phrases import sentence_dates
from bot.core.extract import extract
from bot.core.sentences import word_set

TEXT = ("KUALA LUMPUR, March 4 (Bernama) -- Malaysia and Turkiye signed a memorandum of understanding on halal "
        "trade on Monday. Bilateral trade reached USD 5 billion in 2024, the trade minister said.")


def test_an_article_reuses_nothing_an_earlier_one_left() -> None:
    extract(RawArticle(id="first", text=TEXT), ("Malaysia", "Türkiye"))
    first = word_set.cache_info()
    extract(RawArticle(id="again", text=TEXT), ("Malaysia", "Türkiye"))
    again = word_set.cache_info()
    assert first.misses > 0
    assert (again.hits, again.misses) == (first.hits, first.misses)  # the counts start again from nothing
    assert sentence_dates.cache_info().currsize > 0  # within the article, the answers were kept for the others


def test_start_article_empties_every_cache_made_with_per_article() -> None:
    calls: list[str] = []

    @per_article(maxsize=8)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert shout("a") == shout("a") == "A"
    start_article()
    assert shout("a") == "A"
    assert calls == ["a", "a"]
