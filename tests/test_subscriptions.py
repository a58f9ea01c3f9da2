"""Subscriptions: channel, time and zone checks, storage, and /subscribe, /unsubscribe, /digest in chats."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.bootstrap import Parts
from bot.core.digest import send_due_digests
from bot.core.subscriptions import (
    Channel, SubscriptionError, parse_channel, parse_time, parse_tz, subscribe, subscription, subscriptions,
    unsubscribe,
)
from bot.registry import dispatch
from bot.reply import Reply
from bot.store import Store

GROUP = {"platform": "telegram", "channel": "telegram:-1009876", "user_id": "55"}


@pytest.mark.parametrize(("text", "expected"), [
    ("slack:C0123ABCD", Channel("slack", "C0123ABCD")),
    ("telegram:-1001234567890", Channel("telegram", "-1001234567890")),
    (" Telegram:42 ", Channel("telegram", "42")),
])
def test_good_channels(text: str, expected: Channel) -> None:
    assert parse_channel(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("C0123", "bad channel 'C0123': write slack:<channel id> or telegram:<chat id>"),
    ("discord:123", "bad channel 'discord:123'"),
    ("telegram:abc", "bad telegram id in 'telegram:abc'"),
    ("slack:", "bad slack id in 'slack:'"),
])
def test_bad_channels(text: str, message: str) -> None:
    with pytest.raises(SubscriptionError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        parse_channel(text)


def test_times_and_zones() -> None:
    assert [parse_time(t) for t in ("8:30", "08:30", "18.05", "0:00")] == ["08:30", "08:30", "18:05", "00:00"]
    for bad in ("24:00", "8", "8:60", "noon"):
        with pytest.raises(SubscriptionError, match="use 24-hour HH:MM"):
            parse_time(bad)
    assert parse_tz("europe/istanbul") == "Europe/Istanbul"
    assert parse_tz("UTC") == "UTC"
    with pytest.raises(SubscriptionError, match="Did you mean Europe/Istanbul"):
        parse_tz("Europe/Istambul")
    with pytest.raises(SubscriptionError, match="unknown time zone 'Mars/Olympus'"):
        parse_tz("Mars/Olympus")


def test_subscribe_moves_unsubscribe_and_list(empty_parts: Parts) -> None:
    engine = empty_parts.engine
    subscribe(engine, "telegram:42", "08:00", "UTC")
    subscribe(engine, "slack:C01", "7:15", "asia/kuala_lumpur")
    moved = subscribe(engine, "telegram:42", "18:30", "Europe/Istanbul")
    assert (moved.time, moved.tz) == ("18:30", "Europe/Istanbul")
    assert [s.channel for s in subscriptions(engine)] == ["slack:C01", "telegram:42"]
    slack = [(s.channel, s.time, s.tz) for s in subscriptions(engine, "slack")]
    assert slack == [("slack:C01", "07:15", "Asia/Kuala_Lumpur")]
    assert unsubscribe(engine, "telegram:42") is True
    assert unsubscribe(engine, "telegram:42") is False
    assert [s.channel for s in subscriptions(engine)] == ["slack:C01"]


def test_subscribe_refuses_bad_values_and_stores_nothing(empty_parts: Parts) -> None:
    with pytest.raises(SubscriptionError):
        subscribe(empty_parts.engine, "telegram:42", "25:00", "UTC")
    assert subscriptions(empty_parts.engine) == []


def ask(parts: Parts, text: str, **context: object) -> Reply:
    return dispatch(text, parts.store, **{**GROUP, "is_admin": True, **context})


def test_subscribe_command_with_time_and_zone(empty_parts: Parts) -> None:
    reply = ask(empty_parts, "/subscribe 07:45 Asia/Kuala_Lumpur")
    assert not reply.is_error
    assert reply.title == "Subscribed: the digest comes here every day at 07:45 (Asia/Kuala_Lumpur)."
    assert reply.notes[0].startswith("Next one: ")
    row = subscription(empty_parts.engine, "telegram:-1009876")
    assert row is not None and (row.time, row.tz) == ("07:45", "Asia/Kuala_Lumpur")
    moved = ask(empty_parts, "/subscribe Europe/Istanbul 9:00")
    assert moved.title == "Digest moved: the digest comes here every day at 09:00 (Europe/Istanbul)."


def test_subscribe_defaults_to_the_configured_time(empty_parts: Parts) -> None:
    settings = empty_parts.settings.model_copy(update={"digest_time": "06:30", "digest_tz": "Europe/Istanbul"})
    parts = Parts(settings, empty_parts.engine, Store(empty_parts.engine, settings))
    assert ask(parts, "/subscribe").title.endswith("every day at 06:30 (Europe/Istanbul).")


@pytest.mark.parametrize(("text", "title"), [
    ("/subscribe 25:00", "Bad time '25:00': use 24-hour HH:MM, e.g. 08:00 or 18:30"),
    ("/subscribe 08:00 Europe/Istambul", "Unknown time zone 'Europe/Istambul'. Did you mean Europe/Istanbul?"),
    ("/subscribe 08:00 09:00", "I could not read '08:00 09:00' as a time and a time zone."),
    ("/subscribe 08:00 UTC extra", "I could not read '08:00 UTC extra' as a time and a time zone."),
])
def test_subscribe_command_errors(empty_parts: Parts, text: str, title: str) -> None:
    reply = ask(empty_parts, text)
    assert reply.is_error and reply.title == title
    assert subscriptions(empty_parts.engine) == []


def test_only_chat_admins_change_a_telegram_groups_digest(empty_parts: Parts) -> None:
    for command in ("/subscribe", "/unsubscribe"):
        reply = ask(empty_parts, command, is_admin=False)
        assert reply.is_error and reply.title == "Only this chat's admins can change its digest."
    assert subscriptions(empty_parts.engine) == []


def test_subscribe_needs_a_chat(empty_parts: Parts) -> None:
    reply = dispatch("/subscribe", empty_parts.store, platform="console", channel=None, is_admin=True)
    assert reply.is_error and "send /subscribe in a Slack channel or a Telegram chat" in reply.title


def test_unsubscribe_command(empty_parts: Parts) -> None:
    ask(empty_parts, "/subscribe")
    assert ask(empty_parts, "/unsubscribe").title == "Unsubscribed: no more daily digests here."
    assert ask(empty_parts, "/unsubscribe").title == "This chat does not get the daily digest."
    assert subscriptions(empty_parts.engine) == []


def test_digest_command_shows_the_digest_without_sending_it(parts: Parts) -> None:
    ask(parts, "/subscribe 00:00 UTC")
    shown = ask(parts, "/digest")
    assert shown.title == "Digest: everything indexed so far (5 articles)"
    posted: list[str] = []
    send_due_digests(parts, "telegram", lambda chat, reply: posted.append(reply.title),
                     now=datetime.now(timezone.utc))
    assert posted == [shown.title], "the preview did not count as today's digest"
    assert ask(parts, "/digest").title.startswith("Nothing new since the last digest")
    subscribed = ask(parts, "/subscribe 00:00 UTC")
    assert subscribed.notes[0].startswith("Next one: tomorrow at 00:00 (UTC)")
