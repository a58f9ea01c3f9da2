"""Ingest: read articles, extract their facts, store them; one bad file never stops a batch."""
from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.config import Settings
from bot.core.article_reader import RawArticle, UnreadableArticle, article_files, read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
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


# Files read and extracted before the chunk is stored and committed: extraction and SQLite run each on caches
# warm with their own work (a fifth faster than alternating per article), and the write lock is held only
# while storing. 250 rather than 100: fewer commits and FTS5 segments made full ingest 2-4% faster; a crash loses
# at most that many files' work, all still on disk to ingest again.
CHUNK = 250


def ingest_raw(engine: Engine, settings: Settings, raw: RawArticle, source: str | None = None) -> IngestResult:
    """Extract and store one article already read, in a transaction of its own; `source` names it in
    reports (path or URL)."""
    with ArticleWriter(engine, settings.country_pair) as writer:
        return _store(writer, raw, extract(raw, settings.country_pair), source or raw.url or raw.id)


def _store(writer: ArticleWriter, raw: RawArticle, facts: ArticleFacts, source: str) -> IngestResult:
    try:
        outcome = writer.store(facts, raw.text)
    except StoreFailed as exc:
        return IngestResult(source=source, outcome="failed", error=str(exc))
    return IngestResult(source=source, outcome=outcome, article_id=raw.id)


def _extract_file(settings: Settings, path: Path) -> tuple[RawArticle, ArticleFacts] | IngestResult:
    try:
        raw = read_article_file(path, settings.max_article_bytes)
    except UnreadableArticle as exc:
        return IngestResult(source=str(path), outcome="failed", error=str(exc))
    return raw, extract(raw, settings.country_pair)


def _ingest_chunk(writer: ArticleWriter, settings: Settings, files: list[Path]) -> list[IngestResult]:
    """Read and extract the files, then store and commit them; the results in the files' order."""
    extracted = [_extract_file(settings, file) for file in files]
    results = [item if isinstance(item, IngestResult) else _store(writer, *item, str(file))
               for file, item in zip(files, extracted)]
    writer.commit()
    return results


def ingest_paths(
    engine: Engine, settings: Settings, paths: Iterable[Path],
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest files and folders; every input gets a result, failures included. Results reach `on_result`
    once committed, so "added" is never said of an article a crash could still lose."""
    results: list[IngestResult] = []

    def report(found: list[IngestResult]) -> None:
        results.extend(found)
        if on_result:
            for result in found:
                on_result(result)

    with _long_lived_left_alone(), ArticleWriter(engine, settings.country_pair) as writer:
        for path in paths:
            files, problems = article_files(path)
            report([IngestResult(source=str(bad), outcome="failed", error=why) for bad, why in problems])
            for start in range(0, len(files), CHUNK):
                report(_ingest_chunk(writer, settings, files[start:start + CHUNK]))
    return results


# Allocations between young-generation collections during a batch: the default 700 ran one every few sentences,
# and each went through the chunk's live facts again (2% of ingest time); at this size they cost a quarter of that.
YOUNG_COLLECTION_EVERY = 20_000


@contextmanager
def _long_lived_left_alone() -> Iterator[None]:
    """The objects alive before a batch (country tables, compiled patterns: some 100,000) are kept out of the
    collector while it runs: the batch's allocations set off a full collection every thousand articles, which
    walked them all (2-3% of ingest time). They are handed back to the collector after. Young collections are made
    rarer for the batch too (YOUNG_COLLECTION_EVERY)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def is_empty(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.exec(select(Article.id).limit(1)).first() is None


def ensure_seeded(engine: Engine, settings: Settings) -> None:
    """Index the bundled seeds into an empty database, so a new user sees answers at once."""
    if settings.auto_seed and settings.seeds_dir.is_dir() and is_empty(engine):
        log.info("empty database: indexing the seed articles in %s", settings.seeds_dir)
        ingest_paths(engine, settings, [settings.seeds_dir])
