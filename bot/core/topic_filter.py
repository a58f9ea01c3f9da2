"""Which feed entries are about the country pair (or a feed's own keywords), so only those get indexed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.countries import country_names, fold


def parse_keywords(text: str | None) -> list[str]:
    """`palm oil, halal` -> two keywords; without commas every word is one keyword."""
    if not text or not text.strip():
        return []
    parts = text.split(",") if "," in text else text.split()
    seen: list[str] = []
    for part in (p.strip() for p in parts):
        if part and part.lower() not in (s.lower() for s in seen):
            seen.append(part)
    return seen


def _pattern(words: list[str], acronyms: bool = False) -> re.Pattern[str]:
    """One regex for a group: whole words, accents and case folded; with `acronyms`, short names match
    only in capitals (`US`, not `us`)."""
    folded = sorted({fold(w) for w in words if w.strip()}, key=len, reverse=True)
    is_short = (lambda w: len(w.replace(".", "")) <= 3) if acronyms else (lambda w: False)
    long = [re.escape(w) for w in folded if not is_short(w)]
    short = [re.escape(w.upper()) for w in folded if is_short(w)]
    alternatives = [f"(?i:{'|'.join(long)})"] if long else []
    alternatives += short
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives) or '(?!)'})(?!\w)")


def _fold_keep_case(text: str) -> str:
    """Accents removed but capitals kept, so `US` is not `us`."""
    return "".join(c if c.isascii() or not c.isalpha() else fold(c).upper() if c.isupper() else fold(c)
                   for c in text)


@dataclass(frozen=True)
class TopicFilter:
    """Groups of words: a text matches when every group has a hit, and touches it when any group has."""

    label: str
    groups: tuple[re.Pattern[str], ...]

    def _hits(self, text: str) -> list[bool]:
        prepared = _fold_keep_case(text)
        return [bool(group.search(prepared)) for group in self.groups]

    def matches(self, text: str) -> bool:
        return all(self._hits(text))

    def touches(self, text: str) -> bool:
        return any(self._hits(text))


def pair_filter(pair: tuple[str, str]) -> TopicFilter:
    """Both countries of the pair named, each by any name, variant or demonym."""
    names = country_names()
    groups = []
    for name in pair:
        canonical = names.canonical(name) or name
        groups.append(_pattern([name, canonical, *names.variants(canonical)], acronyms=True))
    return TopicFilter(label=f"{pair[0]} and {pair[1]}", groups=tuple(groups))


def keyword_filter(keywords: list[str]) -> TopicFilter:
    """Any one of the feed's own keywords."""
    return TopicFilter(label="any of: " + ", ".join(keywords), groups=(_pattern(keywords),))


def filter_for(keywords: str | None, pair: tuple[str, str]) -> TopicFilter:
    """A feed's filter: its keywords if it has any, else the country pair."""
    words = parse_keywords(keywords)
    return keyword_filter(words) if words else pair_filter(pair)
