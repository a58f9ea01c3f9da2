"""The export: every article and fact as JSON, in the format of shared/eval/README.md."""
from __future__ import annotations

from typing import Any

from bot.core.facts import FACT_TYPES
from bot.store import Store


def export(store: Store) -> dict[str, Any]:
    """One object: the articles, then each kind of fact, each fact naming its article."""
    per_article = store.article_facts()
    out: dict[str, Any] = {"articles": [], **{kind: [] for kind in FACT_TYPES}}
    for article in sorted(store.articles(), key=lambda a: a.id):
        out["articles"].append({
            "id": article.id, "title": article.title, "source": article.source, "url": article.url,
            "published": article.published, "published_precision": article.published_precision,
            "dateline_place": article.dateline_place, "story": article.story_id, "summary": article.summary,
        })
        for kind in FACT_TYPES:
            out[kind] += [{"article": article.id, **fact} for fact in per_article.get(article.id, {}).get(kind, [])]
    return out
