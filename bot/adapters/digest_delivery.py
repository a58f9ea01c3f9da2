"""`newsbot digest`: print the digest, or post it now to Slack and Telegram channels."""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime, timezone

from bot.bootstrap import Parts, bootstrap
from bot.config import Settings, SettingsError, get_settings
from bot.core import digest_runs
from bot.core.digest import build_digest
from bot.core.subscriptions import Channel, SubscriptionError, parse_channel, slot, subscription
from bot.models import Subscription
from bot.reply import Reply

log = logging.getLogger(__name__)
Poster = Callable[[Settings, str, Reply], None]


def poster(platform: str) -> Poster:
    """The adapter function that posts one reply to one chat of a platform."""
    if platform == "telegram":
        from bot.adapters.telegram_bot import post_reply
    else:
        from bot.adapters.slack_app import post_reply
    return post_reply


def render(reply: Reply) -> str:
    from bot.adapters.console import render_text

    return render_text(reply)


def parse_channels(texts: list[str], source: str = "--to") -> list[Channel]:
    """Every channel, or SettingsError naming the first bad one and where it came from."""
    try:
        return [parse_channel(text) for text in texts]
    except SubscriptionError as exc:
        raise SettingsError(f"{source}: {exc}") from None


def today(parts: Parts, channel: str, now: datetime) -> datetime:
    """Now in the channel's own time zone (its subscription's, else DIGEST_TZ), for the day of its run."""
    row = subscription(parts.engine, channel) or Subscription(
        channel=channel, time="00:00", tz=parts.settings.digest_tz)
    return slot(row, now)


def post_now(parts: Parts, channel: Channel, post: Poster) -> bool:
    """Post today's digest of a channel now, as the daily one: once per day, like the scheduler."""
    name = str(channel)
    run = digest_runs.claim(parts.engine, name, today(parts, name, datetime.now(timezone.utc)).date())
    if run is None:
        print(f"{name}: today's digest was already sent; not posting it twice", file=sys.stderr)
        return False
    try:
        post(parts.settings, channel.chat_id, build_digest(parts.store, name, until=run.covered_until).reply)
    except Exception as exc:  # noqa: BLE001 - one channel's failure is reported, the others still go
        digest_runs.release(parts.engine, run)
        log.debug("posting the digest to %s failed", name, exc_info=True)
        reason = " ".join(str(exc).split())[:300] or type(exc).__name__
        print(f"{name}: not posted: {reason}", file=sys.stderr)
        return False
    digest_runs.finish(parts.engine, run, "sent")
    print(f"{name}: digest posted", file=sys.stderr)
    return True


def digest_command(channels: list[str], dry_run: bool = False) -> int:
    """Print the digest (no channels, or --dry-run), or post it now; exit 1 if any post failed."""
    settings = get_settings()
    targets = parse_channels(channels) if channels else parse_channels(settings.digest_channels, "setting DIGEST_TO")
    parts = bootstrap(settings)
    if not targets:
        print(render(build_digest(parts.store, "console").reply))
        return 0
    if dry_run:
        for channel in targets:
            print(f"── {channel} (dry run, nothing posted) ──")
            print(render(build_digest(parts.store, str(channel)).reply))
        return 0
    results = [post_now(parts, channel, poster(channel.platform)) for channel in targets]
    return 0 if all(results) else 1
