"""What a poll did, feed by feed: one summary line each, for the CLI, the scheduler's log and chat."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.ingest import IngestResult


@dataclass
class FeedReport:
    """What one poll did to one feed."""

    feed_id: int
    url: str
    status: str  # polled | not_modified | failed | paused
    results: list[IngestResult] = field(default_factory=list)
    seen: int = 0
    off_topic: int = 0
    deferred: int = 0
    error: str | None = None
    warning: str | None = None
    failures: int = 0
    just_paused: bool = False

    @property
    def indexed(self) -> list[IngestResult]:
        return [r for r in self.results if r.outcome != "failed"]

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.outcome == "failed"]

    def summary(self) -> str:
        """One line for this feed."""
        head = f"feed #{self.feed_id} {self.url}"
        if self.status == "not_modified":
            return f"{head}: not modified since the last poll"
        if self.status == "paused" and self.just_paused:
            return f"{head}: failed again ({self.error}); paused after {self.failures} failures in a row, " \
                   "add it again to resume"
        if self.status == "paused":
            return f"{head}: paused after {self.failures} failures in a row ({self.error}); add it again to resume"
        if self.status == "failed":
            return f"{head}: failed ({self.failures} in a row): {self.error}"
        added = sum(r.outcome == "added" for r in self.results)
        parts = [f"{len(self.indexed)} indexed ({added} new)", f"{self.off_topic} off-topic",
                 f"{self.seen} already seen", f"{len(self.failed)} failed"]
        if self.deferred:
            parts.append(f"{self.deferred} left for the next poll")
        return f"{head}: " + ", ".join(parts)

    def lines(self) -> list[str]:
        lines = [self.summary()]
        if self.warning:
            lines.append(f"  warning: {self.warning}")
        lines += [f"  {r.outcome}: {r.source}" for r in self.indexed]
        lines += [f"  failed: {r.source}: {r.error}" for r in self.failed]
        return lines


@dataclass
class PollReport:
    """Every feed's report from one poll, for the CLI, the scheduler's log and chat."""

    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(r.outcome == "added" for feed in self.feeds for r in feed.results)

    @property
    def problems(self) -> list[FeedReport]:
        """Feeds that failed in this poll (including those it paused)."""
        return [feed for feed in self.feeds if feed.status == "failed" or feed.just_paused]

    def lines(self) -> list[str]:
        if not self.feeds:
            return ["no feeds to poll; add one with `newsbot feeds add URL`"]
        return [line for feed in self.feeds for line in feed.lines()]
