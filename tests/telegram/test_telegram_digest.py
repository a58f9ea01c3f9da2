"""The daily digest in Telegram: /subscribe, sent at its time (injected clock), kept across a restart."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timezone

from bot.adapters.telegram_bot import build_application
from bot.bootstrap import Parts
from bot.core.subscriptions import subscription, subscriptions
from telegram_harness import FakeClock, polling
from fake_bot_api import Call, FakeBotAPI, html_problem, plain_text

GROUP = -100300
EVERY = 0.05  # seconds between digest checks in these tests (a minute in production)


def in_chat(chat_id: int) -> Callable[[Call], bool]:
    return lambda call: call.params.get("chat_id") == str(chat_id)


async def ticks(clock: FakeClock, count: int = 3) -> None:
    """Let the digest job look at the clock `count` more times."""
    target = clock.reads + count
    async with asyncio.timeout(10):
        while clock.reads < target:
            await asyncio.sleep(EVERY / 2)


def is_digest(call: Call) -> bool:
    return plain_text(call.params.get("text", "")).startswith("Digest:")


async def test_digest_is_sent_at_its_time_once(api: FakeBotAPI, tg_parts: Parts) -> None:
    clock = FakeClock(datetime(2026, 1, 9, 5, 0, tzinfo=timezone.utc))  # 08:00 in Istanbul
    async with polling(build_application(tg_parts, clock=clock, digest_every=EVERY)):
        await api.send("/subscribe 08:30 Europe/Istanbul")
        [answer] = await api.wait_for("sendMessage", in_chat(42))
        assert "Subscribed" in answer.params["text"] and "08:30 (Europe/Istanbul)" in answer.params["text"]
        await ticks(clock)
        assert not [c for c in api.calls_to("sendMessage") if is_digest(c)]

        clock.now = datetime(2026, 1, 9, 5, 31, tzinfo=timezone.utc)
        [digest] = await api.wait_for("sendMessage", is_digest)
        await ticks(clock)
    assert digest.params["chat_id"] == "42" and digest.params["parse_mode"] == "HTML"
    assert html_problem(digest.params["text"]) is None
    text = "\n".join(plain_text(c.params["text"]) for c in api.calls_to("sendMessage")[1:])
    assert "RM21.2 billion" in text
    assert len([c for c in api.calls_to("sendMessage") if is_digest(c)]) == 1


async def test_subscriptions_survive_a_restart(api: FakeBotAPI, tg_parts: Parts) -> None:
    api.set_member(GROUP, 7, "administrator")
    clock = FakeClock(datetime(2026, 1, 9, 8, 0, tzinfo=timezone.utc))
    async with polling(build_application(tg_parts, clock=clock, digest_every=EVERY)):
        await api.send("/subscribe 09:00 UTC", chat_id=GROUP, user_id=7, chat_type="supergroup")
        [answer] = await api.wait_for("sendMessage", in_chat(GROUP))
        await ticks(clock)
    assert "Subscribed" in answer.params["text"]
    assert [c.params["user_id"] for c in api.calls_to("getChatMember")] == ["7"]
    assert subscription(tg_parts.engine, f"telegram:{GROUP}") is not None
    assert not [c for c in api.calls_to("sendMessage") if is_digest(c)]

    later = FakeClock(datetime(2026, 1, 9, 9, 1, tzinfo=timezone.utc))
    async with polling(build_application(tg_parts, clock=later, digest_every=EVERY)):
        [digest] = await api.wait_for("sendMessage", is_digest)
    assert digest.params["chat_id"] == str(GROUP)


async def test_only_group_admins_change_the_digest(api: FakeBotAPI, tg_parts: Parts) -> None:
    api.set_member(GROUP, 7, "creator")
    api.set_member(GROUP, 8, "member")
    async with polling(build_application(tg_parts)):
        await api.send("/subscribe 07:00 Asia/Kuala_Lumpur", chat_id=GROUP, user_id=8, chat_type="group")
        [refused] = await api.wait_for("sendMessage", in_chat(GROUP))
        assert "Only this chat's admins" in refused.params["text"]
        assert subscriptions(tg_parts.engine, "telegram") == []

        await api.send("/subscribe 07:00 Asia/Kuala_Lumpur", chat_id=GROUP, user_id=7, chat_type="group")
        await api.wait_for("sendMessage", in_chat(GROUP), count=2)
        [row] = subscriptions(tg_parts.engine, "telegram")
        assert (row.channel, row.time, row.tz) == (f"telegram:{GROUP}", "07:00", "Asia/Kuala_Lumpur")

        await api.send("/unsubscribe", chat_id=GROUP, user_id=8, chat_type="group")
        await api.wait_for("sendMessage", in_chat(GROUP), count=3)
        assert subscriptions(tg_parts.engine, "telegram") != []

        await api.send("/unsubscribe", chat_id=GROUP, user_id=7, chat_type="group")
        [*_, done] = await api.wait_for("sendMessage", in_chat(GROUP), count=4)
    assert "Unsubscribed" in done.params["text"]
    assert subscriptions(tg_parts.engine, "telegram") == []


async def test_a_chat_that_blocked_the_bot_is_unsubscribed(api: FakeBotAPI, tg_parts: Parts) -> None:
    clock = FakeClock(datetime(2026, 1, 9, 9, 0, tzinfo=timezone.utc))
    async with polling(build_application(tg_parts, clock=clock, digest_every=EVERY)):
        await api.send("/subscribe 08:00 UTC", chat_id=55, user_id=55)
        await api.wait_for("sendMessage", in_chat(55))
        api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", times=1)
        async with asyncio.timeout(10):
            while subscription(tg_parts.engine, "telegram:55") is not None:
                await asyncio.sleep(EVERY)
        await ticks(clock)
    assert len([c for c in api.calls_to("sendMessage") if is_digest(c)]) == 1  # refused once, not retried


async def test_the_digest_follows_a_group_upgraded_to_a_supergroup(api: FakeBotAPI, tg_parts: Parts) -> None:
    old, new = -300, -1000000000300
    api.set_member(old, 7, "creator")
    clock = FakeClock(datetime(2026, 1, 9, 9, 0, tzinfo=timezone.utc))
    async with polling(build_application(tg_parts, clock=clock, digest_every=EVERY)):
        await api.send("/subscribe 08:00 UTC", chat_id=old, user_id=7, chat_type="group")
        await api.wait_for("sendMessage", in_chat(old))
        api.fail("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat",
                 parameters={"migrate_to_chat_id": new})
        [digest] = await api.wait_for("sendMessage", lambda c: is_digest(c) and in_chat(new)(c))
    assert html_problem(digest.params["text"]) is None
    [row] = subscriptions(tg_parts.engine, "telegram")
    assert (row.channel, row.time, row.tz) == (f"telegram:{new}", "08:00", "UTC")


async def test_an_anonymous_group_admin_may_subscribe(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("/subscribe", chat_id=GROUP, chat_type="supergroup", anonymous_admin=True)
        [answer] = await api.wait_for("sendMessage", in_chat(GROUP))
    assert "Subscribed" in answer.params["text"] and not api.calls_to("getChatMember")
    [row] = subscriptions(tg_parts.engine, "telegram")
    assert (row.time, row.tz) == (tg_parts.settings.digest_time, tg_parts.settings.digest_tz)
