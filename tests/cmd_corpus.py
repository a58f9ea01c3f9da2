"""The five seed articles with their hand-checked facts (tests/data/seed_facts, a copy of the eval gold),
stored through the real indexer: command tests get exact, known facts whatever the extractor finds."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import Engine

from bot.core.article_context import build_context
from bot.core.article_reader import read_article_file
from bot.core.facts import ArticleFacts
from bot.core.indexer import store_article
from bot.core.summary import textrank

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FACTS = Path(__file__).resolve().parent / "data" / "seed_facts"
PAIR = ("Malaysia", "Türkiye")
# Publishers as the articles name them (two seeds do not name theirs).
PUBLISHERS = {"000_2d44f72f5ea98886": "Bernama", "001_e51a7bb7ba208ab8": "Anadolu Agency",
              "002_7965e49280e713be": "Xinhua News Agency"}
FACT_KINDS = ("trade_figures", "rankings", "agreements", "events", "people", "quotes")


def seed_article_facts(stem: str) -> tuple[ArticleFacts, str]:
    """One seed's ArticleFacts (its sentences from the real cleaner, its facts from the gold) and body."""
    raw = read_article_file(SEEDS / f"{stem}.txt", 5_000_000)
    context = build_context(raw, PAIR)
    gold = json.loads((SEED_FACTS / f"{stem}.json").read_text(encoding="utf-8"))
    facts = ArticleFacts(
        id=stem, title=context.title, source=PUBLISHERS.get(stem, context.source), published=gold["published"],
        published_precision=gold["published_precision"], dateline_place=gold["dateline_place"],
        sentences=context.sentences, summary=textrank(context.sentences, 3),
        **{kind: gold[kind] for kind in FACT_KINDS},
    )
    return facts, raw.text


def store_seed_facts(engine: Engine) -> list[str]:
    """Store all five seeds; returns their ids."""
    stems = sorted(path.stem for path in SEED_FACTS.glob("*.json"))
    for stem in stems:
        facts, body = seed_article_facts(stem)
        store_article(engine, facts, body, PAIR)
    return stems
