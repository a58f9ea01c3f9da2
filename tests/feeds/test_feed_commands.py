"""The admin chat commands /ingest and /feeds, and the `newsbot ingest URL` / `newsbot feeds` command line."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot import cli
from bot.bootstrap import Parts
from bot.config import Settings, get_settings
from bot.registry import dispatch
from feed_site import Site, count_rows

ADMIN = {"platform": "telegram", "user_id": "42", "channel": "telegram:42", "is_admin": True}
WORLD = "/feeds/world.rss"


def test_ingest_replies_with_what_was_indexed(web_parts: Parts, news_site: Site) -> None:
    url = news_site.url("/nation/naval-vessels-pact")
    reply = dispatch(f"/ingest {url}", web_parts.store, **ADMIN)
    assert not reply.is_error
    assert reply.title == "Indexed: Malaysia and Türkiye agree to build naval vessels together"
    lines = [item.text for item in reply.items]
    assert lines[1:3] == ["Publisher: The Straits Ledger", "Published: 2026-02-03"]
    assert lines[3].startswith("Facts: 2 trade figures, ")  # USD 5.3 billion in 2025, USD 4.9 billion in 2024
    assert reply.items[0].citations[0].url == url
    again = dispatch(f"/ingest <{url}|{url}>", web_parts.store, **ADMIN)
    assert again.title.startswith("Already indexed: ")


def test_ingest_errors_are_one_line(web_parts: Parts, news_site: Site) -> None:
    url = news_site.url("/nation/no-such-story")
    reply = dispatch(f"/ingest {url}", web_parts.store, **ADMIN)
    assert reply.is_error and reply.title == f"Could not index {url}: HTTP 404 Not Found"
    assert dispatch("/ingest", web_parts.store, **ADMIN).title == "Usage: /ingest <url>"
    assert count_rows(web_parts.engine)["article"] == 0


def test_ingest_and_feeds_are_for_admins_only(web_parts: Parts, news_site: Site) -> None:
    url = news_site.url("/nation/naval-vessels-pact")
    for text in (f"/ingest {url}", "/feeds", f"/feeds add {news_site.url(WORLD)}"):
        reply = dispatch(text, web_parts.store, **{**ADMIN, "is_admin": False})
        assert reply.is_error and reply.title.endswith("is for admins only.")
    assert news_site.requests == []


def test_ingest_refuses_private_addresses_in_chat(strict_parts: Parts, news_site: Site) -> None:
    reply = dispatch("/ingest http://127.0.0.1:9/admin", strict_parts.store, **ADMIN)
    assert reply.is_error
    assert reply.title == ("Could not index http://127.0.0.1:9/admin: "
                           "refused: 127.0.0.1 resolves to a non-public address (127.0.0.1)")


def test_feeds_add_list_remove_in_chat(web_parts: Parts, news_site: Site) -> None:
    assert dispatch("/feeds", web_parts.store, **ADMIN).title == "No feeds yet"
    url = news_site.url(WORLD)
    added = dispatch(f"/feeds add {url} palm oil, halal", web_parts.store, **ADMIN)
    assert added.title == (f"Added feed #1: {url} ('The Straits Ledger — World', 4 entries now) "
                           "| filter: any of: palm oil, halal")
    listed = dispatch("/feeds", web_parts.store, **ADMIN)
    assert listed.title == "Feeds (1)"
    assert listed.items[0].text == (f"#1 {url} | filter: any of: palm oil, halal | 0 entries seen, 0 indexed "
                                    "| last polled never | active")
    bad = dispatch(f"/feeds add {news_site.url('/nation/naval-vessels-pact')}", web_parts.store, **ADMIN)
    assert bad.is_error
    assert bad.title.endswith(f"naval-vessels-pact: a web page, not an RSS or Atom feed; its feed is {url}")
    assert dispatch("/feeds remove 7", web_parts.store, **ADMIN).title == "No feed 7."
    assert dispatch("/feeds remove #1", web_parts.store, **ADMIN).title == f"Removed feed #1: {url}"
    assert dispatch("/feeds frobnicate", web_parts.store, **ADMIN).title.startswith("Usage: /feeds")


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> Iterator[Settings]:
    """The command line reads its settings from the environment: point it at the test database."""
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("NEWSBOT_AUTO_SEED", "0")
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.setenv("NEWSBOT_FETCH_TIMEOUT", "1")
    get_settings.cache_clear()
    yield settings
    get_settings.cache_clear()


def test_cli_ingest_url(cli_env: Settings, news_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = news_site.url("/nation/naval-vessels-pact"), news_site.url("/campus/news/scholarships")
    assert cli.main(["ingest", good]) == 0
    assert capsys.readouterr().err.splitlines() == [f"added: {good}", "1 added, 0 updated, 0 unchanged, 0 failed"]
    assert cli.main(["ingest", good, bad]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"unchanged: {good}", f"newsbot: {bad}: no article text found in the page",
        "0 added, 0 updated, 1 unchanged, 1 failed"]


def test_cli_feeds(cli_env: Settings, news_site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    url = news_site.url(WORLD)
    assert cli.main(["feeds", "list"]) == 0
    assert capsys.readouterr().out == "no feeds yet; add one with `newsbot feeds add URL`\n"
    assert cli.main(["feeds", "add", url]) == 0
    assert capsys.readouterr().out == (f"added feed #1: {url} ('The Straits Ledger — World', 4 entries now) "
                                       "| filter: Malaysia and Türkiye (default)\n")
    assert cli.main(["feeds", "poll"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"feed #1 {url}: 1 indexed (1 new), 2 off-topic, 0 already seen, 1 failed"
    assert out[1:] == [f"  added: {news_site.url('/nation/naval-vessels-pact')}",
                       f"  failed: {news_site.url('/nation/envoy-reception')}: HTTP 404 Not Found"]
    assert cli.main(["feeds", "poll"]) == 0
    assert capsys.readouterr().out == f"feed #1 {url}: not modified since the last poll\n"
    assert cli.main(["feeds", "list"]) == 0
    assert " | 4 entries seen, 1 indexed | last polled " in capsys.readouterr().out
    assert cli.main(["feeds", "add"]) == 2
    assert capsys.readouterr().err == "newsbot: feeds add needs a feed URL\n"
    assert cli.main(["feeds", "add", "ftp://example.com/feed"]) == 1
    assert capsys.readouterr().err == ("newsbot: cannot add ftp://example.com/feed: "
                                       "only http and https URLs can be fetched, not 'ftp'\n")
    assert cli.main(["feeds", "remove", url]) == 0
    assert capsys.readouterr().out == f"removed feed #1: {url}\n"
    assert cli.main(["feeds", "remove", url]) == 1


def test_cli_feeds_poll_reports_a_failing_feed(cli_env: Settings, news_site: Site,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["feeds", "add", news_site.url(WORLD)])
    del news_site.pages[WORLD]
    capsys.readouterr()
    assert cli.main(["feeds", "poll"]) == 1
    assert capsys.readouterr().out == f"feed #1 {news_site.url(WORLD)}: failed (1 in a row): HTTP 404 Not Found\n"
