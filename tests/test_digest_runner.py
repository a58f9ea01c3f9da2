"""`newsbot run`: both adapters and their digest schedulers in one real process; nothing configured -> console."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from bot.bootstrap import Parts
from bot.config import Settings
from bot.core.subscriptions import subscriptions
from bot.db import engine_for
from digest_support import FakeChatPlatform

NEWSBOT = Path(sys.executable).with_name("newsbot")


def environment(settings: Settings, **values: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TELEGRAM_", "DIGEST_", "NEWSBOT_"))}
    return {**keep, "DATABASE_URL": settings.database_url, "NEWSBOT_AUTO_SEED": "0",
            "NO_PROXY": "127.0.0.1,localhost", **values}


def test_run_with_nothing_configured_opens_the_console(settings: Settings, tmp_path: Path) -> None:
    env = environment(settings, DIGEST_TO="telegram:42", DIGEST_TIME="07:30", DIGEST_TZ="Asia/Kuala_Lumpur")
    done = subprocess.run([str(NEWSBOT), "run"], input="/help\n", capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "No chat platform is configured: set TELEGRAM_BOT_TOKEN" in done.stderr
    assert "/subscribe" in done.stdout, "the console answered /help"
    [row] = subscriptions(engine_for(settings.database_url))
    assert (row.channel, row.time, row.tz) == ("telegram:42", "07:30", "Asia/Kuala_Lumpur")


def test_run_starts_telegram_and_slack_with_their_digests(parts: Parts, tmp_path: Path) -> None:
    with FakeChatPlatform() as platform:
        env = environment(
            parts.settings, TELEGRAM_BOT_TOKEN="123456:run-test", TELEGRAM_API_URL=platform.root,
            SLACK_BOT_TOKEN="xoxb-run-test", SLACK_SIGNING_SECRET="run-test-secret",
            SLACK_API_URL=platform.slack_api_url,
            SLACK_APP_HOST="127.0.0.1", SLACK_APP_PORT="0", DIGEST_TO="telegram:-100321,slack:C0RUN",
            DIGEST_TIME="00:00", DIGEST_TZ="UTC",
        )
        bot = subprocess.Popen([str(NEWSBOT), "run"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
        try:
            platform.wait_for_posts(2)
            chats = {(post.platform, post.chat) for post in platform.posts}
            assert chats == {("telegram", "-100321"), ("slack", "C0RUN")}, (platform.calls, bot.poll())
            assert "telegram:getUpdates" in platform.calls, "the Telegram bot is polling"
        finally:
            bot.send_signal(signal.SIGTERM)
            _out, err = bot.communicate(timeout=60)
    assert bot.returncode == 0, err
    assert "daily digest at 00:00 (UTC) to telegram:-100321, slack:C0RUN" in err
