"""The read side: queries that commands, the digest and the export ask of the index."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.config import Settings
from bot.core.facts import FACT_TYPES
from bot.models import Article, Fact, Mention
from bot.reply import Citation


@dataclass(frozen=True)
class StoredFact:
    """A merged fact with every source that reports it."""

    id: int
    kind: str
    fact: Any  # the pydantic model of its kind (TradeFigure, Event, ...)
    citations: tuple[Citation, ...]


def citation(article: Article, quote: str | None = None) -> Citation:
    return Citation(article_id=article.id, publisher=article.source, published=article.published,
                    title=article.title, quote=quote, url=article.url)


class Store:
    """Read queries over one database."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def articles(self, limit: int | None = None) -> list[Article]:
        """Articles newest first (undated ones last)."""
        with self.session() as session:
            query = select(Article).order_by(col(Article.published).desc().nulls_last(), col(Article.id))
            return list(session.exec(query.limit(limit) if limit else query).all())

    def article(self, article_id: str) -> Article | None:
        with self.session() as session:
            return session.get(Article, article_id)

    def facts(self, kind: str, limit: int | None = None) -> list[StoredFact]:
        """Merged facts of one kind, newest first, each with its citations."""
        with self.session() as session:
            query = select(Fact).where(Fact.kind == kind).order_by(col(Fact.sort_date).desc(), col(Fact.id))
            rows = session.exec(query.limit(limit) if limit else query).all()
            return self._with_citations(session, rows)

    def _with_citations(self, session: Session, rows: list[Fact]) -> list[StoredFact]:
        ids = [row.id for row in rows]
        cites: dict[int, list[Citation]] = defaultdict(list)
        if ids:
            pairs = session.exec(
                select(Mention, Article).join(Article, col(Article.id) == col(Mention.article_id))
                .where(col(Mention.fact_id).in_(ids))
                .order_by(col(Article.published).nulls_last(), col(Article.id))
            ).all()
            seen: set[tuple[int, str]] = set()
            for mention, article in pairs:
                if (mention.fact_id, article.story_id) not in seen:
                    seen.add((mention.fact_id, article.story_id))
                    cites[mention.fact_id].append(citation(article, mention.quote))
        return [StoredFact(row.id or 0, row.kind, FACT_TYPES[row.kind].model_validate(row.data),
                           tuple(cites[row.id or 0])) for row in rows]

    def article_facts(self) -> dict[str, dict[str, list[dict]]]:
        """Every article's own facts by kind, as the export prints them."""
        out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        with self.session() as session:
            rows = session.exec(
                select(Mention, Fact.kind).join(Fact, col(Fact.id) == col(Mention.fact_id))
                .order_by(col(Mention.article_id), col(Mention.position))
            ).all()
            for mention, kind in rows:
                out[mention.article_id][kind].append(mention.data)
        return out


def as_model(kind: str, data: dict) -> BaseModel:
    return FACT_TYPES[kind].model_validate(data)
