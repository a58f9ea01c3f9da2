"""Date phrases inside sentences (`on Wednesday`, `in February last year`, `IDEF 2025`), resolved
against the article's publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.article_caches import per_article
from bot.core.sentences import word_set
from bot.core.case_blind import any_case_at, lowers_like_re_i
from bot.core.dates import (MONTH_PATTERN, MONTHS, WEEKDAYS, PartialDate, first_month_at,
                            has_year_digits, month_number, valid, words_back)
from bot.core.number_words import NUMBER_WORD_PATTERN, NUMBER_WORDS

_M = rf"(?:{MONTH_PATTERN})\.?"
_Y = r"(?:19|20)\d{2}"
_MONTH_CUES = frozenset(MONTHS)
_WEEKDAY_CUES = frozenset(WEEKDAYS)
_ORDINAL_CUES = frozenset({"st", "nd", "rd", "th"})
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
# The cue of the nineteenth century's years: `_has_old_year` tests for them, as their digits are no word to look up.
OLD_YEAR_CUE = frozenset({"18xx"})
_TODAY_CUES = frozenset({"today", "tonight", "day", "morning", "afternoon", "evening"})
# A day of the month written out as an ordinal: `the third of December`, `the twenty-first of March`.
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_ORDINALS = {word: day for day, word in enumerate(
    (*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth", *(f"twenty-{unit}" for unit in _UNITS), "thirtieth", "thirty-first"),
    start=1)}
_DAY_ORDINAL = "|".join(sorted(DAY_ORDINALS, key=len, reverse=True))
# Each form with the lower-case words one of which it needs (None: it needs a year's digits). A look-ahead for the
# letters a form may open with spares trying its words at most places.
_FORMS: list[tuple[str, re.Pattern[str], frozenset[str] | None]] = [
    ("month_day_year", re.compile(rf"\b(?=[oJFMASOND])(?:on\s+)?(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:-\d{{1,2}})?,?\s+(?P<y>{_Y})\b"), _MONTH_CUES),
    ("day_month_year", re.compile(rf"\b(?=[o\d])(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_M}),?\s+(?P<y>{_Y})\b"), _MONTH_CUES),
    # The `\b` before the first digits is a look-behind after them, so that the engine skips to a digit first.
    ("iso", re.compile(rf"(?P<y>(?:19|20)(?<!\w\d\d)\d\d)-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"), None),
    # `27/11/2024`, `27.11.2024`, `27-11-2024`; `2024/11/27` as East Asian papers write it
    ("numeric", re.compile(rf"(?P<d>\d(?<![\w.-]\d)\d?)([/.-])(?P<m>\d{{1,2}})\2(?P<y>{_Y})\b(?![.-]\d)"), None),
    ("year_first", re.compile(rf"(?P<y>(?:19|20)(?<![\w.]\d\d)\d\d)/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})\b(?!/)"), None),
    ("month_day", re.compile(rf"\b(?=[oJFMASOND])(?:on\s+)?(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:-\d{{1,2}})?\b(?:\s+(?P<rel>last|this|next)\s+year\b)?(?!,?\s*{_Y})(?![\d,.]*\s*(?:billion|million|per))"), _MONTH_CUES),
    ("day_month", re.compile(rf"\b(?=[o\d])(?:on\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_M})\b(?:\s+(?P<rel>last|this|next)\s+year\b)?(?!,?\s*{_Y})"), _MONTH_CUES),
    # `on the 3rd of December`, `on 3rd of December, 2024`, `the 3rd day of December 2024`, `the third of December`
    ("day_of_month", re.compile(rf"\b(?=[ot\d])(?:on\s+)?(?:the\s+)?(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)|"
                                rf"(?<=the\s)(?P<dw>{_DAY_ORDINAL}))(?:\s+day)?\s+of\s+(?:(?P<rel>last|this|next)\s+month\b|"
                                rf"(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?\b)"), _MONTH_CUES | {"month"}),
    # `by December the 3rd`, `on March the 1st, 2025`
    ("month_the_day", re.compile(rf"\b(?=[oJFMASOND])(?:on\s+)?(?P<m>{_M})\s+the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
                                 rf"(?:,?\s+(?P<y>{_Y})\b)?"), _MONTH_CUES),
    ("day_of_this_month", re.compile(r"\b(?:on|of|since|by|until)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
                                     r"(?=\s*(?:[,.;)]|$)|\s+(?:from|to|in|at|when|and|with|as|after|before|until|"
                                     r"about|for|during|amid|while|but|over|by)\b)"),
     _ORDINAL_CUES),
    ("month_last_year", re.compile(rf"\b(?=[iJFMASOND])(?:in\s+)?(?P<m>{_M})\s+(?P<rel>last|this|next)\s+year\b"), _MONTH_CUES),
    ("month_year", re.compile(rf"\b(?=[isfelmJFMASOND])(?:in\s+|since\s+|from\s+)?(?:early\s+|late\s+|mid-?)?(?P<m>{_M}),?\s+(?P<y>{_Y})\b"), _MONTH_CUES),
    # `on Tuesday (Dec. 3)`; `on Tuesday next week`, `on Friday of last week`, `on Wednesday, last week`, `last week on
    # Wednesday`: that week's day (not the `next week's` of `on Monday, next week's talks`)
    ("weekday", re.compile(r"\b(?=[OoLlTtNnMWFS])(?:(?P<wk0>[Ll]ast|[Nn]ext|[Tt]his)\s+week,?\s+on\s+|[Oo]n\s+|"
                           r"[Ll]ast\s+|[Tt]his\s+|[Nn]ext\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           r"(?:\s*\((?P<pm>[A-Z][a-z]+)\.?\s+(?P<pd>\d{1,2})\)|"
                           r",?\s+(?:of\s+)?(?P<wk>next|last|this)\s+week\b(?![’']s))?"),
     _WEEKDAY_CUES),
    ("today", re.compile(r"\b(?=[elt])(?:(?:earlier|later)\s+(?:today|(?:in\s+the|that)\s+day|this\s+(?:morning|"
                         r"afternoon|evening))\b|today\b(?![’']s)|tonight\b|this\s+(?:morning|afternoon|evening)\b)", re.I),
     _TODAY_CUES),
    ("yesterday", re.compile(r"\byesterday\b|\blast\s+night\b", re.I), frozenset({"yesterday", "night"})),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I), frozenset({"tomorrow"})),
    # `two years ago`; one counted roughly (`almost two years ago`, `more than a year ago`) dates nothing, as the
    # rough count may reach into the year or month next to it.
    ("ago", re.compile(rf"\b(?:(?P<approx>almost|nearly|about|around|roughly|approximately|some|over|(?:more|less)\s+"
                       rf"than|close\s+to)\s+)?(?P<n>an?|{NUMBER_WORD_PATTERN}|\d{{1,2}})\s+(?P<unit>year|month|week|day)s?"
                       rf"\s+ago\b", re.I), frozenset({"ago"})),
    # Before `next year`, which it holds (`the first quarter of next year`).
    ("part_of_year", re.compile(rf"\b(?:in\s+)?the\s+(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|"
                                rf"(?:1st|2nd|3rd|4th)\s+quarter)\s+of\s+"
                                rf"(?:(?P<y>{_Y})\b|(?P<rel>last|this|next)\s+year\b)", re.I),
     frozenset({"quarter", "half"})),
    # The end of the year of publication, or of the next, that something is to be done before (`plan to sign it before
    # the end of the year`): its time; not a deadline a state is to reach by (`reach $5 billion by the end of the
    # year`), which dates nothing. Before `this year`, which it holds.
    ("end_of_year", re.compile(r"(?<=\bbefore\s)the\s+end\s+of\s+(?:the|(?P<rel>this|next))\s+year\b", re.I),
     frozenset({"year"})),
    # `at the start of the year`, `scheduled for the middle of the year`: the publication's year; not `by the end of
    # the year`, a deadline (`reach $5 billion by the end of the year`), nor one with no preposition.
    ("part_of_this_year", re.compile(r"\b(?:at|in|for|around|towards?|until|from|since)\s+the\s+(?:very\s+)?"
                                     r"(?:middle|beginning|start|end|close)\s+of\s+the\s+year\b", re.I),
     frozenset({"year"})),
    ("relative_year", re.compile(r"\b(?P<rel>last|this|next)\s+year\b", re.I), frozenset({"year"})),
    ("weekend", re.compile(r"\b(?:(?:at|over|during|on)\s+the|(?P<rel>this|last|next|past))\s+weekend\b", re.I),
     frozenset({"weekend"})),
    # `at the end of the month`, `by the beginning of next month`: that month. Before `next month`, which it holds.
    ("part_of_month", re.compile(r"\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+"
                                 r"(?:the|this|(?P<rel>last|next))\s+month\b", re.I), frozenset({"month"})),
    ("relative_month", re.compile(r"\b(?P<rel>last|this|next)\s+month\b", re.I), frozenset({"month"})),
    # `in the coming weeks`, `over the next few days`: the year of publication, where those weeks stay in it.
    ("coming_weeks", re.compile(r"\b(?:in|over|within|during)\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+)?"
                                r"(?P<unit>days|weeks)\b", re.I), frozenset({"days", "weeks"})),
    ("relative_week", re.compile(r"\b(?P<rel>(?:earlier|later)\s+this|last|this|next)\s+week\b(?!\s+of\b)", re.I), frozenset({"week"})),
    ("month", re.compile(rf"\b(?=[IiSsDdFfUuEeLlMmTtNnpAa])(?:mid-|(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id|(?P<rel>[Ll]ast|[Tt]his|[Nn]ext))\s+|"
                         r"(?:planned|scheduled|slated|set|due)\s+for\s+|"  # `a forum is planned for December`
                         rf"(?:first|second|third|fourth|last|final)\s+(?:weeks?|days|half|fortnight)\s+of\s+|"
                         # `at the end of November`, `in end-November`
                         r"(?:(?:at|in|until|from|since|towards?)\s+)?the\s+(?:end|beginning|start|middle|close)\s+of\s+|"
                         r"(?:end|late|early)-)"
                         rf"(?P<m>{_M})\b(?!\s+\d)"), _MONTH_CUES),
    # Not a decade (`ties date back to the 1960s`): no year of its own; a hyphen only after `mid` (`in mid-2016`).
    # The look-behinds come after the first two digits, so that the engine skips to a `1` or a `2` first.
    ("year", re.compile(r"(?P<y>(?:19|20)(?:(?<=\b[Mm]id-\d\d)|(?<![\d$€£-]\d\d))\d\d)(?![\d-]|s\b)"), None),
    # A year of the nineteenth century, a background event's (`established diplomatic relations in 1826`): only after
    # a preposition of time, as a bare `1850` is more often a count or a page than a year.
    # The look-behinds come after the `18`, so that the engine skips to it first.
    ("year", re.compile(r"(?P<y>18(?:(?<=\b[Ii]n\s18)|(?<=\b[Ss]ince\s18)|(?<=\b[Ff]rom\s18)|(?<=\b[Uu]ntil\s18)|"
                        r"(?<=\bback\sto\s18)|(?<=\bbetween\s18)|(?<=\bas\searly\sas\s18))\d\d)"
                        r"(?![\d-]|[.,]\d|s\b|\s*(?:%|per))"),
     OLD_YEAR_CUE),
]


@dataclass(frozen=True)
class DatePhrase:
    date: PartialDate
    start: int
    end: int
    form: str


# A bare participle of a timetable looks ahead as `is scheduled to` does (`The visit, scheduled to end on Saturday,
# will`), unless a past or a change of plan comes before it (`was scheduled to`, `originally slated to`); so do a
# present hope and expectation (`the two sides expect to sign it in May`, `hopes to visit in June`), and so does the
# preparing of a happening now under way (`We are preparing a visit by our President to Moscow in May`, `is planning
# to visit in June`, `are organising a forum in October`), not one told in the past (`was preparing`); so does a
# welcome of what is to come (`we look forward to your visit in May`).
FUTURE_TENSE = re.compile(r"\b(will|shall|would|(?:is|are)\s+(?:also\s+|now\s+)?(?:scheduled|set|expected|due)\s+to|"
                          r"(?:am|is|are|'re|’re)\s+(?:also\s+|now\s+|currently\s+|already\s+)?"
                          r"(?:preparing|planning|organi[sz]ing|arranging)|"
                          r"(?=[Ss][cl])(?<!was\s)(?<!were\s)(?<!been\s)(?<!originally\s)(?<!initially\s)(?:scheduled|slated)\s+to|"
                          r"(?:expect|expects|hope|hopes)\s+to|(?:scheduled|slated|set|due|planned)\s+for|upcoming|"
                          r"plans?\s+to|to\s+be\s+held|next|look(?:s|ing)?\s+forward\s+to)\b", re.I)


# Every FUTURE_TENSE match holds one of these as a whole word (`set` of `is set to`, `held` of `to be held`), so
# `word_set` finds it, when the sentence `lowers_like_re_i`.
_FUTURE_WORDS = frozenset({"will", "shall", "would", "scheduled", "slated", "set", "expected", "due", "upcoming", "plan",
                           "plans", "planned", "held", "next", "expect", "expects", "hope", "hopes", "preparing",
                           "planning", "organising", "organizing", "arranging", "forward"})


def _future_from(sentence: str) -> int | None:
    """Where FUTURE_TENSE may first match, or None where it cannot: a cheap test before that costly pattern. A match
    begins at most two words before its word (`is also set to`, `to be held`), which the lower-cased sentence
    (of the same length without an `İ`) has at or after its first occurrence as part of a word."""
    if not lowers_like_re_i(sentence):
        return 0
    present = word_set(sentence) & _FUTURE_WORDS
    if not present:
        return None
    lowered = sentence.lower()
    return words_back(sentence, min(lowered.find(word) for word in present), 3)


def speaks_of_future(sentence: str) -> bool:
    """`FUTURE_TENSE.search(sentence) is not None`, most often without running that pattern on the whole sentence."""
    start = _future_from(sentence)
    return start is not None and FUTURE_TENSE.search(sentence, start) is not None


# A verb of something done: `said on Monday it will`, `on Monday agreed that they will`; not a participle of order
# (`is due to travel to Astana on Monday, followed by a summit on Tuesday`), which tells no time of its own.
DONE = re.compile(r"(?<!\bbe\s)\b(?!(?:followed|preceded)\s+by\b)"
                  r"(?:said|told|met|held|made|gave|took|began|led|paid|rose|fell|grew|won|saw|came|went|"
                  r"spoke|sent|left|flew|brought|bought|sold|became|stood|drew|built|struck|[a-z]+ed)\b")
COUNT_WORDS = {"a": 1, "an": 1, **NUMBER_WORDS}


def _nearest_year(month: int, day: int | None, published: date, future: bool | None, day_known: bool = True) -> int:
    """A month (and day) without a year: the latest such date up to publication, or the next one
    from publication on when the sentence speaks of the future; with no tense either way (`the summit is on
    Dec 1`), the one nearest the publication, as news leaves out the year only of dates near it. A publication
    known to its month only (`Business | April 2025`) has every day of that month in its year, whichever the tense."""
    if not day_known and month == published.month:
        return published.year
    candidate = _day_in(published.year, month, day or 1)
    if candidate is None:
        return published.year
    if future is None:  # a month is reckoned from its middle, as any of its days may be meant
        return min((published.year - 1, published.year, published.year + 1),
                   key=lambda year: _days_from(_day_in(year, month, day or 15), published))
    if future:
        return published.year if candidate >= published else published.year + 1
    return published.year if candidate <= published else published.year - 1


def _day_in(year: int, month: int, day: int) -> date | None:
    """That day of that year, None where there is none (a 29 February): `valid`'s test without building a
    PartialDate, as the year is still being chosen."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _days_from(day: date | None, published: date) -> int:
    """How many days a date lies from the publication, either way; a 29 February of no such year lies nowhere."""
    return abs((day - published).days) if day else 1_000_000


# A clause right after a date that tells of what happened then: `visit in February, during which the two countries
# elevated ties`, `in October, when they will sign`.
CLAUSE_OF_THE_DATE = re.compile(r",\s+(?:during\s+which|in\s+which|at\s+which|when|where)\b")
CLAUSE_OF_THE_DATE_REACH = 40


def _ahead(sentence: str, at: int) -> bool:
    """A date without its year is ahead by the tense of a clause right after it that tells of that time (`following
    his visit in February, during which they elevated ties`, whatever a `would` before it says), else by the tense
    nearest before it (`arrived on the 11th and will leave on Thursday`, `X will step up cooperation, said Y on
    Thursday`, `signed on February 8 and is set to be ratified`), else by the first after it (`On Monday, he is
    scheduled to`, `On Monday, they agreed that they will`)."""
    marks = _tense_marks(sentence)
    own = CLAUSE_OF_THE_DATE.search(sentence, at, at + CLAUSE_OF_THE_DATE_REACH) if "," in sentence else None
    told = [future for start, future in marks if own and start >= own.end()]
    if told:
        return told[0]
    before = [future for start, future in marks if start < at]
    if before:
        return before[-1]
    return bool(marks) and marks[0][1]


# Verbs of saying: a date right after one dates the statement (`said on Dec 28`), one farther on the happening
# it tells of (`Liew said the fair opens in Istanbul on Dec 1`), which they say nothing of the tense of.
REPORTING = re.compile(r"(?:said|told|added|noted|stated)\b")
STATEMENT_GAP = 30


def _day_tense(sentence: str, at: int, future: bool) -> bool | None:
    """The tense a day without its year is told in: ahead (True) or done (False) by the verb nearest before it (else
    the first after it), or neither (None) when that is a verb of saying some way before it."""
    if future and _ahead(sentence, at):
        return True
    marks = _tense_marks(sentence)
    before = [start for start, _ in marks if start < at]
    if not marks:
        return None
    if not before:
        return False
    saying = REPORTING.match(sentence, before[-1])
    return None if saying and at - saying.end() > STATEMENT_GAP else False


@per_article(maxsize=1024)
def _tense_marks(sentence: str) -> tuple[tuple[int, bool], ...]:
    """Where the sentence speaks of the future (True) or of something done (False), in order; the participle
    of a future (`is expected to`, `is scheduled to`) marks nothing done."""
    start = _future_from(sentence)
    future = [(m.start(), m.end()) for m in FUTURE_TENSE.finditer(sentence, start)] if start is not None else []
    done = [m.start() for m in DONE.finditer(sentence) if not any(start <= m.start() < end for start, end in future)
            and not (future and " by " in sentence and _participle_of_what_lies_ahead(sentence, m, future[0][1]))]
    return tuple(sorted([(start, True) for start, _ in future] + [(start, False) for start in done]))


# A participle with its agent after a future, in the same clause: `is scheduled to address the forum organised by
# JETRO in Tokyo on 27 April` (not `was organised by`, a verb of its own).
_AGENT_AFTER = re.compile(r"ed\s+by\b")
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|has|have|had)\s+$")
_CLAUSE_BREAKS = (",", ";", " and ", " but ")


def _participle_of_what_lies_ahead(sentence: str, done: re.Match[str], future_end: int) -> bool:
    """The verb found done is a participle qualifying the object of a future before it, which tells no time of its
    own (`organised by JETRO`): the future comes first, with no clause between them."""
    between = sentence[future_end:done.start()]
    return done.start() > future_end and _AGENT_AFTER.match(sentence, done.end() - 2) is not None \
        and not _AUXILIARY_BEFORE.search(between) and not any(mark in between for mark in _CLAUSE_BREAKS)


# An infinitive that arranges a meeting (`agreed to hold the fourth session in Muscat in September`, `invited him to
# host the summit in May`): a month or a date after it, with no deed told between them, lies ahead, whatever the
# past tense of the arranging.
SCHEDULING = re.compile(r"\bto\s+(?:hold|convene|host|organi[sz]e|stage)\b", re.I)
_SCHEDULING_WORDS = frozenset({"hold", "convene", "host", "organise", "organize", "stage"})


def _scheduled(sentence: str, at: int) -> bool:
    """The date at `at` is the time of a meeting an infinitive before it arranges."""
    if word_set(sentence).isdisjoint(_SCHEDULING_WORDS):
        return False
    arranged = [m.end() for m in SCHEDULING.finditer(sentence, 0, at)]
    return bool(arranged) and not any(arranged[-1] <= start < at and not future
                                      for start, future in _tense_marks(sentence))


# An infinitive of a deed to come right before a bare month (`KHNP and PGE to sign a letter of intent in October`,
# `were expected to sign it in October`, `met him to prepare a mission in October`, `expect the talks to take place
# in June`), or one joined to such an infinitive (`agreed to boost trade and sign a deal in April`): the month of that
# deed, which is ahead of the telling, not of a deed done; its verbs' words are tested first, as most sentences have
# none.
DEED_AHEAD = re.compile(r"\bto\s+(?:sign|ink|seal|visit|launch|inaugurate|unveil|open|conclude|finali[sz]e|prepare|"
                        r"plan|discuss|attend|travel|meet|resume|establish|participate|take\s+(?:part|place))\b|"
                        r"\band\s+(?P<joined>sign|ink|seal|attend)\b", re.I)
_DEED_AHEAD_WORDS = frozenset({"sign", "ink", "seal", "visit", "launch", "inaugurate", "unveil", "open", "conclude",
                               "finalise", "finalize", "prepare", "plan", "discuss", "attend", "travel", "meet", "resume",
                               "establish", "participate", "part", "place"})
# An infinitive the joined verb goes on from, in its clause (`to boost trade and sign`).
INFINITIVE_BEFORE = re.compile(r"\bto\s+[a-z]+\b[^,;:]*$")
DEED_AHEAD_REACH = 80
# An expectation told in the past right before the infinitive (`said Boric was expected to visit in November`): the
# telling's future, whatever deed the sentence tells before it.
EXPECTED_BEFORE = re.compile(r"\b(?:was|were)\s+(?:also\s+|now\s+)?(?:expected|scheduled|slated|set|due)\s+$")


def _deed_ahead(sentence: str, at: int) -> bool | None:
    """A bare month an infinitive of a deed to come governs (see DEED_AHEAD), no deed told between them: the next such
    month (True) when nothing done but a saying is told before the infinitive (`PGE to sign it in October`, `said
    PGE would like to sign it in October`) or when an expectation opens it (`said PGE was expected to sign it in
    October`), else the one nearest the publication (None), as an infinitive after a deed (`met him to prepare a
    mission in October`) may tell of a month gone by as well; False when no such infinitive governs it."""
    if " to " not in sentence or word_set(sentence).isdisjoint(_DEED_AHEAD_WORDS):
        return False
    deeds = list(DEED_AHEAD.finditer(sentence, max(0, at - DEED_AHEAD_REACH), at))
    if not deeds or any(mark in sentence[deeds[-1].end():at] for mark in ",;:"):
        return False
    deed = deeds[-1]
    if deed.group("joined") and not INFINITIVE_BEFORE.search(sentence, max(0, deed.start() - DEED_AHEAD_REACH),
                                                             deed.start()):
        return False
    marks = _tense_marks(sentence)
    if any(deed.end() <= start < at for start, _ in marks):
        return False
    if EXPECTED_BEFORE.search(sentence, max(0, deed.start() - 30), deed.start()):
        return True
    done_before = any(not future and start < deed.start() and not REPORTING.match(sentence, start)
                      for start, future in marks)
    return None if done_before else True


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


def _weekend(which: str, published: date, ahead: bool) -> PartialDate | None:
    """`at the weekend`, `next weekend`: the month its Saturday and Sunday fall in, else their year; the last one
    before publication (a Sunday's paper's own), or for one ahead the next from publication on."""
    if which == "next" or which != "last" and ahead:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    else:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
        if published.weekday() == 6 and which != "last":  # `at the weekend` in a Sunday's paper: this one
            saturday = published - timedelta(days=1)
    sunday = saturday + timedelta(days=1)
    if (saturday.year, saturday.month) == (sunday.year, sunday.month):
        return PartialDate(saturday.year, saturday.month)
    return PartialDate(saturday.year) if saturday.year == sunday.year else None


def _day_of(groups: dict[str, str | None]) -> int:
    """The day of a month, in digits or as an ordinal word (`the third of December`)."""
    digits, word = groups.get("d"), groups.get("dw")
    return int(digits) if digits else DAY_ORDINALS[(word or "").lower()]


# How far ahead `the coming days` and `the coming weeks` may reach.
COMING_REACH_DAYS = {"days": 10, "weeks": 60}


def _resolve(form: str, match: re.Match[str], published: date | None, future: bool,
             day_known: bool = True) -> PartialDate | None:
    """The date of a form's match; `published` stands for the publication, its middle day when `day_known` is false
    (a publication known to its month only), which dates no phrase counted in days or weeks from it."""
    groups = match.groupdict()
    if form in {"month_day_year", "day_month_year"}:
        return valid(int(groups["y"]), month_number(groups["m"]), int(groups["d"]))
    if form in {"iso", "year_first"}:
        return valid(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    if form == "numeric":  # day first, as most of the world writes it, unless the day cannot be a month
        day, month = int(groups["d"]), int(groups["m"])
        return valid(int(groups["y"]), *((day, month) if month > 12 else (month, day)))
    if form == "month_year":
        return valid(int(groups["y"]), month_number(groups["m"]), None)
    if form in {"year", "part_of_year"} and groups["y"]:  # a quarter or a half of a year is dated to its year
        return PartialDate(int(groups["y"]))
    if form in {"day_of_month", "month_the_day"} and groups["y"]:
        return valid(int(groups["y"]), month_number(groups["m"]), _day_of(groups))
    if published is None:
        return None
    if form == "month_last_year":
        return valid(published.year + _YEAR_SHIFT[groups["rel"]], month_number(groups["m"]), None)
    if form in {"month_day", "day_month"}:
        month = month_number(groups["m"])
        if not month:
            return None
        tense = _scheduled(match.string, match.start()) or _day_tense(match.string, match.start(), future)
        year = published.year + _YEAR_SHIFT[groups["rel"].lower()] if groups["rel"] \
            else _nearest_year(month, int(groups["d"]), published, tense, day_known)
        return valid(year, month, int(groups["d"]))
    if form == "day_of_month" and groups["rel"]:
        index = published.year * 12 + published.month - 1 + _YEAR_SHIFT[groups["rel"]]
        return valid(index // 12, index % 12 + 1, _day_of(groups))
    if form in {"day_of_month", "month_the_day"}:
        month = month_number(groups["m"])
        if not month:
            return None
        tense = _day_tense(match.string, match.start(), future)
        return valid(_nearest_year(month, _day_of(groups), published, tense, day_known), month, _day_of(groups))
    if form == "day_of_this_month":
        day, month = int(groups["d"]), published.year * 12 + published.month - 1
        ahead = future and _ahead(match.string, match.start())
        month += 1 if ahead and day < published.day else -1 if not ahead and day > published.day else 0
        return valid(month // 12, month % 12 + 1, day)
    if form == "month":
        month, which = month_number(groups["m"]), (groups["rel"] or "").lower()
        if which == "this":
            return valid(published.year, month, None) if month else None
        ahead = which == "next" if which else future and _ahead(match.string, match.start()) \
            or _scheduled(match.string, match.start()) or _deed_ahead(match.string, match.start())
        return valid(_nearest_year(month, None, published, ahead, day_known), month, None) if month else None
    if form == "weekday":
        if groups.get("pm") and month_number(groups["pm"]):
            month = month_number(groups["pm"])
            return valid(_nearest_year(month, int(groups["pd"]), published, future), month, int(groups["pd"]))
        text = match.group(0).lower()
        target = WEEKDAYS[groups["w"].lower()]
        week = groups.get("wk") or (groups.get("wk0") or "").lower()
        if week:  # `on Tuesday next week`: the Tuesday of the week named
            monday = published - timedelta(days=published.weekday())
            day = monday + timedelta(days=7 * _YEAR_SHIFT[week] + target)
        elif text.startswith("this"):  # the day of the publication's week, Monday to Sunday
            day = published + timedelta(days=target - published.weekday())
        elif text.startswith("next"):
            day = published + timedelta(days=(target - published.weekday()) % 7 or 7)
        elif future and not text.startswith("last") and _ahead(match.string, match.start()):
            # `will address a forum on Tuesday` in a Tuesday's paper: that day, the next one would be `next Tuesday`;
            # but a range opening on the paper's weekday is the coming one (`will meet between Monday and Wednesday`)
            day = published + timedelta(days=(target - published.weekday()) % 7
                                        or (7 if _opening(match.string, match.start()) else 0))
        else:
            back = (published.weekday() - target) % 7
            day = published - timedelta(days=back or (7 if text.startswith("last") else 0))
        return PartialDate(day.year, day.month, day.day)
    if form in {"today", "yesterday", "tomorrow"}:
        day = published + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[form])
        return PartialDate(day.year, day.month, day.day)
    if form == "ago":
        if groups["approx"]:
            return None
        count = COUNT_WORDS.get(groups["n"].lower()) or int(groups["n"])
        unit = groups["unit"].lower()
        if unit in {"day", "week"}:
            if not day_known:
                return None
            day = published - timedelta(days=count * (7 if unit == "week" else 1))
            return PartialDate(day.year, day.month, day.day)
        if unit == "year":
            return PartialDate(published.year - count)
        index = published.year * 12 + published.month - 1 - count
        return PartialDate(index // 12, index % 12 + 1)
    if form in {"relative_year", "part_of_year"}:  # `next year`, `the first quarter of next year`
        return PartialDate(published.year + _YEAR_SHIFT[groups["rel"].lower()])
    if form == "coming_weeks":
        if not day_known:
            return None
        reach = published + timedelta(days=COMING_REACH_DAYS[groups["unit"].lower()])
        return PartialDate(published.year) if reach.year == published.year else None
    if form == "relative_week":
        return _week(" ".join(groups["rel"].lower().split()), published)
    if form == "weekend":
        which = (groups["rel"] or "").lower()
        return _weekend(which, published, future and _ahead(match.string, match.start()))
    if form == "end_of_year":
        return PartialDate(published.year + (groups["rel"] or "").lower().startswith("n"))
    if form == "part_of_this_year":
        return PartialDate(published.year)
    if form in {"relative_month", "part_of_month"}:
        shift = _YEAR_SHIFT[groups["rel"].lower()] if groups["rel"] else 0
        index = published.year * 12 + published.month - 1 + shift
        return PartialDate(index // 12, index % 12 + 1)
    return None


# Forms that can be an end of a range of dates, and those of them that name their year.
RANGE_FORMS = frozenset({"month_day_year", "day_month_year", "iso", "numeric", "year_first", "month_day", "day_month",
                         "day_of_month", "month_the_day", "month_last_year", "month_year", "weekday", "month", "year"})
YEAR_NAMED = frozenset({"month_day_year", "day_month_year", "iso", "numeric", "year_first", "month_year"})
YEAR_LEFT_OUT = frozenset({"month_day", "day_month", "month"})
# What joins the ends of a range (`from Nov 27 to Dec 1`, `between Monday and Wednesday`, `Nov 27-Dec 1`) and what
# may open it.
RANGE_JOIN = re.compile(r"\s*(?P<join>to|until|till|through|and|-|–|—)\s*")
RANGE_OPEN = re.compile(r"\b(?P<open>from|between)\s+$", re.I)
# Words that may follow the bare last day of a range (`from Feb 9 to 11 at the invitation of`), where a noun
# would make the number a count (`to 11 agreements`).
RANGE_FOLLOWERS = ("at", "in", "on", "for", "and", "with", "as", "when", "while", "during", "to", "after", "before",
                   "under", "amid", "where")
# A last day written bare after the first (`from Feb 9 to 11`, `from Feb 9 to 11, 2025`), not a count (`to 11 per
# cent`).
LAST_DAY = re.compile(rf"\s*(?P<join>to|until|till|through|and|-|–|—)\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                      rf"(?:,?\s+(?P<y>{_Y})\b)?(?!\s*(?:%|per\b|[.,]\d|(?!(?:{'|'.join(RANGE_FOLLOWERS)})\b)[a-z]))")
# A first day written bare before the last (`from 9 to 11 February`, `9-11 February`).
FIRST_DAY = re.compile(r"(?:\b(?P<open>from|between)\s+)?\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*"
                       r"(?P<join>to|until|till|through|and|-|–|—)\s*$", re.I)


def _is_range(join: str, opening: str | None, both_days: bool) -> bool:
    """Two ends make a range when a dash joins them, `and` after `between`, `to` after `from` or between two days."""
    if join in {"-", "–", "—"}:
        return True
    if join == "and":
        return opening == "between"
    return opening is not None or both_days


def _opening(sentence: str, at: int) -> str | None:
    """The `from` or `between` right before a range's first end, lower-cased."""
    found = RANGE_OPEN.search(sentence, max(0, at - 9), at)
    return found.group("open").lower() if found else None


def _joined_ranges(sentence: str, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """A range of dates is one date phrase, dated by its start (`from Nov 27 to Dec 1`, `from Monday to Wednesday`,
    `from Feb 9 to 11`, `9-11 February`): the days between are one happening, never two."""
    joined: list[DatePhrase] = []
    for phrase in phrases:
        first = joined[-1] if joined else None
        join = RANGE_JOIN.fullmatch(sentence, first.end, phrase.start) if first else None
        if first and join and {first.form, phrase.form} <= RANGE_FORMS and _is_range(
                join.group("join").lower(), _opening(sentence, first.start),
                first.date.precision == phrase.date.precision == "day"):
            joined[-1] = DatePhrase(_range_start(first, phrase), first.start, phrase.end, first.form)
        else:
            joined.append(phrase)
    spans: list[DatePhrase] = []
    for phrase in (_with_bare_day(sentence, one) for one in joined):
        if not spans or phrase.start >= spans[-1].end:  # not the year of `Feb 9 to 11, 2025`, now in the range
            spans.append(phrase)
    return spans


def _range_start(first: DatePhrase, last: DatePhrase) -> PartialDate:
    """The start of a range, in the year its end names when it names none (`from Nov 27 to Dec 1, 2025`)."""
    if first.form not in YEAR_LEFT_OUT or last.form not in YEAR_NAMED or first.date.month is None:
        return first.date
    year = last.date.year - (first.date.month > (last.date.month or 12))
    return valid(year, first.date.month, first.date.day) or first.date


def _with_bare_day(sentence: str, phrase: DatePhrase) -> DatePhrase:
    """A day phrase with the bare other end of its range: the last day after it (`Feb 9 to 11`), or the first day
    before it (`9 to 11 February`, then dated by that first day)."""
    if phrase.date.precision != "day" or phrase.form not in RANGE_FORMS:
        return phrase
    last = LAST_DAY.match(sentence, phrase.end)
    if last and int(last.group("d")) > (phrase.date.day or 0) and _is_range(
            last.group("join").lower(), _opening(sentence, phrase.start), False):
        year = int(last.group("y")) if last.group("y") and phrase.form in YEAR_LEFT_OUT else phrase.date.year
        start = valid(year, phrase.date.month, phrase.date.day) or phrase.date
        return DatePhrase(start, phrase.start, last.end(), phrase.form)
    first = FIRST_DAY.search(sentence, max(0, phrase.start - 20), phrase.start)
    if first and int(first.group("d")) < (phrase.date.day or 0) and _is_range(
            first.group("join").lower(), (first.group("open") or "").lower() or None, False):
        start = valid(phrase.date.year, phrase.date.month, int(first.group("d")))
        return DatePhrase(start, first.start("d"), phrase.end, phrase.form) if start else phrase
    return phrase


_CUE_WORDS = frozenset(m.lower() for m in MONTH_PATTERN.split("|")) | frozenset(WEEKDAYS) | {
    "day", "today", "tonight", "yesterday", "tomorrow", "year", "month", "week", "morning", "afternoon", "evening",
    "night", "ago", "weekend", "days", "weeks"} | _ORDINAL_CUES


# The forms whose reading depends on the sentence's tense; `_resolve` reads `future` for no other, nor without a
# publication day.
_TENSED_FORMS = frozenset({"month_day", "day_month", "day_of_month", "month_the_day", "day_of_this_month", "month", "weekday",
                           "weekend"})


def _has_old_year(sentence: str) -> bool:
    """A word opening with `18`, maybe a year of the nineteenth century: a substring test, as most sentences have
    none."""
    return " 18" in sentence


def find_date_phrases(sentence: str, published: PartialDate | None) -> list[DatePhrase]:
    """Every date phrase in a sentence, the most specific reading of each span, in order."""
    if word_set(sentence).isdisjoint(_CUE_WORDS) and not has_year_digits(sentence) and not _has_old_year(sentence):
        return []
    return list(_find(sentence, published))


# Several extractors ask for the dates of an article's sentences: those asking after the first find them here, as a
# tuple none of them can change.
@per_article(maxsize=4096)
def sentence_dates(sentence: str, published: PartialDate | None) -> tuple[DatePhrase, ...]:
    """`find_date_phrases`, kept for the next extractor asking."""
    return tuple(find_date_phrases(sentence, published))


# Every cue word of the forms (a set `_find` meets once per sentence).
_FORM_CUE_WORDS = frozenset().union(*(cues for _, _, cues in _FORMS if cues is not None and cues is not OLD_YEAR_CUE))
# What some forms need besides a cue word, tested before their patterns, as most sentences with the cue lack it: a
# year's digits (`March 2024`); any digit (`March 3`); digits joined by a date's separators (`27/11/2024`,
# `2024-11-27`, `2024/11/27`); all of some words (`before the end of the year`, `March last year`); one of some words
# (`the 3rd of March`: `rd` is a word of its own after digits; `the third of March`).
_NEEDS_YEAR = frozenset({"month_day_year", "day_month_year", "month_year"})
_NEEDS_DIGIT = frozenset({"month_day", "day_month"})
_NEEDS_JOINED_DIGITS = frozenset({"iso", "numeric", "year_first"})
_JOINED_DIGITS = re.compile(r"\d[/.-]\d\d?[/.-]")
_NEEDS_ALL_WORDS = {"end_of_year": frozenset({"before", "end"}), "month_last_year": frozenset({"year"})}
_NEEDS_ANY_WORD = {"month_the_day": _ORDINAL_CUES,
                   "day_of_month": _ORDINAL_CUES | {part for word in DAY_ORDINALS for part in word.split("-")}}
_DIGIT = re.compile(r"\d")


def _lacks(form: str, words: frozenset[str], has_year: bool, has_digit: bool, joined_digits: bool) -> bool:
    """The sentence lacks what the form needs besides its cue word, so that its pattern cannot match."""
    return form in _NEEDS_YEAR and not has_year or form in _NEEDS_DIGIT and not has_digit \
        or form in _NEEDS_JOINED_DIGITS and not joined_digits \
        or form in _NEEDS_ALL_WORDS and not _NEEDS_ALL_WORDS[form] <= words \
        or form in _NEEDS_ANY_WORD and words.isdisjoint(_NEEDS_ANY_WORD[form])


# Words most forms hold, found by a quick search (one whose pattern lets the engine skip to its first letters):
# the form's own search starts at the first of them, less the words that may open the form before it. The forms'
# words in any case (`re.I`) are searched in the lower-cased sentence.
_WEEKDAY_NAMES = re.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_ANY_CASE_ANCHORS = {"day": re.compile("day|tonight|morning|afternoon|evening"), "year": re.compile("year")}
# By form: its anchor word, and how many words before that word may open it, one more for a word's part
# (`in mid-` of `in mid-January`, `to` of `today`).
_ANCHORED: dict[str, tuple[str, int]] = {
    "month_day_year": ("month", 2), "day_month_year": ("month", 3), "month_day": ("month", 2),
    "day_month": ("month", 3), "month_last_year": ("month", 2), "month_year": ("month", 3), "month": ("month", 4),
    "month_the_day": ("month", 2), "weekday": ("weekday", 4), "today": ("day", 4), "end_of_year": ("year", 5),
    "part_of_this_year": ("year", 7), "relative_year": ("year", 2)}


def _anchor_at(sentence: str, anchor: str) -> int:
    """Where an anchor word first begins (maybe inside a longer word); the sentence's length if nowhere."""
    if anchor == "month":
        return first_month_at(sentence)
    if anchor == "weekday":
        found = _WEEKDAY_NAMES.search(sentence)
        return found.start() if found else len(sentence)
    return any_case_at(sentence, _ANY_CASE_ANCHORS[anchor])


# Forms counted in days from the publication's day (`on Tuesday`, `yesterday`, `last week`, `on the 5th`): a
# publication known to its month only (`Business | April 2025`) dates none of them.
NEEDS_PUBLICATION_DAY = frozenset({"weekday", "today", "yesterday", "tomorrow", "relative_week", "weekend",
                                   "day_of_this_month"})


def _middle_of_month(published: PartialDate | None) -> date | None:
    """The middle day of a publication known to its month only, that dates without a year are reckoned from (`On
    March 29, the ministers met` in a paper of `April 2025`: 2025-03-29), as they would be from any of its days but
    those near the month's ends; none for a publication known to its year only, or not at all."""
    return date(published.year, published.month, 15) if published and published.month else None


@per_article(maxsize=8192)
def _find(sentence: str, published: PartialDate | None) -> tuple[DatePhrase, ...]:
    # The forms' cue words the sentence has, most often none or one: each form's test reads this small set.
    words = word_set(sentence)
    cued = words & _FORM_CUE_WORDS
    has_year, has_old_year = has_year_digits(sentence), _has_old_year(sentence)
    has_digit = has_year or _DIGIT.search(sentence) is not None
    joined_digits = has_year and _JOINED_DIGITS.search(sentence) is not None
    day_known = published is not None and published.day is not None
    base = published.as_date() if day_known else _middle_of_month(published)
    future: bool | None = None  # the costly tense search runs only once a form needs it
    found: list[DatePhrase] = []
    anchors: dict[str, int] = {}
    for form, pattern, cues in _FORMS:
        if not has_year if cues is None else not has_old_year if cues is OLD_YEAR_CUE else cued.isdisjoint(cues):
            continue
        if _lacks(form, words, has_year, has_digit, joined_digits) or not day_known and form in NEEDS_PUBLICATION_DAY:
            continue
        start = 0
        if form in _ANCHORED:
            anchor, opening = _ANCHORED[form]
            if anchor not in anchors:
                anchors[anchor] = _anchor_at(sentence, anchor)
            start = words_back(sentence, anchors[anchor], opening)
        for match in pattern.finditer(sentence, start):
            if any(p.start < match.end() and match.start() < p.end for p in found):
                continue
            if future is None and base and form in _TENSED_FORMS:
                future = speaks_of_future(sentence)
            resolved = _resolve(form, match, base, bool(future), day_known)
            if resolved:
                found.append(DatePhrase(resolved, match.start(), match.end(), form))
    if not found:  # a cue word with no date: nothing to order or join
        return ()
    phrases = _joined_ranges(sentence, _with_weekdays_dated(sentence, sorted(found, key=lambda p: p.start)))
    return tuple(_with_years_told(phrases, base) if base and len(phrases) > 1 else phrases)


# The forms of a month named with its year, whose year a bare month after it in the sentence takes.
MONTH_WITH_YEAR = frozenset({"month_year", "month_day_year", "day_month_year"})


def _with_years_told(phrases: list[DatePhrase], published: date) -> list[DatePhrase]:
    """A bare month after a month named with its year, in the same sentence, is of that year (`launched in February
    2023 and concluded in November`, in a paper of January 2025: November 2023, not the latest November), when it
    falls after that month and is not ahead of publication as the sentence tells it."""
    told: PartialDate | None = None
    for i, phrase in enumerate(phrases):
        if phrase.form in MONTH_WITH_YEAR:
            told = phrase.date
        elif told and phrase.form == "month" and phrase.date.month and told.month \
                and phrase.date.year != told.year and phrase.date.month >= told.month \
                and phrase.date.last_day() <= published:
            dated = valid(told.year, phrase.date.month, None)
            if dated and dated.last_day() <= published:
                phrases[i] = DatePhrase(dated, phrase.start, phrase.end, phrase.form)
    return phrases


# Between a weekday and the date that names its day: `on Wednesday, November 26`, `Monday 24 November`.
WEEKDAY_DATE_GAP = re.compile(r",?\s*")
DAY_FORMS = frozenset({"month_day_year", "day_month_year", "month_day", "day_month", "day_of_month", "month_the_day"})


def _with_weekdays_dated(sentence: str, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """A weekday right before the date of its day is one phrase with it, dated by that date (`opens on Wednesday,
    November 26`): the weekday reckoned from the publication by the tense may land a week off, and is no other day."""
    dated: list[DatePhrase] = []
    for phrase in phrases:
        weekday = dated[-1] if dated and dated[-1].form == "weekday" else None
        if weekday and phrase.form in DAY_FORMS and phrase.date.precision == "day" \
                and WEEKDAY_DATE_GAP.fullmatch(sentence, weekday.end, phrase.start):
            year_left_out = phrase.form in YEAR_LEFT_OUT and not has_year_digits(sentence[phrase.start:phrase.end])
            day = _year_of_weekday(phrase.date, weekday.date) or phrase.date if year_left_out else phrase.date
            dated[-1] = DatePhrase(day, weekday.start, phrase.end, phrase.form)
        else:
            dated.append(phrase)
    return dated


def _year_of_weekday(day: PartialDate, weekday: PartialDate) -> PartialDate | None:
    """A day written without its year in the year, next to its own, where it falls on the weekday named with it
    (`opens on Wednesday, November 26`, whatever the tense says); none when no such year is near."""
    target = weekday.as_date().weekday()
    years = sorted((day.year, day.year + 1, day.year - 1), key=lambda year: abs(year - weekday.year))
    return next((found for year in years if (found := valid(year, day.month, day.day))
                 and found.as_date().weekday() == target), None)
