"""Request verification, settings errors, the manifest, and `newsbot slack` serving on host/port."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

from bot.adapters.slack_app import build_app
from bot.bootstrap import Parts
from bot.config import SettingsError
from bot.registry import COMMANDS
from fake_slack_api import FakeSlackApi
from slack_requests import SIGNING_SECRET, SlackSender, slack_settings, texts

ROOT = Path(__file__).resolve().parents[2]


def test_bad_signature_is_refused(bare_slack: SlackSender) -> None:
    response = bare_slack.command("/trade", signature="v0=" + "0" * 64)
    assert response.status_code == 401


def test_wrong_secret_is_refused(bare_slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    impostor = SlackSender(bare_slack.url, fake_slack, secret="not-the-secret")
    assert impostor.command("/trade").status_code == 401


def test_timestamp_older_than_five_minutes_is_refused(bare_slack: SlackSender) -> None:
    assert bare_slack.command("/trade", timestamp=int(time.time()) - 6 * 60).status_code == 401


def test_missing_signature_is_refused(bare_slack: SlackSender) -> None:
    response = bare_slack.http.post(bare_slack.url, content=b"command=%2Ftrade",
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 401
    assert fake_slack_calls_are_only_auth_test(bare_slack.fake)


def fake_slack_calls_are_only_auth_test(fake: FakeSlackApi) -> bool:
    return {call.method for call in fake.calls} == {"auth.test"}


def test_refused_requests_are_not_answered(bare_slack: SlackSender) -> None:
    bare_slack.command("/trade", signature="v0=bad")
    bare_slack.mention("trade", timestamp=int(time.time()) - 3600)
    assert fake_slack_calls_are_only_auth_test(bare_slack.fake)


def test_other_paths_are_not_found(bare_slack: SlackSender) -> None:
    assert bare_slack.http.post(bare_slack.url.replace("/slack/events", "/other"), content=b"").status_code == 404


def test_url_verification_challenge(bare_slack: SlackSender) -> None:
    body = '{"type": "url_verification", "challenge": "abc123", "token": "x"}'
    response = bare_slack.post(body, "application/json")
    assert response.status_code == 200 and "abc123" in response.text


@pytest.mark.parametrize(("overrides", "message"), [
    ({"slack_bot_token": None}, "SLACK_BOT_TOKEN is not set"),
    ({"slack_bot_token": "xoxp-user-token"}, "starts with xoxb-"),
    ({"slack_signing_secret": None}, "SLACK_SIGNING_SECRET is not set"),
    ({"slack_app_token": "xoxb-wrong-kind"}, "SLACK_APP_TOKEN must be an app-level token"),
])
def test_missing_or_wrong_settings_give_one_line(empty_parts: Parts, fake_slack: FakeSlackApi,
                                                 overrides: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=message) as caught:
        build_app(slack_settings(empty_parts, fake_slack, **overrides))
    assert "\n" not in str(caught.value)


def test_socket_mode_needs_no_signing_secret(empty_parts: Parts, fake_slack: FakeSlackApi) -> None:
    build_app(slack_settings(empty_parts, fake_slack, slack_signing_secret=None, slack_app_token="xapp-1"))


def test_token_slack_rejects_is_a_settings_error(empty_parts: Parts, fake_slack: FakeSlackApi) -> None:
    with pytest.raises(SettingsError, match="Slack rejected SLACK_BOT_TOKEN.*invalid_auth"):
        build_app(slack_settings(empty_parts, fake_slack, slack_bot_token="xoxb-revoked"))


def test_unreachable_api_is_a_settings_error(empty_parts: Parts, fake_slack: FakeSlackApi) -> None:
    with pytest.raises(SettingsError, match="cannot reach the Slack Web API"):
        build_app(slack_settings(empty_parts, fake_slack, slack_api_url=f"http://127.0.0.1:{free_port()}/api/"))


def test_manifest_has_every_registry_command_and_the_needed_scopes_and_events() -> None:
    manifest = yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))
    commands = {c["command"] for c in manifest["features"]["slash_commands"]}
    assert commands == {f"/{name}" for name in COMMANDS}
    assert all(c["description"] for c in manifest["features"]["slash_commands"])
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "files:write", "app_mentions:read", "im:history", "im:read",
            "im:write", "channels:read"} <= scopes
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def cli_env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBOT_", "DATABASE_URL"))}
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "NEWSBOT_AUTO_SEED": "0",
                "NO_PROXY": "127.0.0.1,localhost", **values})
    return env


def test_cli_without_token_prints_one_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "slack"], cwd=tmp_path, env=cli_env(tmp_path),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newsbot: SLACK_BOT_TOKEN is not set: use the app's Bot User OAuth Token (xoxb-...)"]


def test_cli_serves_http_mode_on_the_given_host_and_port(tmp_path: Path, fake_slack: FakeSlackApi) -> None:
    port = free_port()
    env = cli_env(tmp_path, SLACK_BOT_TOKEN="xoxb-test-token", SLACK_SIGNING_SECRET=SIGNING_SECRET,
                  SLACK_API_URL=fake_slack.api_url)
    process = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--host", "127.0.0.1", "--port", str(port)],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", fake_slack)
        assert wait_for_port(port, process), process.stderr.read() if process.poll() is not None else ""
        assert sender.command("/trade", signature="v0=bad").status_code == 401
        assert sender.command("/help").status_code == 200
        answer = fake_slack.wait_for("response")[0].body
        assert "/trade" in texts(answer["blocks"])
    finally:
        process.terminate()
        process.wait(10)


def wait_for_port(port: int, process: subprocess.Popen[str], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", trust_env=False, timeout=1)
            return True
        except httpx.TransportError:
            time.sleep(0.05)
    return False
