"""Date phrases inside sentences (`on Wednesday`, `in February last year`, `IDEF 2025`), resolved
against the article's publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.core.sentences import word_set
from bot.core.dates import MONTH_PATTERN, MONTHS, WEEKDAYS, PartialDate, month_number, valid

_M = rf"(?:{MONTH_PATTERN})\.?"
_Y = r"(?:19|20)\d{2}"
_MONTH_CUES = frozenset(MONTHS)
_WEEKDAY_CUES = frozenset(WEEKDAYS)
_TODAY_CUES = frozenset({"today", "tonight", "day", "morning", "afternoon", "evening"})
# Each form with the lower-case words one of which it needs (None: it needs a year's digits).
_FORMS: list[tuple[str, re.Pattern[str], frozenset[str] | None]] = [
    ("month_day_year", re.compile(rf"\b(?:on\s+)?(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_Y})\b"), _MONTH_CUES),
    ("day_month_year", re.compile(rf"\b(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_M}),?\s+(?P<y>{_Y})\b"), _MONTH_CUES),
    ("iso", re.compile(rf"\b(?P<y>{_Y})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"), None),
    ("month_last_year", re.compile(rf"\b(?:in\s+)?(?P<m>{_M})\s+(?P<rel>last|this|next)\s+year\b"), _MONTH_CUES),
    ("month_day", re.compile(rf"\b(?:on\s+)?(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*{_Y})(?![\d,.]*\s*(?:billion|million|per))"), _MONTH_CUES),
    ("day_month", re.compile(rf"\b(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_M})\b(?!,?\s*{_Y})"), _MONTH_CUES),
    ("month_year", re.compile(rf"\b(?:in\s+|since\s+|from\s+)?(?:early\s+|late\s+|mid-?)?(?P<m>{_M}),?\s+(?P<y>{_Y})\b"), _MONTH_CUES),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|this\s+|next\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?:\s*\((?P<pm>[A-Z][a-z]+)\.?\s+(?P<pd>\d{1,2})\))?"), _WEEKDAY_CUES),
    ("today", re.compile(r"\b(?:earlier|later)\s+(?:today|in\s+the\s+day|this\s+(?:morning|afternoon|evening))\b|"
                         r"\btoday\b(?![’']s)|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I), _TODAY_CUES),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I), frozenset({"yesterday", "night"})),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I), frozenset({"tomorrow"})),
    ("relative_year", re.compile(r"\b(?P<rel>last|this|next)\s+year\b", re.I), frozenset({"year"})),
    ("relative_month", re.compile(r"\b(?P<rel>last|this|next)\s+month\b", re.I), frozenset({"month"})),
    ("relative_week", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|last|this|next)\s+week\b", re.I), frozenset({"week"})),
    ("month", re.compile(rf"\b(?:in|since|during|from|until|early|late|mid-?)\s+(?P<m>{_M})\b(?!\s+\d)"), _MONTH_CUES),
    ("year", re.compile(rf"(?<![\d$€£-])(?P<y>{_Y})(?![\d-])"), None),
]


@dataclass(frozen=True)
class DatePhrase:
    date: PartialDate
    start: int
    end: int
    form: str


FUTURE_TENSE = re.compile(r"\b(will|shall|(?:is|are)\s+(?:scheduled|set|expected|due)\s+to|(?:scheduled|slated|set|due)\s+for|"
                          r"upcoming|plans?\s+to|to\s+be\s+held|next)\b", re.I)


def _nearest_year(month: int, day: int | None, published: date, future: bool) -> int:
    """A month (and day) without a year: the latest such date up to publication, or the next one
    from publication on when the sentence speaks of the future."""
    candidate = valid(published.year, month, day or 1)
    if candidate is None:
        return published.year
    if future:
        return published.year if candidate.last_day() >= published else published.year + 1
    return published.year if candidate.as_date() <= published else published.year - 1


def _week(which: str, published: date) -> PartialDate | None:
    """`last week`, `earlier this week`: the month its days fall in, else their year, else nothing."""
    monday = published - timedelta(days=published.weekday())
    first, last = {"last": (monday - timedelta(days=7), monday - timedelta(days=1)),
                   "this": (monday, published), "earlier this": (monday, published),
                   "later this": (published, monday + timedelta(days=6)),
                   "next": (monday + timedelta(days=7), monday + timedelta(days=13))}[which]
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return PartialDate(first.year) if first.year == last.year else None


def _resolve(form: str, match: re.Match[str], published: date | None, future: bool) -> PartialDate | None:
    groups = match.groupdict()
    if form in {"month_day_year", "day_month_year"}:
        return valid(int(groups["y"]), month_number(groups["m"]), int(groups["d"]))
    if form == "iso":
        return valid(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if form == "month_year":
        return valid(int(groups["y"]), month_number(groups["m"]), None)
    if form == "year":
        return PartialDate(int(groups["y"]))
    if published is None:
        return None
    if form == "month_last_year":
        shift = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        return valid(published.year + shift, month_number(groups["m"]), None)
    if form in {"month_day", "day_month"}:
        month = month_number(groups["m"])
        return valid(_nearest_year(month, int(groups["d"]), published, future), month, int(groups["d"])) if month else None
    if form == "month":
        month = month_number(groups["m"])
        return valid(_nearest_year(month, None, published, future), month, None) if month else None
    if form == "weekday":
        if groups.get("pm") and month_number(groups["pm"]):
            month = month_number(groups["pm"])
            return valid(_nearest_year(month, int(groups["pd"]), published, future), month, int(groups["pd"]))
        text = match.group(0).lower()
        target = WEEKDAYS[groups["w"].lower()]
        if text.startswith("next"):
            day = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        else:
            back = (published.weekday() - target) % 7
            day = published - timedelta(days=back or (7 if text.startswith("last") else 0))
        return PartialDate(day.year, day.month, day.day)
    if form in {"today", "yesterday", "tomorrow"}:
        day = published + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[form])
        return PartialDate(day.year, day.month, day.day)
    if form == "relative_year":
        return PartialDate(published.year + {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()])
    if form == "relative_week":
        return _week(" ".join(groups["rel"].lower().split()), published)
    if form == "relative_month":
        shift = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        index = published.year * 12 + published.month - 1 + shift
        return PartialDate(index // 12, index % 12 + 1)
    return None


_CUE_WORDS = frozenset(m.lower() for m in MONTH_PATTERN.split("|")) | frozenset(WEEKDAYS) | {
    "day", "today", "tonight", "yesterday", "tomorrow", "year", "month", "week", "morning", "afternoon", "evening",
    "night"}
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def find_date_phrases(sentence: str, published: PartialDate | None) -> list[DatePhrase]:
    """Every date phrase in a sentence, the most specific reading of each span, in order."""
    if not (word_set(sentence) & _CUE_WORDS or _YEAR_DIGITS.search(sentence)):
        return []
    return list(_find(sentence, published))


@lru_cache(maxsize=8192)
def _find(sentence: str, published: PartialDate | None) -> tuple[DatePhrase, ...]:
    base = published.as_date() if published and published.day else None
    future = bool(FUTURE_TENSE.search(sentence))
    words, has_year = word_set(sentence), _YEAR_DIGITS.search(sentence) is not None
    found: list[DatePhrase] = []
    for form, pattern, cues in _FORMS:
        if not (has_year if cues is None else words & cues):
            continue
        for match in pattern.finditer(sentence):
            if any(p.start < match.end() and match.start() < p.end for p in found):
                continue
            resolved = _resolve(form, match, base, future)
            if resolved:
                found.append(DatePhrase(resolved, match.start(), match.end(), form))
    return tuple(sorted(found, key=lambda p: p.start))
