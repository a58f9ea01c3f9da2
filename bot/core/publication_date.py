"""The year of a dateline that gives none (`ISTANBUL, Jan 8 —`), from the periods the article reports."""
from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.dates import PartialDate, has_year_digits, names_a_year
from bot.core.periods import find_periods

# Words before a year that make it a plan or a target, not something past.
_FUTURE_CUE = re.compile(r"\b(by|until|till|before|target(?:ed|ing)?|towards?|in the next|aims?|plans?|"
                         r"expected|projected|forecast|will|vision)\W+(?:\w+\W+){0,3}$", re.I)
_AMOUNT = re.compile(r"(?:[$€£¥₺]|\b(?:RM|USD|EUR|TL|MYR)\s?)\d|\d\s?(?:billion|million|trillion|bn|bil|mil)\b", re.I)
# Where `(?<=[.!?])\s+|\n` splits; opening with a character class lets the regex engine skip ahead to it.
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|\s+)")


def _sentences(text: str) -> Iterator[str]:
    """The text cut after closing punctuation followed by space, and at every line break."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        yield text[start:match.start() if match.group() == "\n" else match.start() + 1]
        start = match.end()
    yield text[start:]


# A line that opens with a space: a stop's break before it (`\s+`) takes the space, which the line's own first
# sentence would keep.
_INDENTED_LINE = re.compile(r"\n\s")


def _year_sentences(text: str) -> Iterator[str]:
    """The sentences of the text that may hold a year: a line without `19` or `20` holds none, so it is not split.
    Breaks never cross a line break, so the lines' sentences are the text's, unless a line opens with a space."""
    if _INDENTED_LINE.search(text):
        yield from _sentences(text)
        return
    for line in text.split("\n"):
        if "20" in line or "19" in line:
            yield from _sentences(line)


def past_periods(text: str) -> list[PartialDate]:
    """The last month each reported period reaches. A bare year beside an amount is a full-year
    statistic, so that year is over (month 12); a bare year alone, or one of a name (`IDEF 2023`), says nothing
    of its month."""
    found = []
    for sentence in _year_sentences(text):
        if not has_year_digits(sentence):  # without a publication date, only a written-out year dates anything
            continue
        has_amount = bool(_AMOUNT.search(sentence))
        for period in find_periods(sentence, None):
            if _FUTURE_CUE.search(sentence[max(0, period.start - 40):period.start]):
                continue
            last = period.text.split("/")[-1]
            year, _, month = last.partition("-")
            full_year = has_amount and not names_a_year(sentence, period.start)
            found.append(PartialDate(int(year), int(month) if month else (12 if full_year else None)))
    return found


def infer_year(month: int, text: str) -> int | None:
    """The first year in which the dateline's day falls after every period the text reports as past."""
    periods = past_periods(text)
    if not periods:
        return None
    latest = max(periods, key=lambda d: (d.year, d.month or 0))
    return latest.year + 1 if latest.month and month <= latest.month else latest.year
