"""Shared by the digest tests: a new article written for them, a fake chat platform, and worker processes."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from bot.core.article_reader import RawArticle

WORKER = Path(__file__).with_name("digest_worker.py")
NEW_PUBLISHER = "KL Business Times"


@dataclass(frozen=True)
class NewArticle:
    raw: RawArticle
    signed: date
    meeting: date


def new_article(today: date | None = None) -> NewArticle:
    """A report (written for these tests) that arrives after the seeds: a revised trade figure, an MoU, a meeting.

    Its dates are relative to today, so the meeting is always ahead and the signing always past.
    """
    today = today or date.today()
    published, signed, meeting = today - timedelta(days=1), today - timedelta(days=2), today + timedelta(days=45)

    def day(value: date) -> str:
        return f"{value.day} {value:%B %Y}"

    text = (
        f"KUALA LUMPUR, {published:%B} {published.day} — Malaysia's trade with Türkiye from January to November "
        "2025 totalled RM21.9 billion, according to revised figures released by the Department of Statistics "
        "Malaysia on Monday.\n"
        "The revision reflects late customs declarations for palm oil and electrical and electronics shipments, "
        "a ministry official said.\n"
        f"Malaysia and Türkiye signed a memorandum of understanding on halal certification in Putrajaya on "
        f"{day(signed)}, paving the way for mutual recognition of halal standards.\n"
        f"The Malaysia-Türkiye Joint Trade Committee will meet in Kuala Lumpur on {day(meeting)} to review "
        "progress towards the bilateral trade target of USD 10 billion.\n"
        "Officials from both countries said the committee would also discuss cooperation in the defence, "
        "aerospace and semiconductor industries.\n"
    )
    raw = RawArticle(
        id="klbt-malaysia-turkiye-trade-revised", text=text, source=NEW_PUBLISHER,
        title="Malaysia-Türkiye trade revised up as joint committee prepares to meet",
        published=published.isoformat(), url="https://klbusinesstimes.example/2025-trade-revised",
    )
    return NewArticle(raw, signed, meeting)


TELEGRAM_PATH = re.compile(r"^/bot[^/]+/(\w+)$")
SLACK_PATH = re.compile(r"^/api/([\w.]+)$")


@dataclass
class Post:
    """A message the fake platform received: which platform, which chat, and the text."""

    platform: str
    chat: str
    text: str
    body: dict[str, Any]


@dataclass
class FakeChatPlatform:
    """Just enough of the Slack Web API and the Telegram Bot API on 127.0.0.1 to post messages; records posts."""

    delay: float = 0.0
    slack_error: str | None = None  # e.g. "channel_not_found": chat.postMessage answers ok=false
    posts: list[Post] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    def __enter__(self) -> FakeChatPlatform:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def slack_api_url(self) -> str:
        return f"{self.root}/api/"

    def wait_for_posts(self, count: int, timeout: float = 60.0) -> list[Post]:
        deadline = time.monotonic() + timeout
        while len(self.posts) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.posts

    def answer(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if match := SLACK_PATH.match(path):
            method = match.group(1)
            self.calls.append(f"slack:{method}")
            if method == "chat.postMessage" and self.slack_error:
                return {"ok": False, "error": self.slack_error}
            if method == "chat.postMessage":
                time.sleep(self.delay)  # a slow platform widens the window in which processes could race
                self.posts.append(Post("slack", str(body.get("channel")), str(body.get("text")), body))
            return {"ok": True, "user_id": "U0BOT", "bot_id": "B0BOT", "team_id": "T0TEAM",
                    "url": "https://example.slack.com/", "channel": body.get("channel"), "ts": f"{len(self.posts)}.0"}
        method = TELEGRAM_PATH.match(path).group(1)  # type: ignore[union-attr]
        self.calls.append(f"telegram:{method}")
        if method == "getMe":
            return {"ok": True, "result": {"id": 777, "is_bot": True, "first_name": "newsbot",
                                           "username": "newsbot_test_bot"}}
        if method == "getUpdates":
            time.sleep(min(float(body.get("timeout") or 0), 1.0))
            return {"ok": True, "result": []}
        if method == "sendMessage":
            self.posts.append(Post("telegram", str(body.get("chat_id")), str(body.get("text")), body))
            chat = {"id": int(body.get("chat_id", 0)), "type": "group", "title": "test"}
            return {"ok": True, "result": {"message_id": len(self.posts), "date": int(time.time()), "chat": chat,
                                           "text": body.get("text", "")}}
        return {"ok": True, "result": True}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode() or "{}"
                kind = self.headers.get("Content-Type") or ""
                body = json.loads(raw) if "json" in kind else dict(parse_qsl(raw))
                answer = json.dumps(fake.answer(self.path, body)).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # a long poll the bot gave up on while shutting down

            do_GET = do_POST  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

        return Handler


def start_worker(database_url: str, api_url: str, now: str) -> subprocess.Popen[str]:
    """A separate bot process that sends the due Slack digests once, after the parent says go."""
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost"}
    return subprocess.Popen(
        [sys.executable, str(WORKER), json.dumps({"database_url": database_url, "api_url": api_url, "now": now})],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def run_workers(database_url: str, api_url: str, now: str, count: int) -> list[list[str]]:
    """Start `count` worker processes, release them together, and return what each one sent."""
    workers = [start_worker(database_url, api_url, now) for _ in range(count)]
    try:
        for worker in workers:
            assert worker.stdout is not None
            ready = worker.stdout.readline().strip()
            assert ready == "ready", (ready, worker.stderr.read() if worker.stderr else "")
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = []
        for worker in workers:
            out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
