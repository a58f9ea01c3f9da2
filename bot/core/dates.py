"""Dates: date lines, datelines and the date phrases inside sentences, at their own precision."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.core.case_blind import any_case_at

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True)).title()
_MONTH = rf"(?:{MONTH_PATTERN}|{MONTH_PATTERN.upper()}|{MONTH_PATTERN.lower()})"
_YEAR = r"(?:19|20)\d{2}"
# Date lines abbreviate weekdays too: `Fri, July 5, 2024`.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last day the date can stand for, for comparisons with a day."""
        if self.day and self.month:
            return self.as_date()
        if self.month:
            following = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return following - timedelta(days=1)
        return date(self.year, 12, 31)


def month_name(number: int) -> str:
    """The full English name of a month (1-12), as the date parsers read it; MONTHS lists the full names first."""
    return list(MONTHS)[number - 1].title()


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def valid(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def has_year_digits(text: str) -> bool:
    """Four digits that may be a year (19xx, 20xx) somewhere in the text. Every match holds `19` or `20`, and most
    sentences have neither: two substring tests are several times faster than the pattern."""
    return ("20" in text or "19" in text) and _YEAR_DIGITS.search(text) is not None


# Month names, and in lower case for a search in any case.
_MONTH_NAMES = re.compile(MONTH_PATTERN)
_LOWER_MONTH_NAMES = re.compile(MONTH_PATTERN.lower())


def first_month_at(text: str, any_case: bool = False) -> int:
    """Where the first month name (`March`, `Jan`, also the start of a longer word) begins, in title case or, with
    `any_case`, in any case; the text's length when it has none. No pattern needing a month matches before it."""
    if any_case:
        return any_case_at(text, _LOWER_MONTH_NAMES)
    found = _MONTH_NAMES.search(text)
    return found.start() if found else len(text)


def words_back(text: str, at: int, count: int) -> int:
    """A position at or before the start of the `count` words (runs without spaces) before `at`, the last of them
    maybe a word's start only: where to search from for matches that begin at most that many words before `at`."""
    head = text[:at].rsplit(None, count)
    return len(head[0]) if len(head) > count else 0


# The end of a date line's year: a word boundary, or a time glued to it by a page scraped to text (`February 11,
# 202510:47 AM`); a longer number (`20251`) is no year.
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2}\b))"
_DATE_LINE_FORMS = [
    re.compile(rf"^(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
               rf"(?P<y>{_YEAR}){_YEAR_END}", re.I),
    # also with hyphens: `05-Mar-2024`
    re.compile(rf"^(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<m>{_MONTH})\.?(?:,?\s+|-)"
               rf"(?P<y>{_YEAR}){_YEAR_END}", re.I),
    # `2026-01-07`, also as a timestamp: `2021-06-30T08:15:00+03:00`.
    re.compile(rf"^(?P<y>{_YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})"
               r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"),
    re.compile(rf"^(?P<y>{_YEAR})([/.])(?P<m>\d{{1,2}})\2(?P<d>\d{{1,2}})\b"),  # `2024/03/14`
    # `14.03.2024`, `14/03/2024`, after a weekday too (`Sun, 12/22/2024 - 10:30`)
    re.compile(rf"^(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}})([./-])(?P<m>\d{{1,2}})\2(?P<y>{_YEAR})\b"),
    # `11. 10. 2024.`: the Serbian, Croatian and Czech way, a full stop and a space after each part
    re.compile(rf"^(?P<d>\d{{1,2}})\.\s(?P<m>\d{{1,2}})\.\s(?P<y>{_YEAR})\b\.?"),
]
# What may follow the date on a date line: a time and zone (either way round: `MVT 10:15`; or spelt out, as a press
# release's wire gives it: `08:00 AM Eastern Daylight Time`), then when it was
# updated (`Updated 2 hours ago`), or who posted it (`12 FEB 2025 5:42PM by PIB Delhi`, `August 28, 2023 (Mainichi
# Japan)`).
_DATE_LINE_REST = re.compile(rf"(?:{_WEEKDAY}\b,?\s*)?"  # `17/10/2025 Friday`
                             # a time, maybe in brackets (`18.05.2016 [16:05]`)
                             r"(?:\[\s*(?=\d))?"
                             r"(?:(?:at\s+|@\s*|[A-Z]{2,5}\s+(?=\d))?[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:\w{2,5}|[+-]\d{4}|\(?(?:GMT|UTC)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|(?:[a-z]+\s+){1,3}time)?(?:\s*\])?)?"
                             # `06:00AM (Updated: ...)`, `10:15 AM [ Last Update: ... ]`
                             r"(?:\s*[|·•,/(\[-]?\s*(?:last\s+)?(?:updated?|modified)\b.*)?"
                             r"(?:\s*\|\s*[A-Z][\w&]*(?:[ ,]+[A-Z][\w&]*)*)?"
                             # a section after `in` and the writer with their post, as Vanguard heads a story
                             # (`5:43 am In News by Soni Daniel, Northern Regional Editor`)
                             r"(?:\s*in\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})?"
                             r"(?:\s*by\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
                             r"(?:\s*,\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?)?"
                             r"(?:\s*\([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\))?", re.I)  # `(Mainichi Japan)`
# What may come before the date: a label (`Last Modified:`, `Publication date`) or the publisher's name (`KYODO
# NEWS - Sep 8, 2023 - 21:40 | World`).
_DATE_LINE_PREFIX = re.compile(r"^(?:(?:publication|published|publish|release)\s+date|date\s+published|"
                               r"(?:first\s+|originally\s+)?published|posted|updated|date|created|last\s+updated?|"
                               r"modified|last modified|"
                               r"latest update)\s*(?:on|at)?\s*(?::|[-–—](?=\s))?\s*|"  # `Published - Dec 22, 2024`
                               # `On` before the date, as Vanguard writes it: `On December 3, 2016 5:43 am In News`
                               r"^on\s+(?=\w)|"
                               # the same labels in Spanish, Portuguese and French, which English-language editions of
                               # their papers keep: `Publicado: 14/03/2025`, `Mis à jour le 3 mars 2025`
                               r"^(?:publicad[oa]|actualizad[oa]|atualizad[oa]|publiée?|mise?\s+à\s+jour|fecha|data)"
                               r"(?:\s+(?:el|em|en|le|o))?\s*:?\s*(?=\d)|"
                               # a release's label and a comma: `Press release, 15 November 2024`
                               r"^(?:joint\s+)?(?:press|media|news)\s+(?:release|statement|briefing)\s*[,:]\s*|"
                               r"^[A-Z]{2,}(?:\s+[A-Z]{2,})?\s+[-–—|]\s+", re.I)
# A time before the date, maybe after a section and with its zone: `All Headlines 14:20 July 01, 2024`, `8:30pm, 9 Nov
# 2024`, `15:32 - 17/10/2025 Friday`, `5:03 pm on 26 February 2025`, `Updated 6:15 PM GMT+8, March 14, 2024` (AP's).
_TIME_PREFIX = re.compile(r"^(?:[A-Za-z]+\s+){0,3}\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"
                          r"(?:\s*\(?(?:GMT|UTC)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|(?-i:\s+[A-Z]{2,5}(?=,)))?"
                          r"(?:,|\s+[-–—|]|\s+on)?\s+(?=\w)", re.I)
_NOT_A_NAME = rf"(?!(?:{MONTH_PATTERN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Fri|Sat|Sun)\.?\s)"
# A byline before the date (`By Vu Anh December 11, 2024`, `By Ana Rojas and Luis Paz, March 5, 2024`, `By Aida
# Haidar in International on 22 December 2022`), a publisher's name before a weekday (`Ahram Online , Tuesday 15
# Oct 2024`; not a capital city's dateline), or a section's (below).
_WRITER_PREFIX = re.compile(rf"^(?i:by)\s+(?:{_NOT_A_NAME}[A-Z][\w.'’-]*,?\s+|and\s+(?=[A-Z])){{1,7}}"
                            r"(?:in\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?\s+)?(?:on\s+|[|·•/–—-]\s+)?|"
                            rf"^(?:{_NOT_A_NAME}[A-Z][a-z][\w&.'’-]*\s+){{0,2}}[A-Z][a-z][\w&.'’-]*\s*,\s*"
                            rf"(?={_WEEKDAY}\W)|"
                            # a site's section and `of` before a weekday, as GhanaWeb heads a story: `General News of
                            # Wednesday, 9 October 2024`, `Business News of Tuesday, 8 October 2024`, `Politics of ...`
                            rf"^(?:{_NOT_A_NAME}[A-Z][a-z][\w&'’-]*\s+){{1,3}}of\s+(?={_WEEKDAY},?\s+\d)")
_MAX_DATE_LINE = 100
# A date line that only says when the page was last changed, not when it was published: `Updated: 14.03.2025 | 06:45`,
# `(Last modified on ...`.
UPDATE_LINE = re.compile(r"^\(?\s*(?:last\s+)?(?:updated?|modified)\b", re.I)


def parse_date_line(line: str) -> str | None:
    """A line that is only a date (with maybe a time): its ISO day (or month, for a month's line), else None."""
    text = line.strip()
    # Every form has a year, which holds `19` or `20`: most lines are no date and fail here, before seven patterns.
    if len(text) > _MAX_DATE_LINE or not ("20" in text or "19" in text):
        return None
    if text[0] == "(" and text[-1] == ")":  # `(Latest Update January 05, 2026)`
        text = text[1:-1]
    text = _TIME_PREFIX.sub("", _DATE_LINE_PREFIX.sub("", _WRITER_PREFIX.sub("", text)))
    for form in _DATE_LINE_FORMS:
        match = form.match(text)
        if match:
            rest = text[match.end():].strip(" ,|/-–—•·")  # `22 Dec 2024 • 10:30 am`
            if rest and not _DATE_LINE_REST.fullmatch(rest):
                return None
            month, day = match.group("m"), int(match.group("d"))
            month_no = int(month) if month.isdigit() else month_number(month)
            if month_no and month_no > 12 >= day:  # `10/25/2024`: month first, the American way
                month_no, day = day, month_no
            found = valid(int(match.group("y")), month_no, day)
            return found.iso() if found else None
    if text[:4].lower() == "week":
        return _week_line(text)
    month_line = _MONTH_LINE.fullmatch(text)
    if month_line:
        found = valid(int(month_line.group("y")), month_number(month_line.group("m")), None)
        return found.iso() if found else None
    return _foreign_date_line(text) if "de " in text or _FRENCH_MONTHS.search(text) else None


# A magazine's or its publisher's name heading a date line: `Trade & Investment`, `The Business Quarterly`.
_MASTHEAD = r"[A-Z][\w'’.-]*(?:\s+(?:&|and|[A-Z][\w'’.-]*)){0,4}"
# A month and its year alone, maybe after the section of a magazine that dates its stories by issue: `Trade &
# Investment | April 2025`, `April 2025`, `INTERVIEW | April 2025 issue`. A date line at the month's precision: the
# headline is below it. A publisher and its magazine may both head the line, the magazine's name then a comma before
# its issue: `AustCham Kenya — The Members' Review, Issue 8, May 2019`.
_MONTH_LINE = re.compile(rf"(?:{_MASTHEAD}\s*[|•·—–]\s*){{0,2}}"
                         rf"(?:{_MASTHEAD},\s*(?=(?i:issue|no\.|vol\.|volume)\s*\d))?"
                         # the number before its month: `Africa Economic Review — Issue 214, February 2026`
                         r"(?:(?i:issue|no\.|vol\.|volume)\s*\d+\s*,\s*){0,2}"
                         rf"(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})(?:\s+(?i:issue|edition))?")


# A weekly's issue dated by its week, the days maybe in different months: `Week of 13–19 May 2024`, `Week of May
# 13–19, 2024`, `Week of 29 April – 5 May 2024`, `Week of May 13, 2024` (the week that day starts).
_WEEK_LINE = re.compile(rf"week\s+of\s+(?:(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH})\.?)?\s*[-–—]\s*(?P<d2>\d{{1,2}})"
                        rf"\s+(?P<m2>{_MONTH})\.?|(?P<n1>{_MONTH})\.?\s+(?P<e1>\d{{1,2}})"
                        rf"(?:\s*[-–—]\s*(?:(?P<n2>{_MONTH})\.?\s+)?(?P<e2>\d{{1,2}}))?,?)\s+(?P<y>{_YEAR})", re.I)


def _week_line(text: str) -> str | None:
    """A week's date line: its month when the whole week lies in one, else its year. A weekly is published some day
    of that week, and which day it does not say."""
    week = _WEEK_LINE.fullmatch(text)
    if not week:
        return None
    year = int(week.group("y"))
    if week.group("d1"):
        start = valid(year, month_number(week.group("m1") or week.group("m2")), int(week.group("d1")))
        end = valid(year, month_number(week.group("m2")), int(week.group("d2")))
    else:
        start = valid(year, month_number(week.group("n1")), int(week.group("e1")))
        end = valid(year, month_number(week.group("n2") or week.group("n1")), int(week.group("e2"))) \
            if week.group("e2") else start
    if not start or not end or end < start:  # `29 December – 4 January 2025`: which year it was published is open
        return None
    # a week named by its first day ends six days later
    last = end.as_date() + timedelta(days=0 if week.group("d2") or week.group("e2") else 6)
    return f"{year:04d}-{start.month:02d}" if (start.year, start.month) == (last.year, last.month) else f"{year:04d}"


_SPANISH_PORTUGUESE_MONTHS = ("enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|"
                              "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro")
_FRENCH_MONTH_NAMES = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_FRENCH_MONTHS = re.compile(rf"\b(?:{_FRENCH_MONTH_NAMES})\b", re.I)
# A date line in Spanish, Portuguese or French: `6 de enero de 2025`, `quinta-feira, 15 de março de 2025`, `le 3 mars
# 2025`, `jeudi 3 mars 2025 à 14h30`, maybe with a time after it; the weekday is one word (`lunes,`, `jeudi`).
_FOREIGN_DATE_LINE = re.compile(
    rf"^(?:[^\W\d_]+(?:-feira)?,?\s+)?(?:le\s+)?(?P<date>\d{{1,2}}(?:er|º|°)?\s+"
    rf"(?:de\s+(?:{_SPANISH_PORTUGUESE_MONTHS})\s+del?|(?:{_FRENCH_MONTH_NAMES}))\s+{_YEAR})\b"
    r"(?:\s*(?:[,|–—-]|à|às|a\s+las)?\s*\d{1,2}[:h]\d{2}(?:\s*[A-Za-z]{2,5})?)?\s*$", re.I)


def _foreign_date_line(text: str) -> str | None:
    """A date line in Spanish, Portuguese or French, read by the date library in those languages: the line's shape
    is checked first, so that only a date (and a time) is read, never a sentence."""
    found = _FOREIGN_DATE_LINE.match(text)
    return parse_with_library(found.group("date"), _FOREIGN_LANGUAGES) if found else None


_FOREIGN_LANGUAGES = ("es", "pt", "fr")


# The capitalised word right before a year, maybe in brackets: `IDEF 2023`, `(IDEF) 2023`, `Vision 2030`.
_WORD_BEFORE_YEAR = re.compile(r"\(?(?P<word>[A-Z][\w&.'’-]*)\)?\s+$")
# Capitalised words a date's year follows: prepositions opening a sentence, periods, months and weekdays.
_DATE_WORDS_BEFORE_YEAR = frozenset({
    "in", "by", "since", "for", "during", "until", "till", "from", "of", "to", "and", "or", "between", "before",
    "after", "through", "at", "on", "around", "early", "late", "mid", "end", "the", "fiscal", "financial", "fy",
    "cy", "q1", "q2", "q3", "q4", "h1", "h2", "year", "as", "throughout", "within", "over", "last", "this", "next",
    *MONTHS, *WEEKDAYS})


def names_a_year(text: str, at: int) -> bool:
    """The year at `at` is part of a name (`IDEF 2023`, `the International Defence Industry Fair (IDEF) 2023`,
    `Vision 2030`): it dates nothing and is no reporting period."""
    before = _WORD_BEFORE_YEAR.search(text, max(0, at - 40), at)
    return before is not None and before.group("word").lower().rstrip(".,") not in _DATE_WORDS_BEFORE_YEAR


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![/.]\d)")


def parse_iso(text: str | None) -> PartialDate | None:
    """`2026`, `2026-01` or `2026-01-08` (a longer timestamp is cut to the day); not the year opening a date written
    with slashes or dots (`2022/08/27 15:40`, Yonhap's date line), which is no year alone."""
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return valid(year or 0, month, day) if year else None


_MONTH_DAY = re.compile(rf"^(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{_YEAR}))?$|"
                        rf"^(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?(?:\s+(?P<y2>{_YEAR}))?$", re.I)


def parse_month_day(text: str) -> tuple[int, int, int | None] | None:
    """`Jan 8`, `January 8, 2026`, `8 January` -> (month, day, year or None)."""
    match = _MONTH_DAY.match(text.strip())
    if not match:
        return None
    month = month_number(match.group("m") or match.group("m2"))
    day = int(match.group("d") or match.group("d2"))
    year = match.group("y") or match.group("y2")
    return (month, day, int(year) if year else None) if month else None


@lru_cache(maxsize=4096)
def parse_with_library(text: str, languages: tuple[str, ...] = ("en",)) -> str | None:
    """Fallback for unusual date lines: dateparser, strict, on the phrase alone, in the given languages."""
    import dateparser

    parsed = dateparser.parse(text, languages=list(languages), settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"})
    return parsed.date().isoformat() if parsed else None
