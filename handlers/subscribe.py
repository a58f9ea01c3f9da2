"""/subscribe [HH:MM] [Area/City]: post the daily digest in this chat, at a time of its choosing.

Who may change a chat's digest is the adapter's call, passed as `request.is_admin`: in Telegram anyone in a
private chat and the admins of a group; in Slack any member of the channel.
"""
from __future__ import annotations

from datetime import datetime, timezone

from bot.core.digest import next_digest
from bot.core.subscriptions import SubscriptionError, looks_like_time, subscribe, subscription
from bot.reply import Reply, Request, error
from bot.store import Store

USAGE = "Usage: /subscribe [HH:MM] [Area/City], e.g. /subscribe 08:30 Europe/Istanbul"
NO_CHAT = "The digest is posted to a chat: send /subscribe in a Slack channel or a Telegram chat."
NOT_ALLOWED = "Only this chat's admins can change its digest."


def when(moment: datetime, now: datetime) -> str:
    """`today at 08:00 (Europe/Istanbul)`, `tomorrow at ...`, or `within a minute` when it is due now."""
    if moment <= now:
        return "within a minute (today's time has passed and today's digest is not out yet)"
    local, today = moment, now.astimezone(moment.tzinfo).date()
    day = "today" if local.date() == today else "tomorrow" if (local.date() - today).days == 1 else f"{local:%d %b}"
    return f"{day} at {local:%H:%M} ({local.tzinfo})"


def split_args(args: list[str]) -> tuple[str | None, str | None] | None:
    """The time and the time zone, in either order; None when the words are neither."""
    time = tz = None
    for arg in args:
        if looks_like_time(arg) and time is None:
            time = arg
        elif not looks_like_time(arg) and tz is None:
            tz = arg
        else:
            return None
    return time, tz


def handle(request: Request, store: Store) -> Reply:
    """Subscribe this chat to the daily digest, or move its time."""
    if not request.channel:
        return error(NO_CHAT, "Here, `newsbot digest` prints the digest.")
    if not request.is_admin:
        return error(NOT_ALLOWED)
    parsed = split_args(request.args) if len(request.args) <= 2 else None
    if parsed is None:
        return error(f"I could not read {' '.join(request.args)!r} as a time and a time zone.", USAGE)
    time, tz = parsed
    existed = subscription(store.engine, request.channel) is not None
    try:
        row = subscribe(store.engine, request.channel, time or store.settings.digest_time,
                        tz or store.settings.digest_tz)
    except SubscriptionError as exc:
        return error(str(exc)[:1].upper() + str(exc)[1:], USAGE)
    now = datetime.now(timezone.utc)
    title = f"{'Digest moved' if existed else 'Subscribed'}: the digest comes here every day at {row.time} ({row.tz})."
    return Reply(title=title, notes=(f"Next one: {when(next_digest(store.engine, row, now), now)}.",
                                     "/digest shows it now; /unsubscribe stops it."))
