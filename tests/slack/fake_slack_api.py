"""A local stand-in for the Slack Web API, response_urls, file uploads and the Socket Mode websocket.

It runs aiohttp on 127.0.0.1 (random port) in a thread and records every call, so tests can assert on
what the app sent. Failures are scripted per method: a 429 with Retry-After, or `{"ok": false}`.
"""
from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
WAIT_SECONDS = 10.0


@dataclass
class Call:
    """One request the fake received: the method (or `response`/`upload`), its body and headers."""

    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    raw: bytes = b""


@dataclass
class Scripted:
    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


class FakeSlackApi:
    """Start with `with FakeSlackApi() as slack:`; point SLACK_API_URL at `slack.api_url`."""

    def __init__(self, token: str = BOT_TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.scripted: dict[str, list[Scripted]] = {}
        self.socket_acks: list[dict[str, Any]] = []
        self._changed = threading.Condition()
        self._loop = asyncio.new_event_loop()
        self._sockets: list[web.WebSocketResponse] = []
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-slack", daemon=True)
        self.port = 0
        self._file_ids = 0

    # -- lifecycle --------------------------------------------------------------------------------
    def __enter__(self) -> FakeSlackApi:
        self._thread.start()
        self._ready.wait(WAIT_SECONDS)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(WAIT_SECONDS)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(WAIT_SECONDS)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response_url)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        self._loop.run_forever()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.root}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.root}/response/{name}"

    # -- scripting and inspection -----------------------------------------------------------------
    def fail(self, method: str, status: int = 200, error: str | None = None, retry_after: int | None = None,
             times: int = 1) -> None:
        """The next `times` calls of `method` get a 429 (with Retry-After) or `{"ok": false, "error": ...}`."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        body = {"ok": False, "error": error or ("ratelimited" if status == 429 else "fatal_error")}
        self.scripted.setdefault(method, []).extend(Scripted(status, body, headers) for _ in range(times))

    def of(self, method: str) -> list[Call]:
        with self._changed:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = WAIT_SECONDS) -> list[Call]:
        """Block until `count` calls of `method` arrived (listeners answer after the ack)."""
        with self._changed:
            self._changed.wait_for(lambda: len([c for c in self.calls if c.method == method]) >= count, timeout)
            return [call for call in self.calls if call.method == method]

    def wait_until(self, predicate: Callable[[], bool], timeout: float = WAIT_SECONDS) -> bool:
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # -- Socket Mode ------------------------------------------------------------------------------
    def send_envelope(self, envelope: dict[str, Any]) -> None:
        """Push one Socket Mode envelope to every connected client."""
        async def send() -> None:
            for socket in list(self._sockets):
                await socket.send_str(json.dumps(envelope))

        asyncio.run_coroutine_threadsafe(send(), self._loop).result(WAIT_SECONDS)

    def close_sockets(self) -> None:
        """Close the websockets from this side, as Slack does when it rotates a connection."""
        async def close() -> None:
            for socket in list(self._sockets):
                await socket.close()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(WAIT_SECONDS)

    def wait_for_socket(self, timeout: float = WAIT_SECONDS) -> bool:
        return self.wait_until(lambda: bool(self._sockets), timeout)

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(heartbeat=None)
        await socket.prepare(request)
        await socket.send_str(json.dumps({"type": "hello", "num_connections": 1,
                                          "connection_info": {"app_id": "A1"}}))
        with self._changed:
            self._sockets.append(socket)
            self._changed.notify_all()
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                with self._changed:
                    self.socket_acks.append(json.loads(message.data))
                    self._changed.notify_all()
        with self._changed:
            self._sockets.remove(socket)
        return socket

    # -- HTTP handlers ----------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.read()
        body = decode(raw, request.content_type)
        self._record(Call(method, body, dict(request.headers), raw))
        queue = self.scripted.get(method)
        if queue:
            scripted = queue.pop(0)
            return web.json_response(scripted.body, status=scripted.status, headers=scripted.headers)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ") or body.get("token")
        expected = APP_TOKEN if method == "apps.connections.open" else self.token
        if token != expected:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response(self._answer(method, body))

    def _answer(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "url": "https://example.slack.com/", "team": "Test", "user": "newsbot",
                    "team_id": "T1", "user_id": "UBOT", "bot_id": "BBOT"}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"}
        if method == "chat.postMessage":
            return {"ok": True, "channel": body.get("channel"), "ts": f"1700000000.{len(self.calls):06d}",
                    "message": {"text": body.get("text"), "blocks": body.get("blocks")}}
        if method == "files.getUploadURLExternal":
            self._file_ids += 1
            file_id = f"F{self._file_ids:04d}"
            return {"ok": True, "upload_url": f"{self.root}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = body.get("files")
            files = json.loads(files) if isinstance(files, str) else files
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files or []]}
        return {"ok": True}

    async def _response_url(self, request: web.Request) -> web.Response:
        raw = await request.read()
        self._record(Call("response", decode(raw, request.content_type), dict(request.headers), raw))
        queue = self.scripted.get("response")
        if queue:
            scripted = queue.pop(0)
            return web.Response(text="rate_limited", status=scripted.status, headers=scripted.headers)
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        raw = await request.read()
        self._record(Call("upload", {"file_id": request.match_info["file_id"]}, dict(request.headers), raw))
        return web.Response(text=f"OK - {len(raw)}")


def decode(raw: bytes, content_type: str) -> dict[str, Any]:
    """JSON or form bodies as a dict; form values that hold JSON (blocks, files) stay strings."""
    if not raw:
        return {}
    if content_type == "application/json":
        return json.loads(raw)
    return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
