"""Which channels get the daily digest, when, and in which time zone."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from datetime import time as clock_time
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from rapidfuzz import process
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.models import Subscription

PLATFORMS = ("slack", "telegram")
_CHANNEL_ID = {"slack": re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,40}$", re.I), "telegram": re.compile(r"^-?\d{1,20}$")}
_TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")


class SubscriptionError(ValueError):
    """A channel, time or time zone that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Channel:
    """`slack:C123` or `telegram:-100456`: where a digest goes."""

    platform: str
    chat_id: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.chat_id}"


def parse_channel(text: str) -> Channel:
    """`slack:C123` / `telegram:456` to a Channel, or a SubscriptionError saying what is wrong."""
    platform, sep, chat_id = text.strip().partition(":")
    platform = platform.lower()
    if not sep or platform not in PLATFORMS:
        raise SubscriptionError(f"bad channel {text!r}: write slack:<channel id> or telegram:<chat id>")
    if not _CHANNEL_ID[platform].match(chat_id):
        example = "slack:C0123ABCD" if platform == "slack" else "telegram:-1001234567890"
        raise SubscriptionError(f"bad {platform} id in {text!r}: expected something like {example}")
    return Channel(platform, chat_id)


def parse_time(text: str) -> str:
    """`8:30`, `08:30` or `8.30` to `08:30`."""
    match = _TIME.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise SubscriptionError(f"bad time {text!r}: use 24-hour HH:MM, e.g. 08:00 or 18:30")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_tz(text: str) -> str:
    """An IANA time zone name, matched without regard to case; a near miss gets a suggestion."""
    name = _zones().get(text.strip().lower())
    if name:
        return name
    guess = process.extractOne(text.strip(), list(_zones().values()), score_cutoff=80)
    hint = (f" Did you mean {guess[0]}?" if guess
            else " Use an Area/City name such as Europe/Istanbul or Asia/Kuala_Lumpur.")
    raise SubscriptionError(f"unknown time zone {text!r}.{hint}")


def looks_like_time(text: str) -> bool:
    return bool(_TIME.match(text.strip()))


def subscribe(engine: Engine, channel: str, time: str, tz: str) -> Subscription:
    """Subscribe a channel, or move an existing subscription to a new time; validated first."""
    name, at, zone = str(parse_channel(channel)), parse_time(time), parse_tz(tz)
    for _attempt in range(2):
        with Session(engine, expire_on_commit=False) as session:
            row = session.exec(select(Subscription).where(Subscription.channel == name)).first()
            row = row or Subscription(channel=name)
            row.time, row.tz = at, zone
            session.add(row)
            try:
                session.commit()
                return row
            except IntegrityError:  # another process subscribed the same channel just now: update theirs
                session.rollback()
    raise SubscriptionError(f"could not save the subscription of {name}; try again")


def unsubscribe(engine: Engine, channel: str) -> bool:
    """Stop a channel's digest; False when it was not subscribed."""
    with Session(engine) as session:
        row = session.exec(select(Subscription).where(Subscription.channel == channel.strip())).first()
        if row is None:
            return False
        session.delete(row)
        session.commit()
        return True


def subscriptions(engine: Engine, platform: str | None = None) -> list[Subscription]:
    """Every subscription, or those of one platform, in channel order."""
    query = select(Subscription).order_by(col(Subscription.channel))
    if platform:
        query = query.where(col(Subscription.channel).startswith(f"{platform}:"))
    with Session(engine, expire_on_commit=False) as session:
        return list(session.exec(query).all())


def subscription(engine: Engine, channel: str) -> Subscription | None:
    with Session(engine, expire_on_commit=False) as session:
        return session.exec(select(Subscription).where(Subscription.channel == channel)).first()


def slot(row: Subscription, day: datetime) -> datetime:
    """The moment of a subscription's digest on the local day of `day`, as an aware datetime."""
    zone = ZoneInfo(row.tz)
    local = day.astimezone(zone)
    hours, minutes = (int(part) for part in row.time.split(":"))
    return datetime.combine(local.date(), clock_time(hours, minutes), tzinfo=zone)


def first_due(row: Subscription, now: datetime | None = None) -> datetime:
    """When a subscription's next digest is due: today's slot if still ahead, else tomorrow's."""
    now = now or datetime.now(timezone.utc)
    today = slot(row, now)
    if today > now.astimezone(today.tzinfo):
        return today
    return slot(row, today + timedelta(days=1))
