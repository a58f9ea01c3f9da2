"""RSS and Atom documents to typed entries (feedparser), or one line saying why the feed is unusable."""
from __future__ import annotations

import hashlib
import html
import io
import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser

from bot.core.web_fetch import Fetched

MAX_KEY = 1000
_TAG = re.compile(r"<[^>]+>")
_ALTERNATE = re.compile(r"<link\b[^>]*\btype=[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.I)
_HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.I)


class MalformedFeed(Exception):
    """The document is not a usable RSS or Atom feed; the message is one line."""


@dataclass(frozen=True)
class FeedItem:
    """One entry: a stable key for 'seen', the article link, and what the filter reads first."""

    key: str
    link: str | None
    title: str
    summary: str
    published: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    items: list[FeedItem]
    warning: str | None = None


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", text or ""))).strip()


def _day(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _key(entry: feedparser.FeedParserDict, link: str | None) -> str | None:
    key = entry.get("id") or link or entry.get("title")
    if not key:
        return None
    return key if len(key) <= MAX_KEY else "sha256:" + hashlib.sha256(key.encode()).hexdigest()


def _link(entry: feedparser.FeedParserDict, base: str) -> str | None:
    link = entry.get("link")
    if not link:
        return None
    absolute = urljoin(base, link.strip())
    return absolute if urlsplit(absolute).scheme in {"http", "https"} else None


def _reason(exc: object) -> str:
    """A parser error in a few words: `not well-formed (invalid token)`."""
    if hasattr(exc, "getMessage"):
        return str(exc.getMessage())
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _advertised_feed(page: Fetched) -> str | None:
    """The feed a web page links to in its head (`<link rel="alternate" type="application/rss+xml">`)."""
    head = page.text()[:65536]
    for tag in _ALTERNATE.findall(head):
        href = _HREF.search(tag)
        if href:
            return urljoin(page.url, html.unescape(href.group(1)))
    return None


def parse_feed(page: Fetched) -> ParsedFeed:
    """Entries of an RSS/Atom response; a document that is not a feed raises MalformedFeed."""
    if not page.content.strip():
        raise MalformedFeed("the feed is empty")
    # A file-like object, never raw bytes: feedparser opens a str/bytes that names a local file.
    document = feedparser.parse(io.BytesIO(page.content), response_headers={
        "content-type": page.headers.get("content-type", "application/xml"), "content-location": page.url,
    })
    problem = document.get("bozo_exception")
    if not document.get("version") and not document.entries:
        if page.content_type in {"text/html", "application/xhtml+xml"}:
            advertised = _advertised_feed(page)
            hint = f"; its feed is {advertised}" if advertised else ""
            raise MalformedFeed(f"a web page, not an RSS or Atom feed{hint}")
        why = f" ({_reason(problem)})" if problem else ""
        raise MalformedFeed(f"not an RSS or Atom feed{why}")
    items = []
    for entry in document.entries:
        link = _link(entry, page.url)
        key = _key(entry, link)
        if key:
            items.append(FeedItem(key=key, link=link, title=_plain(entry.get("title", "")),
                                  summary=_plain(entry.get("summary", "")), published=_day(entry)))
    harmless = isinstance(problem, feedparser.ThingsNobodyCaresAboutButMe)
    warning = f"the feed is malformed ({_reason(problem)}); read what could be read" \
        if problem and not harmless else None
    return ParsedFeed(title=_plain(document.feed.get("title", "")) or None, items=items, warning=warning)
