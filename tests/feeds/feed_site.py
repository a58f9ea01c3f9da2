"""A local news site on 127.0.0.1: RSS and Atom feeds and article pages, honouring conditional requests."""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from bot.models import Article, Fact, Feed


SITE = Path(__file__).parent / "site"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"


@dataclass
class Page:
    """What the site answers on one path."""

    body: bytes = b""
    content_type: str = HTML
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    stream_bytes: int = 0  # > 0: a chunked body of this many bytes, no Content-Length


@dataclass
class Site:
    """The fake site's pages and every request it received."""

    base: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    streamed: dict[str, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    stream_done: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, file: str | None = None, **page: object) -> str:
        """Serve a file of tests/feeds/site (with `{base}` filled in) or a given page on `path`."""
        if file is not None:
            page.setdefault("body", (SITE / file).read_text(encoding="utf-8").replace("{base}", self.base).encode())
            if file.endswith(".rss"):
                page.setdefault("content_type", RSS)
            elif file.endswith(".atom"):
                page.setdefault("content_type", ATOM)
        self.pages[path] = Page(**page)  # type: ignore[arg-type]
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        """The headers of each request for `path`."""
        return [headers for got, headers in self.requests if got == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.requests.append((path, headers))
            page = site.pages.get(path)
            if page is None:
                return self._send(404, b"<html><body><h1>Not found</h1></body></html>", HTML)
            if page.delay and site.stop.wait(page.delay):
                return
            if page.location:
                return self._send(page.status, b"", HTML, {"Location": page.location})
            validators = {"ETag": page.etag, "Last-Modified": page.last_modified}
            extra = {k: v for k, v in validators.items() if v}
            if (page.etag and headers.get("if-none-match") == page.etag) or (
                    not page.etag and page.last_modified and headers.get("if-modified-since") == page.last_modified):
                self.send_response(304)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                return
            if page.stream_bytes:
                return self._stream(path, page)
            self._send(page.status, page.body, page.content_type, extra)

        def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client refused the body (e.g. over the size cap)

        def _stream(self, path: str, page: Page) -> None:
            self.send_response(200)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<p>" + b"padding " * 8000 + b"</p>\n"
            sent = 0
            try:
                while sent < page.stream_bytes and not site.stop.is_set():
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                site.streamed[path] = sent
                site.stream_done.set()
                self.close_connection = True

    return Handler


class _Server(ThreadingHTTPServer):
    """The site's server; a client that gave up (a fetch timing out) and reset its connection is no error to print."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def start_site() -> tuple[Site, ThreadingHTTPServer]:
    """The site on a random port of 127.0.0.1, served from a background thread."""
    state = Site()
    server = _Server(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return state, server


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows in the tables these tests write to."""
    with Session(engine) as session:
        return {table.__name__.lower(): session.exec(select(func.count()).select_from(table)).one()
                for table in (Article, Fact, Feed)}
