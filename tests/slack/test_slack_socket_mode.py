"""Socket Mode runs the same listeners: envelopes over a local websocket, answers to the fake Web API."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.adapters.slack_app import build_app
from bot.bootstrap import Parts
from fake_slack_api import APP_TOKEN, FakeSlackApi
from slack_requests import CHANNEL, slack_settings, texts


@pytest.fixture
def socket_mode(parts: Parts, fake_slack: FakeSlackApi) -> Iterator[FakeSlackApi]:
    app = build_app(slack_settings(parts, fake_slack, slack_signing_secret=None, slack_app_token=APP_TOKEN))
    handler = SocketModeHandler(app, APP_TOKEN, auto_reconnect_enabled=False)
    handler.connect()
    assert fake_slack.wait_for_socket()
    yield fake_slack
    handler.close()  # before the server side closes: slack_sdk's close races its receive thread otherwise
    fake_slack.close_sockets()


def slash_envelope(envelope_id: str, command: str, text: str, response_url: str) -> dict[str, object]:
    return {"envelope_id": envelope_id, "type": "slash_commands", "accepts_response_payload": True,
            "payload": {"token": "legacy", "team_id": "T1", "channel_id": CHANNEL, "user_id": "U1",
                        "command": command, "text": text, "api_app_id": "A1", "response_url": response_url,
                        "trigger_id": "1.2.3"}}


def mention_envelope(envelope_id: str, event_id: str, text: str, retry_attempt: int = 0) -> dict[str, object]:
    return {"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
            "retry_attempt": retry_attempt, "retry_reason": "timeout" if retry_attempt else "",
            "payload": {"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                        "event_id": event_id, "event_time": 1700000000,
                        "event": {"type": "app_mention", "user": "U1", "text": f"<@UBOT> {text}",
                                  "channel": CHANNEL, "ts": "1700000000.1", "event_ts": "1700000000.1"}}}


def test_slash_command_over_socket_mode(socket_mode: FakeSlackApi) -> None:
    socket_mode.send_envelope(slash_envelope("env-1", "/trade", "2025", socket_mode.response_url("sm")))
    assert socket_mode.wait_until(lambda: any(a.get("envelope_id") == "env-1" for a in socket_mode.socket_acks))
    answer = socket_mode.wait_for("response")[0].body
    assert answer["response_type"] == "ephemeral"
    assert "21.2" in texts(answer["blocks"])


def test_mention_over_socket_mode_answered_once_despite_a_retry(socket_mode: FakeSlackApi) -> None:
    socket_mode.send_envelope(mention_envelope("env-2", "EvS1", "agreements"))
    socket_mode.wait_for("chat.postMessage")
    socket_mode.send_envelope(mention_envelope("env-3", "EvS1", "agreements", retry_attempt=1))
    socket_mode.send_envelope(mention_envelope("env-4", "EvS2", "trade"))
    posts = socket_mode.wait_for("chat.postMessage", 2)
    assert len(posts) == 2
    assert "21.2" in texts(posts[1].body["blocks"])
    assert socket_mode.wait_until(
        lambda: {"env-2", "env-3", "env-4"} <= {a.get("envelope_id") for a in socket_mode.socket_acks})
