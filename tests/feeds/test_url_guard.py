"""The address guard: only public http(s) addresses, checked on every hop, unless private URLs are allowed."""
from __future__ import annotations

import socket
import pytest

from bot.core import url_guard
from bot.core.feeds import FeedError, add_feed
from bot.core.url_guard import RefusedURL, check_url
from bot.core.web_articles import ingest_url
from bot.bootstrap import Parts
from bot.config import Settings
from feed_site import Site, count_rows


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8080/news", "http://[::1]/", "http://10.1.2.3/",
    "http://192.168.0.10/", "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
    "http://224.0.0.1/", "http://240.0.0.1/",
])
def test_non_public_addresses_are_refused(url: str) -> None:
    with pytest.raises(RefusedURL, match="non-public address"):
        check_url(url, allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.com/feed", "file:///etc/passwd", "javascript:alert(1)", "gopher://x"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(RefusedURL, match="only http and https"):
        check_url(url, allow_private=True)


def test_allowing_private_urls_still_refuses_multicast_and_unspecified() -> None:
    check_url("http://127.0.0.1:8000/feed", allow_private=True)
    check_url("http://10.0.0.7/feed", allow_private=True)
    for url in ("http://224.0.0.1/", "http://0.0.0.0/"):
        with pytest.raises(RefusedURL):
            check_url(url, allow_private=True)


def fake_resolver(answers: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    """DNS is the machine's edge: answer from a table instead."""
    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list[tuple]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in answers[host]]
    return getaddrinfo


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_guard.socket, "getaddrinfo", fake_resolver({
        "news.example": ["93.184.215.14"], "rebind.example": ["93.184.215.14", "10.0.0.5"],
        "v6.example": ["2606:4700::6810:84e5", "::1"],
    }))
    check_url("https://news.example/story", allow_private=False)
    with pytest.raises(RefusedURL, match=r"rebind.example resolves to a non-public address \(10.0.0.5\)"):
        check_url("https://rebind.example/story", allow_private=False)
    with pytest.raises(RefusedURL, match=r"\(::1\)"):
        check_url("https://v6.example/story", allow_private=False)
    with pytest.raises(RefusedURL, match="cannot resolve host 'nowhere.example'"):
        check_url("https://nowhere.example/", allow_private=False)


def test_private_urls_are_refused_by_default(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    def from_env() -> bool:
        return Settings(_env_file=None, database_url=settings.database_url).allow_private_urls  # type: ignore[call-arg]

    monkeypatch.delenv("NEWSBOT_ALLOW_PRIVATE_URLS", raising=False)
    assert from_env() is False
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_URLS", "1")
    assert from_env() is True


def test_loopback_article_is_refused_without_a_request(strict_parts: Parts, news_site: Site) -> None:
    engine, settings = strict_parts.engine, strict_parts.settings
    result = ingest_url(engine, settings, news_site.url("/nation/naval-vessels-pact"))
    assert result.outcome == "failed"
    assert result.error == "refused: 127.0.0.1 resolves to a non-public address (127.0.0.1)"
    assert news_site.requests == []
    assert count_rows(engine) == {"article": 0, "fact": 0, "feed": 0}


def test_loopback_feed_is_refused(strict_parts: Parts, news_site: Site) -> None:
    engine, settings = strict_parts.engine, strict_parts.settings
    with pytest.raises(FeedError, match="refused: 127.0.0.1 resolves to a non-public address"):
        add_feed(engine, settings, news_site.url("/feeds/world.rss"), [])
    assert news_site.requests == []
    assert count_rows(engine)["feed"] == 0


def test_each_redirect_hop_is_checked(web_parts: Parts, news_site: Site) -> None:
    url = news_site.serve("/out", status=302, location="http://224.0.0.1/internal")
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert result.outcome == "failed"
    assert result.error == "refused: 224.0.0.1 resolves to a non-public address (224.0.0.1)"
    url = news_site.serve("/out-file", status=302, location="file:///etc/passwd")
    result = ingest_url(web_parts.engine, web_parts.settings, url)
    assert result.outcome == "failed" and result.error is not None and "only http and https" in result.error
