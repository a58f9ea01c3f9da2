"""Search ranking and spelling, fact keyword matching on both of its paths, long answers paged and capped."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.bootstrap import Parts
from bot.core import search
from bot.core.facts import ArticleFacts, Event
from bot.core.indexer import store_article
from bot.registry import dispatch
from cmd_corpus import PAIR, ROOT

PLACES = ["Ankara", "Istanbul", "Penang"]


def article(number: int, sentences: list[str], events: list[Event] | None = None) -> ArticleFacts:
    return ArticleFacts(id=f"t{number:03d}", title=f"Article {number}", source="Bernama",
                        published=f"2024-{number % 12 + 1:02d}-{number % 27 + 1:02d}", published_precision="day",
                        sentences=sentences, summary=sentences[:1], events=events or [])


def store(parts: Parts, facts: ArticleFacts) -> None:
    store_article(parts.engine, facts, "\n".join(facts.sentences), PAIR)


@pytest.fixture
def many_events(empty_parts: Parts) -> Parts:
    """30 articles, each with one event on its own day."""
    for n in range(30):
        day = f"2024-{n // 10 + 1:02d}-{n % 10 + 10:02d}"
        what = f"Meeting number {n} on shipbuilding in {PLACES[n % 3]}"
        store(empty_parts, article(n, [f"{what}, officials said."], [Event(
            date=day, precision="day", what=what, place=PLACES[n % 3], actors=[f"Official {n}"], quote=what)]))
    return empty_parts


def test_long_timeline_is_paged_and_each_page_cited(many_events: Parts) -> None:
    first = dispatch("/timeline", many_events.store)
    assert first.title == "Timeline (30 events)"
    assert (first.page, first.pages, len(first.items)) == (1, 3, 12)
    assert first.items[0].text == "10 Jan 2024, Ankara: Meeting number 0 on shipbuilding in Ankara"
    assert first.page_request(2) == "/timeline page 2"
    second = dispatch("/timeline page 2", many_events.store)
    assert second.items[0].text.startswith("12 Feb 2024, Ankara: Meeting number 12")
    last = dispatch("/timeline page 9", many_events.store)
    assert (last.page, len(last.items)) == (3, 6)
    for reply in (first, second, last):
        assert all(item.citations and item.citations[0].publisher == "Bernama" for item in reply.items)


def test_a_capped_list_says_so(many_events: Parts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("handlers.timeline.MAX_EVENTS", 10)
    reply = dispatch("/timeline", many_events.store)
    assert "Showing the newest 10 of 30 events. Narrow it down, e.g. /timeline 2025 or /timeline 2019..2021." \
        in reply.notes
    assert reply.items[-1].text.startswith("19 Mar 2024, Penang: Meeting number 29")


def test_keyword_matching_walks_the_date_index_for_large_match_sets(many_events: Parts,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    direct = search.match_facts(many_events.engine, "events", "shipbuilding", 5)
    monkeypatch.setattr(search, "DIRECT_ORDER_LIMIT", 3)
    walked = search.match_facts(many_events.engine, "events", "shipbuilding", 5)
    assert direct.ids == walked.ids and len(direct.ids) == 5
    assert (direct.total, walked.total) == (30, 30)
    ranged = search.match_facts(many_events.engine, "events", "penang", 50, since="2024-02", before="2024-03")
    assert len(ranged.ids) == 3


def test_search_ranks_by_bm25_and_dedupes(empty_parts: Parts) -> None:
    store(empty_parts, article(1, ["Shipbuilding shipbuilding shipbuilding deal signed.",
                                   "The long report also mentions shipbuilding among many other industries and "
                                   "sectors of the economy that the two countries discussed at length."]))
    store(empty_parts, article(2, ["Shipbuilding shipbuilding shipbuilding deal signed."]))
    result = search.search_sentences(empty_parts.engine, "shipbuilding")
    assert [hit.text for hit in result.hits] == [
        "Shipbuilding shipbuilding shipbuilding deal signed.",
        "The long report also mentions shipbuilding among many other industries and sectors of the economy that "
        "the two countries discussed at length."]
    assert result.hits[0].score < result.hits[1].score  # lower is better (bm25; ts_rank negated)


def test_search_corrects_against_the_vocabulary_and_falls_back_to_any_word(empty_parts: Parts) -> None:
    store(empty_parts, article(1, ["President Erdoğan visited the shipyard.", "The Ankara talks ended."]))
    result = search.search_sentences(empty_parts.engine, "Erdogn Ankra")
    erdogan = "erdogan" if empty_parts.engine.dialect.name == "sqlite" else "erdoğan"  # PostgreSQL keeps diacritics
    assert result.words.corrections == {"erdogn": erdogan, "ankra": "ankara"}
    assert result.any_word and len(result.hits) == 2
    first = search.search_sentences(empty_parts.engine, "Erdoğan").hits[0]
    assert first.text == "President Erdoğan visited the shipyard."
    assert search.search_sentences(empty_parts.engine, "zzzzqqq").hits == []


def test_search_on_a_very_common_word_ranks_the_newest_window(empty_parts: Parts,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    if empty_parts.engine.dialect.name != "sqlite":
        pytest.skip("the bm25 window is how SQLite FTS5 stays fast; PostgreSQL ranks with its GIN index")
    for n in range(6):
        store(empty_parts, article(n, [f"Trade note {n} about Malaysia."]))
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    result = search.search_sentences(empty_parts.engine, "malaysia")
    assert result.windowed and {hit.text for hit in result.hits} == {"Trade note 4 about Malaysia.",
                                                                       "Trade note 5 about Malaysia."}
    reply = dispatch("/search malaysia", empty_parts.store)
    assert any(note.startswith("These words are in very many sentences") for note in reply.notes)


def test_commands_know_nothing_of_the_platforms() -> None:
    files = [*Path(ROOT, "handlers").glob("*.py"), Path(ROOT, "bot/core/search.py"), Path(ROOT, "bot/charts.py"),
             Path(ROOT, "bot/adapters/console.py")]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        names |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(n.split(".")[0] in {"telegram", "slack_bolt", "slack_sdk"} for n in names), path
