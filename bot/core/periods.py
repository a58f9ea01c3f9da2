"""Reporting periods of figures: `2024`, `January to November 2025` -> `2025-01/2025-11`, targets `by 2026`."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.article_caches import per_article
from bot.core.date_phrases import sentence_dates
from bot.core.dates import (MONTH_PATTERN, MONTHS, PartialDate, first_month_at, has_year_digits, month_number,
                             words_back)
from bot.core.sentences import word_set
from bot.core.number_words import NUMBER_WORD_PATTERN, count_of

_M = rf"(?:{MONTH_PATTERN})\.?"
_Y = r"(?:19|20)\d{2}"
# Look-aheads for the first letter of a month's name, and of a word or space before one, under `re.I`: they spare
# trying each name at most places.
_AT_MONTH = "(?=[jfmasond])"
_BEFORE_MONTH = r"(?=[fbjmasond\s])"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_RANGE = re.compile(
    rf"\b{_BEFORE_MONTH}(?:from|between)?\s*{_AT_MONTH}(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?\s*(?:to|and|until|through|-|–|—)\s*(?P<m2>{_M})"
    rf"(?:\s+period)?(?:\s+(?:of|in))?\s+(?P<y2>{_Y}|this\s+year|last\s+year)", re.I)
_FIRST_MONTHS = re.compile(
    rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+months(?:\s+(?:of\s+)?(?P<y>{_Y}|this year|last year))?", re.I)
# Months counted back from the last one: `the 12 months to June 2024`, `the year ended March`, `six months to May`,
# `the fiscal year that ended in March`.
_MONTHS_TO = re.compile(
    rf"\b(?:the\s+)?(?:(?P<n>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+months|year)\s+(?:that\s+|which\s+)?"
    rf"(?:to|ending|ended|through)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+|\d{{1,2}}\s+)?(?P<m>{_M})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?)?"
    rf"(?:\s+(?P<y>{_Y}|this\s+year|last\s+year))?", re.I)
_MONTHS_TO_WORDS = frozenset({"months", "year"})
# The months of a fiscal year in brackets after it, first to last: `fiscal year 2022/2023 (July 2022 - June 2023)`,
# `2024-25 (April-March)`.
_FISCAL_MONTHS_AFTER = re.compile(rf"\s*\(\s*(?P<m1>{_M})\.?(?:\s+(?P<y1>{_Y}))?\s*(?:-|–|—|to)\s*(?P<m2>{_M})\.?"
                                  rf"(?:\s+(?P<y2>{_Y}))?\s*\)", re.I)
# The month a fiscal year ended in, told right after it: `the 2023/24 fiscal year that ended in March 2024`, `fiscal
# 2024, which ended on June 30, 2024`. It is part of the year's mention and says its months.
_FISCAL_ENDED = re.compile(
    rf"\s*,?\s*(?:that|which)\s+(?:ended|ends|ending|closed|ran\s+to|runs\s+to)\s+(?:in\s+|on\s+)?(?:\d{{1,2}}\s+)?"
    rf"(?P<m>{_M})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?)?(?:\s+(?P<y>{_Y}))?", re.I)
# Quarters counted back from the last one, as British trade statistics give them: `the four quarters to the end of
# Q3 2023`, `the four quarters to the third quarter of 2023`.
_QUARTERS_TO = re.compile(
    rf"\b(?:the\s+)?(?P<n>\d|{NUMBER_WORD_PATTERN})\s+quarters\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<which>first|second|third|fourth)\s+quarter(?:\s+of)?)\s+(?P<y>{_Y})", re.I)
_HALF = re.compile(rf"\b(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half(?:\s+(?:of\s+)?(?P<y>{_Y}|this year|last year))?|\bH(?P<h>[12])\s*(?P<y2>{_Y})", re.I)
# A quarter by its number, or by its last month as Australian and Indian papers name it (`the December quarter`).
_QUARTER = re.compile(
    rf"\b(?:the\s+)?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(?P<y>{_Y}|this year|last year))?"
    rf"|\bQ(?P<q>[1-4])\s*(?P<y2>{_Y})"
    rf"|\bthe\s+(?P<last>March|June|September|December)\s+quarter"
    rf"(?:\s+(?:of\s+)?(?P<y3>{_Y}|this year|last year))?", re.I)
QUARTER_ENDS = {"march": 1, "june": 2, "september": 3, "december": 4}
_RANGE_NO_YEAR = re.compile(
    rf"\b{_BEFORE_MONTH}(?:from|between)?\s*{_AT_MONTH}(?P<m1>{_M})\s*(?:to|and|until|through|-|–|—)\s*(?P<m2>{_M})(?!\s+\d)(?:\s+period)?", re.I)
# A fiscal year: `2022-23 fiscal year`, `fiscal year 2023-24`, `FY2022-23`, `FY24`, `fiscal 2024`, `in 2022-23`.
_FISCAL = re.compile(
    rf"\b(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<a>{_Y})\s*[-–/]\s*(?P<a2>\d{{2}}|{_Y})"
    rf"|FY\s?(?P<b>{_Y}|\d{{2}})(?:\s*[-–/]\s*(?P<b2>\d{{2}}|{_Y}))?"
    rf"|(?P<c>{_Y})\s*[-–/]\s*(?P<c2>\d{{2}}|{_Y})(?:\s+(?:fiscal|financial)(?:\s+year)?)?"
    rf"|(?:fiscal|financial)\s+(?:year\s+)?(?P<d>{_Y}))\b(?!\s*[-–/]\s*\d)")
# A part of a fiscal year, its months maybe in brackets: `the first quarter (July-September) of FY25`, `Q2 of fiscal
# 2024`, `the first half of fiscal year 2023-24`, `July-October FY25`, and as Pakistan's press writes the first months
# or a quarter, `4MFY25`, `1QFY25`, or of one said relative to publication, `April-October of the current fiscal`;
# the fiscal year follows the match.
_FISCAL_PART = re.compile(rf"\b(?:(?:(?:the\s+)?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
                          rf"(?P<part>quarter|half)|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m1>{_M})\s*(?:-|–|to|through)\s*"
                          rf"(?P<m2>{_M})|(?:the\s+)?first\s+(?P<count>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+months)"
                          rf"(?:\s*\([^()]{{0,30}}\))?\s+(?:period\s+)?(?:of\s+)?(?:the\s+)?"
                          rf"|(?P<n>\d{{1,2}})(?P<unit>[MQH]))"
                          rf"(?=FY|fiscal|financial|(?:last|previous|past|current|this)\s+(?:fiscal|financial))", re.I)
# The months of a fiscal year in brackets after it, part of its mention: `FY26 (July-August)`.
_BRACKETED_AFTER = re.compile(r"\s*\([^()]{0,30}\)")
# A part of a calendar year as Malaysian and Indian papers write it: `1H2025`, `9M2024`, `3Q2025`.
_PART_OF_YEAR = re.compile(r"\b(?P<n>1[0-2]|[1-9])(?P<unit>[MQH])(?P<y>20\d\d)\b")
_PART_OF_YEAR_MARKS = ("M20", "Q20", "H20")
_RELATIVE_FISCAL = re.compile(r"\b(?P<which>last|previous|past|current|this)\s+(?:fiscal|financial)(?:\s+year)?\b", re.I)
_FISCAL_WORD = re.compile(r"fiscal|financial", re.I)
_FISCAL_WORDS = frozenset({"fiscal", "financial"})
_SPLIT_YEAR = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*\d\d")
# When each country's fiscal year begins, and whether a single year names it by its first year
# (Japan's `fiscal 2024` begins in April 2024) rather than its last (India's `FY2024` ends in March 2024).
FISCAL_YEARS: dict[str, tuple[int, bool]] = {
    "India": (4, False), "Japan": (4, True), "United Kingdom": (4, False), "Canada": (4, False),
    "Hong Kong": (4, False), "Singapore": (4, False), "Pakistan": (7, False), "Bangladesh": (7, False),
    "Australia": (7, False), "New Zealand": (7, False), "Egypt": (7, False), "Kenya": (7, False),
    "Tanzania": (7, False), "Uganda": (7, False), "Rwanda": (7, False), "Nepal": (7, False),
    "United States": (10, False), "Thailand": (10, False), "South Africa": (4, False), "Brunei": (4, False),
    "Kuwait": (4, False), "Myanmar": (4, False), "Bhutan": (7, False), "Ethiopia": (7, False)}
FiscalYear = tuple[int, bool]
APRIL_YEAR: FiscalYear = (4, False)
# The fiscal year of a country that keeps the calendar year (most do: Chile's `FY2024` is 2024).
CALENDAR_YEAR: FiscalYear = (1, True)
# The country of a currency that is one country's own: an amount in it is that country's figure, counted by its
# fiscal year (`₹62,194 crore in 2021-22` is India's April-March year, `Tk 15,600 crore in FY23` Bangladesh's
# July-June).
CURRENCY_COUNTRIES = {"INR": "India", "JPY": "Japan", "GBP": "United Kingdom", "CAD": "Canada", "HKD": "Hong Kong",
                      "SGD": "Singapore", "PKR": "Pakistan", "BDT": "Bangladesh", "AUD": "Australia",
                      "NZD": "New Zealand", "EGP": "Egypt", "KES": "Kenya", "THB": "Thailand", "TZS": "Tanzania",
                      "UGX": "Uganda", "RWF": "Rwanda", "NPR": "Nepal"}
# Nepal's fiscal years in its own calendar, Bikram Sambat, which runs 56 years and 8.5 months ahead of the Gregorian:
# its fiscal year begins on 1 Shrawan, mid-July, so `FY 2080/81` is July 2023 to June 2024. No Gregorian fiscal year
# in the news begins this late; a first year from here on is one of Bikram Sambat.
BIKRAM_SAMBAT_FROM = 2060
BIKRAM_SAMBAT_OFFSET = 57
NEPAL_YEAR: FiscalYear = (7, False)


def fiscal_year_of(countries: Sequence[str]) -> FiscalYear:
    """The fiscal year of the first of `countries` that has one other than the calendar year; when none of them has,
    the calendar year (`Chile's exports to Peru in FY2024` are of 2024); with no country to go by, the April year."""
    return next((FISCAL_YEARS[c] for c in countries if c in FISCAL_YEARS), CALENDAR_YEAR if countries else APRIL_YEAR)


def _fiscal_span(match: re.Match[str], fiscal: FiscalYear) -> str | None:
    """The months of a fiscal year; a split one (`2022-23`) must name two running years."""
    start_month, by_start = fiscal
    first, second = next((match.group(g), match.group(g + "2")) for g in ("a", "b", "c") if match.group(g)) \
        if not match.group("d") else (match.group("d"), None)
    if match.group("c") and len(second) == 4 and not _FISCAL_WORD.search(match.group(0)) and "/" not in match.group(0):
        return None  # `2019-2020` alone spans two calendar years; `2023/2024` is a fiscal year as `2023/24` is
    first_year = int(first) if len(first) == 4 else 2000 + int(first)
    if second is not None:
        if int(second[-2:]) != (first_year + 1) % 100:
            return None
        if first_year >= BIKRAM_SAMBAT_FROM:
            return _fiscal_months(first_year - BIKRAM_SAMBAT_OFFSET, NEPAL_YEAR[0])
        if fiscal == CALENDAR_YEAR:  # a year split in two is no calendar year: `FY 2024/25` of Chile's is unsaid
            start_month = APRIL_YEAR[0]
    elif not by_start:
        first_year -= 1
    return _fiscal_months(first_year, start_month)


def _stated_fiscal_months(months: re.Match[str], match: re.Match[str]) -> str | None:
    """The months a fiscal year's brackets state (`fiscal year 2022/2023 (July 2022 - June 2023)`, `2024-25
    (April-March)`), whatever the country's year is taken to be: twelve running months, else none."""
    first, last = month_number(months.group("m1")), month_number(months.group("m2"))
    if not first or not last or last % 12 + 1 != first:
        return None
    if months.group("y1") and months.group("y2"):
        return f"{months.group('y1')}-{first:02d}/{months.group('y2')}-{last:02d}"
    return _fiscal_span(match, (first, False)) if first != 1 else None


def _fiscal_part_span(part: re.Match[str], whole: str) -> str | None:
    """The months of a part of a fiscal year whose months are `whole` (`2024-07/2025-06`, or a calendar year's
    `2024`)."""
    if "/" in whole:
        start_year, start_month = map(int, whole.split("/")[0].split("-"))
    elif whole.isdigit():
        start_year, start_month = int(whole), 1
    else:
        return None
    months = _months_into(part, start_month)
    if months is None:
        return None
    offset, length = months
    first_year, first_month = divmod(start_year * 12 + start_month - 1 + offset, 12)
    last_year, last_month = divmod(start_year * 12 + start_month - 1 + offset + length - 1, 12)
    return f"{first_year}-{first_month + 1:02d}/{last_year}-{last_month + 1:02d}"


def _months_into(part: re.Match[str], start_month: int) -> tuple[int, int] | None:
    """How many months into its fiscal year a part begins, and how many it lasts."""
    if part.group("m1"):
        first, last = month_number(part.group("m1")), month_number(part.group("m2"))
        return ((first - start_month) % 12, (last - first) % 12 + 1) if first and last else None
    if part.group("count"):
        count = part.group("count")
        months = count_of(count)
        return (0, months) if 1 <= months <= 12 else None
    if part.group("n"):
        return _counted_part(int(part.group("n")), part.group("unit").upper())
    quarter = ORDINALS.get((part.group("which") or "").lower()) or int(part.group("q") or 0)
    if (part.group("part") or "").lower() == "half" or part.group("h"):
        half = quarter or int(part.group("h"))
        return (6 * half - 6, 6) if half <= 2 else None
    return 3 * quarter - 3, 3


def _counted_part(count: int, unit: str) -> tuple[int, int] | None:
    """How many months into a year `3Q`, `1H` or `9M` begins, and how many it lasts."""
    if unit == "Q":
        return (3 * count - 3, 3) if 1 <= count <= 4 else None
    if unit == "H":
        return (6 * count - 6, 6) if 1 <= count <= 2 else None
    return (0, count) if 1 <= count <= 12 else None


def _relative_fiscal_span(which: str, published: PartialDate, fiscal: FiscalYear) -> str:
    """`the last financial year` in an article of July 2024 in India: April 2023 to March 2024."""
    start_month = fiscal[0]
    first_year = published.year if (published.month or 1) >= start_month else published.year - 1
    return _fiscal_months(first_year - (which in {"last", "previous", "past"}), start_month)


def _fiscal_months(first_year: int, start_month: int) -> str:
    if start_month == 1:
        return str(first_year)
    return f"{first_year}-{start_month:02d}/{first_year + 1}-{start_month - 1:02d}"


_MONTH_YEAR = re.compile(rf"\b{_AT_MONTH}(?P<m>{_M})\s+(?P<y>{_Y})\b", re.I)
# A month with its year said relative to publication: `in May last year`, `May of this year`.
_MONTH_RELATIVE_YEAR = re.compile(rf"\b{_AT_MONTH}(?P<m>{_M})\s+(?:of\s+)?(?P<rel>this|last)\s+year\b", re.I)
# A month of statistics without its year (`In July alone`, `for March last year`, `in the month of May`): the
# latest such month over by publication; not `in April` alone, which may date a happening.
_MONTH_ALONE = re.compile(rf"\b(?=[IiFfDd])(?:(?:[Ii]n|[Ff]or|[Dd]uring)\s+the\s+month\s+of|[Ff]or|[Dd]uring|[Ii]n(?=\s+{_M}\s+alone\b))"
                          rf"\s+(?P<m>{_M})(?:\s+(?P<rel>this|last)\s+year)?\b(?![\s,]*\d)")
# Several whole years: `between 2022 and 2027`, `from 2020 to 2024`.
_YEARS = re.compile(rf"\b(?:between|from)\s+(?P<y1>{_Y})\s+(?:and|to|until|through)\s+(?P<y2>{_Y})\b", re.I)
_YEARS_WORDS = frozenset({"between", "from"})
# Whole years up to a month: `between 1990 and June this year`, `from 2015 to March 2024`.
_YEARS_TO_MONTH = re.compile(rf"\b(?:between|from)\s+(?P<y1>{_Y})\s+(?:and|to|until|through)\s+(?:the\s+end\s+of\s+)?"
                             rf"(?P<m>{_M})\s+(?:(?P<y2>{_Y})|(?P<rel>this|last)\s+year)\b", re.I)
# A target's year: `by 2026`, `before the end of 2027`, `by end-2030`.
_TARGET_YEAR = re.compile(rf"\b(?:by|until|in|for|before|towards?)\s+(?:the\s+end\s+of\s+|end-)?(?P<y>{_Y})\b", re.I)
# A target for a year said relative to publication: `by next year`, `to reach $10 billion this year`, `before the end
# of the year`, `by year-end`, `by the end of the decade` (2030 in a story of 2025).
_TARGET_RELATIVE_YEAR = re.compile(r"\b(?:(?P<which>this|next|the current|the coming)\s+year|(?:by|before)\s+"
                                   r"(?:the\s+end\s+of\s+the\s+(?P<decade>decade)|the\s+end\s+of\s+the\s+year|"
                                   r"(?:the\s+)?year[- ]end))\b", re.I)
# A target some years ahead: `in the next three years`, `within five years`.
_TARGET_IN_YEARS = re.compile(rf"\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?"
                              rf"(?P<n>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+years\b", re.I)
# The setting of a goal after its date (`In March 2021, the two leaders set a goal of ... within five years`, `last
# November, when they agreed to double trade within five years`): the years ahead count from then.
_GOAL_SET = re.compile(r"\b(?:agreed|set|pledged|decided|vowed|committed|resolved|announced|targeted|aimed)\b")
# A year alone, or at its end (`as of end-2023`), not a part of a split year (`2022-23`).
# The look-behinds come after the first two digits, so that the engine skips to a `1` or a `2` before trying it.
_YEAR = re.compile(r"(?P<y>(?:19|20)(?:(?<=\bend-\d\d)|(?<![\d-]\d\d))\d\d)(?![\d-])", re.I)
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|previous|past|current)\s+year\b", re.I)
# The months of the year so far, up to one named: `year-to-date trade stood at $1.6 billion by the end of June`, `so far
# this year, through May`.
_YEAR_TO_DATE = re.compile(rf"\b(?:year[- ]to[- ]date|so\s+far\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+"
                           rf"(?:the|this)\s+year)\b(?:[^.;]|\.(?=\d)){{0,100}}?\b(?:by|to|until|through|as\s+of|at)\s+"
                           rf"(?:the\s+end\s+of\s+)?(?P<m>{_M})\b(?![\s,]*\d)", re.I)
_YEAR_TO_DATE_MARKS = ("to-date", "to date", "so far", "of the year", "of this year")
# The same with no month named: the months of the publication's year up to its month, as an annotator reads them.
_YEAR_SO_FAR = re.compile(r"\b(?:year[- ]to[- ]date|so\s+far\s+this\s+year|this\s+year\s+so\s+far|(?:since|from)\s+"
                          r"the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b", re.I)
# A stock at the end of December is one at the end of its year: `stood at $444 million at the end of December 2023`
# or `as of December 2024` is dated 2023 or 2024, as `at the end of 2023` is (not December's flow, `exports in December
# 2023`).
_END_OF_DECEMBER = re.compile(rf"\b(?:(?:the\s+)?end\s+of\s+|end-|as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?)"
                             rf"(?:December|Dec\.?)\s+(?P<y>{_Y})\b", re.I)


@dataclass(frozen=True)
class Period:
    text: str
    start: int
    end: int


def _year(text: str, published: PartialDate | None) -> int | None:
    lowered = text.lower()
    if lowered in {"this year", "current year"}:
        return published.year if published else None
    if lowered in {"last year", "previous year", "past year"}:
        return published.year - 1 if published else None
    return int(text)


def _year_of_part(text: str | None, last_month: int, published: PartialDate | None) -> int | None:
    """The year of `the first quarter of 2024`; of a bare `the first quarter`, the latest one
    over by the publication date."""
    if text:
        return _year(text, published)
    if published is None or published.month is None:
        return None
    return published.year if published.month > last_month else published.year - 1


def _months_to(match: re.Match[str], published: PartialDate | None) -> str | None:
    """`the 12 months to June 2024` -> `2023-07/2024-06`; without a year, the latest such month over by publication.
    Without a count (`the year to June`, `fiscal 2024, which ended in June`), twelve."""
    last = month_number(match.group("m"))
    count = match.groupdict().get("n")
    months = 12 if count is None else count_of(count)
    year = _year(" ".join(match.group("y").split()), published) if match.group("y") \
        else _year_of_part(None, last or 0, published)
    if not last or not year or not 1 <= months <= 12:
        return None
    first_year, first_month = divmod(year * 12 + last - months, 12)
    if first_year == year:
        return _span(year, first_month + 1, last)
    return f"{first_year}-{first_month + 1:02d}/{year}-{last:02d}"


def _quarters_to(match: re.Match[str]) -> str | None:
    """`the four quarters to the end of Q3 2023` -> `2022-10/2023-09`."""
    count = match.group("n")
    quarters = count_of(count)
    last = 3 * (int(match.group("q")) if match.group("q") else ORDINALS[match.group("which").lower()])
    year = int(match.group("y"))
    if not 1 <= quarters <= 4:
        return None
    first_year, first_month = divmod(year * 12 + last - 3 * quarters, 12)
    if first_year == year:
        return _span(year, first_month + 1, last)
    return f"{first_year}-{first_month + 1:02d}/{year}-{last:02d}"


def _span(year: int, first: int, last: int) -> str:
    return str(year) if (first, last) == (1, 12) else f"{year}-{first:02d}/{year}-{last:02d}"


# What every period has, a year in digits or one of these words: a cheap test before the patterns.
_CUE_WORDS = frozenset({*MONTHS, "year", "months", "half", "quarter", "fiscal", "financial", "fy"})


def find_periods(sentence: str, published: PartialDate | None, fiscal: FiscalYear = APRIL_YEAR) -> list[Period]:
    """Every reporting period in a sentence, most specific forms first, without overlaps; a fiscal year
    by the `fiscal` year of the country reporting it."""
    if not has_year_digits(sentence) and word_set(sentence).isdisjoint(_CUE_WORDS) and "FY" not in sentence:
        return []
    return list(_find_periods(sentence, published, fiscal))


@per_article(maxsize=8192)
def _find_periods(sentence: str, published: PartialDate | None, fiscal: FiscalYear) -> tuple[Period, ...]:
    found: list[Period] = []

    def add(text: str | None, match: re.Match[str]) -> None:
        add_span(text, match.start(), match.end())

    def add_span(text: str | None, start: int, end: int) -> None:
        if text and not any(p.start < end and start < p.end for p in found):
            found.append(Period(text, start, end))

    words = word_set(sentence)
    has_month = not words.isdisjoint(MONTHS)
    # The month patterns start their search at the first month name, less the words that may open them.
    month_at = first_month_at(sentence, any_case=True) if has_month else 0
    if "FY" in sentence or not words.isdisjoint(_FISCAL_WORDS) or _SPLIT_YEAR.search(sentence):
        for part in _FISCAL_PART.finditer(sentence):
            rest = sentence[part.end():]
            whole = _FISCAL.match(rest)  # its own `\b`: `4MFY25` has none before `FY`
            span = _fiscal_span(whole, fiscal) if whole else None
            relative = _RELATIVE_FISCAL.match(rest) if whole is None and published and published.month else None
            if relative and published:
                whole, span = relative, _relative_fiscal_span(relative.group("which").lower(), published, fiscal)
            if whole and span:
                end = part.end() + whole.end()
                bracket = _BRACKETED_AFTER.match(sentence, end)
                add_span(_fiscal_part_span(part, span), part.start(), bracket.end() if bracket else end)
        for match in _FISCAL.finditer(sentence):
            ended = _FISCAL_ENDED.match(sentence, match.end())
            months = _FISCAL_MONTHS_AFTER.match(sentence, match.end()) if ended is None and "(" in sentence else None
            span = _months_to(ended, published) if ended else _stated_fiscal_months(months, match) if months else None
            end = ended.end() if ended else months.end() if span and months else match.end()
            add_span(span or _fiscal_span(match, fiscal), match.start(), end)
        for match in _RELATIVE_FISCAL.finditer(sentence) if published and published.month else ():
            add(_relative_fiscal_span(match.group("which").lower(), published, fiscal), match)
    for match in _YEAR_TO_DATE.finditer(sentence) if has_month and published and published.month \
            and any(m in sentence for m in _YEAR_TO_DATE_MARKS) else ():
        month = month_number(match.group("m"))
        if month and published and published.month and month <= published.month:
            add(_span(published.year, 1, month), match)
    for match in _YEAR_SO_FAR.finditer(sentence) if published and published.month \
            and any(m in sentence for m in _YEAR_TO_DATE_MARKS) else ():
        add(_span(published.year, 1, published.month), match)
    for match in _YEARS_TO_MONTH.finditer(sentence) if has_month and not words.isdisjoint(_YEARS_WORDS) else ():
        month = month_number(match.group("m"))
        last = int(match.group("y2")) if match.group("y2") else _year(match.group("rel").lower() + " year", published)
        if month and last and int(match.group("y1")) < last:
            add(f"{match.group('y1')}-01/{last}-{month:02d}", match)
    for match in _PART_OF_YEAR.finditer(sentence) if any(m in sentence for m in _PART_OF_YEAR_MARKS) else ():
        months = _counted_part(int(match.group("n")), match.group("unit"))
        if months:
            year = int(match.group("y"))
            add(_span(year, months[0] + 1, months[0] + months[1]), match)
    for match in _RANGE.finditer(sentence, words_back(sentence, month_at, 2)) if has_month else ():
        m1, m2 = month_number(match.group("m1")), month_number(match.group("m2"))
        y2 = _year(" ".join(match.group("y2").split()), published)
        if not (m1 and m2 and y2):
            continue
        y1 = int(match.group("y1")) if match.group("y1") else y2 - (m1 > m2)  # `November-February 2025`
        if y1:
            add(f"{y1}-{m1:02d}/{y2}-{m2:02d}" if (y1, m1, m2) != (y2, 1, 12) else str(y2), match)
    for match in _RANGE_NO_YEAR.finditer(sentence, words_back(sentence, month_at, 2)) if has_month else ():
        m1, m2 = month_number(match.group("m1")), month_number(match.group("m2"))
        if m1 and m2 and published:
            year = published.year if (published.month or 12) > m2 else published.year - 1
            add(f"{year - (m1 > m2)}-{m1:02d}/{year}-{m2:02d}" if (m1, m2) != (1, 12) else str(year), match)
    for match in _FIRST_MONTHS.finditer(sentence) if "months" in words else ():
        n = match.group("n")
        months = count_of(n)
        year = _year_of_part(match.group("y"), months, published)
        if year and 1 <= months <= 12:
            add(_span(year, 1, months), match)
    for match in _MONTHS_TO.finditer(sentence) if has_month and not words.isdisjoint(_MONTHS_TO_WORDS) else ():
        add(_months_to(match, published), match)
    for match in _QUARTERS_TO.finditer(sentence) if "quarters" in words else ():
        add(_quarters_to(match), match)
    for match in _HALF.finditer(sentence) if "half" in words or "h" in words else ():
        half = ORDINALS.get((match.group("which") or "").lower()) or int(match.group("h"))
        year = _year_of_part(match.group("y") or match.group("y2"), 6 * half, published)
        if year:
            add(_span(year, 1, 6) if half == 1 else _span(year, 7, 12), match)
    for match in _QUARTER.finditer(sentence) if "quarter" in words or "q" in words else ():
        quarter = ORDINALS.get((match.group("which") or "").lower()) \
            or QUARTER_ENDS.get((match.group("last") or "").lower()) or int(match.group("q"))
        year = _year_of_part(match.group("y") or match.group("y2") or match.group("y3"), 3 * quarter, published)
        if year:
            add(_span(year, 3 * quarter - 2, 3 * quarter), match)
    for match in _END_OF_DECEMBER.finditer(sentence) if has_month and ("end" in words or "as" in words) else ():
        add(match.group("y"), match)
    for match in _MONTH_YEAR.finditer(sentence, month_at) if has_month else ():
        month = month_number(match.group("m"))
        if month:
            add(f"{match.group('y')}-{month:02d}", match)
    for match in _MONTH_RELATIVE_YEAR.finditer(sentence) if has_month and "year" in words and published else ():
        month = month_number(match.group("m"))
        if month:
            add(f"{_year(match.group('rel').lower() + ' year', published)}-{month:02d}", match)
    for match in _MONTH_ALONE.finditer(sentence, words_back(sentence, month_at, 5)) \
            if has_month and published and published.month else ():
        month = month_number(match.group("m"))
        if month and match.group("rel"):
            add(f"{_year(match.group('rel') + ' year', published)}-{month:02d}", match)
        elif month:
            add(f"{published.year if published.month > month else published.year - 1}-{month:02d}", match)
    for match in _YEARS.finditer(sentence) if not words.isdisjoint(_YEARS_WORDS) else ():
        if int(match.group("y1")) < int(match.group("y2")):
            add(f"{match.group('y1')}-01/{match.group('y2')}-12", match)
    for match in _YEAR.finditer(sentence):
        add(match.group("y"), match)
    for match in _RELATIVE_YEAR.finditer(sentence) if "year" in words else ():
        year = _year(f"{match.group('which')} year".lower().replace("previous", "last").replace("past", "last")
                     .replace("current", "this"), published)
        add(str(year) if year else None, match)
    return tuple(sorted(found, key=lambda p: p.start))


# Words that say when, besides a year's digits and a month: a sentence with none of them has no time of its own.
_TIME_WORDS = frozenset({*_CUE_WORDS, "years", "quarters", "period", "periods", "ago", "earlier", "previously", "since",
                         "today", "yesterday", "week", "weeks", "currently", "now", "far", "date", "annual", "annually",
                         "decade", "decades", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "q", "h"})


# A change measured against the same time before, which dates nothing: `rose 5.1 percent year-on-year to €22.4 billion`.
_CHANGE_OVER_TIME = re.compile(r"\b(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\b", re.I)
_CHANGE_OVER_TIME_MARKS = ("on-year", "on year", "on-month", "on month", "on-quarter", "on quarter")


# A record measured against a span of the past, which dates no figure: `balanced for the first time in over a decade`,
# `the highest in five years`, `the first surplus in years`, `the lowest since 2010`.
_RECORD_SPAN = re.compile(r"\b(?=[fhlbswFHLBSW])(?:first|highest|lowest|biggest|largest|smallest|best|worst|strongest|"
                          r"weakest)\b"
                          r"[^,;.]{0,60}?\b(?:in\s+(?:(?:over|more\s+than|nearly|almost|about|at\s+least|the\s+past|"
                          r"the\s+last)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|many|"
                          r"several|a\s+few)\s+)?(?:years|decades?)|since\s+(?:19|20)\d\d)\b", re.I)
_RECORD_SPANS = ("years", "decade", "since")


def _without_records(sentence: str) -> str:
    """The sentence without its records measured against the past (`for the first time in over a decade`)."""
    if not any(span in sentence for span in _RECORD_SPANS) or "first" not in sentence and "est " not in sentence:
        return sentence
    return _RECORD_SPAN.sub(" ", sentence)


def mentions_time(sentence: str) -> bool:
    """The sentence says when in some way: a year, a month, `last year`, `so far`, `currently`, `annual`; not by
    `year-on-year` alone, which says what a change is measured against, nor by a record's span of the past (`the
    highest in a decade`), which says what it is compared with."""
    sentence = _without_records(sentence)
    if has_year_digits(sentence):
        return True
    words = word_set(sentence)
    if words.isdisjoint(_TIME_WORDS):
        return False
    if any(mark in sentence for mark in _CHANGE_OVER_TIME_MARKS):
        return not word_set(_CHANGE_OVER_TIME.sub(" ", sentence)).isdisjoint(_TIME_WORDS)
    return True


_YEAR_EARLIER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+"
                           r"(?:(?:fiscal|financial)\s+year|(?:12|twelve)\s+months|year)|"
                           r"the\s+year\s+before|the\s+year[- ](?:earlier|ago)\s+(?:period|months?|quarter)|"
                           r"the\s+(?:same|corresponding|comparable)\s+(?:period|months?|quarter)\s+(?:of\s+|in\s+)?"
                           r"(?:last|the\s+previous|the\s+prior)\s+year)\b", re.I)


def says_year_earlier(text_after_amount: str) -> bool:
    """The amount is the year-earlier one of a comparison: `$3.6 billion a year earlier`, `from $1.56 billion in the
    previous fiscal year`, `from $982 million in the previous 12 months`."""
    return bool(_YEAR_EARLIER.match(text_after_amount))


# The same months of a year named: `from $3.7 billion in the same period of 2024`.
_SAME_PERIOD_OF = re.compile(rf"^\W*(?:\w+\W+){{0,2}}?the\s+(?:same|corresponding|comparable)\s+"
                             rf"(?:period|months?|quarter)\s+(?:of|in)\s+"
                             rf"(?P<y>{_Y})\b", re.I)


# The quarter before the one a figure is of: `up from $1.1 billion in the previous quarter`, `a quarter earlier`.
_QUARTER_EARLIER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:a\s+quarter\s+(?:earlier|ago|before)|the\s+(?:previous|prior|"
                              r"preceding)\s+quarter)\b", re.I)


def _quarter_before(span: str) -> str | None:
    """`2024-07/2024-09` -> `2024-04/2024-06`; none for a span that is not three months."""
    match = re.fullmatch(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)", span)
    if match is None:
        return None
    first, last = (int(match[1]) * 12 + int(match[2]) - 1, int(match[3]) * 12 + int(match[4]) - 1)
    if last - first != 2:
        return None
    return f"{(first - 3) // 12}-{(first - 3) % 12 + 1:02d}/{(last - 3) // 12}-{(last - 3) % 12 + 1:02d}"


def year_earlier(text_after_amount: str, periods: list[Period]) -> str | None:
    """`up from $3.6 billion a year earlier` in a sentence about 2023 -> `2022`; `RM39.1 billion in the
    same period last year` (or `of 2024`) in a sentence about January-March 2025 -> `2024-01/2024-03`; `$1.1 billion
    in the previous quarter` in one about July-September 2024 -> `2024-04/2024-06`."""
    spans = [p.text for p in periods if re.fullmatch(r"\d{4}(?:-\d\d)?(?:/\d{4}-\d\d)?", p.text)]
    if not spans:
        return None
    if "quarter" in text_after_amount and _QUARTER_EARLIER.match(text_after_amount):
        return _quarter_before(spans[0])
    if says_year_earlier(text_after_amount):
        return re.sub(r"\d{4}", lambda year: str(int(year.group()) - 1), spans[0])
    same = _SAME_PERIOD_OF.match(text_after_amount) \
        if any(word in text_after_amount for word in ("same", "corresponding", "comparable")) else None
    if same and "/" in spans[0]:
        shift = int(same.group("y")) - int(spans[0][:4])
        return re.sub(r"\d{4}", lambda year: str(int(year.group()) + shift), spans[0])
    return None


def target_year(sentence: str, near: int, others: Sequence[tuple[int, int]] = (),
                published: PartialDate | None = None, fiscal: FiscalYear = APRIL_YEAR) -> str | None:
    """The year a target is set for (`by 2026`, `by next year`, `this year`, `within five years`), the one nearest
    to the amount; not one nearer to another amount (`trade, which was $2.5 billion in 2024, to $10 billion`: the
    target has no year). A fiscal year (`could touch $10 billion in 2023-24`) gives its months."""
    def distance(at: int, span: tuple[int, int]) -> int:
        return max(span[0] - at, at - span[1], 0)

    ahead = _TARGET_IN_YEARS.search(sentence) if published is not None else None
    set_in = _year_goal_set(sentence, ahead.start(), published) if ahead and published else None
    years = [(abs(m.start() - near), _target_fiscal_year(sentence, m, fiscal) or m.group("y"))
             for m in _TARGET_YEAR.finditer(sentence)
             if not any(distance(m.start(), other) < abs(m.start() - near) for other in others)
             and not (set_in and int(m.group("y")) <= set_in)]  # `In 2021, they agreed to ... within five years`
    if published is not None and (" year" in sentence or " decade" in sentence):
        years += [(abs(m.start() - near), _relative_target_year(m, published))
                  for m in _TARGET_RELATIVE_YEAR.finditer(sentence)
                  if not any(distance(m.start(), other) < abs(m.start() - near) for other in others)]
    if years:
        return min(years)[1]
    if published is None or ahead is None:
        return None
    return str((set_in or published.year) + count_of(ahead.group("n")))


def _relative_target_year(match: re.Match[str], published: PartialDate) -> str:
    """The year a target said relative to publication is set for: `next year` the one after, `the end of the decade`
    the decade's round year (2030 in 2025), else the publication's."""
    if match.group("decade"):
        return str(published.year // 10 * 10 + 10)
    return str(published.year + ((match.group("which") or "").lower() in ("next", "the coming")))


def _target_fiscal_year(sentence: str, match: re.Match[str], fiscal: FiscalYear) -> str | None:
    """The months of a split fiscal year a target's year begins (`in 2023-24`), not of two calendar years."""
    split = _FISCAL.match(sentence, match.start("y")) if _SPLIT_YEAR.match(sentence, match.start("y")) else None
    return _fiscal_span(split, fiscal) if split and split.group("c") else None


def _year_goal_set(sentence: str, before: int, published: PartialDate) -> int | None:
    """The year of the date a goal some years ahead was set on, when the sentence tells of that setting before the
    goal (`In March 2021, the two leaders set a goal of ...`), not a date of a figure (`from $3 billion in 2024 to $10
    billion within five years`, set now); none when it does not."""
    dated = [p for p in sentence_dates(sentence, published)
             if p.end <= before and p.date.year <= published.year and _GOAL_SET.search(sentence, p.end, before)]
    return dated[-1].date.year if dated else None
