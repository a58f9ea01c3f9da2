"""Slash commands, mentions, DMs and Prev/Next, sent signed to the app; answers read off the fake Slack."""
from __future__ import annotations

import json
import re

from bot.adapters.slack_app import APOLOGY
from bot.bootstrap import Parts
from bot.core.subscriptions import subscriptions
from fake_slack_api import FakeSlackApi
from slack_requests import ADMIN, CHANNEL, SlackSender, texts


def test_slash_command_is_acknowledged_with_an_empty_200(slack: SlackSender) -> None:
    response = slack.command("/trade")
    assert response.status_code == 200
    assert response.text == ""


def test_trade_answers_ephemerally_with_figures_and_sources(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/trade")
    answer = fake_slack.wait_for("response")[0].body
    assert answer["response_type"] == "ephemeral"
    shown = texts(answer["blocks"])
    assert answer["blocks"][0]["type"] == "header"
    for figure in ("RM21.2 billion", "USD 4.92 billion", "RM24.15 billion", "USD 10 billion"):
        assert figure in shown
    sources = [e["text"] for b in answer["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert any("2026-01-08" in s and "RM21.2 billion" in s for s in sources), sources
    assert any("USD 4.92 billion" in s for s in sources), sources


def test_trade_2024_total_is_cited(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/trade", "2024")
    shown = texts(fake_slack.wait_for("response")[0].body["blocks"])
    assert "24.15" in shown
    assert "RM24.15 billion" in shown  # the sentence it was read from


def test_share_posts_the_answer_in_the_channel(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/trade", "2025 share")
    answer = fake_slack.wait_for("response")[0].body
    assert answer["response_type"] == "in_channel"
    shown = texts(answer["blocks"])
    assert "21.2" in shown and "4.92" in shown
    assert "share" not in answer["blocks"][0]["text"]["text"].lower()


def test_renamed_command_runs_the_same_registry_entry(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/newsbot-agreements")
    shown = texts(fake_slack.wait_for("response")[0].body["blocks"])
    assert "Ankara" in shown and "2026-01-07" in shown


def test_mention_runs_the_command_in_the_channel(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    assert slack.mention("timeline 2025").status_code == 200
    post = fake_slack.wait_for("chat.postMessage")[0].body
    assert post["channel"] == CHANNEL
    blocks = post["blocks"]
    lines = [b["text"]["text"] for b in blocks if b["type"] == "section" and b["text"]["text"].startswith("• ")]
    assert lines and all("2025" in line and "2026" not in line for line in lines), lines
    assert any("Nov 2025" in line and "Khaled Nordin" in line for line in lines), lines
    for index, block in enumerate(blocks):  # every event is followed by its sources
        if block["type"] == "section" and block["text"]["text"].startswith("• "):
            assert blocks[index + 1]["type"] == "context"
    assert post["text"].startswith("Timeline")  # the notification text


def test_mention_in_a_thread_answers_in_the_thread(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.event({"type": "app_mention", "user": "U1", "text": "<@UBOT> /agreements", "channel": CHANNEL,
                 "thread_ts": "1700000000.000001"})
    post = fake_slack.wait_for("chat.postMessage")[0].body
    assert post["thread_ts"] == "1700000000.000001"


def test_mention_with_a_typo_suggests_the_command(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.mention("trdae")
    assert "Did you mean /trade?" in texts(fake_slack.wait_for("chat.postMessage")[0].body["blocks"])


def test_direct_message_runs_the_command(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.event({"type": "message", "channel_type": "im", "user": "U1", "text": "agreements", "channel": "D1",
                 "bot_id": "BBOT"})  # the app's own message: ignored
    slack.direct_message("agreements")
    posts = fake_slack.wait_for("chat.postMessage")
    assert len(posts) == 1
    assert posts[0].body["channel"] == "D1"
    assert "higher education" in texts(posts[0].body["blocks"]).lower()


def test_retried_event_delivery_is_not_answered_twice(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.mention("trade", event_id="EvFirst")
    fake_slack.wait_for("chat.postMessage")
    retry = slack.mention("trade", event_id="EvFirst",
                          headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})
    assert retry.status_code == 200
    slack.mention("agreements", event_id="EvSecond")
    posts = fake_slack.wait_for("chat.postMessage", 2)
    assert len(posts) == 2
    assert "Ankara" in texts(posts[1].body["blocks"])


def test_retry_of_an_unseen_delivery_is_answered(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.mention("trade", event_id="EvLost", headers={"X-Slack-Retry-Num": "1",
                                                      "X-Slack-Retry-Reason": "http_error"})
    assert len(fake_slack.wait_for("chat.postMessage")) == 1


def test_rate_limited_post_is_retried_after_the_wait(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("chat.postMessage", status=429, retry_after=0)
    slack.direct_message("trade")
    posts = fake_slack.wait_for("chat.postMessage", 2)
    assert len(posts) == 2
    assert "21.2" in texts(posts[1].body["blocks"])
    assert APOLOGY not in json.dumps([p.body for p in posts])


def test_failed_post_gets_a_short_apology(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("chat.postMessage", error="invalid_blocks")
    slack.mention("trade")
    posts = fake_slack.wait_for("chat.postMessage", 2)
    assert posts[1].body["text"] == APOLOGY
    assert posts[1].body["channel"] == CHANNEL


def test_admin_command_is_refused_to_members(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/feeds")
    assert "admins only" in texts(fake_slack.wait_for("response")[0].body["blocks"])


def test_admin_command_runs_for_listed_admins(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/feeds", user=ADMIN)
    assert "admins only" not in texts(fake_slack.wait_for("response")[0].body["blocks"])


def test_any_member_may_subscribe_a_channel(slack: SlackSender, fake_slack: FakeSlackApi,
                                            slack_parts: Parts) -> None:
    slack.command("/subscribe", "09:30 Europe/Istanbul")
    answer = fake_slack.wait_for("response")[0].body
    assert "09:30" in texts(answer["blocks"])
    [subscription] = subscriptions(slack_parts.engine, "slack")
    assert subscription.channel == f"slack:{CHANNEL}"


def test_paged_answer_has_next_button_and_the_click_replaces_the_message(
        slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/search", "Malaysia")
    first = fake_slack.wait_for("response")[0].body
    page_line = re.search(r"Page 1 of (\d+)", texts(first["blocks"]))
    assert page_line, texts(first["blocks"])
    [buttons] = [b for b in first["blocks"] if b["type"] == "actions"]
    [next_button] = buttons["elements"]
    assert next_button["value"] == "/search Malaysia page 2"
    assert slack.click(next_button["action_id"], next_button["value"]).status_code == 200
    second = fake_slack.wait_for("response", 2)[1].body
    assert second["replace_original"] is True
    shown = texts(second["blocks"])
    assert f"Page 2 of {page_line.group(1)}" in shown
    assert "newsbot_page_prev" in json.dumps(second["blocks"])
    assert shown != texts(first["blocks"])


def test_trade_chart_uploads_a_png(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/trade", "chart")
    [upload] = fake_slack.wait_for("upload")
    assert upload.raw.startswith(b"\x89PNG")
    [complete] = fake_slack.wait_for("files.completeUploadExternal")
    assert complete.body["channel_id"] == CHANNEL
    [start] = fake_slack.of("files.getUploadURLExternal")
    assert int(start.body["length"]) == len(upload.raw)
    assert "21.2" in texts(fake_slack.wait_for("response")[0].body["blocks"])


def test_timeline_chart_uploads_a_png(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.command("/timeline", "chart")
    [upload] = fake_slack.wait_for("upload")
    assert upload.raw.startswith(b"\x89PNG")
    fake_slack.wait_for("files.completeUploadExternal")


def test_chart_refused_by_slack_gets_an_ephemeral_note(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("files.completeUploadExternal", error="not_in_channel")
    slack.command("/trade", "chart")
    responses = fake_slack.wait_for("response", 2)
    note = responses[1].body
    assert note["response_type"] == "ephemeral"
    assert "not_in_channel" in note["text"] and "Invite" in note["text"]


def test_chart_asked_by_mention_is_uploaded_in_the_thread(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    slack.event({"type": "app_mention", "user": "U1", "text": "<@UBOT> trade chart", "channel": CHANNEL,
                 "thread_ts": "1700000000.000009"})
    [complete] = fake_slack.wait_for("files.completeUploadExternal")
    assert complete.body["channel_id"] == CHANNEL
    assert complete.body["thread_ts"] == "1700000000.000009"
    assert fake_slack.of("upload")[0].raw.startswith(b"\x89PNG")


def test_chart_refused_in_a_conversation_gets_a_note(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("files.completeUploadExternal", error="not_in_channel")
    slack.mention("timeline chart")
    posts = fake_slack.wait_for("chat.postMessage", 2)
    assert posts[0].body["blocks"][0]["type"] == "header"
    assert "not_in_channel" in posts[1].body["text"]
    assert APOLOGY not in posts[1].body["text"]


def test_retry_after_a_timeout_is_not_run_again(slack: SlackSender, fake_slack: FakeSlackApi) -> None:
    """Slack saw the first delivery arrive (maybe at another process) but the ack came late."""
    retry = slack.mention("trade", event_id="EvSlow", headers={"X-Slack-Retry-Num": "1",
                                                              "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status_code == 200
    slack.mention("agreements", event_id="EvNext")
    posts = fake_slack.wait_for("chat.postMessage")
    assert len(posts) == 1
    assert "Ankara" in texts(posts[0].body["blocks"])
