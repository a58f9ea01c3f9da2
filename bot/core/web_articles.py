"""Articles from the web: fetch a page, read its body and metadata, index it like a file."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
from sqlalchemy.engine import Engine

from bot.config import Settings
from bot.core.article_reader import RawArticle, UnreadableArticle, from_html, has_prose, slug
from bot.core.ingest import IngestResult, ingest_raw
from bot.core.web_fetch import FetchError, fetch, web_client

HTML_TYPES = {"", "text/html", "application/xhtml+xml"}
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def canonical_url(url: str) -> str:
    """The URL without fragment and tracking parameters, so the same article keeps one id."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query), ""))


def article_id(url: str) -> str:
    """The stable article id of a URL."""
    return slug(canonical_url(url))


def read_url(client: httpx.Client, settings: Settings, url: str) -> RawArticle:
    """Fetch a page and read its article; FetchError or UnreadableArticle say what went wrong."""
    page = fetch(client, settings, canonical_url(url))
    if page.status != 200:
        raise FetchError(f"unexpected HTTP {page.status}")
    if page.content_type not in HTML_TYPES | {"text/plain"}:
        raise UnreadableArticle(f"not a web page ({page.content_type})")
    if not page.content.strip():
        raise UnreadableArticle("the page is empty")
    if page.content_type == "text/plain":
        raw = RawArticle(id=article_id(url), text=page.text().strip(), url=page.url)
    else:
        raw = from_html(article_id(url), page.text(), url=page.url)
    if not has_prose(raw.text):
        raise UnreadableArticle("no article text found in the page")
    return raw


def ingest_url(engine: Engine, settings: Settings, url: str, client: httpx.Client | None = None) -> IngestResult:
    """Fetch, extract and store one article; any failure is one line and stores nothing."""
    try:
        if client is None:
            with web_client(settings) as own_client:
                raw = read_url(own_client, settings, url)
        else:
            raw = read_url(client, settings, url)
    except (FetchError, UnreadableArticle) as exc:
        return IngestResult(source=url, outcome="failed", error=str(exc))
    result = ingest_raw(engine, settings, raw)
    result.source = url
    return result
