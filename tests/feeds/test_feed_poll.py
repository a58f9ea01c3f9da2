"""Polling: what gets indexed, what a second poll skips (304, seen entries), the filter, failing feeds."""
from __future__ import annotations

import pytest
from sqlmodel import Session, select

from bot.bootstrap import Parts
from bot.core.feeds import FeedError, add_feed, list_feeds, poll_feeds, remove_feed
from bot.core.web_articles import article_id
from bot.models import Feed, FeedEntry
from feed_site import Site, count_rows

WORLD = "/feeds/world.rss"
CAMPUS = "/campus/feed.atom"
PAGES = ["/nation/naval-vessels-pact", "/sport/badminton-crown", "/markets/coffee-prices",
         "/nation/envoy-reception", "/business/halal-showcase"]


def fetched_pages(site: Site) -> list[str]:
    return [path for path, _ in site.requests if path in PAGES or path.startswith("/campus/news/")]


def indexed_titles(parts: Parts) -> set[str]:
    return {article.title or "" for article in parts.store.articles()}


def test_first_poll_indexes_only_articles_about_the_pair(web_parts: Parts, news_site: Site) -> None:
    added = add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    assert added.status == "added" and added.title == "The Straits Ledger — World" and added.entries == 4
    report = poll_feeds(web_parts)
    [feed] = report.feeds
    assert feed.status == "polled"
    assert [r.source for r in feed.indexed] == [news_site.url("/nation/naval-vessels-pact")]
    assert indexed_titles(web_parts) == {"Malaysia and Türkiye agree to build naval vessels together"}
    # coffee: off-topic by its title and summary, never fetched; badminton: fetched, but only names Malaysia
    assert "/markets/coffee-prices" not in fetched_pages(news_site)
    assert "/sport/badminton-crown" in fetched_pages(news_site)
    assert feed.off_topic == 2
    assert [(r.source, r.error) for r in feed.failed] == [(news_site.url("/nation/envoy-reception"),
                                                         "HTTP 404 Not Found")]
    assert report.added == 1
    assert report.lines()[0] == (f"feed #{feed.feed_id} {news_site.url(WORLD)}: 1 indexed (1 new), 2 off-topic, "
                                 "0 already seen, 1 failed")


def test_second_poll_sends_the_etag_and_a_304_fetches_nothing(web_parts: Parts, news_site: Site) -> None:
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    poll_feeds(web_parts)
    before = len(news_site.requests)
    [feed] = poll_feeds(web_parts).feeds
    assert feed.status == "not_modified"
    assert news_site.requests[before:] == [(WORLD, news_site.hits(WORLD)[-1])]
    assert news_site.hits(WORLD)[-1]["if-none-match"] == '"world-1"'
    assert count_rows(web_parts.engine)["article"] == 1


def test_changed_feed_fetches_only_new_entries(web_parts: Parts, news_site: Site) -> None:
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    poll_feeds(web_parts)
    news_site.serve(WORLD, "world-desk-later.rss", etag='"world-2"')
    before = len(news_site.requests)
    [feed] = poll_feeds(web_parts).feeds
    assert feed.status == "polled" and feed.seen == 3
    assert [path for path, _ in news_site.requests[before:]] == [WORLD, "/business/halal-showcase"]
    assert [r.outcome for r in feed.indexed] == ["added"]
    assert "Turkish firms flock to Kuala Lumpur halal showcase" in indexed_titles(web_parts)
    with Session(web_parts.engine) as session:
        stored = session.exec(select(Feed)).one()
        entry = session.exec(select(FeedEntry).where(FeedEntry.entry_key == "ledger-2026-0217-halal")).one()
    assert stored.etag == '"world-2"'
    assert entry.article_id == article_id(news_site.url("/business/halal-showcase"))


def test_atom_feed_uses_last_modified_and_relative_links(web_parts: Parts, news_site: Site) -> None:
    add_feed(web_parts.engine, web_parts.settings, news_site.url(CAMPUS), [])
    [feed] = poll_feeds(web_parts).feeds
    assert [r.source for r in feed.indexed] == [news_site.url("/campus/news/joint-research-fund")]
    assert [(r.source, r.error) for r in feed.failed] == [
        (news_site.url("/campus/news/scholarships"), "no article text found in the page")]
    article = web_parts.store.article(article_id(news_site.url("/campus/news/joint-research-fund")))
    assert article is not None and article.source == "Campus Asia Review" and article.published == "2026-03-02"
    before = len(news_site.requests)
    [again] = poll_feeds(web_parts).feeds
    assert again.status == "not_modified"
    assert news_site.hits(CAMPUS)[-1]["if-modified-since"] == "Mon, 02 Mar 2026 08:00:00 GMT"
    assert len(news_site.requests) == before + 1


def test_keywords_replace_the_pair_filter(web_parts: Parts, news_site: Site) -> None:
    added = add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), ["badminton", "Thomas Cup"])
    assert added.info.topic == "any of: badminton, Thomas Cup"
    [feed] = poll_feeds(web_parts).feeds
    assert indexed_titles(web_parts) == {"Malaysia clinch Asian mixed team badminton crown"}
    assert fetched_pages(news_site) == ["/sport/badminton-crown"]
    assert feed.off_topic == 3


def test_entry_filtered_by_its_summary_is_checked_again_on_the_page(web_parts: Parts, news_site: Site) -> None:
    """The halal entry names neither country in its summary, only `Turkish` and `Kuala Lumpur` in its title:
    the page itself names both, so it is indexed."""
    news_site.serve(WORLD, "world-desk-later.rss", etag='"world-2"')
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    poll_feeds(web_parts)
    assert "Turkish firms flock to Kuala Lumpur halal showcase" in indexed_titles(web_parts)


def test_transient_entry_failure_is_retried_next_poll(web_parts: Parts, news_site: Site) -> None:
    news_site.serve("/nation/naval-vessels-pact", "shipbuilding.html", delay=30)
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    [first] = poll_feeds(web_parts).feeds
    assert [r.error for r in first.failed if "naval" in r.source] == ["timed out after 1 s"]
    news_site.serve("/nation/naval-vessels-pact", "shipbuilding.html")
    [second] = poll_feeds(web_parts).feeds
    assert "if-none-match" not in news_site.hits(WORLD)[-1]  # validators were held back for the retry
    assert [r.source for r in second.indexed] == [news_site.url("/nation/naval-vessels-pact")]
    assert second.seen == 3  # badminton, coffee and the 404 are not fetched again


def test_malformed_feed_is_one_line(web_parts: Parts, news_site: Site) -> None:
    url = news_site.serve("/feeds/broken.rss", body=b"<html><body><h1>Service unavailable</h1></body></html>",
                          content_type="application/rss+xml")
    with pytest.raises(FeedError) as refused:
        add_feed(web_parts.engine, web_parts.settings, url, [])
    assert str(refused.value) == f"cannot add {url}: not an RSS or Atom feed"
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    news_site.serve(WORLD, body=b'{"error": "rate limited"}', content_type="application/json")
    [feed] = poll_feeds(web_parts).feeds
    assert feed.status == "failed" and feed.failures == 1
    assert feed.summary().endswith("failed (1 in a row): not an RSS or Atom feed (not well-formed (invalid token))")
    assert count_rows(web_parts.engine)["article"] == 0


def test_truncated_feed_still_yields_its_readable_entries(web_parts: Parts, news_site: Site) -> None:
    whole = news_site.pages[WORLD].body
    cut = whole[:whole.rindex(b"<item>") + len(b"<item>\n      <title>Turkish env")]
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    news_site.serve(WORLD, body=cut, content_type="application/rss+xml", etag='"cut"')
    [feed] = poll_feeds(web_parts).feeds
    assert feed.status == "polled" and feed.warning and feed.warning.startswith("the feed is malformed")
    assert indexed_titles(web_parts) == {"Malaysia and Türkiye agree to build naval vessels together"}


def test_feed_too_large_is_refused(web_parts: Parts, news_site: Site) -> None:
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    news_site.serve(WORLD, content_type="application/rss+xml", stream_bytes=50_000_000)
    [feed] = poll_feeds(web_parts).feeds
    assert (feed.status, feed.error) == ("failed", "too large (more than 200,000 bytes)")


def test_feed_failing_again_and_again_is_paused_then_resumed(web_parts: Parts, news_site: Site) -> None:
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    del news_site.pages[WORLD]
    statuses = [poll_feeds(web_parts).feeds[0] for _ in range(5)]
    assert [f.status for f in statuses] == ["failed"] * 4 + ["paused"]
    assert statuses[-1].just_paused
    assert "paused after 5 failures in a row" in statuses[-1].summary()
    tries = len(news_site.hits(WORLD))
    report = poll_feeds(web_parts)
    assert len(news_site.hits(WORLD)) == tries  # not retried while paused
    assert report.feeds[0].status == "paused" and not report.problems
    [info] = list_feeds(web_parts.engine, web_parts.settings)
    assert info.describe().endswith("PAUSED after 5 failures: HTTP 404 Not Found")
    news_site.serve(WORLD, "world-desk.rss", etag='"world-1"')
    assert add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), []).status == "resumed"
    assert poll_feeds(web_parts).feeds[0].status == "polled"


def test_one_failing_feed_does_not_stop_the_others(web_parts: Parts, news_site: Site) -> None:
    add_feed(web_parts.engine, web_parts.settings, news_site.url(WORLD), [])
    add_feed(web_parts.engine, web_parts.settings, news_site.url(CAMPUS), [])
    del news_site.pages[WORLD]
    report = poll_feeds(web_parts)
    assert [f.status for f in report.feeds] == ["failed", "polled"]
    assert [f.url for f in report.problems] == [news_site.url(WORLD)]
    assert "Malaysian and Turkish universities launch joint research fund" in indexed_titles(web_parts)


def test_add_twice_updates_keywords_and_remove_forgets_entries(web_parts: Parts, news_site: Site) -> None:
    url = news_site.url(WORLD)
    first = add_feed(web_parts.engine, web_parts.settings, url, [])
    assert add_feed(web_parts.engine, web_parts.settings, url, []).status == "unchanged"
    assert add_feed(web_parts.engine, web_parts.settings, url, ["shipbuilding"]).status == "updated"
    poll_feeds(web_parts)
    removed = remove_feed(web_parts.engine, str(first.info.feed.id))
    assert removed is not None and removed.url == url
    assert remove_feed(web_parts.engine, url) is None
    with Session(web_parts.engine) as session:
        assert session.exec(select(FeedEntry)).all() == []
    assert count_rows(web_parts.engine)["article"] == 1  # what the feed brought stays indexed
