"""One article near the 5 MB limit: time and peak memory to ingest it (the summary's graph once grew with the cube
of its sentences).

    python benchmarks/large_article.py --megabytes 4.9
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

PAIR = ("Malaysia", "Türkiye")


def large_text(megabytes: float) -> str:
    """The cleaned bodies of synthetic articles, one after another, up to the size asked for."""
    bodies: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for article_id, text in corpus(400):
            body = "\n".join(extract(RawArticle(id=article_id, text=text), PAIR).sentences)
            bodies.append(body)
            size += len(body.encode("utf-8")) + 1
            if size >= megabytes * 1_000_000:
                break
    return "\n".join(bodies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=4.9)
    args = parser.parse_args()
    text = large_text(args.megabytes)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "large.txt")
        path.write_text(text, encoding="utf-8")
        settings = Settings(_env_file=None, database_url=f"sqlite:///{folder}/large.db", auto_seed=False)  # type: ignore[call-arg]
        engine = engine_for(settings.database_url)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        [result] = ingest_paths(engine, settings, [path])
        seconds = time.perf_counter() - start
        assert result.outcome == "added", result.error
    print(f"article: {len(text.encode('utf-8')) / 1e6:.1f} MB, {text.count(chr(10)) + 1:,} paragraphs")
    print(f"ingest: {seconds:.1f} s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB "
          f"(before ingest {before:,.0f} MB)")


if __name__ == "__main__":
    main()
