"""Commands over the fake Bot API on the seeded database: figures and sources, charts, paging by button."""
from __future__ import annotations

from bot import registry
from bot.adapters.telegram_bot import build_application
from bot.adapters.telegram_render import PageLinks
from bot.bootstrap import Parts
from telegram_harness import polling
from fake_bot_api import BOT_USERNAME, Call, FakeBotAPI, html_problem, plain_text, utf16_len

ME = "42"


def to_me(call: Call) -> bool:
    return call.params.get("chat_id") == ME


def assert_valid(call: Call) -> str:
    """The message is HTML Telegram accepts, under the size limit; returns what the user reads."""
    text = call.params["text"]
    assert call.params["parse_mode"] == "HTML" and html_problem(text) is None and utf16_len(text) < 4096
    return plain_text(text)


def buttons(call: Call) -> dict[str, str]:
    markup = call.json("reply_markup")
    return {b["text"]: b["callback_data"] for row in markup["inline_keyboard"] for b in row}


async def test_trade_gives_the_figures_with_their_sources(api: FakeBotAPI, tg_parts: Parts) -> None:
    expected = registry.dispatch("/trade", tg_parts.store, platform="telegram", channel="telegram:42")
    async with polling(build_application(tg_parts)):
        await api.send("/trade")
        calls = await api.wait_for("sendMessage", to_me)
    text = "\n".join(assert_valid(call) for call in calls)
    for figure in ("2024: total trade RM24.15 billion", "Jan–Nov 2025: total trade RM21.2 billion",
                   "Jan–Nov 2025: total trade USD 4.92 billion", "USD 10 billion by 2026"):
        assert figure in text
    rm24 = next(item for item in expected.items if "RM24.15 billion" in item.text and "2024" in item.text)
    assert rm24.citations
    for citation in rm24.citations:
        article = tg_parts.store.article(citation.article_id)
        assert article is not None and citation.publisher == article.source
        assert f"{citation.label()}: “{citation.quote}”" in text
    assert "with total trade valued at RM24.15 billion" in text
    assert "Xinhua News Agency, 2026-01-08" in text


async def test_trade_at_the_bot_in_a_group(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send(f"/trade@{BOT_USERNAME} 2024", chat_id=-100600, user_id=7, chat_type="supergroup")
        [call] = await api.wait_for("sendMessage")
    text = assert_valid(call)
    assert call.params["chat_id"] == "-100600"
    assert "RM24.15 billion" in text and "RM21.2 billion" not in text


async def test_trade_chart_sends_a_photo(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("/trade chart")
        [photo] = await api.wait_for("sendPhoto", to_me)
        [message] = await api.wait_for("sendMessage", to_me)
    assert photo.files["photo"].startswith(b"\x89PNG\r\n\x1a\n") and len(photo.files["photo"]) > 2000
    assert photo.params["caption"] == "<b>Total trade (RM billion)</b>" and photo.params["parse_mode"] == "HTML"
    assert "RM24.15 billion" in assert_valid(message)
    assert api.calls.index(photo) < api.calls.index(message)


async def test_timeline_chart_sends_a_photo(api: FakeBotAPI, tg_parts: Parts) -> None:
    async with polling(build_application(tg_parts)):
        await api.send("/timeline chart")
        [photo] = await api.wait_for("sendPhoto", to_me)
    assert photo.files["photo"].startswith(b"\x89PNG")
    assert html_problem(photo.params["caption"]) is None


async def test_next_and_prev_buttons_edit_the_answer_in_place(api: FakeBotAPI, tg_parts: Parts) -> None:
    pages = registry.dispatch("/search Malaysia", tg_parts.store).pages
    assert pages >= 3, "the seeds should give several pages of sentences about Malaysia"
    async with polling(build_application(tg_parts)):
        await api.send("/search Malaysia")
        [first] = await api.wait_for("sendMessage", to_me)
        assert f"Page 1 of {pages}" in assert_valid(first)
        assert list(buttons(first)) == ["Next ›"]
        message = next(m for m in api.messages.values() if m.get("reply_markup") == first.json("reply_markup"))

        mark = api.mark()
        await api.press(message, buttons(first)["Next ›"])
        await api.wait_for("answerCallbackQuery", since=mark)
        [second] = await api.wait_for("editMessageText", since=mark)
        assert second.params["message_id"] == str(message["message_id"]) and second.params["chat_id"] == ME
        assert f"Page 2 of {pages}" in assert_valid(second)
        assert list(buttons(second)) == ["‹ Prev", "Next ›"]

        mark = api.mark()
        await api.press(message, buttons(second)["‹ Prev"])
        [back] = await api.wait_for("editMessageText", since=mark)
        await api.wait_for("answerCallbackQuery", since=mark)
    assert f"Page 1 of {pages}" in assert_valid(back)
    assert plain_text(back.params["text"]) == plain_text(first.params["text"])
    assert len(api.calls_to("sendMessage")) == 1


async def test_page_buttons_of_a_long_request_still_work(api: FakeBotAPI, tg_parts: Parts) -> None:
    request = "/search Malaysia Türkiye trade defence cooperation strategic partnership"
    pages = registry.dispatch(request, tg_parts.store).pages
    assert pages > 1 and len(f"p:{request} page 2".encode()) > 64
    async with polling(build_application(tg_parts)):
        await api.send(request)
        [first] = await api.wait_for("sendMessage", to_me)
        data = buttons(first)["Next ›"]
        assert len(data.encode()) <= 64 and PageLinks().decode(data) is None
        message = next(m for m in api.messages.values() if m.get("reply_markup") == first.json("reply_markup"))
        await api.press(message, data)
        [second] = await api.wait_for("editMessageText")
    assert f"Page 2 of {pages}" in assert_valid(second)
