"""`newsbot digest`: print it, post it now through the real Slack and Telegram clients, once per day."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bot.bootstrap import Parts
from bot.cli import main
from bot.config import Settings, get_settings
from bot.models import DigestRun
from digest_support import FakeChatPlatform

ENV_NAMES = ("DATABASE_URL", "NEWSBOT_AUTO_SEED", "SLACK_BOT_TOKEN", "SLACK_API_URL", "TELEGRAM_BOT_TOKEN",
             "TELEGRAM_API_URL", "DIGEST_TO", "DIGEST_TIME", "DIGEST_TZ", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN")


@pytest.fixture
def platform() -> Iterator[FakeChatPlatform]:
    with FakeChatPlatform() as fake:
        yield fake


@pytest.fixture
def cli(parts: Parts, platform: FakeChatPlatform, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Parts]:
    """The environment `newsbot` reads: this test's database and the fake platforms."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("DATABASE_URL", parts.settings.database_url)
    monkeypatch.setenv("NEWSBOT_AUTO_SEED", "0")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-digest-cli")
    monkeypatch.setenv("SLACK_API_URL", platform.slack_api_url)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:digest-cli")
    monkeypatch.setenv("TELEGRAM_API_URL", platform.root)
    get_settings.cache_clear()
    yield parts
    get_settings.cache_clear()


def runs(settings: Settings, parts: Parts) -> list[tuple[str, str]]:
    with Session(parts.engine) as session:
        return sorted((r.channel, r.status) for r in session.exec(select(DigestRun)).all())


def test_prints_the_digest_when_no_channel_is_given(cli: Parts, platform: FakeChatPlatform,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Digest: everything indexed so far (5 articles)\n")
    assert "Total trade RM21.2 billion (Jan–Nov 2025)" in out
    assert platform.posts == [] and runs(cli.settings, cli) == []


def test_posts_now_to_slack_and_telegram_once_a_day(cli: Parts, platform: FakeChatPlatform,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "--to", "slack:C0NOW", "--to", "telegram:-100200"]) == 0
    assert sorted({(p.platform, p.chat) for p in platform.posts}) == [("slack", "C0NOW"), ("telegram", "-100200")]
    firsts = {p.chat: p.text for p in reversed(platform.posts)}  # a long digest is several Telegram messages
    assert all("everything indexed so far" in text for text in firsts.values())
    assert runs(cli.settings, cli) == [("slack:C0NOW", "sent"), ("telegram:-100200", "sent")]
    assert capsys.readouterr().err.splitlines() == ["slack:C0NOW: digest posted", "telegram:-100200: digest posted"]

    posted = len(platform.posts)
    assert main(["digest", "--to", "slack:C0NOW"]) == 1
    assert capsys.readouterr().err.strip() == "slack:C0NOW: today's digest was already sent; not posting it twice"
    assert len(platform.posts) == posted


def test_posts_to_the_digest_to_channels_by_default(cli: Parts, platform: FakeChatPlatform,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_TO", "telegram:42, slack:C0DEF")
    get_settings.cache_clear()
    assert main(["digest"]) == 0
    assert sorted({p.chat for p in platform.posts}) == ["42", "C0DEF"]


def test_dry_run_prints_per_channel_and_posts_nothing(cli: Parts, platform: FakeChatPlatform,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "--dry-run", "--to", "slack:C0DRY", "--to", "telegram:9"]) == 0
    out = capsys.readouterr().out
    assert "── slack:C0DRY (dry run, nothing posted) ──\nDigest: everything indexed so far" in out
    assert "── telegram:9 (dry run, nothing posted) ──" in out
    assert platform.posts == [] and runs(cli.settings, cli) == []


@pytest.mark.parametrize(("args", "env", "message"), [
    (["--to", "discord:1"], "",
     "newsbot: --to: bad channel 'discord:1': write slack:<channel id> or telegram:<chat id>"),
    (["--to", "telegram:abc"], "", "newsbot: --to: bad telegram id in 'telegram:abc'"),
    ([], "slack:C0OK,nonsense", "newsbot: setting DIGEST_TO: bad channel 'nonsense'"),
])
def test_bad_channels_are_one_line(cli: Parts, platform: FakeChatPlatform, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch, args: list[str], env: str, message: str) -> None:
    monkeypatch.setenv("DIGEST_TO", env)
    get_settings.cache_clear()
    assert main(["digest", *args]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(message)
    assert platform.posts == []


def test_a_refused_post_is_reported_and_not_recorded(cli: Parts, platform: FakeChatPlatform,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    platform.slack_error = "channel_not_found"
    assert main(["digest", "--to", "slack:C0GONE", "--to", "telegram:5"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("slack:C0GONE: not posted: ") and "channel_not_found" in err[0]
    assert err[1] == "telegram:5: digest posted"
    assert runs(cli.settings, cli) == [("telegram:5", "sent")]
    platform.slack_error = None
    assert main(["digest", "--to", "slack:C0GONE"]) == 0
    assert list(dict.fromkeys(p.chat for p in platform.posts)) == ["5", "C0GONE"]
