"""The daily digest in Slack: chat.postMessage to subscribed channels, once a day, and post_reply itself."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from slack_sdk.errors import SlackApiError

from bot.adapters.slack_app import DigestScheduler, post_reply, web_client
from bot.adapters.slack_render import MAX_BLOCKS
from bot.bootstrap import Parts
from bot.core.subscriptions import subscribe
from bot.reply import Citation, Item, Reply, Section
from fake_slack_api import FakeSlackApi
from slack_requests import texts

MORNING = datetime(2026, 1, 9, 9, 0, tzinfo=timezone.utc)
CITED = Citation("000_a", "Bernama", "2026-01-08", quote="Trade totalled RM21.2 billion.")


def test_due_digest_is_posted_once_to_the_subscribed_channel(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    subscribe(slack_parts.engine, "slack:C77", "08:00", "UTC")
    subscribe(slack_parts.engine, "slack:C88", "23:00", "UTC")  # not due yet
    subscribe(slack_parts.engine, "telegram:42", "08:00", "UTC")  # another platform
    scheduler = DigestScheduler(slack_parts, web_client(slack_parts.settings))
    assert scheduler.run_once(MORNING) == ["slack:C77"]
    assert scheduler.run_once(MORNING) == []
    [post] = fake_slack.of("chat.postMessage")
    assert post.body["channel"] == "C77"
    blocks = post.body["blocks"]
    assert blocks[0]["type"] == "header"
    assert len(blocks) <= MAX_BLOCKS
    shown = texts(blocks)
    assert "21.2" in shown
    assert all(block["type"] != "actions" for block in blocks)


def test_failed_digest_post_is_retried_next_round(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    subscribe(slack_parts.engine, "slack:C77", "08:00", "UTC")
    fake_slack.fail("chat.postMessage", error="channel_not_found")
    scheduler = DigestScheduler(slack_parts, web_client(slack_parts.settings))
    assert scheduler.run_once(MORNING) == []
    assert scheduler.run_once(MORNING) == ["slack:C77"]
    assert len(fake_slack.of("chat.postMessage")) == 2


def test_scheduler_thread_posts_and_stops(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    subscribe(slack_parts.engine, "slack:C77", "00:00", "UTC")
    scheduler = DigestScheduler(slack_parts, web_client(slack_parts.settings), interval=3600)
    scheduler.start()
    try:
        assert fake_slack.wait_for("chat.postMessage")[0].body["channel"] == "C77"
    finally:
        scheduler.stop()
        scheduler.join(10)
    assert not scheduler.is_alive()


def test_post_reply_sends_blocks_and_fallback_text(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    reply = Reply("Daily digest", (Section("Trade", (Item("RM21.2 billion <Jan–Nov 2025>", (CITED,)),)),))
    post_reply(slack_parts.settings, "C5", reply)
    [post] = fake_slack.of("chat.postMessage")
    assert post.body["channel"] == "C5"
    assert post.headers["Authorization"] == "Bearer xoxb-test-token"
    assert "RM21.2 billion &lt;Jan–Nov 2025&gt;" in texts(post.body["blocks"])
    assert "Bernama, 2026-01-08" in texts(post.body["blocks"])
    assert post.body["text"].startswith("Daily digest")


def test_post_reply_keeps_a_huge_digest_within_limits(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    items = tuple(Item("x" * 2500, (CITED,)) for _ in range(200))
    post_reply(slack_parts.settings, "C5", Reply("Digest", (Section("All", items),)))
    blocks = fake_slack.of("chat.postMessage")[0].body["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")


def test_post_reply_raises_when_slack_refuses(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("chat.postMessage", error="not_in_channel")
    with pytest.raises(SlackApiError, match="not_in_channel"):
        post_reply(slack_parts.settings, "C5", Reply("Digest"))


def test_post_reply_waits_out_a_rate_limit(slack_parts: Parts, fake_slack: FakeSlackApi) -> None:
    fake_slack.fail("chat.postMessage", status=429, retry_after=0)
    post_reply(slack_parts.settings, "C5", Reply("Digest"))
    assert len(fake_slack.of("chat.postMessage")) == 2
