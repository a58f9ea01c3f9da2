"""Signed Slack requests (slash commands, events, button presses) and helpers to read blocks."""
from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

import httpx
from slack_sdk.signature import SignatureVerifier

from bot.bootstrap import Parts
from fake_slack_api import BOT_TOKEN, FakeSlackApi

SIGNING_SECRET = "test-signing-secret"
USER = "U1"
ADMIN = "UADMIN"
CHANNEL = "C1"


def slack_settings(parts: Parts, fake_slack: FakeSlackApi, **overrides: object) -> Parts:
    settings = parts.settings.model_copy(update={
        "slack_bot_token": BOT_TOKEN, "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": fake_slack.api_url, "slack_admins": ADMIN, **overrides})
    return replace(parts, settings=settings)


class SlackSender:
    """Sends Slack's requests to the app, signed like Slack signs them."""

    def __init__(self, url: str, fake: FakeSlackApi, secret: str = SIGNING_SECRET) -> None:
        self.url, self.fake = url, fake
        self.verifier = SignatureVerifier(secret)
        self.http = httpx.Client(trust_env=False, timeout=10)
        self._ids = 0

    def post(self, body: str, content_type: str, *, timestamp: int | None = None,
             signature: str | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
        stamp = str(timestamp if timestamp is not None else int(time.time()))
        signed = signature or self.verifier.generate_signature(timestamp=stamp, body=body)
        all_headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
                       "X-Slack-Signature": signed, **(headers or {})}
        return self.http.post(self.url, content=body.encode(), headers=all_headers)

    def next_id(self) -> int:
        self._ids += 1
        return self._ids

    def command(self, command: str, text: str = "", *, user: str = USER, channel: str = CHANNEL,
                **kwargs: Any) -> httpx.Response:
        """A slash command; its answer goes to a response_url of the fake."""
        body = urlencode({"token": "legacy", "team_id": "T1", "team_domain": "test", "channel_id": channel,
                          "channel_name": "general", "user_id": user, "user_name": "user", "command": command,
                          "text": text, "api_app_id": "A1", "trigger_id": "1.2.3",
                          "response_url": self.fake.response_url(f"cmd{self.next_id()}")})
        return self.post(body, "application/x-www-form-urlencoded", **kwargs)

    def event(self, event: dict[str, Any], *, event_id: str | None = None, **kwargs: Any) -> httpx.Response:
        body = json.dumps({"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                           "event_id": event_id or f"Ev{self.next_id()}", "event_time": int(time.time()),
                           "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
                           "event": {"event_ts": "1700000000.000100", "ts": "1700000000.000100", **event}})
        return self.post(body, "application/json", **kwargs)

    def mention(self, text: str, *, channel: str = CHANNEL, **kwargs: Any) -> httpx.Response:
        return self.event({"type": "app_mention", "user": USER, "text": f"<@UBOT> {text}", "channel": channel},
                          **kwargs)

    def direct_message(self, text: str, **kwargs: Any) -> httpx.Response:
        return self.event({"type": "message", "channel_type": "im", "user": USER, "text": text,
                           "channel": "D1"}, **kwargs)

    def click(self, action_id: str, value: str, *, channel: str = CHANNEL) -> httpx.Response:
        """A block action (a button press) on a message the app sent."""
        payload = {"type": "block_actions", "user": {"id": USER}, "team": {"id": "T1"}, "api_app_id": "A1",
                   "token": "legacy", "trigger_id": "1.2.3", "channel": {"id": channel},
                   "container": {"type": "message", "channel_id": channel, "message_ts": "1700000000.1"},
                   "response_url": self.fake.response_url(f"act{self.next_id()}"),
                   "actions": [{"type": "button", "action_id": action_id, "block_id": "paging", "value": value,
                                "action_ts": "1700000001.1"}]}
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")



def texts(blocks: list[dict[str, Any]]) -> str:
    """Every piece of text in a list of blocks, one per line."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return "\n".join(found)
