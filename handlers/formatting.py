"""How commands write numbers, money, periods, dates and sources, so every answer reads the same."""
from __future__ import annotations

from collections.abc import Iterable

from bot.core.fact_text import date_label, money, month_name, number, period_label  # noqa: F401  (shared)
from bot.reply import Citation, Reply, error
from bot.store import StoredFact

METRIC_LABELS = {"total_trade": "total trade", "exports": "exports", "imports": "imports",
                 "investment": "investment", "target": "target"}
RANK_WORDS = {1: "largest", 2: "second-largest", 3: "third-largest", 4: "fourth-largest", 5: "fifth-largest",
              6: "sixth-largest", 7: "seventh-largest", 8: "eighth-largest", 9: "ninth-largest", 10: "tenth-largest"}
ITEM_CHARS = 300


def rank_words(rank: int) -> str:
    """1 -> `largest`, 3 -> `third-largest`, 12 -> `12th-largest`."""
    if rank in RANK_WORDS:
        return RANK_WORDS[rank]
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}-largest"


def shorten(text: str, limit: int = ITEM_CHARS) -> str:
    """A text cut at a word boundary with an ellipsis, so one item never floods a chat message."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:-—–")
    return cut + "…"


def publishers(citations: Iterable[Citation]) -> list[str]:
    """Distinct publisher names in citation order (the article id when the publisher is unknown)."""
    names: list[str] = []
    for citation in citations:
        name = citation.publisher or citation.article_id
        if name not in names:
            names.append(name)
    return names


def sources_line(stored: StoredFact) -> str | None:
    """`Reported by 2 sources: Anadolu Agency, Xinhua`, or None when one source reports it."""
    count = stored.sources
    if count <= 1:
        return None
    names = ", ".join(publishers(stored.citations))
    more = "" if count == len(stored.citations) else ", among others"
    return f"Reported by {count:,} sources: {names}{more}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def pair_name(pair: tuple[str, str]) -> str:
    return "–".join(pair)


def usage_error(problem: str, usage: str, *hints: str) -> Reply:
    """A bad argument: what was wrong, and how the command is used."""
    return error(problem, f"Usage: {usage}", *hints)


def more_note(shown: int, total: int | None, noun: str, narrow: str) -> str | None:
    """Says plainly when a list was cut to its newest entries, and how to narrow it."""
    if total is not None and total <= shown:
        return None
    of = f" of {total:,}" if total is not None else ""
    return f"Showing the newest {shown:,}{of} {noun}. Narrow it down, e.g. {narrow}."
