"""Rankings: `third-largest trading partner among West Asian countries`, `largest export destination`."""
from __future__ import annotations

import re

from bot.core.article_context import ArticleContext
from bot.core.facts import Ranking
from bot.core.periods import find_periods
from bot.core.sentences import word_set

RANK_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
              "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
ROLES = (r"trading\s+partner|trade\s+partner|export\s+destination|export\s+market|source\s+of\s+imports|"
         r"import\s+source|investor|source\s+of\s+(?:foreign\s+)?investment|supplier|buyer|market|"
         r"economic\s+partner|tourism\s+market|source\s+of\s+tourists")
RANKING = re.compile(
    rf"(?:\b(?P<ord>{'|'.join(RANK_WORDS)})[- ]|\b(?P<nth>\d{{1,3}})(?:st|nd|rd|th)[- ]|(?:No\.?\s*|number\s+)(?P<num>\d+)\s+|"
    rf"(?P<top>top)\s+)?"
    rf"(?P<sup>largest|biggest|top|leading|main|major)?[- ]?\s*(?P<role>{ROLES})", re.I)
SUPERLATIVES = frozenset({"largest", "biggest", "top", "leading", "main", "major", "no", "number", *RANK_WORDS})
ROLE_WORDS = frozenset({"partner", "destination", "market", "source", "investor", "supplier", "buyer"})
SCOPE = re.compile(r"\b(?:among|in|within|from)\s+(?:the\s+)?(?P<scope>(?:[A-Z][\w-]*\s+){0,3}(?:countries|nations|"
                   r"region|economies|states|bloc|[A-Z]{3,6})(?:\s+region)?|(?:[A-Z][\w-]*\s+){0,2}(?:Asia|Europe|"
                   r"Africa|America|Americas|Oceania|Middle\s+East|Gulf|Pacific|Caribbean|Balkans)\b)")
# `making X Y's`: the ranked country X, then whose partner it is.
MADE = re.compile(r"\b(?:making|makes|made|make)\s+(?P<rest>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:the\s+)?"
                  r"[A-Z][\w.-]*[’']s\s+(?:[\w-]+\s+){0,3})$")
SUBJECT = re.compile(r"(?:\b(?i:the)\s+)?(?P<subject>[A-Z][\w’'ÇĞİÖŞÜçğıöşü-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:is|was|remains|remained|"
                     r"became|has\s+been|ranks?\s+as|ranked\s+as|emerged\s+as)\b")


def _rank(match: re.Match[str]) -> int | None:
    if match.group("ord"):
        return RANK_WORDS[match.group("ord").lower()]
    if match.group("num") or match.group("nth"):
        return int(match.group("num") or match.group("nth"))
    if match.group("sup") and match.group("sup").lower() in {"largest", "biggest", "top"}:
        return 1
    if match.group("top"):
        return 1
    return None


def _subject(head: str, context: ArticleContext) -> str | None:
    """The country ranked: the last one named as the subject of `is`, `was`, `remains` before the ranking,
    or the object of `making` right before it (`..., making Vietnam Malaysia's third largest partner`)."""
    made = MADE.search(head)
    if made:
        subject = _country_at_start(made.group("rest"), context)
        if subject:
            return subject
    subjects = [context.countries.canonical(found.group("subject")) for found in SUBJECT.finditer(head)]
    return next((subject for subject in reversed(subjects) if subject), None)


def _country_at_start(text: str, context: ArticleContext) -> str | None:
    """The country the words begin with (`Saudi Arabia Malaysia's` -> Saudi Arabia), the longest name first."""
    words = text.split()
    for size in range(min(4, len(words)), 0, -1):
        country = context.countries.canonical(" ".join(words[:size]))
        if country:
            return country
    return None


def find_rankings(context: ArticleContext) -> list[Ranking]:
    rankings: list[Ranking] = []
    pair = list(context.pair)
    for sentence in context.sentences:
        words = word_set(sentence)
        if not (words & SUPERLATIVES and words & ROLE_WORDS):
            continue
        matches = [m for m in RANKING.finditer(sentence) if _rank(m)]
        if not matches:
            continue
        periods = [p for p in find_periods(sentence, context.published) if "/" not in p.text]
        year = periods[0].text[:4] if periods else None
        scopes = list(SCOPE.finditer(sentence))
        for match in matches:
            subject = _subject(sentence[:match.start()], context)
            if subject not in pair:
                continue
            scope = next((s.group("scope") for s in scopes if s.start() >= match.end()), None) \
                or next((s.group("scope") for s in reversed(scopes) if s.end() <= match.start()), None)
            role = re.sub(r"\s+", " ", match.group("role").lower())
            rankings.append(Ranking(subject=subject, rank=_rank(match) or 1, role=role,
                                    scope=scope.removesuffix(" region") if scope else None, year=year,
                                    quote=sentence))
    return rankings
