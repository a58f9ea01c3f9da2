"""The writer's fast paths store exactly what the slower ways they replace would store."""
from __future__ import annotations

from pathlib import Path

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.indexer import ArticleWriter, store_article
from bot.db import engine_for

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAIR = ("Malaysia", "Türkiye")
TABLES = {
    "sentence": "SELECT id, article_id, position, text FROM sentence ORDER BY id",
    "fact": "SELECT id, kind, key, data FROM fact ORDER BY id",
    "mention": "SELECT fact_id, article_id, position FROM mention ORDER BY fact_id, article_id, position",
    "fact_fts": "SELECT rowid, kind, text FROM fact_fts ORDER BY rowid",
    "sentence_fts": "SELECT rowid, text FROM sentence_fts ORDER BY rowid",
}


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    with engine_for(url).connect() as connection:
        return {name: [tuple(row) for row in connection.exec_driver_sql(sql)] for name, sql in TABLES.items()}


def test_ids_counted_on_in_a_transaction_are_those_a_fresh_largest_id_gives(tmp_path: Path) -> None:
    """The last article is edited after it was stored, in the same transaction: its rows, the largest ids,
    are deleted, and the new ones reuse them as when the largest id is read again for every article."""
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    bodies = [(first.stem, first.read_text(encoding="utf-8")), (second.stem, second.read_text(encoding="utf-8"))]
    edited = bodies[1][1].replace(" the ", " The ", 3)
    assert edited != bodies[1][1]
    articles = [(extract(RawArticle(id=id, text=body), PAIR), body) for id, body in [*bodies, (bodies[1][0], edited)]]
    one, each = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'each.db'}"
    with ArticleWriter(engine_for(one), PAIR) as writer:
        assert [writer.store(facts, body) for facts, body in articles] == ["added", "added", "updated"]
    assert [store_article(engine_for(each), facts, body, PAIR) for facts, body in articles] == \
        ["added", "added", "updated"]
    assert _rows(one) == _rows(each)
