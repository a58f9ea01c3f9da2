"""Ingest progress: a rich bar on a terminal, plain log lines otherwise."""
from __future__ import annotations

import sys
from types import TracebackType

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from bot.core.ingest import IngestResult


class IngestProgress:
    """Reports each ingest result; failures always get their own line on stderr."""

    def __init__(self) -> None:
        self.bar: Progress | None = None
        self.task = None
        if sys.stderr.isatty():
            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.description}"), transient=True)

    def __enter__(self) -> IngestProgress:
        if self.bar:
            self.bar.start()
            self.task = self.bar.add_task("", total=None)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.bar:
            self.bar.stop()

    def update(self, result: IngestResult) -> None:
        if result.outcome == "failed":
            line = f"newsbot: {result.source}: {result.error}"
            if self.bar:
                self.bar.console.print(line, style="red", highlight=False)
            else:
                print(line, file=sys.stderr)
        elif not self.bar:
            print(f"{result.outcome}: {result.source}", file=sys.stderr)
        if self.bar and self.task is not None:
            self.bar.update(self.task, advance=1, description=result.source[-50:])
