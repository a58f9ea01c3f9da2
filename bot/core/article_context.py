"""What every fact extractor needs to know about an article: its sentences, date, place and pair."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from urllib.parse import urlparse

from bot.core.article_reader import RawArticle
from bot.core.countries import CountryNames, country_names
from bot.core.dates import (UPDATE_LINE, PartialDate, parse_date_line, parse_iso, parse_month_day, parse_with_library,
                            valid)
from bot.core.money import home_dollar, written_from
from bot.core.publication_date import infer_year
from bot.core.sentences import split_sentences
from bot.core.text_cleaning import clean


RECENT_DAYS = 3
# An instrument's name and the acronym defined for it: `the Malaysia-Turkiye Free Trade Agreement (MTFTA)`, `their
# preferential trade agreement (IP-PTA)`; its words start after any determiner, so what stands before is its owner.
ACRONYM = r"[A-Z](?:[A-Za-z]{1,9}|[A-Za-z]{0,5}-[A-Z][A-Za-z]{1,6})"
DEFINED_ACRONYM = re.compile(r"\b(?P<name>(?:(?!(?:the|a|an|their|its|to|with|on)\s)[\w’'-]+\s+){0,8}?"
                             r"(?:[Aa]greement|[Tt]reaty|[Aa]ccord|[Pp]act|[Pp]artnership|[Pp]rotocol|[Cc]ouncil|"
                             r"[Cc]ommission|[Cc]ommittee))\s*\((?P<acronym>" + ACRONYM + r")\)")
# Where a defined acronym's name ends, found first: trying the name's pattern at every word is slow.
INSTRUMENT_ACRONYM = re.compile(r"(?:greement|reaty|ccord|act|artnership|rotocol|ouncil|ommission|ommittee)\s*\("
                                + ACRONYM + r"\)")
NAME_REACH = 200  # characters: the nine words of a name at most
# Words that make an instrument the pair's own when both of the pair are named: `their`, `the two countries'`,
# `bilateral` before it, or `signed by the two countries` after it.
PAIR_OWNER_BEFORE = re.compile(r"(?:\btheir|\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments)[’']s?)\s+$",
                               re.I)
PAIR_OWNER_AFTER = re.compile(r",?\s+(?:(?:signed|concluded|agreed)\s+)?(?:by|between)\s+the\s+two\s+"
                              r"(?:countries|nations|sides|governments)\b")
THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments)\b", re.I)


@dataclass
class ArticleContext:
    """An article after cleaning, with its publication date resolved."""

    id: str
    sentences: list[str]
    published: PartialDate | None
    dateline_place: str | None
    title: str | None
    source: str | None
    pair: tuple[str, str]
    countries: CountryNames
    site: str | None = None  # the host it was published at: `abc.net.au`

    @cached_property
    def pair_acronyms(self) -> frozenset[str]:
        """Acronyms defined for an instrument of the pair: one whose name names the pair (`the Malaysia-Turkiye Free
        Trade Agreement (MTFTA)`), or one a sentence naming only the pair gives to them (`their preferential trade
        agreement (IP-PTA)`, `the PTA (APPTA) signed by the two countries`). A later `the MTFTA` is the pair's
        instrument, though it names neither. Agreements and events both ask, so it is found once."""
        return frozenset(found.group("acronym") for sentence in self.sentences if "(" in sentence
                         for anchor in INSTRUMENT_ACRONYM.finditer(sentence)
                         for found in DEFINED_ACRONYM.finditer(sentence, max(0, anchor.start() - NAME_REACH),
                                                               anchor.end())
                         if self._of_pair(sentence, found))

    @cached_property
    def home_dollar(self) -> str | None:
        """The dollar a bare `$` or `dollars` stands for when the article is written from a country of the pair
        with its own (`$1.2-billion` in the Globe and Mail); every amount asks, so it is found once."""
        return home_dollar(written_from(self.dateline_place, self.source, self.site), self.pair, self.sentences)

    def _of_pair(self, sentence: str, found: re.Match[str]) -> bool:
        """The defined instrument is the pair's: its name names both, or it names no other country and the sentence
        names the pair and no other while making the instrument theirs."""
        pair = set(self.pair)
        named = set(self.countries.mentioned(found.group("name")))
        if named >= pair:
            return True
        if named - pair or not (PAIR_OWNER_BEFORE.search(sentence, max(0, found.start() - 30), found.start())
                                or found.group("name").lower().startswith("bilateral ")
                                or PAIR_OWNER_AFTER.match(sentence, found.end())):
            return False
        in_sentence = set(self.countries.mentioned(sentence))
        return not in_sentence - pair and (in_sentence >= pair or THE_TWO.search(sentence) is not None)

    def is_recent(self, day: date) -> bool:
        """A day within three days of the publication day: one of the days the article reports on
        (its lede's talks, a signing `here`), not background."""
        return self.published is not None and self.published.day is not None \
            and abs((day - self.published.as_date()).days) <= RECENT_DAYS


UPDATE_REACH = 7  # days an update may come after the day a story is datelined


def _dateline_day_before(update: PartialDate, dateline_date: str | None) -> PartialDate | None:
    """The dateline's day when it falls within a week before the page's update (`MINSK, March 13 —` on a page
    `Updated: 14.03.2025`): the story was written that day and its `yesterday` counts from it; the update is later."""
    parts = parse_month_day(dateline_date) if dateline_date and update.day else None
    if not parts:
        return None
    month, day, year = parts
    for candidate_year in (year,) if year else (update.year, update.year - 1):
        found = valid(candidate_year, month, day)
        if found and 0 < (update.as_date() - found.as_date()).days <= UPDATE_REACH:
            return found
    return None


def _read_as_dateline(found: PartialDate, dateline_date: str | None) -> PartialDate:
    """A numeric date line read the other way round when the dateline's day says so: `03/05/2024` above `WASHINGTON,
    March 5 (Reuters) -` is written month first, the American way, though it reads as 3 May day first."""
    parts = parse_month_day(dateline_date) if dateline_date and found.day and found.day <= 12 else None
    if parts and (parts[0], parts[1]) == (found.day, found.month):
        return valid(found.year, found.day, found.month) or found
    return found


def _published(raw: RawArticle, date_line: str | None, dateline_date: str | None, body: str) -> PartialDate | None:
    """The publication day: a date line or metadata first, then a dateline with its year inferred; a dateline's
    day a little before a date line that is only the page's update."""
    for candidate in (raw.published, date_line):
        if candidate:
            found = parse_iso(candidate) or parse_iso(parse_date_line(candidate) or "") \
                or parse_iso(parse_with_library(candidate) or "")
            if found and candidate == date_line and UPDATE_LINE.match(candidate):
                return _dateline_day_before(found, dateline_date) or found
            if found and candidate == date_line:
                return _read_as_dateline(found, dateline_date)
            if found:
                return found
    if dateline_date:
        parts = parse_month_day(dateline_date)
        if parts:
            month, day, year = parts
            year = year or infer_year(month, body, day)
            if year:
                return PartialDate(year, month, day)
    return None


PASSING_RATIO = 4


def _headline(body: str) -> str | None:
    """For an article without a title: its first sentence, cut to a headline's length."""
    first = split_sentences(body[:600])[:1]
    if not first:
        return None
    return first[0] if len(first[0]) <= 100 else first[0][:97].rsplit(" ", 1)[0] + "…"


def article_pair(body: str, configured: tuple[str, str], names: CountryNames,
                 title: str | None = None) -> tuple[str, str]:
    """The pair an article is about: the configured one when the article names both, else the two its headline names
    (`Vietnam, Philippines agree to boost rice trade`), else the two countries it names most (keeping a configured one
    it names), so other pairs work unconfigured."""
    wanted = tuple(names.canonical(c) or c for c in configured)
    counts: dict[str, int] = {}
    for sentence in body.split("\n"):
        for country in names.mentioned(sentence):
            counts[country] = counts.get(country, 0) + 1
    if len(counts) < 2 or all(c in counts for c in wanted) and not _named_in_passing(wanted, counts):
        return wanted  # type: ignore[return-value]
    top = max(counts.values())
    ranked = sorted(counts, key=lambda c: (c not in wanted or _in_passing(counts[c], top), -counts[c]))
    headline = names.mentioned(title) if title else []
    if title and len(headline) != 2:  # the states of the people it names, when it names no pair of countries
        people = _title_people_states(title, body, names)
        headline = people if len(people) == 2 else headline + [state for state in people if state not in headline]
    if len(headline) == 2 and all(c in counts for c in headline):
        ranked = [c for c in ranked if c in headline]  # in the same order: a configured one first, then the most named
    return (ranked[0], ranked[1])


# A capitalised word of a headline, which may be a person's name (`Prabowo` of `Prabowo, Anwar hold talks`).
_TITLE_WORD = re.compile(r"\b[A-Z][\w’'-]{2,}")
# The capitalised words right before a name in the body, where its holder's state is said: `Indonesian President`,
# `Malaysia's Prime Minister Datuk Seri`.
_WORDS_BEFORE_NAME = re.compile(r"(?:[A-Z][\w’'-]* +){1,6}\Z")
NAME_PREFIX_REACH = 80  # characters: six words before a name
NAME_MENTIONS_READ = 3  # a headline's name's first mentions in the body, where its holder is introduced


def _title_people_states(title: str, body: str, names: CountryNames) -> list[str]:
    """The states of the people a headline names without their countries (`Prabowo, Anwar hold talks in Jakarta`),
    as the body writes them before the names (`Indonesian President Prabowo Subianto`, `Malaysia's Prime Minister
    Anwar Ibrahim`): a story about their meeting is about their states, whichever third one its background names
    more."""
    states: list[str] = []
    for word in _TITLE_WORD.findall(title):
        if names.mentioned(word):
            continue
        at = body.find(word)
        for _ in range(NAME_MENTIONS_READ):
            if at < 0:
                break
            words = _WORDS_BEFORE_NAME.search(body, max(0, at - NAME_PREFIX_REACH), at)
            found = names.mentioned(words.group()) if words else []
            if len(found) == 1:
                if found[0] not in states:
                    states.append(found[0])
                break
            at = body.find(word, at + 1)
    return states


def _named_in_passing(wanted: tuple[str, ...], counts: dict[str, int]) -> bool:
    """A configured country the article names only in passing (`from Kuala Lumpur, where he had met Malaysia's
    prime minister`) while another one runs through it: the article is about another pair."""
    others = [n for c, n in counts.items() if c not in wanted]
    return bool(others) and _in_passing(min(counts[c] for c in wanted), max(others))


def _in_passing(count: int, top: int) -> bool:
    """Named a quarter as often as the most named country, or less, when that one runs through the article."""
    return top >= max(3, PASSING_RATIO * count)


# Linking words of a city's name, in lower case inside it: `Rio de Janeiro`, `Dar es Salaam`, `Port of Spain`.
_PLACE_LINK_WORDS = frozenset({"de", "da", "do", "dos", "das", "del", "la", "es", "of"})


def _place_name(place: str) -> str:
    """A dateline's city written in capitals in title case, each part of a hyphenated word too and linking words
    in lower case: `NUR-SULTAN` -> `Nur-Sultan`, `RIO DE JANEIRO` -> `Rio de Janeiro`."""
    words = re.split(r"\s+", place)
    return " ".join(word if not word.isupper()
                    else word.lower() if index and word.lower() in _PLACE_LINK_WORDS
                    else "-".join(part.capitalize() for part in word.split("-"))
                    for index, word in enumerate(words))


def _wire_name(agency: str | None) -> str | None:
    """A dateline's wire of several words as its name is written, not in the dateline's capitals: `(BUSINESS WIRE)`
    -> `Business Wire`; one word in capitals stays, as an acronym may be one (`(NAN)`, `(ANTARA)`)."""
    if agency and agency.isupper() and " " in agency.strip():
        return " ".join(word.capitalize() if len(word) > 3 else word for word in agency.split())
    return agency


def build_context(raw: RawArticle, pair: tuple[str, str]) -> ArticleContext:
    cleaned = clean(raw.text)
    body = "\n".join(cleaned.paragraphs)
    names = country_names()
    title = raw.title or cleaned.title or cleaned.standfirst or _headline(body)
    pair = article_pair(body, pair, names, raw.title or cleaned.title)
    place = cleaned.dateline_place
    if place:
        place = names.canonical(place) or _place_name(place)
    return ArticleContext(
        id=raw.id, sentences=split_sentences(body),
        published=_published(raw, cleaned.date_line, cleaned.dateline_date, body),
        dateline_place=place, title=title,
        source=raw.source or cleaned.source or _wire_name(cleaned.agency), pair=pair, countries=names,
        site=raw.site or urlparse(raw.url or "").hostname,
    )
