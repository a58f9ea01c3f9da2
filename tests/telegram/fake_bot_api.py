"""A local stand-in for the Telegram Bot API (aiohttp on 127.0.0.1): hands out queued updates, records calls.

It answers the way Telegram does where the bot could go wrong: form-encoded strings in, `{"ok": ...}` out,
400 for text over 4,096 characters or HTML Telegram cannot parse, `getUpdates` held open for its timeout.
"""
from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456789:AAtest-token_for_the_fake_api"
BOT_ID = 123456789
BOT_USERNAME = "NewsTestBot"
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote",
                "tg-spoiler", "span", "tg-emoji"}
_MARKUP = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:\s[^<>]*)?)>|&(?:#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<>&]")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def html_problem(text: str) -> str | None:
    """Why Telegram would refuse this HTML (unknown or unbalanced tags, bare `<`, `>`, `&`), or None."""
    stack: list[str] = []
    for match in _MARKUP.finditer(text):
        token = match.group(0)
        if token in "<>&":
            return f"unescaped {token!r} at {match.start()}"
        if token.startswith("&"):
            continue
        closing, tag, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if tag not in ALLOWED_TAGS:
            return f"unsupported tag {tag!r}"
        if closing:
            if not stack or stack.pop() != tag:
                return f"unexpected end tag {tag!r}"
        else:
            if tag == "a" and "href=" not in attrs:
                return "a without href"
            stack.append(tag)
    return f"unclosed tag {stack[-1]!r}" if stack else None


def plain_text(text: str) -> str:
    """What a user sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


@dataclass
class Call:
    """One request the bot made: the method, its (string) parameters and uploaded files."""

    method: str
    params: dict[str, str]
    files: dict[str, bytes] = field(default_factory=dict)

    def json(self, name: str) -> Any:
        return json.loads(self.params[name])


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


class FakeBotAPI:
    """The Bot API for one bot, in memory."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.webhook: dict[str, str] = {}
        self.members: dict[tuple[str, str], str] = {}
        self.messages: dict[tuple[str, int], dict] = {}
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._chats: dict[str, dict] = {}
        self._failures: dict[str, list[ApiError]] = {}
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.root = ""

    # --- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1)
        await self._runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        await web.SockSite(self._runner, sock).start()
        self.root = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self.root

    async def stop(self) -> None:
        self._closing = True
        await self._notify()
        if self._runner:
            await self._runner.cleanup()

    # --- what the test does -----------------------------------------------------------------------

    def chat(self, chat_id: int, chat_type: str = "private") -> dict:
        chat = {"id": chat_id, "type": chat_type}
        chat.update({"first_name": "Tester"} if chat_type == "private" else {"title": "Test group"})
        self._chats[str(chat_id)] = chat
        return chat

    def user(self, user_id: int) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}

    async def send(self, text: str, chat_id: int = 42, user_id: int = 42, chat_type: str = "private",
                   anonymous_admin: bool = False) -> dict:
        """Queue a message from a user (or a group's anonymous admin), with the bot_command entity of a /command."""
        message: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()),
                                   "chat": self.chat(chat_id, chat_type), "from": self.user(user_id), "text": text}
        if anonymous_admin:
            message["from"] = {"id": 1087968824, "is_bot": True, "first_name": "Group",
                               "username": "GroupAnonymousBot"}
            message["sender_chat"] = message["chat"]
        if text.startswith("/"):
            head = text.split(maxsplit=1)[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(head)}]
        return await self._queue({"message": message})

    async def press(self, message: dict, data: str, user_id: int = 42) -> dict:
        """Queue a press on an inline button of a message the bot sent."""
        query = {"id": str(next(self._update_ids)), "from": self.user(user_id), "chat_instance": "1",
                 "data": data, "message": message}
        return await self._queue({"callback_query": query})

    def fail(self, method: str, status: int, description: str, times: int = 1,
             parameters: dict | None = None) -> None:
        """The next `times` calls of `method` get this error."""
        self._failures.setdefault(method, []).extend(ApiError(status, description, parameters) for _ in range(times))

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        self.members[(str(chat_id), str(user_id))] = status

    def calls_to(self, method: str, since: int = 0) -> list[Call]:
        return [call for call in self.calls[since:] if call.method == method]

    def mark(self) -> int:
        """A position in the call log; `wait_for(..., since=mark)` looks only at later calls."""
        return len(self.calls)

    async def wait_for(self, method: str, where: Callable[[Call], bool] = lambda call: True,
                       since: int = 0, count: int = 1, timeout: float = 15) -> list[Call]:
        """Wait until the bot has made `count` matching calls; fail the test if it never does."""
        async def enough() -> list[Call]:
            async with self._changed:
                while True:
                    found = [call for call in self.calls_to(method, since) if where(call)]
                    if len(found) >= count:
                        return found
                    await self._changed.wait()

        try:
            return await asyncio.wait_for(enough(), timeout)
        except TimeoutError:
            seen = [(c.method, c.params.get("text", "")[:80]) for c in self.calls[since:]]
            raise AssertionError(f"no {count} x {method} call; the bot made {seen}") from None

    # --- the API --------------------------------------------------------------------------------

    async def _queue(self, update: dict) -> dict:
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        await self._notify()
        return update

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params, files = await self._read(request)
        call = Call(method, params, files)
        self.calls.append(call)
        await self._notify()
        failures = self._failures.get(method)
        try:
            if failures:
                raise failures.pop(0)
            handler = getattr(self, f"api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params, files)
        except ApiError as exc:
            body: dict[str, Any] = {"ok": False, "error_code": exc.status, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return web.json_response(body, status=exc.status)
        return web.json_response({"ok": True, "result": result})

    async def _read(self, request: web.Request) -> tuple[dict[str, str], dict[str, bytes]]:
        if request.content_type == "application/json":
            return {k: v if isinstance(v, str) else json.dumps(v) for k, v in (await request.json()).items()}, {}
        params: dict[str, str] = {}
        files: dict[str, bytes] = {}
        for name, value in (await request.post()).items():
            if isinstance(value, str):
                params[name] = value
            else:
                files[name] = value.file.read()
        return params, files

    def _me(self) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "News", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    def _chat_of(self, chat_id: str) -> dict:
        if not re.fullmatch(r"-?\d+", chat_id):
            raise ApiError(400, "Bad Request: chat not found")
        return self._chats.get(chat_id) or {"id": int(chat_id), "type": "private", "first_name": "Tester"}

    @staticmethod
    def _check_text(text: str, parse_mode: str | None, limit: int, empty_ok: bool = False) -> None:
        if not text.strip() and not empty_ok:
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain_text(text) if parse_mode == "HTML" else text) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        if parse_mode == "HTML" and (problem := html_problem(text)):
            raise ApiError(400, f"Bad Request: can't parse entities: {problem}")

    def _new_message(self, params: dict[str, str], **content: Any) -> dict:
        message = {"message_id": next(self._message_ids), "date": int(time.time()),
                   "chat": self._chat_of(params["chat_id"]), "from": self._me(), **content}
        if "reply_markup" in params:
            message["reply_markup"] = json.loads(params["reply_markup"])
        self.messages[(params["chat_id"], message["message_id"])] = message
        return message

    async def api_getMe(self, params: dict, files: dict) -> dict:
        return self._me()

    async def api_getUpdates(self, params: dict, files: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]

        async def some() -> list[dict]:
            async with self._changed:
                while not self._updates and not self._closing:
                    await self._changed.wait()
                return list(self._updates[: int(params.get("limit") or 100)])

        try:
            return await asyncio.wait_for(some(), timeout)
        except TimeoutError:
            return []

    async def api_sendMessage(self, params: dict, files: dict) -> dict:
        self._check_text(params.get("text", ""), params.get("parse_mode"), 4096)
        return self._new_message(params, text=plain_text(params["text"]))

    async def api_sendPhoto(self, params: dict, files: dict) -> dict:
        if "photo" not in files and "photo" not in params:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        self._check_text(params.get("caption", ""), params.get("parse_mode"), 1024, empty_ok=True)
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 800, "height": 500}]
        return self._new_message(params, photo=photo, caption=plain_text(params.get("caption", "")))

    async def api_editMessageText(self, params: dict, files: dict) -> dict:
        key = (params.get("chat_id", ""), int(params.get("message_id") or 0))
        if key not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        self._check_text(params.get("text", ""), params.get("parse_mode"), 4096)
        message = self.messages[key]
        markup = json.loads(params["reply_markup"]) if "reply_markup" in params else None
        text = plain_text(params["text"])
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.update(text=text, edit_date=int(time.time()))
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        return message

    async def api_answerCallbackQuery(self, params: dict, files: dict) -> bool:
        return True

    async def api_setMyCommands(self, params: dict, files: dict) -> bool:
        scope = json.loads(params.get("scope") or '{"type": "default"}')
        if scope.get("type") == "chat" and str(scope.get("chat_id")) not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        return True

    async def api_getChatMember(self, params: dict, files: dict) -> dict:
        status = self.members.get((params["chat_id"], params["user_id"]), "member")
        member: dict[str, Any] = {"status": status, "user": self.user(int(params["user_id"]))}
        if status == "creator":
            member["is_anonymous"] = False
        if status == "administrator":
            member.update(dict.fromkeys(
                ["can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                 "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                 "can_post_stories", "can_edit_stories", "can_delete_stories"], False))
        return member

    async def api_setWebhook(self, params: dict, files: dict) -> bool:
        self.webhook = dict(params)
        return True

    async def api_deleteWebhook(self, params: dict, files: dict) -> bool:
        self.webhook = {}
        return True

    async def api_close(self, params: dict, files: dict) -> bool:
        return True
