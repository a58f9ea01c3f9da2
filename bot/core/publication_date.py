"""The year of a dateline that gives none (`ISTANBUL, Jan 8 —`), from the periods the article reports."""
from __future__ import annotations

import re

from bot.core.dates import PartialDate
from bot.core.periods import find_periods

# Words before a year that make it a plan or a target, not something past.
_FUTURE_CUE = re.compile(r"\b(by|until|till|before|target(?:ed|ing)?|towards?|in the next|aims?|plans?|"
                         r"expected|projected|forecast|will|vision)\W+(?:\w+\W+){0,3}$", re.I)
_AMOUNT = re.compile(r"(?:[$€£¥₺]|\b(?:RM|USD|EUR|TL|MYR)\s?)\d|\d\s?(?:billion|million|trillion|bn|bil|mil)\b", re.I)


def past_periods(text: str) -> list[PartialDate]:
    """The last month each reported period reaches. A bare year beside an amount is a full-year
    statistic, so that year is over (month 12); a bare year alone says nothing of its month."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        has_amount = bool(_AMOUNT.search(sentence))
        for period in find_periods(sentence, None):
            if _FUTURE_CUE.search(sentence[max(0, period.start - 40):period.start]):
                continue
            last = period.text.split("/")[-1]
            year, _, month = last.partition("-")
            found.append(PartialDate(int(year), int(month) if month else (12 if has_amount else None)))
    return found


def infer_year(month: int, text: str) -> int | None:
    """The first year in which the dateline's day falls after every period the text reports as past."""
    periods = past_periods(text)
    if not periods:
        return None
    latest = max(periods, key=lambda d: (d.year, d.month or 0))
    return latest.year + 1 if latest.month and month < latest.month else latest.year
