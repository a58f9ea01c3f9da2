"""Sending the digest exactly once per channel and day: racing processes, restarts, failed posts, crashed senders."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from bot.bootstrap import Parts
from bot.core.digest import send_due_digests
from bot.core.digest_runs import STALE_CLAIM
from bot.core.subscriptions import subscribe
from bot.models import DigestRun, utcnow
from bot.reply import Reply
from digest_support import FakeChatPlatform, run_workers

KL = ZoneInfo("Asia/Kuala_Lumpur")
TOMORROW = (datetime.now(KL) + timedelta(days=1)).date()


def at(hour: int, minute: int = 0) -> datetime:
    """A moment of tomorrow in Kuala Lumpur (tomorrow, so no real digest of today is involved)."""
    return datetime(TOMORROW.year, TOMORROW.month, TOMORROW.day, hour, minute, tzinfo=KL)


def runs(parts: Parts) -> list[DigestRun]:
    with Session(parts.engine) as session:
        return list(session.exec(select(DigestRun)).all())


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.posts: list[tuple[str, Reply]] = []
        self.fail = fail

    def __call__(self, chat_id: str, reply: Reply) -> None:
        if self.fail:
            raise ConnectionError("platform unreachable")
        self.posts.append((chat_id, reply))


def test_three_processes_racing_post_once(parts: Parts) -> None:
    subscribe(parts.engine, "slack:C0RACE", "08:00", "Asia/Kuala_Lumpur")
    with FakeChatPlatform(delay=0.3) as slack:
        results = run_workers(parts.settings.database_url, slack.slack_api_url, at(8, 1).isoformat(), count=3)
    assert sorted(results, key=len) == [[], [], ["slack:C0RACE"]]
    [post] = slack.posts
    assert (post.platform, post.chat) == ("slack", "C0RACE")
    assert "everything indexed so far" in post.text
    [run] = runs(parts)
    assert (run.channel, run.day, run.status) == ("slack:C0RACE", TOMORROW, "sent")


def test_a_digest_missed_while_down_is_sent_after_restart_once(parts: Parts) -> None:
    subscribe(parts.engine, "slack:C0DOWN", "08:00", "Asia/Kuala_Lumpur")
    with FakeChatPlatform() as slack:
        assert run_workers(parts.settings.database_url, slack.slack_api_url, at(7, 59).isoformat(), count=1) == [[]]
        # the bot was down at 08:00 and comes back at 15:30 the same day
        assert run_workers(parts.settings.database_url, slack.slack_api_url, at(15, 30).isoformat(), count=1) == [
            ["slack:C0DOWN"]]
        # restarted again in the evening: today's digest is out already
        assert run_workers(parts.settings.database_url, slack.slack_api_url, at(21, 0).isoformat(), count=1) == [[]]
    assert [post.chat for post in slack.posts] == ["C0DOWN"]


def test_due_only_after_its_time_in_its_own_time_zone(parts: Parts) -> None:
    subscribe(parts.engine, "telegram:1", "08:00", "Asia/Kuala_Lumpur")  # 00:00 UTC
    subscribe(parts.engine, "telegram:2", "08:00", "Europe/Istanbul")  # 05:00 UTC
    subscribe(parts.engine, "slack:C0OTHER", "00:00", "UTC")  # another platform's scheduler sends this one
    post = Recorder()
    assert send_due_digests(parts, "telegram", post, now=at(7, 59)) == []
    assert send_due_digests(parts, "telegram", post, now=at(8, 0)) == ["telegram:1"]
    assert send_due_digests(parts, "telegram", post, now=at(12, 59)) == []
    assert send_due_digests(parts, "telegram", post, now=at(13, 0)) == ["telegram:2"]
    assert send_due_digests(parts, "telegram", post, now=at(23, 59)) == []
    assert [chat for chat, _reply in post.posts] == ["1", "2"]
    assert send_due_digests(parts, "telegram", post, now=at(8, 0) + timedelta(days=1)) == ["telegram:1"]


def test_a_failed_post_releases_the_claim(parts: Parts) -> None:
    subscribe(parts.engine, "telegram:7", "08:00", "Asia/Kuala_Lumpur")
    assert send_due_digests(parts, "telegram", Recorder(fail=True), now=at(9)) == []
    assert runs(parts) == []
    working = Recorder()
    assert send_due_digests(parts, "telegram", working, now=at(9, 1)) == ["telegram:7"]
    assert working.posts[0][1].title.startswith("Digest: everything")


@pytest.mark.parametrize(("age", "taken_over"), [(STALE_CLAIM + timedelta(minutes=1), True),
                                                 (timedelta(minutes=1), False)])
def test_a_claim_left_by_a_crashed_sender(parts: Parts, age: timedelta, taken_over: bool) -> None:
    subscribe(parts.engine, "telegram:9", "08:00", "Asia/Kuala_Lumpur")
    with Session(parts.engine) as session:
        session.add(DigestRun(channel="telegram:9", day=TOMORROW, status="claimed", created_at=utcnow() - age))
        session.commit()
    post = Recorder()
    assert send_due_digests(parts, "telegram", post, now=at(9)) == (["telegram:9"] if taken_over else [])
    assert send_due_digests(parts, "telegram", post, now=at(9, 5)) == []
    assert len(post.posts) == int(taken_over)
    [run] = runs(parts)
    assert run.status == ("sent" if taken_over else "claimed")

