"""Ingest: read articles, extract their facts, store them; one bad file never stops a batch."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.config import Settings
from bot.core.article_reader import RawArticle, UnreadableArticle, article_files, read_article_file
from bot.core.extract import extract
from bot.core.indexer import ArticleWriter, StoreFailed
from bot.models import Article

log = logging.getLogger(__name__)


@dataclass
class IngestResult:
    """What happened to one input: `outcome` is added/updated/unchanged/failed."""

    source: str
    outcome: str
    article_id: str | None = None
    error: str | None = None


def ingest_raw(engine: Engine, settings: Settings, raw: RawArticle, source: str | None = None) -> IngestResult:
    """Extract and store one article already read, in a transaction of its own; `source` names it in
    reports (path or URL)."""
    with ArticleWriter(engine, settings.country_pair) as writer:
        return _ingest(writer, settings, raw, source)


def _ingest(writer: ArticleWriter, settings: Settings, raw: RawArticle, source: str | None = None) -> IngestResult:
    source = source or raw.url or raw.id
    try:
        outcome = writer.store(extract(raw, settings.country_pair), raw.text)
    except StoreFailed as exc:
        return IngestResult(source=source, outcome="failed", error=str(exc))
    return IngestResult(source=source, outcome=outcome, article_id=raw.id)


def _ingest_file(writer: ArticleWriter, settings: Settings, path: Path) -> IngestResult:
    try:
        return _ingest(writer, settings, read_article_file(path, settings.max_article_bytes), source=str(path))
    except UnreadableArticle as exc:
        return IngestResult(source=str(path), outcome="failed", error=str(exc))


def ingest_paths(
    engine: Engine, settings: Settings, paths: Iterable[Path],
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest files and folders; every input gets a result, failures included. Results reach `on_result`
    once their batch is committed, so "added" is never said of an article a crash could still lose."""
    results: list[IngestResult] = []
    unreported: list[IngestResult] = []

    def report() -> None:
        for result in unreported:
            if on_result:
                on_result(result)
        unreported.clear()

    def record(result: IngestResult) -> None:
        results.append(result)
        unreported.append(result)

    with ArticleWriter(engine, settings.country_pair, on_commit=report) as writer:
        for path in paths:
            files, problems = article_files(path)
            for bad, why in problems:
                record(IngestResult(source=str(bad), outcome="failed", error=why))
            for file in files:
                record(_ingest_file(writer, settings, file))
    return results


def is_empty(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(Article.id).limit(1)).first() is None


def ensure_seeded(engine: Engine, settings: Settings) -> None:
    """Index the bundled seeds into an empty database, so a new user sees answers at once."""
    if settings.auto_seed and settings.seeds_dir.is_dir() and is_empty(engine):
        log.info("empty database: indexing the seed articles in %s", settings.seeds_dir)
        ingest_paths(engine, settings, [settings.seeds_dir])
