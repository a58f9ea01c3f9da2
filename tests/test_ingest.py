"""Ingest: bad files are named and skipped, articles are all-or-nothing, facts merge across sources."""
from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, func, select

from bot.bootstrap import Parts
from bot.core import indexer
from bot.core.article_reader import RawArticle
from bot.core.countries import country_names
from bot.core.extract import extract
from bot.core.export import export
from bot.core.indexer import store_article
from bot.core.ingest import IngestResult, ensure_seeded, ingest_paths, ingest_raw
from bot.core.search_index import fact_text, fact_text_sql
from bot.models import Article, Fact, Mention, Sentence
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ROOT = SEEDS.parent
GOOD = (SEEDS / "000_2d44f72f5ea98886.txt").read_text(encoding="utf-8")


def count(parts: Parts, model: type) -> int:
    with Session(parts.engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_bad_files_are_named_and_the_batch_goes_on(empty_parts: Parts, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 50)
    (folder / "latin1.txt").write_bytes("Malaysia and T\xfcrkiye signed an agreement today in Ankara.".encode("latin-1") * 3)
    (folder / "truncated.txt").write_text("KUALA LUMPUR, Jan 3 —")
    (folder / "huge.txt").write_text("Trade grew. " * 500_000)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    results = {Path(r.source).name: r for r in ingest_paths(empty_parts.engine, empty_parts.settings, [folder])}
    assert results["good.txt"].outcome == "added"
    reasons = {name: r.error for name, r in results.items() if r.outcome == "failed"}
    assert reasons.keys() == {"empty.txt", "binary.txt", "latin1.txt", "truncated.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"] and "too large" in reasons["huge.txt"]
    assert count(empty_parts, Article) == 1


def test_an_unreadable_entry_in_a_folder_is_reported(empty_parts: Parts, tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-target.txt")
    (tmp_path / "good.txt").write_text(GOOD)
    results = {Path(r.source).name: r for r in ingest_paths(empty_parts.engine, empty_parts.settings, [tmp_path])}
    assert results["gone.txt"].outcome == "failed" and "cannot read" in (results["gone.txt"].error or "")
    assert results["good.txt"].outcome == "added"


def test_a_missing_path_is_reported(empty_parts: Parts, tmp_path: Path) -> None:
    [result] = ingest_paths(empty_parts.engine, empty_parts.settings, [tmp_path / "nope"])
    assert result.outcome == "failed" and "no such file" in (result.error or "")


def test_reingesting_the_same_file_changes_nothing(parts: Parts) -> None:
    before = export(parts.store)
    results = ingest_paths(parts.engine, parts.settings, [SEEDS])
    assert {r.outcome for r in results} == {"unchanged"}
    assert export(parts.store) == before


def test_an_edited_article_replaces_its_old_facts(parts: Parts) -> None:
    edited = GOOD.replace("RM21.2 billion", "RM22.5 billion")
    result = ingest_raw(parts.engine, parts.settings, RawArticle(id="000_2d44f72f5ea98886", text=edited))
    assert result.outcome == "updated"
    values = {f.fact.value for f in parts.store.facts("trade_figures")}
    assert 22_500_000_000 in values and 21_200_000_000 not in values


def test_a_failure_mid_article_leaves_no_half_article(empty_parts: Parts) -> None:
    facts = extract(RawArticle(id="broken", text=GOOD), empty_parts.settings.country_pair)
    facts.events[0].what = object()  # type: ignore[assignment]  # not storable: the write fails midway
    with pytest.raises(Exception):
        store_article(empty_parts.engine, facts, GOOD, empty_parts.settings.country_pair)
    assert [count(empty_parts, m) for m in (Article, Sentence, Fact, Mention)] == [0, 0, 0, 0]


REJECT_MENTIONS_OF_BAD = {
    "sqlite": ["CREATE TRIGGER reject_bad BEFORE INSERT ON mention WHEN NEW.article_id = 'bad' "
               "BEGIN SELECT RAISE(ABORT, 'rejected by the test'); END"],
    "postgresql": ["CREATE FUNCTION reject_bad() RETURNS trigger AS $$ BEGIN IF NEW.article_id = 'bad' THEN "
                   "RAISE EXCEPTION 'rejected by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                   "CREATE TRIGGER reject_bad BEFORE INSERT ON mention FOR EACH ROW EXECUTE FUNCTION reject_bad()"],
}


def test_an_article_the_database_refuses_fails_alone_and_its_batch_goes_on(empty_parts: Parts,
                                                                          tmp_path: Path) -> None:
    """The refused article comes after its facts and sentences are written, in the same batch as others."""
    with empty_parts.engine.begin() as connection:
        for statement in REJECT_MENTIONS_OF_BAD[empty_parts.engine.dialect.name]:
            connection.exec_driver_sql(statement)
    for name in ("a", "bad", "c"):
        (tmp_path / f"{name}.txt").write_text(GOOD.replace("Istanbul", f"Istanbul {name}"), encoding="utf-8")
    results = {Path(r.source).stem: r for r in ingest_paths(empty_parts.engine, empty_parts.settings, [tmp_path])}
    assert {name: r.outcome for name, r in results.items()} == {"a": "added", "bad": "failed", "c": "added"}
    assert "rejected by the test" in (results["bad"].error or "")
    with Session(empty_parts.engine) as session:
        assert set(session.exec(select(Article.id))) == {"a", "c"}
        assert set(session.exec(select(Sentence.article_id))) == {"a", "c"}
        assert set(session.exec(select(Mention.article_id))) == {"a", "c"}
    cited = {c.article_id for kind in ("trade_figures", "events") for f in empty_parts.store.facts(kind)
             for c in f.citations}
    assert "a" in cited and "bad" not in cited  # c is a near-duplicate of a: one story, cited once
    alone = ingest_raw(empty_parts.engine, empty_parts.settings, RawArticle(id="bad", text=GOOD))
    assert (alone.outcome, alone.article_id) == ("failed", None) and "rejected by the test" in (alone.error or "")


def test_articles_are_seen_once_committed_and_a_crash_loses_only_whole_articles(empty_parts: Parts) -> None:
    pair = empty_parts.settings.country_pair
    stored = [extract(RawArticle(id=f"a{n}", text=GOOD.replace("Istanbul", f"Istanbul {n}")), pair)
              for n in range(3)]
    with indexer.ArticleWriter(empty_parts.engine, pair) as writer:
        writer.store(stored[0], GOOD)
        writer.store(stored[1], GOOD)
        assert count(empty_parts, Article) == 0
        writer.commit()
        assert count(empty_parts, Article) == 2
    with pytest.raises(KeyboardInterrupt):
        with indexer.ArticleWriter(empty_parts.engine, pair) as writer:
            writer.store(stored[2], GOOD)
            raise KeyboardInterrupt
    assert [count(empty_parts, m) for m in (Article, Sentence)] == [2, 2 * len(stored[0].sentences)]


def test_a_file_is_reported_once_its_article_is_committed(empty_parts: Parts, tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(GOOD.replace("Istanbul", f"Istanbul {n}"), encoding="utf-8")
    seen: list[tuple[str, bool]] = []

    def visible(result: IngestResult) -> None:
        with Session(empty_parts.engine) as session:
            seen.append((Path(result.source).stem, session.get(Article, Path(result.source).stem) is not None))

    ingest_paths(empty_parts.engine, empty_parts.settings, [tmp_path], on_result=visible)
    assert seen == [("a0", True), ("a1", True), ("a2", True)]


def test_a_failure_after_the_facts_are_indexed_leaves_no_index_rows(empty_parts: Parts,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer, "INSERT_MENTION", text("INSERT INTO no_such_table VALUES (:fact_id)"))
    facts = extract(RawArticle(id="broken", text=GOOD), empty_parts.settings.country_pair)
    with pytest.raises(Exception):
        store_article(empty_parts.engine, facts, GOOD, empty_parts.settings.country_pair)
    assert [count(empty_parts, m) for m in (Article, Sentence, Fact, Mention)] == [0, 0, 0, 0]
    if empty_parts.engine.dialect.name == "sqlite":
        with empty_parts.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM fact_fts").scalar() == 0
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'malaysia'").scalar() == 0


def test_a_batch_hands_the_objects_it_kept_from_the_collector_back(empty_parts: Parts, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    frozen: list[int] = []
    ingest_paths(empty_parts.engine, empty_parts.settings, [tmp_path], on_result=lambda _: frozen.append(
        gc.get_freeze_count()))
    assert frozen[0] > 0 and gc.get_freeze_count() == 0

    def interrupted(_: IngestResult) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(empty_parts.engine, empty_parts.settings, [tmp_path / "a.txt"], on_result=interrupted)
    assert gc.get_freeze_count() == 0


def test_facts_are_stored_as_compact_json_with_their_text_as_written(parts: Parts) -> None:
    with parts.engine.connect() as connection:
        stored = connection.execute(text("SELECT CAST(data AS TEXT) FROM fact")).scalars().all()
    assert stored and any("Türkiye" in row for row in stored)
    assert all(row == json.dumps(json.loads(row), ensure_ascii=False, separators=(",", ":")) for row in stored)


def test_the_writer_keeps_the_sqlite_search_index_as_the_triggers_did(parts: Parts) -> None:
    """Facts inserted, merged, and dropped by an edit: fact_fts holds exactly each fact's text, the sentence
    index agrees with its table."""
    if parts.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL indexes expressions of the rows")
    edited = GOOD.replace("RM21.2 billion", "RM22.5 billion")
    assert ingest_raw(parts.engine, parts.settings, RawArticle(id="000_2d44f72f5ea98886", text=edited)).outcome == \
        "updated"
    with parts.engine.connect() as connection:
        stored = connection.exec_driver_sql(f"SELECT id, kind, {fact_text_sql('fact')} FROM fact ORDER BY id").all()
        indexed = connection.exec_driver_sql("SELECT rowid, kind, text FROM fact_fts ORDER BY rowid").all()
        connection.exec_driver_sql("INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('integrity-check', 1)")
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'rm22'").scalar()
    assert stored and indexed == stored
    assert found == 1


def test_a_facts_search_text_is_the_one_json_tree_gives() -> None:
    data = {"what": "Talks", "quote": "left out", "n": 3, "optional": True, "empty": "", "none": None,
            "actors": ["Anwar", {"quote": "left out too", "name": "Erdoğan"}, ["nested"]], "place": "Ankara"}
    with sqlite3.connect(":memory:") as connection:
        connection.execute("CREATE TABLE fact (data TEXT)")
        connection.execute("INSERT INTO fact VALUES (?)", (json.dumps(data),))
        [(expected,)] = connection.execute(f"SELECT {fact_text_sql('fact')} FROM fact").fetchall()
    assert fact_text(data) == expected == "Talks  Anwar Erdoğan nested Ankara"


def test_agreement_names_are_compared_without_any_spelling_of_either_country() -> None:
    assert {"turkey", "turkiye", "republic of turkey", "malaysia"} <= country_names().pair_spellings(("Malaysia", "Türkiye"))
    assert country_names().pair_spellings(("Malaysia", "Turkey")) == country_names().pair_spellings(("Malaysia", "Türkiye"))
    assert {"germany", "france", "french republic"} <= country_names().pair_spellings(("Germany", "France"))
    assert not country_names().pair_spellings(("Germany", "France")) & {"turkey", "turkiye"}


def test_the_same_meeting_from_two_publishers_is_one_fact_with_both_sources(parts: Parts) -> None:
    meetings = [f for f in parts.store.facts("events") if f.fact.date == "2026-01-07" and f.fact.place == "Ankara"]
    assert len(meetings) == 1
    assert {c.article_id[:3] for c in meetings[0].citations} == {"001", "002"}
    councils = [f for f in parts.store.facts("agreements") if f.fact.kind == "council"]
    assert len(councils) == 1 and {c.article_id[:3] for c in councils[0].citations} == {"001", "002", "003"}


def test_a_lightly_edited_copy_is_linked_to_the_same_story(parts: Parts) -> None:
    copy = GOOD.replace("said Prime Minister", "said Malaysian Prime Minister").replace("today", "on Thursday")
    ingest_raw(parts.engine, parts.settings, RawArticle(id="copy_of_000", text=copy))
    story = parts.store.article("copy_of_000").story_id
    assert story == "000_2d44f72f5ea98886"
    figure = next(f for f in parts.store.facts("trade_figures") if f.fact.value == 21_200_000_000)
    assert len(figure.citations) == 1


def test_the_seeds_are_indexed_into_an_empty_database_unless_turned_off(empty_parts: Parts) -> None:
    empty_parts.settings.auto_seed = False
    ensure_seeded(empty_parts.engine, empty_parts.settings)
    assert count(empty_parts, Article) == 0
    empty_parts.settings.auto_seed = True
    ensure_seeded(empty_parts.engine, empty_parts.settings)
    assert count(empty_parts, Article) == 5


def run_cli(*args: str, database: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database, "NEWSBOT_AUTO_SEED": "1"}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_cli_ingest_reports_failures_and_export_prints_the_eval_format(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'cli.db'}"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01" * 40)
    done = run_cli("ingest", str(SEEDS), str(bad), database=database)
    assert done.returncode == 1
    assert f"{bad}: binary file" in done.stderr and "5 added" in done.stderr
    exported = json.loads(run_cli("export", database=database).stdout)
    assert {a["id"][:3] for a in exported["articles"]} == {"000", "001", "002", "003", "004"}
    first = next(f for f in exported["trade_figures"] if f["value"] == 21_200_000_000)
    assert first == {"article": "000_2d44f72f5ea98886", "metric": "total_trade", "value": 21_200_000_000,
                     "currency": "MYR", "period": "2025-01/2025-11", "quote": first["quote"]}


def test_cli_ingest_never_seeds(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'cli.db'}"
    article = tmp_path / "one.txt"
    article.write_text(GOOD)
    assert run_cli("ingest", str(article), database=database).returncode == 0
    exported = json.loads(run_cli("export", database=database).stdout)
    assert [a["id"] for a in exported["articles"]] == ["one"]


def test_a_wrong_setting_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "export"], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "DIGEST_TIME": "25:99"}, timeout=60)
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0 and "DIGEST_TIME" in done.stderr


def test_the_same_visit_at_two_precisions_is_one_event_at_the_finer_date(parts: Parts) -> None:
    visits = [f for f in parts.store.facts("events") if f.fact.place == "Kuala Lumpur" and f.fact.date.startswith("2025")
              and f.fact.date != "2025-11-19"]
    assert [(v.fact.date, v.fact.precision) for v in visits] == [("2025-02", "month")]
    assert {c.article_id[:3] for c in visits[0].citations} == {"001", "002"}


def test_a_person_keeps_the_fullest_role_any_source_gives(parts: Parts) -> None:
    erdogan = next(f.fact for f in parts.store.facts("people") if f.fact.name.startswith("Recep"))
    assert erdogan.role == "President of Türkiye"
