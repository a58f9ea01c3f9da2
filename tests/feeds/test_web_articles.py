"""`ingest_url`: a page fetched over HTTP, read and indexed; each bad case one line and nothing stored."""
from __future__ import annotations

from sqlmodel import Session, func, select

from bot.bootstrap import Parts
from bot.core.article_reader import slug
from bot.core.web_articles import article_id, canonical_url, ingest_url
from bot.models import Article, Fact

from feed_site import Site


def article_count(parts: Parts) -> int:
    with Session(parts.engine) as session:
        return session.exec(select(func.count()).select_from(Article)).one()


def test_page_is_indexed_with_title_publisher_and_date(web_parts: Parts, news_site: Site) -> None:
    url = news_site.url("/nation/naval-vessels-pact")
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert (result.outcome, result.error, result.source) == ("added", None, url)
    assert result.article_id == slug(url)
    article = web_parts.store.article(result.article_id)
    assert article is not None
    assert article.title == "Malaysia and Türkiye agree to build naval vessels together"
    assert article.source == "The Straits Ledger"
    assert article.published == "2026-02-03"
    assert article.url == url
    assert "offshore patrol vessels for the Royal Malaysian Navy" in article.body
    for boilerplate in ("Subscribe for RM9.90", "Privacy policy", "Ringgit ends week", "Advertisement"):
        assert boilerplate not in article.body


def test_page_facts_are_extracted(web_parts: Parts, news_site: Site) -> None:
    result = ingest_url(web_parts.engine, web_parts.settings, news_site.url("/nation/naval-vessels-pact"))
    figures = [f.fact for f in web_parts.store.facts("trade_figures")]
    assert any((f.metric, f.value, f.currency, f.period) == ("total_trade", 5.3e9, "USD", "2025") for f in figures), figures
    counts = web_parts.store.fact_counts(result.article_id or "")
    assert counts.get("trade_figures", 0) >= 1


def test_same_article_keeps_its_id_and_is_not_stored_twice(web_parts: Parts, news_site: Site) -> None:
    url = news_site.url("/nation/naval-vessels-pact")
    first = ingest_url(web_parts.engine, web_parts.settings, url)
    again = ingest_url(web_parts.engine, web_parts.settings, url + "?utm_source=newsletter&utm_medium=email#top")
    assert first.outcome == "added"
    assert again.outcome == "unchanged"
    assert again.article_id == first.article_id == article_id(url)
    assert article_count(web_parts) == 1


def test_canonical_url_drops_tracking_but_keeps_real_parameters() -> None:
    assert canonical_url("HTTPS://News.Example.COM/a?id=7&utm_campaign=x&fbclid=abc#c") == \
        "https://news.example.com/a?id=7"


def test_comments_and_cookie_banner_are_left_out(web_parts: Parts, news_site: Site) -> None:
    result = ingest_url(web_parts.engine, web_parts.settings, news_site.url("/business/halal-showcase"))
    article = web_parts.store.article(result.article_id or "")
    assert article is not None and article.source == "Anatolia Business Wire"
    assert article.published == "2026-02-10"
    assert "Great news for our farmers" not in article.body
    assert "We use cookies" not in article.body


def test_not_found_is_one_line_and_stores_nothing(web_parts: Parts, news_site: Site) -> None:
    result = ingest_url(web_parts.engine, web_parts.settings, news_site.url("/nation/no-such-story"))
    assert (result.outcome, result.error) == ("failed", "HTTP 404 Not Found")
    assert article_count(web_parts) == 0


def test_timeout_is_one_line_and_stores_nothing(web_parts: Parts, news_site: Site) -> None:
    url = news_site.serve("/slow-story", "shipbuilding.html", delay=30)
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert (result.outcome, result.error) == ("failed", "timed out after 1 s")
    assert article_count(web_parts) == 0


def test_page_without_an_article_is_refused(web_parts: Parts, news_site: Site) -> None:
    result = ingest_url(web_parts.engine, web_parts.settings, news_site.url("/campus/news/scholarships"))
    assert (result.outcome, result.error) == ("failed", "no article text found in the page")
    assert article_count(web_parts) == 0


def test_body_over_the_declared_cap_is_refused_before_reading(web_parts: Parts, site: Site) -> None:
    big = b"<html><body><article><p>" + b"Malaysia and Turkiye trade. " * 20_000 + b"</p></article></body></html>"
    url = site.serve("/big-story", body=big)
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert result.outcome == "failed"
    assert result.error == f"too large ({len(big):,} bytes, limit 200,000)"
    assert article_count(web_parts) == 0


def test_streamed_huge_body_is_cut_off_not_loaded(web_parts: Parts, site: Site) -> None:
    url = site.serve("/endless-story", stream_bytes=500_000_000)
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert (result.outcome, result.error) == ("failed", "too large (more than 200,000 bytes)")
    assert site.stream_done.wait(30), "the server never noticed the client hang up"
    assert site.streamed.get("/endless-story", 0) < 100_000_000
    assert article_count(web_parts) == 0


def test_not_a_web_page_is_refused(web_parts: Parts, site: Site) -> None:
    url = site.serve("/report.pdf", body=b"%PDF-1.7 " + b"x" * 500, content_type="application/pdf")
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert (result.outcome, result.error) == ("failed", "not a web page (application/pdf)")


def test_redirect_is_followed_and_the_id_is_the_requested_url(web_parts: Parts, news_site: Site) -> None:
    target = news_site.url("/nation/naval-vessels-pact")
    url = news_site.serve("/s/abc123", status=301, location=target)
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert result.outcome == "added"
    article = web_parts.store.article(result.article_id or "")
    assert article is not None and article.id == slug(url) and article.url == target


def test_redirect_loop_is_one_line(web_parts: Parts, site: Site) -> None:
    url = site.serve("/loop", status=302, location="/loop")
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert (result.outcome, result.error) == ("failed", "more than 5 redirects")


def test_failed_extraction_leaves_no_partial_rows(web_parts: Parts, news_site: Site) -> None:
    ingest_url(web_parts.engine, web_parts.settings, news_site.url("/nation/gone"))
    ingest_url(web_parts.engine, web_parts.settings, news_site.url("/campus/news/scholarships"))
    with Session(web_parts.engine) as session:
        assert session.exec(select(func.count()).select_from(Fact)).one() == 0
    assert article_count(web_parts) == 0
