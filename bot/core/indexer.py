"""The only writer: stores one extracted article and merges its facts, in one transaction."""
from __future__ import annotations

import hashlib
from typing import Literal

from rapidfuzz import fuzz
from sqlalchemy import delete, func, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.core.fact_merge import combine, fold, merge_key, same_fact, sort_date
from bot.core.facts import FACT_TYPES, ArticleFacts
from bot.models import Article, Fact, Mention, Sentence, utcnow

StoreOutcome = Literal["added", "updated", "unchanged"]
FUZZY_KINDS = {"events", "agreements", "people"}
NEAR_DUPLICATE = 90


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _story_of(session: Session, facts: ArticleFacts, body: str) -> str:
    """The story an article belongs to: an earlier near-duplicate's story, else its own id."""
    candidates = session.exec(
        select(Article.id, Article.story_id, Article.body)
        .where(Article.id != facts.id)
        .where(or_(Article.title == facts.title, Article.published == facts.published)
               if facts.title else Article.published == facts.published)
        .limit(40)
    ).all()
    head = body[:3000]
    for _id, story_id, other in candidates:
        if fuzz.ratio(head, other[:3000]) >= NEAR_DUPLICATE:
            return story_id
    return facts.id


def _remove_article_facts(session: Session, article_id: str) -> None:
    """Drop an article's mentions and sentences, and facts nothing reports any more."""
    fact_ids = session.exec(select(Mention.fact_id).where(Mention.article_id == article_id)).all()
    session.exec(delete(Mention).where(col(Mention.article_id) == article_id))
    session.exec(delete(Sentence).where(col(Sentence.article_id) == article_id))
    if fact_ids:
        still = set(session.exec(select(Mention.fact_id).where(col(Mention.fact_id).in_(fact_ids))).all())
        orphans = [fid for fid in set(fact_ids) if fid not in still]
        if orphans:
            session.exec(delete(Fact).where(col(Fact.id).in_(orphans)))


def _find_fact(session: Session, kind: str, key: str, fact, pair: set[str]) -> Fact | None:
    existing = session.exec(select(Fact).where(Fact.kind == kind, Fact.key == key)).first()
    if existing or kind not in FUZZY_KINDS:
        return existing
    query = select(Fact).where(Fact.kind == kind)
    if kind != "people":
        query = query.where(Fact.sort_date == sort_date(fact))
    else:
        last = fold(fact.name).split()[-1:] or [""]
        query = query.where(func.lower(Fact.key).like(f"%{last[0]}%"))
    model = FACT_TYPES[kind]
    for candidate in session.exec(query.limit(200)).all():
        if same_fact(fact, model.model_validate(candidate.data), pair):
            return candidate
    return None


def _store_facts(session: Session, facts: ArticleFacts, pair: set[str]) -> None:
    for position, (kind, fact) in enumerate(facts.facts()):
        key = merge_key(kind, fact)
        row = _find_fact(session, kind, key, fact, pair)
        if row is None:
            row = Fact(kind=kind, key=key, sort_date=sort_date(fact), data=fact.model_dump())
            session.add(row)
            session.flush()
        else:
            merged = combine(FACT_TYPES[kind].model_validate(row.data), fact)
            row.data = merged.model_dump()
            row.sort_date = sort_date(merged)
            row.updated_at = utcnow()
            session.add(row)
        assert row.id is not None
        session.add(Mention(fact_id=row.id, article_id=facts.id, position=position,
                            quote=getattr(fact, "quote", None) or getattr(fact, "text", "") or "",
                            data=fact.model_dump()))


def store_article(engine: Engine, facts: ArticleFacts, body: str, pair: tuple[str, str]) -> StoreOutcome:
    """Write an article, its sentences and facts; re-storing the same text changes nothing."""
    digest = content_hash(body)
    pair_names = {fold(name) for name in pair} | {"turkey", "turkiye"}
    with Session(engine, expire_on_commit=False) as session, session.begin():
        existing = session.get(Article, facts.id)
        if existing is not None and existing.content_hash == digest:
            return "unchanged"
        if existing is not None:
            _remove_article_facts(session, facts.id)
            session.delete(existing)
            session.flush()
        article = Article(
            id=facts.id, title=facts.title, source=facts.source, url=facts.url,
            published=facts.published, published_precision=facts.published_precision,
            dateline_place=facts.dateline_place, summary=facts.summary, body=body,
            content_hash=digest, story_id=_story_of(session, facts, body),
        )
        session.add(article)
        session.add_all(Sentence(article_id=facts.id, position=i, text=text)
                        for i, text in enumerate(facts.sentences))
        session.flush()
        _store_facts(session, facts, pair_names)
    return "updated" if existing is not None else "added"
