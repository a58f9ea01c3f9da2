"""Fetching a web page safely: every redirect hop guarded, a time limit, and a size cap while streaming."""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from bot.config import Settings
from bot.core.url_guard import RefusedURL, check_url

USER_AGENT = "newsbot/0.1 (news feed reader)"
MAX_REDIRECTS = 5
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset=["']?([\w.:-]+)""", re.I)


class FetchError(Exception):
    """A page could not be fetched; the message is one line for the user."""

    def __init__(self, message: str, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass
class Fetched:
    """A response read within the limits: the final URL after redirects, its status, headers and body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def text(self) -> str:
        """The body as text: the charset the server or the page declares, else UTF-8."""
        in_header = _HEADER_CHARSET.search(self.headers.get("content-type", ""))
        in_page = _META_CHARSET.search(self.content[:4096])
        declared = in_header.group(1) if in_header else in_page.group(1).decode("ascii", "replace") if in_page else None
        try:
            return self.content.decode(declared or "utf-8", errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


@contextmanager
def web_client(settings: Settings) -> Iterator[httpx.Client]:
    """One HTTP client for a batch of fetches; redirects are followed by `fetch`, hop by hop."""
    with httpx.Client(timeout=httpx.Timeout(settings.fetch_timeout), follow_redirects=False,
                      headers={"User-Agent": USER_AGENT}) as client:
        yield client


def fetch(client: httpx.Client, settings: Settings, url: str, headers: dict[str, str] | None = None) -> Fetched:
    """GET a URL; a 304 comes back as it is, any other failure is a FetchError."""
    deadline = time.monotonic() + settings.fetch_timeout
    try:
        return _fetch(client, settings, url, headers or {}, deadline)
    except RefusedURL as exc:
        raise FetchError(str(exc)) from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {settings.fetch_timeout:g} s", transient=True) from None
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TransportError as exc:
        raise FetchError(f"cannot connect: {exc or type(exc).__name__}", transient=True) from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid URL: {exc}") from None


def _fetch(client: httpx.Client, settings: Settings, url: str, headers: dict[str, str], deadline: float) -> Fetched:
    request = client.build_request("GET", url, headers=headers)
    for _hop in range(MAX_REDIRECTS + 1):
        check_url(str(request.url), settings.allow_private_urls)
        response = client.send(request, stream=True)
        try:
            if response.next_request is None:
                return _read(response, settings.max_article_bytes, deadline)
            request = response.next_request
        finally:
            response.close()
    raise httpx.TooManyRedirects("too many redirects", request=request)


def _read(response: httpx.Response, limit: int, deadline: float) -> Fetched:
    """Read the body chunk by chunk, giving up as soon as it passes the cap or the deadline."""
    if response.status_code == 304:
        return Fetched(str(response.url), 304, response.headers, b"")
    if response.status_code >= 400:
        phrase = response.reason_phrase or ""
        raise FetchError(f"HTTP {response.status_code} {phrase}".strip(), transient=response.status_code >= 500
                         or response.status_code == 429)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"too large ({int(declared):,} bytes, limit {limit:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(f"too large (more than {limit:,} bytes)")
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("deadline passed", request=response.request)
        chunks.append(chunk)
    return Fetched(str(response.url), response.status_code, response.headers, b"".join(chunks))
