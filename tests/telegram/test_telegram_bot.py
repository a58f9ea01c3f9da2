"""The real python-telegram-bot Application against the fake Bot API: commands, menus, errors, webhook."""
from __future__ import annotations

import asyncio
import json
import logging
import socket

import aiohttp
import pytest
from telegram.error import Forbidden

from bot import registry
from bot.adapters import telegram_bot, telegram_send
from bot.adapters.telegram_bot import APOLOGY, EXPIRED, HINT, build_application, post_reply, webhook_options
from bot.bootstrap import Parts
from bot.config import SettingsError
from bot.reply import Citation, Item, Reply, Section
from telegram_harness import polling
from fake_bot_api import BOT_USERNAME, FakeBotAPI, html_problem, utf16_len

ME = "42"


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(telegram_send, "BACKOFF_SECONDS", 0.05)


async def test_start_registers_the_command_menu(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        [call] = await api.wait_for("setMyCommands")
    names = [c["command"] for c in call.json("commands")]
    assert names == [c.name for c in registry.COMMANDS.values() if not c.admin_only]
    assert {"trade", "agreements", "timeline", "subscribe", "help"} <= set(names)
    assert api.calls_to("getMe") and api.calls_to("deleteWebhook")


async def test_admins_get_the_admin_commands_in_their_chat(api: FakeBotAPI, tg_parts: Parts) -> None:
    api.chat(7)
    parts = Parts(tg_parts.settings.model_copy(update={"telegram_admins": "7,8"}), tg_parts.engine, tg_parts.store)
    async with polling(build_application(parts)):
        calls = await api.wait_for("setMyCommands", count=3)
    scoped = {json.loads(c.params["scope"])["chat_id"]: c for c in calls if "scope" in c.params}
    assert set(scoped) == {7, 8}  # 8 never opened a chat: Telegram says 400, the bot carries on
    assert "ingest" in [c["command"] for c in scoped[7].json("commands")]


async def test_unknown_command_gets_did_you_mean(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("/trad 2025")
        [call] = await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == ME)
    assert "Unknown command /trad" in call.params["text"] and "Did you mean /trade?" in call.params["text"]
    assert call.params["parse_mode"] == "HTML" and html_problem(call.params["text"]) is None


async def test_start_shows_the_commands(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("/start")
        [call] = await api.wait_for("sendMessage")
    text = call.params["text"]
    assert html_problem(text) is None
    assert all(f"/{name}" in text for name in ("trade", "agreements", "timeline", "subscribe"))


async def test_plain_text_gets_a_hint(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("how is trade going?")
        [call] = await api.wait_for("sendMessage")
    assert call.params["text"] == HINT


async def test_commands_for_another_bot_are_ignored_in_groups(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("/trad@OtherBot", chat_id=-100500, user_id=7, chat_type="supergroup")
        await api.send(f"/tradee@{BOT_USERNAME}", chat_id=-100500, user_id=7, chat_type="supergroup")
        [call] = await api.wait_for("sendMessage")
        await api.send("/sourcs", chat_id=-100500, user_id=7, chat_type="supergroup")
        await api.wait_for("sendMessage", count=2)
    assert "Unknown command /tradee" in call.params["text"] and call.params["chat_id"] == "-100500"
    assert not any("/trad." in c.params["text"] for c in api.calls_to("sendMessage"))


async def test_expired_page_button_is_answered(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        api.chat(42)
        await api.press({"message_id": 99, "date": 0, "chat": {"id": 42, "type": "private"}}, "k:forgotten")
        [call] = await api.wait_for("answerCallbackQuery")
    assert call.params["text"] == EXPIRED
    assert not api.calls_to("editMessageText")


async def test_flood_control_and_network_errors_are_retried(api: FakeBotAPI, tg_parts: Parts) -> None:
    api.fail("sendMessage", 429, "Too Many Requests: retry after 0", parameters={"retry_after": 0})
    api.fail("sendMessage", 502, "Bad Gateway", times=2)
    async with polling(build_application(tg_parts)):
        await api.send("/trad")
        await api.wait_for("sendMessage", count=4)
        await asyncio.sleep(0)
    calls = api.calls_to("sendMessage")
    assert len(calls) == 4 and all("Did you mean /trade?" in c.params["text"] for c in calls)


async def test_a_failing_send_is_logged_and_answered_with_an_apology(
        api: FakeBotAPI, tg_parts: Parts, caplog: pytest.LogCaptureFixture) -> None:
    api.fail("sendMessage", 400, "Bad Request: something Telegram did not like")
    with caplog.at_level(logging.ERROR, logger="bot.adapters.telegram_bot"):
        async with polling(build_application(tg_parts)):
            await api.send("/trad")
            calls = await api.wait_for("sendMessage", count=2)
    assert calls[1].params["text"] == APOLOGY
    assert any(r.exc_info and "something telegram did not like" in r.getMessage().lower() for r in caplog.records)


async def test_post_reply_splits_a_long_answer(api: FakeBotAPI, tg_parts: Parts) -> None:
    source = Citation("a1", "Bernama", "2026-01-08", quote="Bilateral trade <grew> & grew. " * 6)
    items = tuple(Item(f"Fact {n}: RM{n}.5 billion", (source,)) for n in range(60))
    reply = Reply(title="Digest", sections=(Section("Trade", items),), command="digest", pages=1)
    await asyncio.to_thread(post_reply, tg_parts.settings, "-100777", reply)
    calls = api.calls_to("sendMessage")
    assert len(calls) > 1
    for call in calls:
        assert call.params["chat_id"] == "-100777" and call.params["parse_mode"] == "HTML"
        assert utf16_len(call.params["text"]) < 4096 and html_problem(call.params["text"]) is None
    text = "\n".join(c.params["text"] for c in calls)
    assert [text.index(f"Fact {n}: RM{n}.5 billion") for n in range(60)] == sorted(
        text.index(f"Fact {n}: RM{n}.5 billion") for n in range(60))


async def test_post_reply_raises_when_telegram_refuses(api: FakeBotAPI, tg_parts: Parts) -> None:
    api.fail("sendMessage", 403, "Forbidden: bot was kicked from the group chat")
    with pytest.raises(Forbidden, match="kicked"):
        await asyncio.to_thread(post_reply, tg_parts.settings, "-100777", Reply(title="Digest"))


def test_missing_or_malformed_token_is_one_clear_line(tg_parts: Parts) -> None:
    for token, message in [(None, "TELEGRAM_BOT_TOKEN is not set"), ("nonsense", "does not look like")]:
        settings = tg_parts.settings.model_copy(update={"telegram_bot_token": token})
        with pytest.raises(SettingsError, match=message):
            build_application(Parts(settings, tg_parts.engine, tg_parts.store))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_rejects_requests_without_the_secret(api: FakeBotAPI, tg_parts: Parts) -> None:
    port = free_port()
    options = webhook_options("https://bot.example.com/telegram/hook", "127.0.0.1", port)
    application = build_application(tg_parts)
    await application.initialize()
    assert application.updater is not None
    await application.updater.start_webhook(**options)
    await application.start()
    update = {"update_id": 5, "message": {
        "message_id": 1, "date": 0, "chat": {"id": 42, "type": "private"},
        "from": {"id": 42, "is_bot": False, "first_name": "A"}, "text": "/trad",
        "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}
    url = f"http://127.0.0.1:{port}/telegram/hook"
    try:
        assert api.webhook["url"] == "https://bot.example.com/telegram/hook"
        secret = api.webhook["secret_token"]
        assert len(secret) >= 32
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as response:
                assert response.status == 403
            async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as response:
                assert response.status == 403
            assert not api.calls_to("sendMessage")
            async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as response:
                assert response.status == 200
        [call] = await api.wait_for("sendMessage")
        assert "Did you mean /trade?" in call.params["text"]
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


def test_webhook_url_must_be_https() -> None:
    with pytest.raises(SettingsError, match="https"):
        telegram_bot.run(webhook_url="http://example.com/hook")
