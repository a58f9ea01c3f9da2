"""`newsbot run`: every configured adapter, each with its digest scheduler, in one process."""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable

from bot.bootstrap import Parts, bootstrap
from bot.config import Settings, SettingsError, get_settings
from bot.core.subscriptions import SubscriptionError, subscribe

log = logging.getLogger(__name__)
NOTHING_CONFIGURED = (
    "No chat platform is configured: set TELEGRAM_BOT_TOKEN for Telegram, and/or SLACK_BOT_TOKEN with "
    "SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) for Slack. Opening the console instead."
)


def configured_platforms(settings: Settings) -> list[str]:
    """The platforms whose settings are present (their adapters check the values when they start)."""
    platforms = []
    if settings.telegram_bot_token:
        platforms.append("telegram")
    if settings.slack_bot_token and (settings.slack_signing_secret or settings.slack_app_token):
        platforms.append("slack")
    return platforms


def subscribe_configured(parts: Parts, platforms: list[str]) -> list[str]:
    """DIGEST_TO's channels become subscriptions at DIGEST_TIME in DIGEST_TZ (the settings win on restart)."""
    settings = parts.settings
    channels = []
    for channel in settings.digest_channels:
        try:
            row = subscribe(parts.engine, channel, settings.digest_time, settings.digest_tz)
        except SubscriptionError as exc:
            raise SettingsError(f"setting DIGEST_TO: {exc}") from None
        if row.channel.split(":", 1)[0] not in platforms:
            log.warning("DIGEST_TO names %s but that platform is not configured; its digest waits", row.channel)
        channels.append(row.channel)
    return channels


def check_settings(settings: Settings, platforms: list[str]) -> None:
    """Fail with one line before anything starts, rather than in a thread later."""
    if "telegram" in platforms:
        from bot.adapters.telegram_bot import bot_token

        bot_token(settings)
    if "slack" in platforms:
        from bot.adapters.slack_app import check_settings as check_slack

        check_slack(settings)


class BackgroundAdapter(threading.Thread):
    """Runs a blocking adapter beside the one in the main thread; if it dies, the process stops."""

    def __init__(self, name: str, run: Callable[[], None]) -> None:
        super().__init__(name=name, daemon=True)
        self.target = run
        self.failed = False

    def run(self) -> None:
        try:
            self.target()
        except BaseException:  # noqa: BLE001 - logged, then the whole bot stops so a supervisor restarts it
            log.exception("the %s adapter stopped", self.name)
            self.failed = True
        os.kill(os.getpid(), signal.SIGTERM)


def run_both() -> int:
    """Slack in a thread, Telegram (which wants the main thread for its signal handling) in this one."""
    from bot.adapters import slack_app, telegram_bot

    slack = BackgroundAdapter("slack", slack_app.run)
    slack.start()
    telegram_bot.run()
    return 1 if slack.failed else 0


def run_all() -> int:
    """Start Telegram and/or Slack, whichever is configured; with neither, open the console chat."""
    settings = get_settings()
    platforms = configured_platforms(settings)
    check_settings(settings, platforms)
    parts = bootstrap(settings)
    channels = subscribe_configured(parts, platforms)
    if channels:
        log.warning("daily digest at %s (%s) to %s", settings.digest_time, settings.digest_tz, ", ".join(channels))
    if not platforms:
        print(NOTHING_CONFIGURED, file=sys.stderr)
        from bot.adapters.console import chat

        chat()
        return 0
    if platforms == ["telegram"]:
        from bot.adapters.telegram_bot import run

        run()
    elif platforms == ["slack"]:
        from bot.adapters.slack_app import run as run_slack

        run_slack()
    else:
        return run_both()
    return 0
