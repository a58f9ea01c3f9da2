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
from bot.core.indexer import store_article
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
    """Extract and store one article already read; `source` names it in reports (path or URL)."""
    facts = extract(raw, settings.country_pair)
    outcome = store_article(engine, facts, raw.text, settings.country_pair)
    return IngestResult(source=source or raw.url or raw.id, outcome=outcome, article_id=raw.id)


def ingest_file(engine: Engine, settings: Settings, path: Path) -> IngestResult:
    try:
        raw = read_article_file(path, settings.max_article_bytes)
        return ingest_raw(engine, settings, raw, source=str(path))
    except UnreadableArticle as exc:
        return IngestResult(source=str(path), outcome="failed", error=str(exc))


def ingest_paths(
    engine: Engine, settings: Settings, paths: Iterable[Path],
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest files and folders; every input gets a result, failures included."""
    results: list[IngestResult] = []

    def record(result: IngestResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    for path in paths:
        files, problems = article_files(path)
        for bad, why in problems:
            record(IngestResult(source=str(bad), outcome="failed", error=why))
        for file in files:
            record(ingest_file(engine, settings, file))
    return results


def is_empty(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(Article.id).limit(1)).first() is None


def ensure_seeded(engine: Engine, settings: Settings) -> None:
    """Index the bundled seeds into an empty database, so a new user sees answers at once."""
    if settings.auto_seed and settings.seeds_dir.is_dir() and is_empty(engine):
        log.info("empty database: indexing the seed articles in %s", settings.seeds_dir)
        ingest_paths(engine, settings, [settings.seeds_dir])
