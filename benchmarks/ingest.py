"""Ingest speed and memory: extraction alone, then full ingest into a fresh SQLite file.

Full ingest is `newsbot ingest FOLDER`'s path: the corpus is written as files, which are read, extracted and
stored in batched transactions.

    python benchmarks/ingest.py --articles 10000

Targets (one core): >= 300 articles/s full ingest, peak RSS < 300 MB at 10,000 articles.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic_corpus import corpus  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.article_reader import RawArticle  # noqa: E402
from bot.core.extract import extract  # noqa: E402
from bot.core.ingest import ingest_paths  # noqa: E402
from bot.db import engine_for  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine_pace() -> float:
    """Seconds for a plain loop of 10 million additions: the same code's figures differ by up to a third between
    days on a shared machine, and this tells a slow day from a slow release."""
    start = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    articles = [RawArticle(id=i, text=t) for i, t in corpus(args.articles)]
    pair = ("Malaysia", "Türkiye")

    start = time.perf_counter()
    for raw in articles:
        extract(raw, pair)
    extraction = args.articles / (time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as folder:
        files = Path(folder, "articles")
        files.mkdir()
        for raw in articles:
            (files / f"{raw.id}.txt").write_text(raw.text, encoding="utf-8")
        del articles
        settings = Settings(_env_file=None, database_url=f"sqlite:///{folder}/bench.db", auto_seed=False)  # type: ignore[call-arg]
        engine = engine_for(settings.database_url)
        start = time.perf_counter()
        results = ingest_paths(engine, settings, [files])
        full = args.articles / (time.perf_counter() - start)
        assert not [r for r in results if r.outcome == "failed"], "the synthetic corpus must ingest cleanly"
    print(f"machine pace: {machine_pace():.2f} s for 10M additions (0.23 on the day of the README's figures)")
    print(f"articles: {args.articles}")
    print(f"extraction only: {extraction:,.0f} articles/s")
    print(f"full ingest into SQLite: {full:,.0f} articles/s")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")


if __name__ == "__main__":
    main()
