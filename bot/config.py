"""Settings: the only module that reads the environment (and an optional `.env`)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(Exception):
    """A setting is missing or wrong; the message is one line for the user."""


class Settings(BaseSettings):
    """Every knob of newsbot, read from environment variables."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(default=f"sqlite:///{PROJECT_ROOT / 'data' / 'newsbot.db'}")
    seeds_dir: Path = Field(default=PROJECT_ROOT / "seeds", alias="NEWSBOT_SEEDS_DIR")
    auto_seed: bool = Field(default=True, alias="NEWSBOT_AUTO_SEED")
    countries: str = Field(default="Malaysia,Türkiye", alias="NEWSBOT_COUNTRIES")
    max_article_bytes: int = Field(default=5_000_000, alias="NEWSBOT_MAX_ARTICLE_BYTES")

    telegram_bot_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_admins: str = Field(default="", alias="NEWSBOT_TELEGRAM_ADMINS")

    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_app_host: str = "0.0.0.0"
    slack_app_port: int = 3000
    slack_admins: str = Field(default="", alias="NEWSBOT_SLACK_ADMINS")

    digest_to: str = ""
    digest_time: str = "08:00"
    digest_tz: str = "UTC"
    digest_skip_empty: bool = Field(default=False, alias="NEWSBOT_DIGEST_SKIP_EMPTY")

    allow_private_urls: bool = Field(default=False, alias="NEWSBOT_ALLOW_PRIVATE_URLS")
    feed_poll_minutes: int = Field(default=30, alias="NEWSBOT_FEED_POLL_MINUTES")
    fetch_timeout: float = Field(default=20.0, gt=0, alias="NEWSBOT_FETCH_TIMEOUT")
    feed_max_failures: int = Field(default=5, ge=1, alias="NEWSBOT_FEED_MAX_FAILURES")

    @field_validator("digest_time")
    @classmethod
    def _check_time(cls, value: str) -> str:
        hours, _, minutes = value.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            raise ValueError("expected HH:MM")
        return f"{int(hours):02d}:{int(minutes):02d}"

    @field_validator("digest_tz")
    @classmethod
    def _check_tz(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def country_pair(self) -> tuple[str, str]:
        """The two countries the corpus is about, as written in NEWSBOT_COUNTRIES."""
        names = [part.strip() for part in self.countries.split(",") if part.strip()]
        if len(names) != 2:
            raise SettingsError("NEWSBOT_COUNTRIES must name two countries, e.g. 'Malaysia,Türkiye'")
        return names[0], names[1]

    @property
    def digest_channels(self) -> list[str]:
        return [part.strip() for part in self.digest_to.split(",") if part.strip()]


def _ids(raw: str) -> set[str]:
    return {part.strip() for part in raw.split(",") if part.strip()}


def admin_ids(settings: Settings, platform: str) -> set[str]:
    """User ids allowed to run admin commands on one platform."""
    return _ids(settings.telegram_admins if platform == "telegram" else settings.slack_admins)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Read the settings once; a bad value becomes a one-line SettingsError."""
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "setting"
        raise SettingsError(f"setting {name}: {first['msg']}") from None
