"""The read side: queries that commands, the digest and the export ask of the index."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, func, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from bot.config import Settings
from bot.core import search
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
    source_count: int = 0  # articles reporting it; `citations` may show only some of them

    @property
    def sources(self) -> int:
        return max(self.source_count, len(self.citations))


# Commands show at most this many citations per fact (the count says how many there are).
CITATIONS_PER_FACT = 5


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
                           tuple(cites[row.id or 0]), len(cites[row.id or 0])) for row in rows]

    def fact_counts(self, article_id: str) -> dict[str, int]:
        """How many facts of each kind one article reports (for `/ingest`'s answer)."""
        with self.session() as session:
            rows = session.exec(
                select(Fact.kind, func.count(col(Mention.id))).join(Fact, col(Fact.id) == col(Mention.fact_id))
                .where(Mention.article_id == article_id).group_by(Fact.kind)
            ).all()
            return {kind: count for kind, count in rows}

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

    # ---- bounded queries for the chat commands: each reads an index range, never a whole table ----
    # `cite=False` skips the citations: commands cite only the facts on the page they show (cite()).

    def count_facts(self, kind: str, since: str | None = None, before: str | None = None) -> int:
        """How many facts of a kind, with `since <= sort_date < before`."""
        with self.session() as session:
            query = select(func.count()).select_from(Fact).where(Fact.kind == kind)
            return int(session.exec(_dated(query, since, before)).one())

    def newest_facts(self, kind: str, limit: int, since: str | None = None, before: str | None = None,
                     cite: bool = True) -> list[StoredFact]:
        """The newest facts of a kind (by sort_date, undated last), with `since <= sort_date < before`."""
        query = _dated(select(Fact.id, Fact.kind, Fact.data).where(Fact.kind == kind), since, before)
        query = query.order_by(col(Fact.sort_date).desc(), col(Fact.id).desc()).limit(limit)
        return self._load(query, cite)

    def facts_with_key_prefix(self, kind: str, prefix: str, limit: int, cite: bool = True) -> list[StoredFact]:
        """Facts whose merge key starts with `prefix` (`target|`, `total_trade|USD|`), newest first.

        Walks the (kind, key) index from the end: a trade key holds its period, so the last keys are the
        newest periods; a few more than asked are read and put in sort_date order.
        """
        query = (select(Fact.id, Fact.kind, Fact.data, Fact.sort_date)
                 .where(Fact.kind == kind, col(Fact.key) >= prefix, col(Fact.key) < prefix + "\uffff")
                 .order_by(col(Fact.key).desc()).limit(limit * 3 + 5))
        with self.session() as session:
            rows = sorted(session.exec(query).all(), key=lambda r: (r.sort_date, r.id), reverse=True)[:limit]
            facts = [_uncited(row) for row in rows]
            return self._cite(session, facts) if cite else facts

    def facts_by_id(self, ids: Sequence[int], cite: bool = True) -> list[StoredFact]:
        """Facts in the order of `ids`."""
        if not ids:
            return []
        query = select(Fact.id, Fact.kind, Fact.data).where(col(Fact.id).in_(list(ids)))
        found = {fact.id: fact for fact in self._load(query, cite=False)}
        facts = [found[i] for i in ids if i in found]
        return self.cite(facts) if cite else facts

    def matching_facts(self, kind: str, words: str, limit: int, since: str | None = None,
                       before: str | None = None, prefix: bool = False, any_word: bool = False,
                       cite: bool = True) -> tuple[list[StoredFact], search.FactMatches]:
        """Facts of a kind whose text holds the words (spelling corrected), newest first."""
        found = search.match_facts(self.engine, kind, words, limit, since, before, prefix, any_word)
        return self.facts_by_id(found.ids, cite), found

    def cite(self, facts: Sequence[StoredFact]) -> list[StoredFact]:
        """The same facts with their citations (CITATIONS_PER_FACT at most each) and source counts."""
        if not facts:
            return []
        with self.session() as session:
            return self._cite(session, list(facts))

    def latest_month(self, kind: str, month: int) -> str | None:
        """The newest `YYYY-MM` in which a fact of this kind is dated in the given month."""
        with self.session() as session:
            row = session.exec(
                select(Fact.sort_date).where(Fact.kind == kind, func.substr(Fact.sort_date, 6, 2) == f"{month:02d}")
                .order_by(col(Fact.sort_date).desc()).limit(1)).first()
            return row[:7] if row else None

    def date_counts(self, kind: str, width: int, since: str | None = None,
                    before: str | None = None) -> list[tuple[str, int]]:
        """Facts per period (`width` 4: per year, 7: per month) in date order; coarser dates left out."""
        with self.session() as session:
            period = func.substr(Fact.sort_date, 1, width)
            query = (select(period, func.count()).where(Fact.kind == kind, func.length(Fact.sort_date) >= width))
            rows = session.exec(_dated(query, since, before).group_by(period).order_by(period)).all()
            return [(str(p), int(n)) for p, n in rows]

    def article_count(self) -> int:
        with self.session() as session:
            return int(session.exec(select(func.count()).select_from(Article)).one())

    def publisher_count(self) -> int:
        with self.session() as session:
            return int(session.exec(select(func.count(func.distinct(Article.source)))).one())

    def article_list(self, limit: int) -> list[Any]:
        """Articles newest first (undated last) as rows of what a listing shows (id, title, source,
        published, url, summary): no bodies, no ORM objects."""
        with self.session() as session:
            query = select(Article.id, Article.title, Article.source, Article.published, Article.url,
                           Article.summary)
            query = query.order_by(col(Article.published).desc().nulls_last(), col(Article.id)).limit(limit)
            return list(session.exec(query).all())

    def articles_with_id_prefix(self, prefix: str, limit: int = 5) -> list[Article]:
        with self.session() as session:
            query = select(Article).options(defer(Article.body))  # type: ignore[arg-type]
            query = query.where(col(Article.id) >= prefix, col(Article.id) < prefix + "\uffff")
            return list(session.exec(query.order_by(col(Article.id)).limit(limit)).all())

    def articles_by_id(self, ids: Sequence[str]) -> list[Article]:
        """Articles in the order of `ids`, without their bodies."""
        if not ids:
            return []
        with self.session() as session:
            query = select(Article).options(defer(Article.body)).where(col(Article.id).in_(list(ids)))  # type: ignore[arg-type]
            rows = {a.id: a for a in session.exec(query).all()}
            return [rows[i] for i in ids if i in rows]

    def search_sentences(self, words: str, limit: int = 60) -> search.SentenceResults:
        return search.search_sentences(self.engine, words, limit)

    def _load(self, query: Any, cite: bool) -> list[StoredFact]:
        with self.session() as session:
            facts = [_uncited(row) for row in session.exec(query).all()]
            return self._cite(session, facts) if cite else facts

    def _cite(self, session: Session, facts: list[StoredFact]) -> list[StoredFact]:
        """Up to CITATIONS_PER_FACT citations per fact (its latest reports) and how many articles report it."""
        ids = [fact.id for fact in facts]
        if not ids:
            return []
        cites: dict[int, list[Citation]] = defaultdict(list)
        seen: set[tuple[int, str]] = set()
        for fact_id, _quote, cited, story_id in _latest_mentions(session, ids):
            if (fact_id, story_id) not in seen:
                seen.add((fact_id, story_id))
                cites[fact_id].append(cited)
        counts = dict(session.exec(
            select(Mention.fact_id, func.count(func.distinct(Mention.article_id)))
            .where(col(Mention.fact_id).in_(ids)).group_by(Mention.fact_id)).all())
        out = []
        for fact in facts:
            shown = tuple(sorted(cites[fact.id], key=lambda c: (c.published or "9999", c.article_id)))
            total = counts.get(fact.id, 0)
            out.append(replace(fact, citations=shown,
                               source_count=len(shown) if total <= CITATIONS_PER_FACT else total))
        return out


def _uncited(row: Any) -> StoredFact:
    return StoredFact(row.id, row.kind, FACT_TYPES[row.kind].model_validate(row.data), ())


def as_model(kind: str, data: dict) -> BaseModel:
    return FACT_TYPES[kind].model_validate(data)


def _dated(query: Any, since: str | None, before: str | None) -> Any:
    if since is not None:
        query = query.where(col(Fact.sort_date) >= since)
    if before is not None:
        query = query.where(col(Fact.sort_date) < before)
    return query


_CITED_COLUMNS = "m.quote, a.id, a.source, a.published, a.title, a.url, a.story_id"
_LATEST_MENTIONS = {
    "sqlite": f"SELECT f.id, {_CITED_COLUMNS} FROM fact f JOIN mention m ON m.id IN "
              "(SELECT m2.id FROM mention m2 WHERE m2.fact_id = f.id ORDER BY m2.id DESC LIMIT :per_fact) "
              "JOIN article a ON a.id = m.article_id WHERE f.id IN :ids",
    "postgresql": f"SELECT f.id, {_CITED_COLUMNS} FROM fact f CROSS JOIN LATERAL "
                  "(SELECT m2.quote, m2.article_id FROM mention m2 WHERE m2.fact_id = f.id "
                  "ORDER BY m2.id DESC LIMIT :per_fact) m JOIN article a ON a.id = m.article_id WHERE f.id IN :ids",
}


def _latest_mentions(session: Session, ids: list[int]) -> list[tuple[int, str, Citation, str]]:
    """The latest reports of each fact as (fact id, quote, citation, story id), CITATIONS_PER_FACT per fact."""
    sql = text(_LATEST_MENTIONS.get(session.get_bind().dialect.name, _LATEST_MENTIONS["postgresql"]))
    rows = session.execute(sql.bindparams(bindparam("ids", expanding=True)),
                           {"ids": ids, "per_fact": CITATIONS_PER_FACT}).all()
    return [(fact_id, quote, Citation(article_id=article_id, publisher=source, published=published, title=title,
                                      quote=quote, url=url), story_id)
            for fact_id, quote, article_id, source, published, title, url, story_id in rows]
