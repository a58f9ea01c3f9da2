"""The year of a dateline that gives none (`ISTANBUL, Jan 8 —`), from the periods the article reports."""
from __future__ import annotations

import re
from collections.abc import Iterator

from bot.core.date_phrases import find_date_phrases, speaks_of_future
from bot.core.dates import PartialDate, first_month_at, has_year_digits, names_a_year
from bot.core.periods import find_periods

# Words before a year that make it a plan or a target, not something past: `by 2027`, `commissioning planned for
# 2027`, `due in 2026`, `scheduled for 2025`.
_FUTURE_CUE = re.compile(r"\b(by|until|till|before|target(?:ed|ing)?|towards?|in the next|aims?|plan(?:s|ned)?|"
                         r"expected|projected|forecast|will|vision|scheduled|slated|due|set\s+for)\W+(?:\w+\W+){0,3}$",
                         re.I)
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
    of its month, and in a sentence that speaks of the future it is the plan's (`agreed to hold the next seminar in
    Paris in 2014`), nothing past."""
    found = []
    for sentence in _year_sentences(text):
        if not has_year_digits(sentence):  # without a publication date, only a written-out year dates anything
            continue
        periods = find_periods(sentence, None)
        has_amount = bool(periods) and bool(_AMOUNT.search(sentence))  # asked only of a sentence with a period
        future: bool | None = None  # the tense is read only for a bare year without an amount
        for period in periods:
            if _FUTURE_CUE.search(sentence[max(0, period.start - 40):period.start]):
                continue
            last = period.text.split("/")[-1]
            year, _, month = last.partition("-")
            full_year = has_amount and not names_a_year(sentence, period.start)
            if not month and not full_year:
                future = speaks_of_future(sentence) if future is None else future
                if future:
                    continue
            found.append(PartialDate(int(year), int(month) if month else (12 if full_year else None)))
        found.extend(_past_days(sentence))
    return found


# Forms of a day written with its year: `on December 12, 2024`, `12 December 2024`, `12/12/2024`, `2024-12-12`.
_DAY_WITH_YEAR = frozenset({"month_day_year", "day_month_year", "numeric", "iso", "year_first"})
# The numeric forms' shape (`12/12/2024`, `2024-12-12`, `12.12.2024`): digits split twice by `/`, `.` or `-`; the
# other two need a month's name.
_SPLIT_DIGITS = re.compile(r"\d[/.-]\d\d?[/.-]\d")


def _may_name_day_with_year(sentence: str) -> bool:
    """A necessary condition of any of those forms: a month's name (their patterns' own, found by `first_month_at`)
    or split digits; most sentences with a year have neither (`In 2024, ...`), and their date phrases go unread."""
    return first_month_at(sentence) < len(sentence) or _SPLIT_DIGITS.search(sentence) is not None


def _past_days(sentence: str) -> list[PartialDate]:
    """The days with their year that a sentence tells of as done (`signed a trade pact on December 12,
    2024`): a story datelined `Jan 4` that tells of it was written after it, in 2025. Periods give a day's year only."""
    if not _may_name_day_with_year(sentence):
        return []
    days = [phrase.date for phrase in find_date_phrases(sentence, None)
            if phrase.form in _DAY_WITH_YEAR and phrase.date.day]
    if not days or speaks_of_future(sentence):
        return []
    return days


WHOLE_MONTH = 32  # a period's month is over: every day of it is before the dateline's


def infer_year(month: int, text: str, day: int = 1) -> int | None:
    """The first year in which the dateline's day falls after every period the text reports as past, or on a day
    it tells of (`entered into force today, June 7, 2016` under `June 7`)."""
    periods = past_periods(text)
    if not periods:
        return None
    latest = max(periods, key=lambda d: (d.year, d.month or 0, d.day or WHOLE_MONTH))
    reached = (latest.month or 0, latest.day or WHOLE_MONTH)
    return latest.year + 1 if latest.month and (month, day) < reached else latest.year
