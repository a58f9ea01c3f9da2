"""Digest runs in the database: one row per channel and day is what makes a digest go out exactly once."""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.models import DigestRun, utcnow

log = logging.getLogger(__name__)
# A claim this old belongs to a process that died between claiming and posting; another may take it over.
STALE_CLAIM = timedelta(minutes=10)


def last_sent(engine: Engine, channel: str) -> datetime | None:
    """Up to when the channel's last posted digest covered the index (None: never sent)."""
    with Session(engine) as session:
        return session.exec(
            select(DigestRun.covered_until).where(DigestRun.channel == channel, DigestRun.status == "sent")
            .order_by(col(DigestRun.covered_until).desc()).limit(1)
        ).first()


def has_run(engine: Engine, channel: str, day: date) -> bool:
    """Whether the channel's digest for `day` is sent, skipped or being sent."""
    with Session(engine) as session:
        found = session.exec(select(DigestRun.id).where(DigestRun.channel == channel, DigestRun.day == day))
        return found.first() is not None


def claim(engine: Engine, channel: str, day: date) -> DigestRun | None:
    """Reserve today's digest of a channel in its own transaction; None if another process has it."""
    run = DigestRun(channel=channel, day=day, status="claimed", covered_until=utcnow())
    with Session(engine, expire_on_commit=False) as session:
        session.add(run)
        try:
            session.commit()
            return run
        except IntegrityError:
            session.rollback()
    return _take_over_stale(engine, channel, day)


def _take_over_stale(engine: Engine, channel: str, day: date) -> DigestRun | None:
    now = utcnow()
    with Session(engine, expire_on_commit=False) as session:
        result = session.exec(  # type: ignore[call-overload]
            update(DigestRun)
            .where(col(DigestRun.channel) == channel, col(DigestRun.day) == day,
                   col(DigestRun.status) == "claimed", col(DigestRun.created_at) < now - STALE_CLAIM)
            .values(created_at=now, covered_until=now)
        )
        session.commit()
        if result.rowcount != 1:
            return None
        log.warning("taking over a stale digest claim for %s on %s", channel, day)
        return session.exec(select(DigestRun).where(DigestRun.channel == channel, DigestRun.day == day)).one()


def release(engine: Engine, run: DigestRun) -> None:
    """Give a claim back after a failed post, so the next tick tries again."""
    with Session(engine) as session:
        session.exec(delete(DigestRun).where(col(DigestRun.id) == run.id, col(DigestRun.status) == "claimed"))
        session.commit()


def finish(engine: Engine, run: DigestRun, status: str) -> None:
    """Mark a claimed run `sent` (or `skipped` when there was nothing new to post)."""
    with Session(engine) as session:
        marked = update(DigestRun).where(col(DigestRun.id) == run.id).values(status=status)
        session.exec(marked)  # type: ignore[call-overload]
        session.commit()
