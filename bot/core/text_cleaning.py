"""Cleaning: keep the article body; drop section labels, teasers, share lines and footers."""
from __future__ import annotations

import re
import zoneinfo
from itertools import islice
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from countryinfo import CountryInfo

from bot.core.case_blind import FOLDED_TO_ASCII
from bot.core.countries import country_names
from bot.core.dates import (MONTH_PATTERN, UPDATE_LINE, has_year_digits, month_name, month_number, parse_date_line,
                            parse_month_day)
from bot.core.money import find_money
from bot.core.sentences import ABBREVIATIONS, split_sentences, word_set

# A line that ends the article: what follows is other stories or page furniture.
_END_MARKERS = re.compile(
    r"^(more news|more stories|related( news| articles| stories| posts| content| (?:press |news )?releases| coverage| links)?|read (?:more|next|also)|also read|"
    r"you may also like|recommended( for you)?|most read|trending|latest news|popular( news)?|"
    r"comments?|leave a (reply|comment)|tags?:.*|related topics?|(?:legal\s+)?disclaimer|"
    # a footer about the writer, below the story (`About the author`, `ABOUT THE WRITER`)
    r"about\s+the\s+(?:author|writer)s?)\s*:?\s*$", re.I)
# A line of page furniture, dropped wherever it stands.
_FURNITURE = re.compile(
    r"^(print( friendly)?|print friendly, pdf & email|share( this( article| story)?)?( on \w+)?:?|email|"
    r"follow us( on \w+)?|languages|subscribe( to .*)?|sign up.*|advertisement|advertising|"
    r"(?:like|follow)\s+(?:@?[\w.]+\s+){1,3}on\s+(?:facebook|twitter|instagram|x|whatsapp|telegram|youtube)\b.*|"
    # `Join our WhatsApp channel for more updates`, `Join us on Telegram`
    r"join\s+(?:us\s+on|our)\s+(?:whatsapp|telegram)\b.*|"
    r"click here.*|copyright.*|©.*|all rights reserved.*|"
    # a teaser's label and the other story's headline after a colon, a bar or a dash: `ALSO READ | Zambia, ...`
    r"(?:also\s+read|read\s+also|read\s+more|see\s+also)\s*(?::|\||[-–—]\s).*|"
    # a teaser's label and the other story's headline: `You may also like: Cocoa prices hit record high`
    r"(?:you\s+may\s+also\s+like|related(?:\s+(?:news|articles?|stories|story|posts?))?|more\s+(?:news|stories)|"
    r"recommended|don[’']?t\s+miss|read\s+the\s+full\s+(?:story|article)|continue\s+reading|trending(?:\s+now)?|"
    r"editor[’']?s\s+picks?|suggested\s+reading|also\s+see|"
    # a magazine's list of its issue's other stories: `Also in this issue: Port volumes up · ...`
    r"also\s+in\s+(?:this|today[’']?s|the\s+latest)\s+(?:issue|edition))\s*:.*|"
    # a link to the site's story before or after this one: `Previous article: ...`, `NEXT POST ...`
    r"(?:previous|next)\s+(?:article|post|story)\b.*|"
    # a syndicated story's note: `(This story has not been edited by Mathrubhumi staff and is auto-generated ...)`
    r"\(?this\s+(?:story|article|report)\s+has\s+not\s+been\s+edited\b.*|"
    # a press release's credit of its issuer, named on the line below: `News provided by`
    r"news\s+provided\s+by|"
    r"disclaimer:.*|by (?:providing|submitting|entering) (?:an |your )?email\b.*|"
    r"whatsapp|facebook|twitter|tweet|x|linkedin|telegram|"
    r"(photo|image|file photo|pic)( credit| caption)?:.*|caption:.*|listen to this article.*|\d+ min read|"
    r"download (?:the )?[\w ]{0,40}\bapp\b.*|(?:get|have|receive)\s.{0,80}\byour\s+inbox\b.*|(?:enjoying|enjoyed|liked?) this (?:article|story)\b.*|"
    # writers, maybe with the city they filed from after a dash: `By Ana Rojas and Luis Paz — Montevideo`
    r"by [A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*"
    r"(?:\s+[–—]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?|"
    # a writer of five or six names, each capitalised but for the particles between them (`By Muhammad Naveed Ahmed
    # Khan Niazi`, `By Juan Carlos Mendoza de la Cruz`)
    r"by (?-i:[A-Z][\w'’-]+(?:\s+(?:(?:de|da|del|di|dos|van|von|der|bin|binti|al|la)\s+){0,2}[A-Z][\w'’-]+){2,5})|"
    # a page's time since it was posted (`Updated 2 hours ago`, `Last updated: 35 minutes ago`)
    r"(?:last\s+)?(?:updated|published|posted)\s*:?\s*(?:\d{1,2}|an?)\s+(?:sec|min|hr|hour|day|week)\w*\s+ago|"
    r"\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b.*)\s*$", re.I)
_PUBLISHED_LINE = re.compile(r"^(?:first\s+)?(?:published|posted)\b", re.I)
_MASTHEAD_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# A footer crediting the paper: `Published in Dawn, February 26th, 2025`.
_PUBLISHED_IN = re.compile(rf"^[Pp]ublished\s+in\s+(?P<name>{_MASTHEAD_NAME}),")
# A header line crediting the publisher after a dash: `— The Diplomat`.
_CREDIT_LINE = re.compile(rf"^[—–-]+\s*{_MASTHEAD_NAME}$")
_SOURCE_LINE = re.compile(r"^(?:source|sources|via)\s*:\s*(.{2,80}?)\.?\s*$", re.I)
# The editors' initials a wire signs a story's source with: `Source: CNA/nr(ca)`, `Source: Bernama/ak`.
_EDITOR_CODE = re.compile(r"/[a-z]{1,4}(?:\([a-z]{1,4}\))?$")
# Any of the four above: one test clears a body line, which is most lines.
_PAGE_LINE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_END_MARKERS, _PUBLISHED_LINE, _SOURCE_LINE, _FURNITURE)), re.I)
# The first two letters, in lower case, of the lines `_PAGE_LINE` matches, save those opening with `x`, a bracket or a
# digit (`X`, `(Reporting by ...)`, `3 min read`): a test of them clears most body lines (`The ...`, `Malaysia ...`)
# without running the pattern's many branches.
_PAGE_LINE_OPENINGS = frozenset("ab ad al by ca cl co di do ed em en fa fi fo ge ha im jo la le li mo ne ph pi po pr pu "
                                "re se sh si so su ta te tr tw up vi wh wr yo".split())


# What may open a page line outside ASCII: `©`, and the characters `re.I` reads as ASCII letters.
_PAGE_LINE_MARKS = frozenset(("©", *FOLDED_TO_ASCII))


def _may_be_page_line(line: str) -> bool:
    """A necessary condition of `_PAGE_LINE` matching, by the line's first two characters. Outside ASCII, the
    pattern reads at its start only `©`, a letter `re.I` folds to ASCII, the digits of `5 min read` and the space
    after a lone `x`: a line opening with a quote mark (`“We ...`) or a word like `Türkiye` is no page line."""
    head = line[:2]
    if not head.isascii():
        return not _PAGE_LINE_MARKS.isdisjoint(head) or head[0].isdecimal() or head[1:].isspace()
    return len(head) < 2 or head[0] in "xX(0123456789" or head.lower() in _PAGE_LINE_OPENINGS


# A weekday before a dateline's date.
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The parts of a byline: `By Staff | New Delhi | Published: Feb 14, 2024`, `2024-11-21 09:15 Source: Xinhua`,
# `Philippine Daily Inquirer / 10:15 AM January 07, 2026`, `Jakarta ● Fri, February 14, 2025` (the bullets sites
# set between a place and a date), and a desk's or writer's name run into the page's dates without a mark:
# `BR Web Desk Published February 14, 2025 Updated February 14, 2025 11:52am` (a capitalised `Published` before a
# day or a month's name, not a headline's `Updated Trade Figures`).
_BYLINE_PARTS = re.compile(
    r"\s*[|•·●◆▪■]\s*|\s+[-–—/]\s+|\s+(?=(?:source|sources|via|by|published|posted|updated)\s*:)"
    rf"|\s+(?=(?-i:Published|Posted|Updated|PUBLISHED|POSTED|UPDATED)\s+(?:on\s+)?(?:\d|(?:{MONTH_PATTERN})\b"
    rf"|(?:{_WEEKDAY_NAME}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b))", re.I)
_INLINE_DATE = re.compile(r"^\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*", re.I)
# A word of a place: a capital, then letters, apostrophes, full stops and hyphens. Runs of letters are taken whole
# (possessive `++`): what may follow a place's word is a space, a full stop, a dash, a comma or a bracket, so a word
# that gave back letters could never be followed; without this, a paragraph opening with capitalised words that is no
# dateline was retried at each of their letters.
# Capitals with diacritics open a word too (`PALIĆ`, `ŁÓDŹ`, `ÖSKEMEN`): Latin-1's and Latin Extended-A's letters.
_PLACE_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"
_PLACE_WORD = rf"[{_PLACE_CAPITAL}](?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ž']++|[.\-])+"
# A word of three letters or more closing with a full stop ends the place: what follows is the agency of Central Asian
# wires (`ASTANA. KAZINFORM -`, `TASHKENT. UzA -`, `BAKU. Trend:`), not more of the city (`ST. PETERSBURG` goes on).
# A linking word in lower case may stand between two of its words: `Dar es Salaam`, `Rio de Janeiro`, `Port of Spain`.
_PLACE = rf"{_PLACE_WORD}(?:(?<![^\W\d_]{{3}}\.)\s+(?:(?:de|da|do|dos|das|del|es|of|la|el)\s+)?{_PLACE_WORD}){{0,3}}"
# The months as Spanish agencies abbreviate them in a dateline (`5 mar`, `12 ene`, `3 dic`), by number.
_SPANISH_MONTHS = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sept": 9,
                   "sep": 9, "oct": 10, "nov": 11, "dic": 12}
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:/{_PLACE})?(?:\s*\[[^\]]{{2,40}}\])?"
    # the country in round brackets before a comma: `NAIROBI (Kenya), March 5 —`
    r"(?:\s*\((?P<bracketed>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)(?=,))?"
    # `HANOI, Vietnam (AP)`, `Tokyo, Japan —`, `Ankara, Türkiye –`, `NAIROBI, Kenya - `, `WASHINGTON, D.C. —`: the
    # country or the state after the city; in capitals before the date's comma (`LUSAKA, ZAMBIA, March 5 —`: not an
    # agency's name before its dash, `Tehran, IRNA --`)
    r"(?:,\s*(?P<country>[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+){0,2}|(?:[A-Z]\.){2,3})"
    r"(?=\s*(?:[(,:—–|]|--|-\s)|\.\s+[A-Z][a-z]{2,8}\.?\s+\d)|"
    r",\s*(?P<caps_country>[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2})(?=,))?"
    # the date after a comma, a spaced dash or a bar (`JAKARTA — Nov. 21, 2025 —`, `Nairobi, Monday 6 May 2024 -`,
    # `Kigali, Rwanda | March 5, 2024 –`, ENA's `Addis Ababa, February 22/2024 (ENA) -`); a numeric one before an
    # agency (`Jakarta, 21/11 (ANTARA) -`) or, with its year, before a dash or a full stop (`Seoul, 21/11/2024 -`,
    # `Colombo, 2024-11-21 -`, a ministry's `Prague, 12.03.2019. The minister ...`), read by `_plain_date`
    # or after the country's full stop (`Kampala, Uganda. March 5, 2024 –`)
    rf"(?:(?:\s*,\s*|\s+(?:—|–|--|-|\|)\s+|(?<=[a-z])\.\s+(?=[A-Z]))(?:{_WEEKDAY_NAME},?\s+)?"
    rf"(?P<date>(?:{MONTH_PATTERN}|{MONTH_PATTERN.upper()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}}|/\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}|{MONTH_PATTERN.upper()})\.?(?:,?\s+\d{{4}})?|"
    # EFE's day and Spanish month in lower case before the agency's bracket: `Buenos Aires, 5 mar (EFE).-`
    rf"\d{{1,2}}\s+(?:{'|'.join(_SPANISH_MONTHS)})\.?(?=\s*\()|"
    r"\d{1,2}/\d{1,2}(?:/\d{4})?(?=\s*\()|(?:\d{1,2}(?P<date_mark>[/.])\d{1,2}(?P=date_mark)\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?=\s+(?:—|–|--|-)\s|\.\s+[A-Z])))?"
    # the agency in brackets, maybe after a comma (`(ANTARA) -`, `(EFE).-`, GNA's `Accra, Jan 13, (GNA) –`), between slashes (`MOSCOW, June 5. /TASS/.`, `/MONTSAME/.`, a
    # press release's wire and its dash: `March 5, 2024 /PRNewswire/ --`) or after a comma (`Accra, Feb. 2, GNA -`,
    # `Baku, December 4, AZERTAC.`, `YEREVAN, OCTOBER 18, ARMENPRESS.`, `Tehran, IRNA --`)
    r"\s*(?:(?:--|,\s*)?\((?P<agency>[A-Za-z][\w .&-]{1,30})\)\s*|\.?\s*/(?P<slashed>[A-Z][A-Za-z]{1,14})/\.?\s*(?:(?:—|–|--|-)\s+)?|"
    r",\s*(?P<named>[A-Z]{3,12})(?=\s*(?:—|–|--|-|\.|:)\s)\s*|"
    # or after the city's full stop (`ASTANA. KAZINFORM -`, `TASHKENT. UzA -`, `BAKU. Trend:`, `ULAANBAATAR. MONTSAME.`)
    r"\.\s+(?P<dotted>[A-Z][A-Za-z]{1,11})(?=\s*(?:—|–|--|-|:|\.)\s)\s*)?"
    # then a dash, a colon or The National's `ABU DHABI // `, and a space (none after a press release's wire between
    # its dashes: `NAIROBI, Kenya--(BUSINESS WIRE)--Kenya's ...`)
    # a bar after the date too (`Kigali, March 5, 2024 | `)
    r"(?(slashed)|(?:(?P<sep>—|–|--|-|:|//|(?<=\d)\.|(?<=\d)\||(?<=\d\s)\||(?<=\))\.[-–—]?|(?(named)\.|(?!))|"
    r"(?(dotted)\.|(?!)))"
    # or no space after a city's dash in capitals before a word in capitals, as Vanguard writes its dateline
    # (`ABUJA—NIGERIA and Morocco ...`)
    r"(?:\s+|(?<=\)--)|(?<=[A-Z][—–])(?=[A-Z]{2}))"
    # an agency in brackets after the dash (`ABUJA — (NAN) The ...`, `Lilongwe, March 5 — (MANA) ...`, `HARARE —
    # (New Ziana) ...`)
    r"(?:\((?P<late_agency>[A-Z]{2,10}|[A-Z][A-Za-z]{1,11}\s[A-Z][A-Za-z]{1,11})\)\s+)?"
    r"|(?<=\)\s)))(?=\S)")
# What must stand right after a dateline's place, maybe after spaces: the start of its other city (`/`), a bracket,
# a comma, or the first mark of a dash, a date's or an agency's separator (`-`, `—`, `–`, `|`, `.`, `:`, `/`). No
# branch of `_DATELINE` reads anything else there (its `(?<=\)\s)` needs a bracket the place never ends with), so a
# paragraph this does not match is no dateline, found without the full pattern's many branches.
_DATELINE_OPENING = re.compile(rf"{_PLACE}\s*[-/\[(,—–|.:]")


# A header line of the dateline's city and the date, with no text after them: `NEW DELHI, October 17, 2024`,
# `Nairobi, Monday, 6 May 2024` (a title-case city is checked to be one).
_PLACED_DATE = re.compile(rf"^(?P<place>[{_PLACE_CAPITAL}][{_PLACE_CAPITAL} .'-]{{1,30}}[{_PLACE_CAPITAL}]|"
                          r"[A-Z][^,\d]{1,30}),\s+(?P<date>\S.{5,40})$")


# A release's line of its date, its place and maybe its issuer, between long dashes: `June 12, 2025 – Manila,
# Philippines – Global Affairs Canada` (the Government of Canada's news releases), or spaced hyphens in older ones
# (`May 14, 2014 - Lima, Peru - Foreign Affairs, Trade and Development Canada`). The place's region after a comma
# is left out of the dateline's city.
_DATE_PLACE_ISSUER = re.compile(r"(?P<date>[A-Z0-9][^–—]{5,30}?)\s+(?:[–—]|-{1,2})\s+"
                                r"(?P<place>[A-Z][\w.'’ -]{1,30}?)(?:,\s+[A-Z][\w.'’ -]{1,30}?)?"
                                r"(?:\s+(?:[–—]|-{1,2})\s+(?P<issuer>[A-Z][^–—]{2,60}?))?\s*")


# Lines kept above a release's date line at most: it heads the page (a timeline's `March 5, 2024 – Ottawa – talks`
# lower down is the body's).
_RELEASE_LINE_WITHIN = 8


def _release_date_line(line: str) -> re.Match[str] | None:
    """A release's date, place and issuer line, its date a whole one (with its year)."""
    found = _DATE_PLACE_ISSUER.fullmatch(line) if len(line) <= 140 and ("–" in line or "—" in line or " - " in line) \
        else None
    date = parse_date_line(found.group("date")) if found else None
    return found if date and len(date) == 10 else None


@dataclass
class CleanArticle:
    """The body paragraphs and what the page around them said."""

    paragraphs: list[str]
    title: str | None = None
    standfirst: str | None = None
    source: str | None = None
    date_line: str | None = None
    dateline_place: str | None = None
    dateline_date: str | None = None
    agency: str | None = None
    labels: list[str] = field(default_factory=list)


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation: a section label, a title or a subheading; not a release's figure.
    A release's headline after its label may be longer (`Press Statement: X and Y hold talks in Amman, agree ...`)."""
    return _ends_open(line) and (len(line.split()) <= 16 and not _is_figure_line(line)
                                 or len(line.split()) <= _MAX_LABELLED_TITLE_WORDS and _is_labelled_title(line))


# The most words of a release's headline after its label.
_MAX_LABELLED_TITLE_WORDS = 30
# A release's label and a colon before its headline: `Press Statement: Ministers hold talks in Cairo`, `Joint Press
# Release: ...` (not `Exports: $2.1bn`).
_LABELLED_TITLE = re.compile(r"(?:joint\s+)?(?:press|media|news)\s+(?:release|statement)\s*:\s+(?=[A-Z])", re.I)


def _is_labelled_title(line: str) -> bool:
    """A release's label, a colon and a headline: the page's title, not its body."""
    return ":" in line[:25] and _LABELLED_TITLE.match(line) is not None


# A release's figure written as a label, a colon and an amount of money, without a stop: `Exports: $2.1bn (+8.1%)`,
# `Imports from Kazakhstan: $640.2 million`, `Trade turnover: US$ 3.4 billion, up 6.2%`.
_FIGURE_LINE = re.compile(
    r"^[A-Z][^:.!?]{1,60}:\s+(?:about\s+|around\s+|over\s+)?"
    r"(?:(?:[A-Z]{1,3}\s?)?[$€£¥₺]\s?|(?:USD|EUR|GBP|RM|MYR|TL|TRY|KZT|CNY|RMB|JPY|INR|Rs\.?)\s?)\d"
    r"|^[A-Z][^:.!?]{1,60}:\s+\d[\d.,]*\s*(?:bn|billion|mn|million|mln|trillion)?\s+"
    r"(?:dollars|euros|USD|EUR|GBP|KZT|tenge|ringgit|lira|yuan|rupees)\b")


def _is_figure_line(line: str) -> bool:
    """A label, a colon and an amount: body text, however short (the colon is looked for first, as most headings have
    none)."""
    return ":" in line and bool(_FIGURE_LINE.match(line))


def _with_stop(paragraph: str) -> str:
    """A release's figure line given the full stop it was written without, so that it reads as the sentence it is."""
    return f"{paragraph}." if _ends_open(paragraph) and _is_figure_line(paragraph) else paragraph


def _ends_open(line: str) -> bool:
    """A line without closing punctuation: a heading, or a headline of any length."""
    return not line.rstrip("\"'”’)]").endswith((".", "!", "?", ":", ";", "…"))


# A publisher's masthead written as its web address, which opens the dateline before the city (`TEMPO.CO, Jakarta - `).
_MASTHEAD_DOMAIN = re.compile(r"[A-Z][\w-]*\.[A-Z]{2,3}")
# The city and a full stop opening the first paragraph: `Jakarta. President Joko Widodo ...`, or in capitals, as a
# ministry's release writes it: `ASTANA. Kazakhstan and Uzbekistan agreed ...`.
_PLACE_STOP = re.compile(r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{3,}(?:[\s-][A-Z]{3,})?)\.\s+(?=[A-Z])")


def _may_be_place(words: str) -> bool:
    """Not a section label, nor an abbreviation before its full stop (`Mr. Biden arrived ...`); a word in capitals
    not a label either (`UPDATE.`), nor a country's name or an acronym (`NATO.`) unless it is a known city."""
    lowered = words.lower()
    if lowered in SECTION_LABELS or lowered in ABBREVIATIONS:
        return False
    return not words.isupper() or _is_known_place(words.title()) or (
        lowered not in _LABEL_WORDS and not country_names().canonical(words) and len(words) > 4)


# A wire's acronym joined to the city, and the country in brackets: APA's `APA-Dakar (Senegal) The ...`.
_AGENCY_CITY = re.compile(r"(?P<agency>[A-Z]{2,6})-(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+"
                          r"\((?P<country>[A-Z][A-Za-z ]{2,30})\)\s*(?:[-–—:]\s*)?(?=[A-Z]|$)")


def _agency_city(paragraph: str) -> re.Match[str] | None:
    """The dateline `APA-Lusaka (Zambia)`: the wire, its city and the city's country (the hyphen after an acronym's
    capitals looked for first)."""
    if not (paragraph[:2].isupper() and "-" in paragraph[2:7]):
        return None
    found = _AGENCY_CITY.match(paragraph)
    return found if found and country_names().canonical(found.group("country")) else None


def _agency_city_line(line: str) -> re.Match[str] | None:
    """A line that is only the dateline `APA-Lusaka (Zambia)`, which a copy set apart from the body below."""
    found = _agency_city(line)
    return found if found and found.end() == len(line) else None


def _dateline(paragraph: str, first: bool, near_top: bool) -> re.Match[str] | None:
    """The dateline opening a paragraph: an upper-case city, one with a date or an agency, or a title-case one and
    a colon in the first two paragraphs (after a standfirst at most)."""
    agency_city = _agency_city(paragraph) if first else None
    if agency_city:
        return agency_city
    match = _DATELINE.match(paragraph) if _DATELINE_OPENING.match(paragraph) else None
    if not match:
        stop = _PLACE_STOP.match(paragraph) if first else None
        return stop if stop and _may_be_place(stop.group("place")) else None
    place = match.group("place")
    if any(word[0].islower() for word in place.split()) and place.casefold() not in _known_places():
        return None  # `Ministry of Trade (MOT) - ...`: a linking word in lower case only inside a known city's name
    if match.group("bracketed") and not country_names().canonical(match.group("bracketed")):
        return None  # `NAIROBI (Kenya), March 5 —` names the city's country; not another word in brackets
    if match.group("sep") == ":" and paragraph.rstrip().endswith("?"):
        return None  # `TAR: What did the agreement change?`: an interviewer's question, no dateline
    names = country_names()
    if match.group("country") and not _agency(match) and match.group("sep") == "-" \
            and not names.canonical(match.group("country")):
        # `NAIROBI, Kenya - ` is a city and its country; `TEMPO.CO, Jakarta - ` a masthead and the city
        return match if _MASTHEAD_DOMAIN.fullmatch(place) else None
    words = place.split()
    is_caps = place.upper() == place and any(c.isalpha() for c in place)
    if match.group("dotted") and not _is_dotted_agency(match, is_caps):
        return None
    named = match.group("named")
    if named and names.canonical(named):  # `DUBAI, UAE -`: the country, no agency
        return match if match.group("sep") and len(words) <= 4 else None
    if match.group("agency") and not match.group("sep") and not match.group("date") \
            and (not is_caps or paragraph[match.end()].islower()):
        return None  # `Gadjah Mada University (UGM) and ...`: a name and its acronym, no dateline
    # "Ankara [Turkiye], January 8:", "ISTANBUL, Jan 8 —", "KUALA LUMPUR:" or "Bogor (ANTARA) -"; not "Meanwhile, ..."
    if is_caps or match.group("date") or match.group("agency") or _agency(match) or "[" in paragraph[: match.end()]:
        return match if len(words) <= 4 else None
    if near_top and match.group("sep") == ":" and _is_titled_place(place) \
            and _is_news_sentence(paragraph[match.end():]):
        return match  # "Dubai: The UAE and Kenya on Tuesday signed ..."
    if near_top and _is_dash_dateline(paragraph, match) and not names.canonical(place) \
            and _is_news_sentence(paragraph[match.end():]):
        return match  # "Pretoria - South Africa and Türkiye aim ...", "Nairobi – Kenya and ..."
    if near_top and match.group("country") and names.canonical(match.group("country")) \
            and _is_titled_place(place) and not names.canonical(place):
        return match  # "Tokyo, Japan — Japan and Vietnam agreed ..."
    return None


def _is_dotted_agency(match: re.Match[str], is_caps: bool) -> bool:
    """`ASTANA. KAZINFORM -`, `Astana. Kazinform -`, `BAKU. Trend:`: a city in capitals or a known one, then after its
    full stop one word that is no country, place or label (not `ANKARA. TURKEY -`, `Dubai. Update:`); a full stop
    after it only for a word in capitals (`ULAANBAATAR. MONTSAME.`, not `Astana. Kazakhstan.`)."""
    place, agency = match.group("place"), match.group("dotted")
    if not (is_caps or _is_known_place(place)) or agency.lower() in _LABEL_WORDS \
            or match.group("sep") == "." and not agency.isupper():
        return False
    return not country_names().canonical(agency) and not _is_known_place(agency.title())


def _folded_name(name: str) -> str:
    """A name without its spaces and case: `ECONOMYNEXT` and `EconomyNext` are one."""
    return name.replace(" ", "").casefold()


def _agency(match: re.Match[str]) -> str | None:
    """The agency a dateline names, in brackets (not a country: `KAMPALA (Uganda) —`), between slashes, after a comma
    (not a country: `DUBAI, UAE -`) or after the city's full stop (`ASTANA. KAZINFORM -`, as a name: `Kazinform`)."""
    named, bracketed = match.group("named"), match.group("agency")
    return (bracketed if bracketed and not country_names().canonical(bracketed) else None) or match.group("slashed") \
        or (named if named and not country_names().canonical(named) else None) \
        or (_masthead(match.group("dotted")) if match.group("dotted") else None) or match.group("late_agency")


def _agency_masthead(agency: str, header: list[str]) -> str | None:
    """The dateline's agency in capitals as the page's masthead writes it in other case (`Andina` above `Lima, Oct.
    23 (ANDINA).`): the name, not the dateline's capitals."""
    if not agency.isupper():
        return None
    return next((line for line in header
                 if line and not line.isupper() and _folded_name(line) == _folded_name(agency)), None)


def _is_dash_dateline(paragraph: str, match: re.Match[str]) -> bool:
    """A title-case city and a spaced dash, the dateline of South African and East African papers
    (`Johannesburg - `): not a country (`Malaysia - Türkiye trade ...`), a label or a publisher. The dash may touch a
    known city (`Windhoek- Namibia and ...`), as no word of prose ends with a dash."""
    sep, place = match.group("sep"), match.group("place")
    return sep in ("-", "–", "—", "--") and match.group("country") is None and _is_titled_place(place) \
        and (paragraph[match.start("sep") - 1:match.start("sep")] == " " or place.casefold() in _known_places())


# The ordinal ending of a day and a comma before a year, which a date of the dateline is read without:
# `14th March, 2024` -> `14 March 2024`.
_ORDINAL_DAY = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b|,(?=\s*\d{4})")


# Agencies that write a date the American way, month first; every other agency writes the day first
# (`Jakarta, 21/11 (ANTARA)`, as ANTARA, Bernama, Xinhua and most of the world do).
_MONTH_FIRST_AGENCIES = frozenset({"ap", "upi"})


# A dateline's date written year first: `Colombo, 2024-11-21 -`.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# What separates the parts of a numeric date: `21/11/2024`, `21.11.2024`.
_NUMERIC_DATE_MARK = re.compile(r"[/.]")


def _numeric_date(date: str, agency: str | None) -> str | None:
    """`21/11` or `21/11/2025` before an agency, or `21.11.2025` before a dash, as `21 November (2025)`. A part above
    12 can only be the day; when both could be a month, the agency's convention decides: day first, unless it is an
    American agency."""
    first, second, *year = (int(part) for part in _NUMERIC_DATE_MARK.split(date))
    if first > 12 or (second <= 12 and (agency or "").strip().lower() not in _MONTH_FIRST_AGENCIES):
        day, month = first, second
    else:
        month, day = first, second
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return f"{day} {month_name(month)}" + (f" {year[0]}" if year else "")


# A day and a Spanish month's abbreviation, as `_DATELINE` reads them: `5 mar`, `12 ene.`.
_SPANISH_DAY = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(_SPANISH_MONTHS)})\.?")


def _plain_date(date: str | None, agency: str | None = None) -> str | None:
    """The dateline's date as the date parser reads it."""
    if date and _ISO_DATE.fullmatch(date):
        return _numeric_date("/".join(reversed(date.split("-"))), None)
    spanish = _SPANISH_DAY.fullmatch(date) if date else None
    if spanish:  # `5 mar` of EFE's dateline
        return f"{spanish.group('day')} {month_name(_SPANISH_MONTHS[spanish.group('month')])}"
    # digits at both ends: not the full stop of a month's abbreviation (`8 Aug.`)
    if date and date[0].isdigit() and date[-1].isdigit() and _NUMERIC_DATE_MARK.search(date):
        return _numeric_date(date, agency)
    return _ORDINAL_DAY.sub("", date).replace("/", " ") if date else None  # `February 22/2024`: ENA's year


# Words that open a body with a colon as a label, not as a city: `Analysts:`, `Update:`, `Editor's note:`.
_LABEL_WORDS = frozenset({
    "analysts", "analysis", "update", "updated", "updates", "photo", "photos", "video", "videos", "watch", "breaking",
    "exclusive", "editor's", "editor’s", "editors", "note", "opinion", "explainer", "comment", "commentary", "summary",
    "highlights", "background", "context", "live", "correction", "clarification", "statement", "read", "related",
    "disclaimer", "warning", "file", "caption", "image", "credit", "factbox", "fact", "facts", "timeline", "key",
    "takeaways", "brief", "briefing", "report", "interview", "question", "answer", "recap", "bottom", "officials",
    "experts", "sources", "source", "meanwhile", "however", "also", "first", "second", "third", "finally", "today",
    "yesterday", "tomorrow", "now", "here", "there", "notably", "separately", "elsewhere", "what", "why", "how",
    "who", "where", "when", "quote", "verdict", "review", "preview", "feature", "special", "sponsored", "promoted",
    "podcast", "transcript", "full", "text", "more", "latest", "top", "editorial", "letter", "letters", "poll",
    "survey", "data", "chart", "graphic", "map", "story", "headline", "headlines", "lead", "news", "world",
    "critics", "observers", "residents", "investors", "markets", "traders", "economists", "diplomats", "big", "quick",
    "take", "takeaway", "points", "insight", "insights", "outlook", "agenda", "profile", "snapshot", "focus",
    "spotlight", "reaction", "reactions", "developing", "listen", "explained", "inside", "behind", "newsroom",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Words of an office, which a paragraph may open with before a dash and the holder's name (`Foreign Minister – Ali
# Sabry said ...`): no city's.
_OFFICE_WORDS = frozenset({"minister", "president", "ambassador", "secretary", "governor", "chairman", "chairwoman",
                           "chairperson", "spokesperson", "spokesman", "spokeswoman", "director", "envoy",
                           "commissioner", "chancellor", "mayor", "senator", "premier", "speaker", "chief", "consul",
                           "deputy", "counsellor"})
# Each word of a city written in title case: `Dubai`, `Abu Dhabi`, `Ho Chi Minh City`, `Bandar Seri Begawan`.
# `Dar es Salaam`, `Port of Spain`: a linking word in lower case between two.
_TITLED_PLACE = re.compile(r"[A-ZÀ-ÞÇĞİÖŞÜ][a-zà-ÿçğıöşü'’-]+"
                           r"(?:\s+(?:(?:de|da|do|dos|das|del|es|of|la|el)\s+)?[A-ZÀ-ÞÇĞİÖŞÜ][a-zà-ÿçğıöşü'’-]+){0,3}")
# What a news sentence does not open with after a colon: a quote (`We will ...`, `"...`), a question.
_NOT_NEWS_OPENING = re.compile(r"^(?:[\"“‘'(]|(?:I|We|Our|My|You|Your|It's|Here|How|Why|What|Who|When|Where)\b)")


def _is_titled_place(place: str) -> bool:
    """One to four title-case words, none a label, a month or a publisher (`Dubai:`, not `Update:` or `Reuters:`);
    with a linking word in lower case, a known place (`Dar es Salaam`, not `Ministry of Finance`)."""
    words = place.split()
    return (bool(_TITLED_PLACE.fullmatch(place)) and _may_be_place(place) and not _is_publisher_line(place)
            and not any(word.lower() in _LABEL_WORDS or word.lower() in _OFFICE_WORDS or month_number(word)
                        for word in words)
            and (place.casefold() in _known_places() or all(word[0].isupper() for word in words)))


def _is_news_sentence(text: str) -> bool:
    """A reported sentence: capitalised, six words or more, ending in a full stop; not a quote or a question."""
    return (text[:1].isupper() and not _NOT_NEWS_OPENING.match(text) and len(text.split()) >= 6
            and text.rstrip("\"'”’)").endswith("."))


# State news agencies known by their acronym, often alone on a line above the city (`QNA`, then `Doha`).
AGENCY_ACRONYMS = ("QNA", "WAM", "SPA", "KUNA", "BNA", "ONA", "MENA", "IRNA", "AZERTAC", "GNA", "NAN", "KNA", "ENA",
                   "VNA", "PNA", "CNA", "BSS", "SANA", "EFE", "ANSA", "DPA", "APS")
# A header line that is only a publisher's name: a news agency, or a masthead word among at most four words.
_PUBLISHER_LINE = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w&.'’-]*\s+){0,3}(?:Times|Post|News|Daily|Herald|Tribune|Star|Gazette|Journal|"
    r"Telegraph|Express|Chronicle|Observer|Standard|Mail|Insider|Monitor|Agency|Press|Wire|Globe|Inquirer|Guardian|"
    r"Independent|Courier|Dispatch|Bulletin|Diplomat|Online|Recorder|Vision|Today|Weekly)(?:\s+[A-Z][\w&.'’-]*){0,3}|"
    r"Reuters|Bernama|Xinhua|Kyodo|Yonhap|Antara|AFP|AP|TASS|PTI|ANI|IANS|Anadolu|Nikkei(?:\s+Asia)?|Al\s+Jazeera|"
    rf"{'|'.join(AGENCY_ACRONYMS)}|Kazinform|UzA|Montsame)$", re.I)
# `DAILY SABAH WITH AA`, `Hurriyet Daily News with AFP`: the paper, with the agency it took the story from (not the
# `and Mail` of `The Globe and Mail`).
_WITH_AGENCY = re.compile(r"\s+(?:with|and)\s+(?:AA|AFP|AP|Reuters|Bernama|Xinhua|Anadolu|PTI|ANI|IANS|Agencies|Wires|"
                          rf"{'|'.join(AGENCY_ACRONYMS)})$", re.I)
_NOT_PUBLISHER = {"news", "latest", "top", "breaking", "daily", "world", "business", "local", "national", "press",
                  "the", "times", "post", "online", "today"}


def _is_publisher_line(line: str) -> bool:
    """`DAILY SABAH`, `Arab News`, `The Jakarta Post` alone in the header: the publisher (not `World News`, nor the
    `Press Release` label, nor a desk of the paper: `Tribune Desk`, `Monitor Reporter`; `The Reporter` is one)."""
    if _CREDIT_LINE.match(line) or _spelt_out_acronym(line) or line.endswith(")") and _placed_masthead(line):
        return True
    words = line.lower().split()
    return (len(words) <= 4 and bool(_PUBLISHER_LINE.match(line)) and not _RELEASE_LABEL.match(line)
            and (not all(word in SECTION_LABELS or word in _NOT_PUBLISHER for word in words) or _is_the_paper(words))
            and not (len(words) > 1 and words[-1] in _DESK_CREDIT_WORDS and words[0] != "the"))


# Words of a section's or a feed's label that `The` does not make a paper's name: `The Latest News`, `Top News`.
_NOT_A_PAPER = frozenset({"latest", "top", "breaking"})


def _is_the_paper(words: list[str]) -> bool:
    """`The` and two words or more of a masthead, each also a section's word (`The Nation Online`, `The Business
    Times`): a paper's name, as `The` is never part of a section's label."""
    return len(words) >= 3 and words[0] == "the" and _NOT_A_PAPER.isdisjoint(words)


def _desk_of(line: str) -> str | None:
    """The paper a desk's byline names before its desk (`Daily News Reporter`, `Gulf Times Staff`): its name of two
    words or more, not a section's (`World News Desk`); `Tribune Desk` names only part of it, so no source."""
    words = line.split()
    if not 2 < len(words) <= 5 or words[-1].lower() not in _DESK_WORDS:
        return None
    name, first = " ".join(words[:-1]), words[0].lower()
    if first in SECTION_LABELS or first in _LABEL_WORDS or not _PUBLISHER_LINE.match(name):
        return None  # `World News Desk`, `Latest News Team`: a section's desk
    return _masthead(name)


# A paper's name and its home in brackets, as a syndicator credits it: `The Citizen (Dar es Salaam)`, `Daily Mirror
# (Sri Lanka)`.
_PLACED_MASTHEAD = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+"
                              r"\((?P<home>[A-Z][\w'’-]*(?:\s+(?:es|de|of)?\s*[A-Z][\w'’-]*){0,2})\)")


def _placed_masthead(line: str) -> str | None:
    """The paper's name of a header line of a name and its home city or country in brackets; the name no place
    itself (not `Nairobi (Kenya)`)."""
    found = _PLACED_MASTHEAD.fullmatch(line)
    if not found or not (_is_known_place(found.group("home")) or country_names().canonical(found.group("home"))):
        return None
    name = found.group("name")
    return None if _is_known_place(name) or country_names().canonical(name) else name


# The name before a date line's weekday (`Ahram Online , Wednesday 4 Sep 2024`) and the name that posted it
# (`Posted On: 20 AUG 2024 4:15PM by PIB Delhi`).
_NAME_BEFORE_WEEKDAY = re.compile(rf"^(?P<name>{_MASTHEAD_NAME})\s*,\s*{_WEEKDAY_NAME}\b")
_POSTED_BY = re.compile(r"\bby\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$")
# A desk of an agency: its acronym and the city of the office (`PIB Delhi`, `APP Islamabad`).
_AGENCY_OFFICE = re.compile(r"(?P<acronym>[A-Z]{2,6})\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _date_line_publisher(line: str) -> str | None:
    """The publisher a date line names: before its weekday when shaped as a publisher's name (`Ahram Online ,
    Wednesday 4 Sep 2024`, not a writer's `Ahmed Morsy , Tuesday ...`), or as who posted it: a publisher, or an
    agency's acronym with its office's city (`... by PIB Delhi`: PIB)."""
    before = _NAME_BEFORE_WEEKDAY.match(line) if "," in line else None
    if before and _is_publisher_line(before.group("name")):
        return _masthead(before.group("name"))
    posted = _POSTED_BY.search(line) if "by " in line else None
    if not posted:
        return None
    name = posted.group("name")
    office = _AGENCY_OFFICE.fullmatch(name)
    if office and _is_known_place(office.group("city")) and not country_names().canonical(office.group("acronym")):
        return office.group("acronym")
    return _masthead(name) if _is_publisher_line(name) else None


# The label of an official release, or of the ministry's section of them (`Press Releases`): what the page is,
# never its title nor its source.
_RELEASE_LABEL = re.compile(
    r"^(?:(?:joint\s+)?(?:press|media|news)\s+(?:release|statement|briefing|note)s?|for\s+immediate\s+release|"
    r"(?:kenyataan|siaran)\s+(?:media|akhbar)(?:\s+bersama)?|(?:joint\s+)?statement)\s*:?$", re.I)
# A government body issuing a release: `MINISTRY OF INVESTMENT, TRADE AND INDUSTRY`, `Embassy of Japan in Ankara`,
# `Ministry of Foreign Affairs – Kingdom of Jordan`.
_ISSUER_LINE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,3}(?:Ministry|Department|Embassy|Office|Consulate|High\s+Commission|"
    r"Secretariat|Presidency|Kementerian|Jabatan)(?:\s+(?:of|for)\s+[A-Z][\w'’,&\s–-]*)?$", re.I)
# The short words of a name written in title case in lower case: `Ministry of Investment, Trade and Industry`.
_NAME_LINK_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "at"})


def _release_issuer(header: list[str], kept: list[str]) -> str | None:
    """The body that issues a release: a header line shaped as a ministry's or an embassy's name, on a page
    labelled a release (`PRESS RELEASE`) or signed with the same name below the text."""
    labelled = any(_RELEASE_LABEL.match(line) or _is_labelled_title(line) for line in header)
    for line in header:
        words = len(line.replace(" – ", " ").split())  # `Ministry of X – Kingdom of Y`: the dash is no word
        if words <= 10 and _ISSUER_LINE.match(line) and (labelled or _signed_below(line, kept)):
            return line
    return None


def _signed_below(line: str, kept: list[str]) -> bool:
    """A header line repeated among the page's last three lines: the name that signs a release."""
    return line in kept[-3:] and kept.index(line) < len(kept) - 3


def _organisation_name(line: str) -> str:
    """An issuer's name in title case when written in capitals, its short linking words in lower case."""
    if not line.isupper():
        return line
    words = line.split()
    return " ".join(word.title() if index == 0 or word.lower() not in _NAME_LINK_WORDS else word.lower()
                    for index, word in enumerate(words))


SECTION_LABELS = {"world", "business", "politics", "economy", "news", "nation", "asia", "europe", "opinion",
                  "sports", "sport", "markets", "local", "national", "international", "middle east", "region"}
# One title-case word alone on a line: `Dawn` (one in capitals, `ISTANBUL`, is rather the dateline's city).
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
# Two or three title-case words, one of them an acronym: `TRT World`, `CNA Lifestyle`, `NHK World Japan`.
_ACRONYM_NAME = re.compile(r"(?=.*\b[A-Z]{2,4}\b)(?:[A-Z]{2,4}|[A-Z][a-z]+)(?:\s+(?:[A-Z]{2,4}|[A-Z][a-z]+)){1,2}")


def _masthead_word(kept: list[str], body_start: int) -> str | None:
    """A one-word line right between the title and the date line (or the dateline's city and date, a header line
    already read): the publisher (`Dawn`), unless it is a label (`Business`, `Analysis`), a month, a place or a
    country and its people (`Malaysia`, `Turkish`), or a word the story itself writes in lower case (`Trade`); or a
    name with a word of two parts (`MercoPress`, `The Hindu BusinessLine`) the body does not write."""
    for index in range(1, body_start - 1):
        line, title, date_line = kept[index], kept[index - 1], kept[index + 1]
        if not (len(title.split()) > 2 and (not date_line or parse_date_line(date_line))):
            continue
        if _ACRONYM_NAME.fullmatch(line) and _is_acronym_masthead(line):
            return line
        if _CAMEL_MASTHEAD.fullmatch(line) and not any(line in paragraph for paragraph in kept[body_start:]):
            return line
        if not _ONE_WORD.fullmatch(line):
            continue
        word = line.lower()
        names = country_names()
        if word in SECTION_LABELS or word in _LABEL_WORDS or month_number(word) or _is_city(line) \
                or names.canonical(line) or names.of_demonym(line):
            return None
        body = " ".join(kept[body_start:])
        return None if re.search(rf"\b{word}\b", body) else line
    return None


# A masthead of one to three words, the last of two parts that each read as a word: `MercoPress`, `The Hindu
# BusinessLine` (not a name like `McDonald`, whose first part is too short).
_CAMEL_MASTHEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][a-z]{3,}[A-Z][a-z]{2,}")
# One word of two or more parts, the first maybe in lower case: `BusinessLine`, `VietnamPlus`, `theSun`.
_CAMEL_CASE_WORD = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+)+")
# An acronym alone on the page's first line: `IOL`, `SCMP`.
_LONE_ACRONYM = re.compile(r"[A-Z]{2,4}")
# A header line that is only a site's domain: `Theedgemalaysia.com`, `www.thestar.com.my`.
_DOMAIN_LINE = re.compile(r"(?:www\.)?(?P<name>[A-Za-z][\w-]*)(?:\.[a-z]{2,3}){1,2}", re.I)


def _first_line_masthead(kept: list[str], header: list[str], bylines: list[str]) -> str | None:
    """The page's first line above the title (maybe with a menu and section labels between), when it is shaped as a
    publisher's name: the name the site's domain line spells, maybe without its `The` (`The Edge Malaysia` above
    `Theedgemalaysia.com`), one word of two or more parts (`BusinessLine`, `theSun`) or an acronym alone (`IOL`)
    that neither the title nor the body writes, an acronym and a word (`TRT World`), a name the header repeats as
    its byline (`Yeni Şafak English`) or signs with a dropped `By` line (`Türkiye Today` ... `By Türkiye Today`),
    or `The` and a name above the site's section labels (`The Malaysian Reserve` / `Economics` / the title)."""
    # The first line, the title at most four lines below it and two lines more are all read: no more menus are sought.
    lines = list(islice((ln for ln in kept[:_HEADER_LINES] if ln and not _is_menu(ln)), _LABELS_ABOVE_TITLE + 4))
    if len(lines) < 3 or lines[0] not in header:
        return None
    title_at = _title_below(lines, header)
    if not title_at:
        return None
    line = lines[0]
    letters = "".join(line.split()).lower()
    spellings = {letters, letters.removeprefix("the")}  # `thehindu.com`, `hanoitimes.vn`
    if any(found.group("name").lower() in spellings for ln in header if (found := _DOMAIN_LINE.fullmatch(ln))):
        return line
    if _named_again(line, lines[1:title_at + 3] + bylines) and _DESK_WORDS.isdisjoint(line.lower().split()):
        return line  # the masthead again as the byline (`Yeni Şafak English` ... `Yeni Şafak`), not `Our Bureau`
    if _header_words(line) <= 3 and line.lower() not in _MENU_WORDS and _site_sections_below(kept, lines[title_at]):
        return line  # `Malaysiakini` above `News | Columns | Letters` and `NEWS`
    if _CAMEL_CASE_WORD.fullmatch(line) or _LONE_ACRONYM.fullmatch(line) and _is_lone_acronym_masthead(line):
        return None if re.search(rf"\b{line}\b", " ".join(kept[1:])) else line
    if _THE_NAME.fullmatch(line) and (title_at > 1 or _is_menu(kept[1])):
        return line  # `The` and a name above labels or the site's menu (`The Africa Report` / `Home > Politics`)
    return line if _ACRONYM_NAME.fullmatch(line) and _is_acronym_masthead(line) else None


def _named_again(line: str, below: list[str]) -> bool:
    """The first line, or its first two words or more, stands again as a line below (a byline of the site)."""
    return _header_words(line) <= 4 and any(
        other == line or (_header_words(other) >= 2 and (line.startswith(other + " ") or other.startswith(line + " ")))
        for other in below)


def _site_sections_below(kept: list[str], title: str) -> bool:
    """Between the first line and the title, two or more of the site's menus or section labels."""
    between = kept[1:kept.index(title)] if title in kept else []
    return sum(1 for ln in between if _is_menu(ln) or ln.lower() in _MENU_WORDS) >= 2


# What sets the city a `By` line ends with apart from its writers: a comma or a dash between spaces.
_BYLINE_CITY = re.compile(r",|\s[–—]\s")


def _byline_city(bylines: list[str]) -> str | None:
    """The city a `By` line names after its writer (`By Guardian Reporter , Kigoma`, `By Our Correspondent,
    Islamabad`, `By Ana Rojas — Montevideo`): where the story was filed, as a dateline says; not a second writer's
    name."""
    for byline in bylines:
        city = _BYLINE_CITY.split(byline)[-1].strip() if "," in byline or "—" in byline or "–" in byline else ""
        if city and _is_city(city):
            return city
    return None


def _is_paper_shaped(line: str) -> bool:
    """`The` and a name (`The EastAfrican`, `The Peninsula`) or an acronym and a word (`KBC Digital`): the shape of a
    paper's name beside its byline or its date line."""
    return bool(_THE_NAME.fullmatch(line)) or bool(_ACRONYM_NAME.fullmatch(line)) and _is_acronym_masthead(line)


def _is_masthead_beside_byline(header: list[str], line: str, body: list[str]) -> bool:
    """A paper's name right below the byline, or right above it or the page's `Published:` line, in the header under
    the title (`Title` / `By JULIUS BARIGABA` / `The EastAfrican`): the writer's paper, unless it is a country, a known place or one the story is in or at
    (`talks in The Hague`)."""
    if line not in header[1:] or _header_words(line) > 3 or country_names().canonical(line) \
            or any(_is_known_place(name) for name in (line, line.removeprefix("The "))):
        return False
    place = re.compile(rf"\b(?:in|at|from)\s+{re.escape(line)}\b", re.I)
    return not any(place.search(paragraph) for paragraph in body)


# How far down the page a masthead's title, labels and byline are looked for.
_HEADER_LINES = 16
# `The` and one to three capitalised words: the shape of a paper's name (`The Malaysian Reserve`).
_THE_NAME = re.compile(r"The(?:\s+[A-Z][\w'’&.-]*){1,3}")
# How many section labels may stand between a masthead and the title.
_LABELS_ABOVE_TITLE = 3


def _title_below(lines: list[str], header: list[str]) -> int:
    """Where the title is below the page's first line: on the second line, or below up to three section labels
    (`IOL` / `Business Report` / the title); 0 when it is not."""
    for at in range(1, min(len(lines), _LABELS_ABOVE_TITLE + 2)):
        if lines[at] not in header:
            return 0
        if _header_words(lines[at]) > 2:
            return 0 if parse_date_line(lines[at]) else at
    return 0


# Words of a byline that credits a desk of a paper, not the paper: `ET Bureau`, `PTI Staff`.
_DESK_WORDS = frozenset({"bureau", "staff", "desk", "correspondent", "correspondents", "reporter", "team"})
# A desk's credit may also end with `Report` (`Post Report`, `Recorder Report`): no publisher's name either, but what
# stands before it is as often a section's name (`Star Business Report`) as the paper's, so it names no paper.
_DESK_CREDIT_WORDS = _DESK_WORDS | {"report"}


def _is_acronym_masthead(line: str) -> bool:
    """Its acronyms name no country (`UK Politics` is a section), its other words are not all places and it is
    not a desk's byline (`ET Bureau`)."""
    words = line.split()
    if not _DESK_WORDS.isdisjoint(word.lower() for word in words):
        return False
    acronyms = [w for w in words if w.isupper()]
    return not any(country_names().canonical(w) for w in acronyms) \
        and not all(_is_known_place(w) or country_names().canonical(w) for w in words if not w.isupper())


def _is_lone_acronym_masthead(line: str) -> bool:
    """An acronym that names no country or place (`UAE`, `KL`), nor a section (`NEWS`)."""
    lowered = line.lower()
    return not country_names().canonical(line) and lowered not in _known_places() \
        and lowered not in SECTION_LABELS and lowered not in _LABEL_WORDS


@dataclass
class _Byline:
    """What a header line of several parts states: `Business Standard | Hanoi`, `By Staff | Published: Feb 14`."""

    date: str | None = None
    source: str | None = None
    place: str | None = None


# A byline's credit of the writer's paper: `Reporter at Agência Brasil`, `Correspondent for The Hanoi Times`.
_REPORTER_AT = re.compile(rf"^(?i:(?:senior\s+|staff\s+|special\s+)?(?:reporter|correspondent|journalist|writer))"
                          rf"\s+(?i:at|for|with)\s+(?P<name>{_MASTHEAD_NAME})$")


def _is_long_byline(line: str) -> bool:
    """A header line of several parts too many words long for a heading, as a writer, two dates and their times make
    it: `By BRIAN OKOTH | Updated: 6th March 2024 9:15 pm | Published: 5th March 2024 6:40 pm`."""
    return len(line) <= _MAX_BYLINE and _ends_open(line) and _byline(line).date is not None


def _byline(line: str) -> _Byline:
    """The date, the source and the city a byline of several parts states, if it has them; a city only beside a
    date or a publisher (`Business Standard | Hanoi`, not `World | Business`)."""
    parts = _with_weeks_whole(_BYLINE_PARTS.split(line))
    if len(parts) < 2:
        return _Byline()
    # the day it was published before the day it was updated: `By X | Updated: Mar 6, 2024 | Published: Mar 5, 2024`
    dates = sorted((part for part in parts if parse_date_line(part)), key=lambda part: bool(UPDATE_LINE.match(part)))
    sources = [found.group(1).strip() for part in parts if (found := _SOURCE_LINE.match(part))]
    sources += [found.group("name") for part in parts if (found := _REPORTER_AT.match(part))]
    # a wire's name after `By` is its publisher too (`By Xinhua | Updated: 2024-03-05 10:22`), not a desk's
    # (`By Monitor Reporter`)
    publishers = [_BY_NAME.sub("", part) for part in parts if _REPORTER_AT.match(part) or _is_publisher_line(
        _BY_NAME.sub("", part)) and (part[:3].lower() != "by " or _DESK_WORDS.isdisjoint(part.lower().split()))]
    publishers = publishers or _paper_after_writer(parts)
    byline = _Byline(dates[0] if dates else None, sources[0] if sources else _masthead(publishers[0]) if publishers
                     else None)
    places = [part for part in parts if part not in publishers and _is_known_place(part)]
    if (byline.date or publishers) and len(places) == 1:
        byline.place = places[0]
    return byline


def _with_weeks_whole(parts: list[str]) -> list[str]:
    """A byline's parts with a week's span split at its dash joined again (`Week of 30 June` and `6 July 2025`): the
    week's end alone is no publication day."""
    for at in range(len(parts) - 1):
        if parts[at][:8].lower() == "week of " and not has_year_digits(parts[at]):
            return [*parts[:at], f"{parts[at]} – {parts[at + 1]}", *parts[at + 2:]]
    return parts


# One capitalised word: a paper's name after its writer's in a byline (`By Imran Mukhtar | Nation`).
_ONE_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _paper_after_writer(parts: list[str]) -> list[str]:
    """The paper a byline of two parts names after its writer (`By Imran Mukhtar | Nation`): one capitalised word
    that is no place, country, people, month, label or desk (not `By Staff | Islamabad`, `By AFP | Reporter`)."""
    if len(parts) != 2 or parts[0][:3].lower() != "by " or not _ONE_NAME_WORD.fullmatch(parts[1]):
        return []
    word, names = parts[1], country_names()
    if word.lower() in _LABEL_WORDS or word.lower() in _DESK_WORDS or month_number(word) or _is_city(word) \
            or names.canonical(word) or names.of_demonym(word):
        return []
    return [word]


# A masthead of an acronym and the name it stands for: `VIR - Vietnam Investment Review`.
_ACRONYM_DASH_NAME = re.compile(r"(?P<acronym>[A-Z]{2,6})\s+[-–—|:]\s+(?P<name>(?:[A-Z][\w'’.-]*\s*){2,6})")


def _spelt_out_acronym(line: str) -> str | None:
    """The name of a masthead that gives an acronym and spells it out (`VIR - Vietnam Investment Review`)."""
    found = _ACRONYM_DASH_NAME.fullmatch(line) if " " in line and line[:2].isupper() else None
    if not found:
        return None
    name = found.group("name").strip()
    return name if "".join(word[0] for word in name.split()) == found.group("acronym") else None


def _masthead(line: str) -> str:
    """The publisher a header line names, in title case: `DAILY SABAH WITH AA` -> `Daily Sabah`, `THE JAKARTA
    POST` -> `The Jakarta Post` (a short word in capitals is rather an acronym: `NST`)."""
    masthead = _spelt_out_acronym(line) or (line.endswith(")") and _placed_masthead(line)) \
        or _WITH_AGENCY.sub("", line).lstrip("—–- ")
    # beside words in lower case, a word of four capitals is an acronym too: `ZNBC Today`
    shortest = 3 if masthead.isupper() else 4
    return " ".join(word.title() if word.isupper() and (len(word) > shortest or word == "THE")
                    and word not in AGENCY_ACRONYMS else word for word in masthead.split())


# The agency in brackets, and maybe a dash, closing a dateline that a copy left on a line of its own:
# `Sofia, 14 March 2019 (BTA)`, `KUALA LUMPUR, Jan 8 (Bernama) --`.
_AGENCY_AT_END = re.compile(r"\s*\([A-Za-z][\w .&-]{1,30}\)\s*(?:—|–|--|-|:)?$")


def _placed_date(line: str) -> tuple[str, str] | None:
    """A header line of a city and a date, as (city, date): an upper-case city, or a title-case one that is no
    label or weekday, before a comma, maybe with the agency after the date; or an upper-case city and a space
    (`ISTANBUL Jul 23, 2025 - 3:12 pm`)."""
    if "(" in line and "," in line:
        line = _AGENCY_AT_END.sub("", line)
    placed = _PLACED_DATE.match(line) if "," in line else None
    if placed is not None and parse_date_line(placed.group("date")):
        place = placed.group("place")
        if place.isupper() or _is_known_place(place):
            return place, placed.group("date")
    return _caps_place_date(line) if line[:2].isupper() else None


# A header line of the dateline's city and a day without its year, alone above the body: `KATHMANDU, MARCH 24`,
# `NEW DELHI, Nov 3 (IANS) -`, `Nairobi, Monday, 6 May`.
_PLACED_DAY = re.compile(
    rf"(?P<place>[{_PLACE_CAPITAL}][\w.'’-]*(?:\s+[{_PLACE_CAPITAL}][\w.'’-]*){{0,3}}),\s+(?:{_WEEKDAY_NAME},?\s+)?"
    rf"(?P<date>(?:{MONTH_PATTERN}|{MONTH_PATTERN.upper()})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}|{MONTH_PATTERN.upper()})\.?)"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?\s*(?:—|–|--|-|:)?")
_MAX_PLACED_DAY = 60


def _placed_day(line: str) -> tuple[str, str, str | None] | None:
    """A dateline without its year on a line of its own, as (city, day, agency): an upper-case city or a known one
    (not a writer's `John Mwangi, March 24`). Its year is the article's to infer, as for a dateline opening the body."""
    found = _PLACED_DAY.fullmatch(line) if "," in line and len(line) <= _MAX_PLACED_DAY else None
    if not found:
        return None
    place = found.group("place")
    if not (place.isupper() and len(place) > 3 and place.lower() not in SECTION_LABELS or _is_known_place(place)):
        return None
    return place, _ORDINAL_DAY.sub("", found.group("date")), found.group("agency")


def _caps_place_date(line: str) -> tuple[str, str] | None:
    """One to three upper-case words, then a date line: `KUALA LUMPUR Jul 23, 2025`; not a date line itself
    (`UPDATED 23 JUL 2025`), nor a section's, a label's, a publisher's name or an acronym (`AA`) before the date."""
    if parse_date_line(line):
        return None
    words = line.split(" ")
    for count in range(1, min(4, len(words))):
        word = words[count - 1]
        if not (word.isupper() and word.isalpha()) or month_number(word) or word.lower() in _LABEL_WORDS:
            return None
        rest = " ".join(words[count:])
        if rest[:1].isalnum() and parse_date_line(rest):
            place = " ".join(words[:count])
            named = len(place) > 3 and place.lower() not in SECTION_LABELS and not _is_publisher_line(place)
            return (place, rest) if named else None
    return None


def _is_known_place(words: str) -> bool:
    """A title-case city of a header line is one only if it is known as a capital or a province: `Nairobi,
    Monday, 6 May 2024` and `Business Standard | Hanoi`, not a writer's `John Mwangi, Monday, 6 May 2024`."""
    return words.casefold() in _known_places() and _is_titled_place(words)  # the set lookup first: it is cheaper


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """The capitals and provinces of every country (countryinfo, pycountry), case-folded."""
    names: set[str] = {subdivision.name.casefold() for subdivision in pycountry.subdivisions}
    for info in CountryInfo.all().values():
        for key in ("capital", "provinces"):
            value = info.get(key) or []
            names.update(name.casefold() for name in ([value] if isinstance(value, str) else value)
                         if isinstance(name, str))
    return frozenset(names)


# Regions of the time zone database whose zones are named after a city (not `Etc/GMT`, `US/Eastern`, nor the bases
# of `Antarctica/`); and the names in them that are no city (`Australia/North`, `America/Virgin`).
_ZONE_REGIONS = frozenset({"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"})
_NOT_ZONE_CITIES = frozenset({"north", "south", "west", "east", "virgin", "christmas", "easter", "wake", "knox in"})


@lru_cache(maxsize=1)
def _zone_cities() -> frozenset[str]:
    """The cities the time zone database names its zones after (`Asia/Dubai`, `Asia/Karachi`, `Asia/Kolkata`),
    case-folded: the world's big cities that are neither a capital nor a province (empty without the database)."""
    try:
        zones = zoneinfo.available_timezones()
    except OSError:
        zones = set()
    cities = {zone.partition("/")[2].replace("_", " ").casefold() for zone in zones
              if zone.count("/") == 1 and zone.partition("/")[0] in _ZONE_REGIONS}
    return frozenset(city for city in cities if city not in _NOT_ZONE_CITIES)


def _is_city(words: str) -> bool:
    """A known place, or a city a time zone is named after, alone on a header line (`Dubai` above the page's
    `Published:` line is where the story was filed, not the publisher); not a country (`Qatar`, `Singapore`'s
    zone is its capital)."""
    if _is_known_place(words):
        return True
    return words.casefold() in _zone_cities() and _is_titled_place(words) and not country_names().canonical(words)


def _signed_off_place(kept: list[str]) -> tuple[str, str, list[str]] | None:
    """A release signed off with its place and date as its last lines (`Ulaanbaatar` above `May 17, 2015`, or
    `Seoul, 28 July 2022`), the way ministries date their statements: (place, date, the lines without the place)."""
    last = kept[-1]
    if len(last) > 60:
        return None
    placed = _placed_date(last)
    if placed:
        return placed[0], placed[1], kept[:-1]
    above = kept[-2]
    if len(above) <= 30 and parse_date_line(last) and (_is_known_place(above) or _is_known_place(above.title())):
        return above, last, kept[:-2] + kept[-1:]
    return None


def _asks_title(kept: list[str]) -> bool:
    """`Partners in the South China Sea?` above a date line: a title that asks, not the body's first sentence."""
    return (len(kept) > 1 and kept[0].endswith(("?", "!")) and len(kept[0].split()) <= 16
            and _is_dated_line(kept[1]))


def _is_dated_line(line: str) -> bool:
    """A date line, or a byline with its date in a part (`By Laura Cárdenas | Mexico News Daily | September 6,
    2019`): the line below a title."""
    return bool(parse_date_line(line)) or len(line) <= _MAX_BYLINE and "|" in line and _byline(line).date is not None


_LONG_TITLE_WORDS = 30


def _long_title_above_date(lines: list[str], kept: list[str]) -> bool:
    """The first line kept, with no closing mark, right above a date line (`Posted On: 20 AUG 2024 4:15PM by PIB
    Delhi`): a title however long, as a government release's headline runs past a heading's length."""
    top = list(islice(filter(None, lines), 2))
    return len(top) == 2 and bool(kept) and top[0] == kept[0] and _ends_open(top[0]) \
        and len(top[0].split()) <= _LONG_TITLE_WORDS and _is_dated_line(top[1])


def _is_place_line(line: str) -> bool:
    """`KUALA LUMPUR` alone above the body: a dateline on its own line."""
    words = line.split()
    return (1 <= len(words) <= 4 and line.upper() == line and any(c.isalpha() for c in line)
            and line.lower() not in SECTION_LABELS and not re.search(r"\d", line))


def _is_standfirst(kept: list[str], index: int) -> bool:
    """A long header line without closing punctuation right above the byline's date (`Gokhan Ergocun
    |14.05.2025`): the subtitle, not the body's first paragraph, however many words it has."""
    line = kept[index]
    if index + 1 >= len(kept) or line.rstrip("\"'”’)]").endswith((".", "!", "?", ":", ";", "…")):
        return False
    below = kept[index + 1]
    return len(below) <= _MAX_BYLINE and bool(parse_date_line(below) or _byline(below).date or _placed_date(below)
                                              or _placed_day(below))


_MAX_BYLINE = 120


_MENU_WORDS = frozenset({*SECTION_LABELS, "home", "search", "tv", "video", "videos", "special", "report", "reports",
                         "corporate", "economics", "lifestyle", "tech", "technology", "entertainment", "more",
                         "latest", "features", "columns", "podcasts", "property", "education", "health", "travel",
                         "culture", "science", "environment", "analysis", "world+biz", "subscribe", "epaper"})


def _is_menu(line: str) -> bool:
    """A site's menu or breadcrumbs: three or more short items between bars (`Home | Investing | Vietnam & World`),
    two or more between arrows (`Economy > Trade`), three or more between slashes from a section's name (`Home / News
    / National`), or a line in capitals mostly of section names (`HOME NEWS CORPORATE MARKETS WORLD TV`)."""
    # A separator's mark tested first: substring tests are far cheaper than the pattern, and most lines have none.
    marked = "|" in line or ">" in line or "›" in line or "»" in line or " / " in line
    separated = _MENU_SEPARATOR.search(line) if marked else None
    if (separated is None and not line.isupper()) or _DIGIT.search(line):
        return False
    if separated:
        items = line.split(separated.group())
        return len(items) >= _MENU_ITEMS.get(separated.group(), 2) and all(_header_words(item) <= 3 for item in items) \
            and (separated.group() != " / " or items[0].lower() in _MENU_WORDS)
    words = line.split()
    return len(words) >= 5 and 2 * sum(word.lower() in _MENU_WORDS for word in words) >= len(words)


# What parts a menu's items (three or more between bars) or breadcrumbs (two or more between arrows, three or more
# between slashes from a section's name: `Home / News / National`, not a photo's `AA / Emin Sansar`).
_MENU_SEPARATOR = re.compile(r" [|>›»/] ")
_MENU_ITEMS = {" | ": 3, " / ": 3}
_DIGIT = re.compile(r"\d")


def _header_words(line: str) -> int:
    """The words of a header line, not counting an ampersand: `Vietnam & World` is a two-word section label."""
    words = line.split()
    return len(words) - words.count("&")  # counted in C, not by a generator


def _is_header_place(kept: list[str], header: list[str], place: str) -> bool:
    """A word in capitals alone on a line is the dateline's city below the title; above it, only a known city
    (`ISTANBUL`) is, another word is the section (`DEFENSE`)."""
    titles = [ln for ln in header if _header_words(ln) > 2 and ln != place]
    return not titles or kept.index(place) > kept.index(titles[0]) or _is_known_place(place.title())


# How many lines below the lede may still be the page's date and publisher (`RIYADH: ...`, then `Updated 27 April
# 2025`, `ARAB NEWS`).
_LINES_BELOW_LEDE = 4


def _read_lines_below_lede(article: CleanArticle, lines: list[str]) -> None:
    """The date line and the publisher a page prints below the lede, when the header above it gave none."""
    for line in lines:
        if len(line) < 40 and parse_date_line(line):
            article.date_line = article.date_line or line
        elif _is_heading(line) and _is_publisher_line(line):
            article.source = article.source or _masthead(line)


# A footer about the publisher's own site or journalism: `Anadolu Agency website contains only a portion of the
# news stories ...`, `Support PREMIUM TIMES' journalism of integrity`.
_OWN_SITE = re.compile(rf"^(?:(?P<name>{_MASTHEAD_NAME})(?:'s|’s)?\s+(?:website|web\s+site|site|portal)\b|"
                       rf"Support\s+(?P<supported>{_MASTHEAD_NAME})(?:'s|’s|'|’)\s+journalism\b)")


def _names_own_site(line: str, article: CleanArticle) -> bool:
    """A footer line naming the publisher: its name is the source, the line no body text."""
    found = _OWN_SITE.match(line) if ("site" in line or "journalism" in line) else None
    name = found and (found.group("name") or found.group("supported"))
    if not name or not _is_publisher_line(name):
        return False
    article.source = article.source or _masthead(name)
    return True


# A note below an article about where it first ran, who wrote it or whose views it gives: `This article was first
# published by The Conversation`, `The writer is a senior lecturer at ...`, `*The author is ...`, `The views expressed
# are the writer's own`, `Originally published in ...`.
_FOOTER_NOTE = re.compile(
    r"[*—–(\s-]*(?:this\s+(?:article|story|piece|report|column|op-ed|commentary|interview)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+)?(?:(?:first|originally)\s+)?(?:published|posted|appeared)\b|"
    r"(?:originally|first)\s+(?:published|appeared|posted)\s+(?:in|on|by|at)\b|"
    r"the\s+(?:writer|author|columnist)s?\s*(?:,[^,]{2,60},\s*)?(?:is|are|was|were)\b|"
    r"(?:the\s+)?(?:views|opinions)\s+expressed\b)", re.I)
# A word every such note has, looked for first in the last lines together: most articles end without one.
_FOOTER_WORDS = ("ublished", "ppeared", "posted", "writer", "author", "columnist", "expressed")
# How many of the last lines a footer note is looked for among, and in how many characters of each its words stand.
_FOOTER_LINES = 3
_FOOTER_HEAD = 40


# The label of a box that sums a story up in bullet lines above its body (`Key points:`, `At a glance`, `Highlights`,
# `In brief`): the lines repeat the body's facts, and are no sentences of the story.
_SUMMARY_BOX_LABEL = re.compile(r"(?i:key\s+(?:points|takeaways|facts)|(?:story\s+)?highlights|at\s+a\s+glance|"
                                r"in\s+(?:brief|short)|takeaways|summary)\s*:?")
_MAX_BOX_LABEL = 20  # characters: the longest label
_SUMMARY_BOX_REACH = _HEADER_LINES  # a box stands at the top of the story, among the lines a header may fill


def _without_summary_box(lines: list[str]) -> list[str]:
    """The lines without a summary box near the top: its label and the items marked as a list's (`* Two-way trade hit
    $8.9 billion`) right below it, up to the first line that is no item (the story's first paragraph). A label with
    no item below it (a menu's `Highlights`) is left alone."""
    for index, line in enumerate(lines[:_SUMMARY_BOX_REACH]):
        if len(line) <= _MAX_BOX_LABEL and _SUMMARY_BOX_LABEL.fullmatch(line):
            end = index + 1
            while end < len(lines) and _ITEM_MARK.match(lines[end]):
                end += 1
            if end > index + 1:
                return lines[:index] + lines[end:]
    return lines


def _without_footer_notes(lines: list[str]) -> list[str]:
    """The lines without the notes below the article about where it first ran and who wrote it: among its last lines
    only, as the same words in the story's text (`the author is expected to ...`) are its own."""
    start = max(len(lines) - _FOOTER_LINES, 1)
    # the openings of the lines, where a note's words stand, tested for them: far cheaper than a pattern's search
    heads = " ".join(line[:_FOOTER_HEAD] for line in lines[start:]).lower()
    if not any(word in heads for word in _FOOTER_WORDS):
        return lines
    return lines[:start] + [line for line in lines[start:] if not _FOOTER_NOTE.match(line)]


# KUNA's end mark and the editor's initials after it: `... in November 2022. (end) mt`.
_END_MARK = re.compile(r"\s*\((?:end|END|End)\)(?:\s+[\w/.]{1,12}){0,2}\s*$")


# A teaser a page ran into the end of a paragraph: `... Lusaka said. Also read: Zambia signs power deal`.
_INLINE_TEASER = re.compile(r"[.!?”\"]\s+(?i:also\s+read|read\s+(?:also|more)|see\s+also)\s*[:|]")


def _without_inline_teaser(paragraph: str) -> str:
    """The paragraph without another story's teaser after its last sentence: that headline is no text of the story
    (a colon or a bar, and `read` or `also`, are looked for first, as most paragraphs lack them)."""
    if ":" not in paragraph and "|" not in paragraph or not ("ead" in paragraph or "EAD" in paragraph
                                                             or "lso" in paragraph or "LSO" in paragraph):
        return paragraph
    found = _INLINE_TEASER.search(paragraph)
    return paragraph[:found.start() + 1] if found else paragraph


# A mark a story closes with after its last sentence: a square or a bullet (`... in 1964. ■`), a release's `-- ENDS`
# or `-ENDS-`, a desk's initials after a slash (`... said. /nm`).
_CLOSING_MARK_REACH = 16  # characters: the longest mark and its spaces
_CLOSING_MARK = re.compile(r"(?<=[.!?”\"’)])\s*(?:[■▪◼□●]|[-–—]+\s*(?:ENDS?|Ends?)\s*[-–—]*|/[a-z]{1,4})\s*$")


def _without_end_mark(paragraph: str) -> str:
    """`... on June 7, 1978./.`, `... in November 2022. (end) mt`, `... in 1964. ■`: a wire's end mark after the last
    full stop is no text, nor are the initials after it."""
    if paragraph.endswith("./."):
        return paragraph[:-2]
    if paragraph[-1:] not in '.”"':  # most paragraphs end with their stop; a mark is read in the last characters
        closing = _CLOSING_MARK.search(paragraph, max(0, len(paragraph) - _CLOSING_MARK_REACH))
        if closing:
            return paragraph[:closing.start()]
    # A bracket first: one character is looked for far faster than three, and most paragraphs have none.
    found = _END_MARK.search(paragraph) if ")" in paragraph and ("nd)" in paragraph or "ND)" in paragraph) else None
    return paragraph[:found.start()] if found else paragraph


# Spaces other than the plain one that pasted and saved text carries: the no-break space, the narrow no-break space
# French and some CMSs put inside amounts (`US$ 1.2 billion`), the thin, figure and other fixed-width spaces.
_OTHER_SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000"
# Invisible characters inside words: the soft hyphen, the zero-width space, non-joiner, joiner and word joiner, and a
# byte-order mark that a copy left in the text. Each is deleted, so that `Mala\u00adysia` reads `Malaysia`.
_INVISIBLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


# Line breaks other than `\n`: the line and paragraph separators that text pasted from a word processor or a web page
# may carry, and the next-line character of old encodings.
_OTHER_LINE_BREAKS = "\u2028\u2029\x85"


def _line_breaks(text: str) -> str:
    """Every line break as `\n`: Windows' `\r\n`, a lone `\r` (old Mac files) and the Unicode separators."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and ("\u2028" in text or "\u2029" in text or "\x85" in text):
        for line_break in _OTHER_LINE_BREAKS:
            text = text.replace(line_break, "\n")
    return text


def _single_spaced(text: str) -> str:
    """Each run of spaces, tabs, no-break, thin or other fixed-width spaces as one space, and no invisible character
    (str.replace is many times faster than a regex here, which would rewrite every single space)."""
    text = text.replace("\t", " ")
    if not text.isascii():
        # One scan for each character, cheaper than a regex search for any of them: replacing by a space returns the
        # text itself when the space is absent, but deleting counts first, slowly, so an invisible is looked for.
        for space in _OTHER_SPACES:
            text = text.replace(space, " ")
        for invisible in _INVISIBLES:
            if invisible in text:
                text = text.replace(invisible, "")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


# Text saved or mailed with its lines wrapped at a fixed width (72, 76, 80 columns): a paragraph is broken over several
# lines by single newlines. Such text has no line longer than the width, and most of its full lines stop mid-sentence;
# text with one paragraph a line has many lines longer than any wrap width, or full lines that end a sentence.
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40
MIN_WRAPPED_LINES = 4  # full lines that stop mid-sentence: fewer is a short note, not wrapped prose
_WRAP_SLACK = 20  # a full line is at most this much shorter than the widest one
_SENTENCE_END = (".", "!", "?", ":", ";", "…", '"', "”", "’", "'", ")")
# A line that opens an item of a list, which is never the continuation of the line above: `- Exports ...`, `• ...`.
_LIST_ITEM = re.compile(r"[-–—•*·▪►]\s")


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text's lines are wrapped at, or None if they are not wrapped."""
    width = max(map(len, lines), default=0)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    full = [line.rstrip() for line in lines if len(line) >= width - _WRAP_SLACK]
    open_ended = sum(1 for line in full if not line.endswith(_SENTENCE_END))
    return width if open_ended >= MIN_WRAPPED_LINES and 2 * open_ended >= len(full) else None


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines wrapped at a fixed width joined back into their paragraphs. A line continues the one above when the
    first word of it would not have fitted there (the way text is wrapped), it is not indented (an indented line opens
    a paragraph) and it opens no item of a list; a word broken at its hyphen is joined without a space. Above the
    first sentence's end, in the header, a date line or a byline stays apart from a long headline."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    above = ""  # the line above as it was laid out, before it was joined to its paragraph
    header = True
    for line in lines:
        word = line.split(None, 1)[0] if line.strip() else ""
        if above.strip() and word and not line[:1].isspace() and not _LIST_ITEM.match(line) \
                and len(above) + 1 + len(word) > width and not (header and _is_header_line(line.strip())):
            previous = out[-1]
            hyphen = previous.endswith("-") and previous[-2:-1].isalpha() and word[:1].isalpha()
            out[-1] = previous + line.rstrip() if hyphen else f"{previous} {line.rstrip()}"
        else:
            out.append(line.rstrip())
        above = line.rstrip()
        header = header and not above.rstrip("\"'”’)").endswith((".", "!", "?"))
    return out


# A header line crediting the story's staff by their job: `Translator: Dewi Elvia Muthiariny Editor: Laila Afifa`.
_STAFF_LINE = re.compile(r"^(?i:reporter|editor|translator|writer|author|photographer|contributor)s?\s*:\s*[A-Z]")


# A photo's credit alone on a line, which a wrapped header keeps apart from the headline above it: `REUTERS/Akhtar
# Soomro/File Photo`, `(AFP/Getty Images)`, `AA/Emin Sansar`.
_AGENCY_PHOTO_CREDIT = re.compile(r"\(?(?i:reuters|afp|ap|epa(?:-efe)?|getty\s+images|xinhua|bernama|aa|"
                                  r"anadolu(?:\s+agency)?)(?:\s*/\s*[^/()]{2,40}){1,3}\)?")


def _is_header_line(line: str) -> bool:
    """A date line, a byline, a credit of the staff, the publisher's name, a dateline or another line of the page
    that is never the rest of a headline (a date that ends a sentence, `28 July 2022.`, is the rest of the first
    paragraph)."""
    if _PAGE_LINE.match(line) or _STAFF_LINE.match(line) or _is_publisher_line(line) \
            or _dateline(line, False, False) or _placed_day(line) \
            or ("/" in line and _AGENCY_PHOTO_CREDIT.fullmatch(line)):
        return True
    return len(line) < _MAX_BYLINE and not line.endswith(".") and bool(parse_date_line(line) or _byline(line).date)


# A photo's credit closing its caption: `... in Makati City on Wednesday. (DTI photo)`, `(Photo: INAC)`,
# `(Photo courtesy of DTI)`, `— Bernama pic`, `REUTERS/Hasnoor Hussain/File Photo`.
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:[^()]{0,40}\s)?(?i:photos?|pics?|picture|image|file)(?:\s[^()]{0,40}|:[^()]{1,40})?\)"
    r"|\s[—–-]\s*(?:[\w.]+\s+)?(?i:photos?|pics?)(?::\s*[^.]{2,40})?"
    # East African papers' `PHOTO | STATE HOUSE`, `Photo/Courtesy`, and `| Photo: State House`
    r"|\s(?i:photos?|pics?)\s*[|/]\s*[A-Z][^.|/]{1,40}|\s\|\s*(?i:photos?|pics?)\s*:\s*[^.|]{2,40}"
    r"|\((?:REUTERS|Reuters|AFP|AP|Xinhua|Bernama|AA)/[A-Z][\w .'’-]+(?:/(?i:file photo))?\)"
    r"|\b(?:REUTERS|AFP)/[A-Z][\w .'’-]+(?:/(?i:file photo))?)\.?\s*$")


# A photo's credit alone on its line, above its caption: `Photo: Bernama`, `(Photo: AA)`, `PHOTO | STATE HOUSE`,
# `Photo credit: Akorda`, `Pic/Courtesy`.
_LONE_PHOTO_CREDIT = re.compile(r"\(?(?i:photos?|pics?|pictures?|images?|file\s+photo)(?:\s+(?i:credit|courtesy))?"
                                r"\s*[:|/]\s*(?:[^\s()]+\s*){1,5}\)?")
# The places of those shown in a photo, which only a caption gives: `(right)`, `(second left)`, `(L-R)`, `from left`.
_PHOTO_POSITION = re.compile(r"\((?:(?:second|third|fourth|far|front|back)\s+)?(?:left|right|centre|center|L|R|L-R)\)"
                             r"|\bfrom\s+left\b")
# A finite verb of a reported sentence: a past tense, a modal, a verb of saying. A caption tells what the photo shows
# in the present or without a verb (`President X and President Y at the ceremony on Friday.`).
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|met|held|took|rose|fell|grew|was|were|has|have|had|will|would|"
                             r"could|should|can|may|[a-z]{2,}ed)\b")
MAX_CAPTION_WORDS = 40
# Marks that open or close a quotation (not the apostrophe of a possessive, `Malaysia’s`).
_QUOTATION_MARKS = "\"“”«»"
MIN_BODY_WORDS = 8  # a paragraph of the body above the photo: a caption is not the lede


def _is_caption_below_credit(line: str, kept: list[str]) -> bool:
    """The line right below a photo's credit alone is its caption when, below a paragraph of the body, it is one
    sentence ending with a full stop that places those shown (`(right)`) or reports nothing: no verb of a past, of a
    future or of saying, no quotation (`Aripov said ...` below `Photo: gov.kg` is the body again)."""
    if not line.endswith(".") or len(line.split()) > MAX_CAPTION_WORDS or len(split_sentences(line)) > 1 \
            or any(mark in line for mark in _QUOTATION_MARKS):
        return False
    if not any(len(above.split()) >= MIN_BODY_WORDS and not _ends_open(above) for above in kept):
        return False
    return bool(_PHOTO_POSITION.search(line)) or not _REPORTING_VERB.search(line)


def _is_photo_caption(paragraph: str) -> bool:
    """A caption that the page kept in the body: it ends with the photo's credit (the last words are checked
    for a credit's word first)."""
    end = paragraph[-60:].lower()
    # A chain of substring tests rather than a generator over a tuple: this runs on every paragraph.
    credited = "photo" in end or "pic" in end or "image" in end or "file" in end or "/" in end
    return credited and bool(_PHOTO_CREDIT.search(paragraph[-120:]))


# A paragraph's number in a release: `1. Malaysia and Türkiye have ...`, `2) The agreement ...`.
# The letter after the number is any capital (`6. Çavuşoğlu told ...`), which the code checks.
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[\"“‘(]?(?P<letter>[^\W\d_]))")


def _without_paragraph_number(paragraph: str) -> str:
    """A numbered paragraph without its number, which is no sentence nor part of one."""
    found = _PARAGRAPH_NUMBER.match(paragraph) if paragraph[:1].isdigit() else None
    return paragraph[found.end():] if found and found.group("letter").isupper() else paragraph


# The mark of an item of a list written one a line: a dash or bullet, a number or a letter (`- `, `3. `, `b) `).
_ITEM_MARK = re.compile(r"(?:[-–—•*·▪►]|\d{1,2}[.)]|\(?[a-h][.)])\s+(?=\S)")


# The first word and the words of a lead-in to the page's other stories, whose list is teasers: `More from ...:`,
# `Follow us on social media:`, `You might be interested in these stories:` (not `... more than 20 documents,
# including:` nor `... in areas of mutual interest, such as:`).
_TEASER_OPENINGS = frozenset({"more", "also", "related", "read", "trending", "latest", "top", "recommended", "popular",
                              "watch", "follow", "don't", "don’t"})
_TEASER_WORDS = frozenset({"interested", "stories", "headlines", "recommended", "trending"})


def _opens_list(paragraph: str) -> bool:
    """A paragraph whose colon opens a list below it (`According to the report, the documents signed included:`):
    two words or more, not a lead-in to the page's other stories (`Top stories:`, `You may also be interested in:`)."""
    if not paragraph.endswith(":"):
        return False
    words = paragraph.split()
    return len(words) >= 2 and words[0].lower() not in _LABEL_WORDS and not _opens_teasers(paragraph)


def _opens_teasers(paragraph: str) -> bool:
    """A lead-in to the page's other stories: `You might be interested in these stories:`."""
    return paragraph.endswith(":") and (paragraph.split(None, 1)[0].lower() in _TEASER_OPENINGS
                                        or not _TEASER_WORDS.isdisjoint(word_set(paragraph)))


def _teasers(paragraphs: list[str]) -> set[int]:
    """Where a lead-in to other stories and the items of its list stand: none of it is the story, not even an item
    with a figure (`- Chile, Peru trade hits $5 billion in 2024`), which a list of the story's figures keeps."""
    dropped: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if index - 1 in dropped and _ITEM_MARK.match(paragraph) or paragraph[-1:] == ":" and _opens_teasers(paragraph):
            dropped.add(index)
    return dropped


# A heading of a table of trade figures written one row a line: a lead-in with a colon that names a flow of trade
# (`Top exports to Kenya in 2024:`, `Main imports from China (2023):`), not a lead-in to the page's other stories.
_TABLE_HEADING = re.compile(r"\b(?i:exports?|imports?|trade|shipments|investments?)\b")
# The most words of a table's heading and of a row's label (`Electrical and electronic goods`).
_TABLE_HEADING_WORDS = 16
_ROW_LABEL_WORDS = 6
# What may follow a row's amount: its share or change in brackets, a stop.
_ROW_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\.?\s*$")
# A row's label: capitalised words and their links, then its colon or the spaces of a column.
_ROW_LABEL = re.compile(r"[A-Z][\w&'’/,-]*(?:\s+[\w&'’/,()-]+)*?\s*:?\s*$")


def _table_row(line: str) -> tuple[str, str] | None:
    """A row of a table written one a line: a label and one amount ending it, with or without a colon between
    (`Palm oil: US$1.2 billion`, `Electrical goods  US$850 million`); its label and amount, else None."""
    amounts = find_money(line) if len(line) <= 120 else []
    if len(amounts) != 1:
        return None
    label, amount = line[:amounts[0].start], amounts[0]
    if not _ROW_END.match(line, amount.end) or not _ROW_LABEL.fullmatch(label) \
            or len(label.split()) > _ROW_LABEL_WORDS:
        return None
    return label.strip(" :"), line[amount.start:].rstrip(". ")


def _heads_teasers(heading: str) -> bool:
    """A lead-in to the page's other stories, though it names trade (`More trade stories:`, `Related: trade`); a
    table's `Top` opens both (`Top exports to Kenya in 2024:`)."""
    opening = heading.split(None, 1)[0].lower()
    return opening != "top" and _opens_teasers(heading)


def _table_rows(paragraphs: list[str]) -> list[str]:
    """Tables of figures written one row a line under their heading, each row read as one sentence with it
    (`Top exports to Kenya in 2024:` and `Palm oil: US$1.2 billion` are `Top exports to Kenya in 2024 – Palm oil:
    US$1.2 billion.`): a row alone says neither the flow nor the period of its amount, and a heading alone opens
    no list a reader of the story needs (one that begins like the page's teasers, `Top ...:`, is dropped as one)."""
    out: list[str] = []
    heading: str | None = None
    for paragraph in paragraphs:
        row = _table_row(paragraph) if heading else None
        if heading and row:
            if out and out[-1] == heading:
                out.pop()
            out.append(f"{heading[:-1]} – {row[0]}: {row[1]}.")
            continue
        heading = paragraph if paragraph.endswith(":") and len(paragraph.split()) <= _TABLE_HEADING_WORDS \
            and _TABLE_HEADING.search(paragraph) and not _heads_teasers(paragraph) else None
        out.append(paragraph)
    return out


def _numbered_items(lines: list[str]) -> list[str]:
    """Paragraph numbers dropped, but for the items of a list a colon opens (`The documents signed include:` then
    `3. Memorandum of understanding on combating narcotics trafficking`): they are written as dash bullets, the form
    the readers of lists know (and `_teasers` drops), for an item's number is no sentence of its own. A list goes on
    while its items are numbered (not into `6. President X thanked ...` below the lettered items of a numbered
    paragraph)."""
    out: list[str] = []
    listed = False
    for line in lines:
        found = _PARAGRAPH_NUMBER.match(line) if line[:1].isdigit() else None
        listed = found is not None and (listed or bool(out) and out[-1].endswith(":"))
        out.append(f"- {line[found.end():]}" if listed and found else _without_paragraph_number(line))
    return out


def _kept_items(paragraphs: list[str]) -> set[int]:
    """Where the items of lists a colon opens stand: kept however short, as an item is no heading (`- Memorandum of
    understanding on energy and mining`)."""
    kept: set[int] = set()
    for index in range(1, len(paragraphs)):
        paragraph = paragraphs[index]
        if paragraph[:1] in "-–—•*·▪►(abcdefgh" and _ITEM_MARK.match(paragraph) \
                and (index - 1 in kept or _opens_list(paragraphs[index - 1])):
            kept.add(index)
    return kept


# A syndicator's credit of the paper it took the story from, opening the body: `(MENAFN- Gulf Times) Doha: ...`.
_SYNDICATED = re.compile(r"^\((?P<wire>[A-Z]{3,10})\s*[-–—]\s*(?P<name>[A-Z][^()]{1,40})\)\s*(?=\S)")


# The heading of a press release's boilerplate about its issuer, which closes the release (`About the Kenya Investment
# Authority`, `About JETRO`): title-case words only, not a story's subheading (`About the deal`); and how many body
# paragraphs stand above it at least.
_ABOUT_HEADING = re.compile(r"About\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’()-]*|of|and|for|the|in|&)){0,8}")
_ABOUT_AFTER = 2


# The `By` before a writer's or a site's name on a byline line that is dropped as furniture.
_BY_NAME = re.compile(r"^by\s+", re.I)
# A heading that names whom an interview below is with (`Interview: Tajik Ambassador Davlatsho Gulmakhmadzoda`,
# `Q&A with ...`): kept in the body, as it is where the speaker of the answers is named.
_INTERVIEW_HEADING = re.compile(
    r"^(?i:(?:exclusive\s+)?interview|q\s?&\s?a|in\s+conversation)(?:\s*[:|–—-]\s*|\s+with\s+)(?=[A-Z])")
# An item of a list that gives a figure, short and unpunctuated as a heading is: `- Exports to Georgia: $398.4 million`.
_LISTED_FIGURE = re.compile(r"^[-–•*·]\s[^\d]*\d")


# Words a headline never ends with: a headline broken over two lines after one of them goes on below.
_OPEN_ENDS = frozenset({"a", "an", "the", "and", "or", "but", "to", "of", "on", "in", "for", "with", "at", "as", "by",
                        "from", "into", "over", "after", "amid", "its", "their", "his", "her"})


def _whole_title(kept: list[str], header: list[str], title: str) -> str:
    """A headline the page broke over two lines, read whole: the header line right below it goes on with it when the
    headline stops on a comma or a word no headline ends with (`Pakistan, Malaysia agree to boost trade,` / `sign MoU
    on halal certification`), or when that line opens in lower case with three words or more (not a masthead: `bne
    IntelliNews`)."""
    at = kept.index(title)
    below = kept[at + 1] if at + 1 < len(kept) else ""
    if not below or below not in header or _header_words(title) + _header_words(below) > _MAX_TITLE_WORDS:
        return title
    last = title.rsplit(None, 1)[-1].lower()
    if title.endswith(",") or last in _OPEN_ENDS or below[:1].islower() and _header_words(below) > 2:
        return f"{title} {below}"
    return title


_MAX_TITLE_WORDS = 30


def _without_country_label(title: str) -> str:
    """A headline without the country label a syndicator files it under (`Tanzania: Tanzania, Mozambique Sign Deal
    ...`), which names no party of the story; a label of more words (`Malaysia-Türkiye trade: ...`) stays."""
    label, colon, rest = title.partition(": ")
    if colon and len(label) <= 40 and len(rest.split()) >= 3 and country_names().canonical(label):
        return rest
    return title


def clean(text: str) -> CleanArticle:
    """Split a raw article into its body paragraphs and header fields."""
    # Lines are unwrapped as they were laid out, before their runs of spaces (an indent) are made one space.
    text = "\n".join(_unwrapped(_line_breaks(text).split("\n")))
    lines = [line.strip() for line in _single_spaced(text).split("\n")]
    kept: list[str] = []
    source = None
    published_line = None
    bylines: list[str] = []
    # the line right below a `By` line or right above the page's `Published:` line, maybe the writer's paper
    paper_line = None
    after_byline = False
    below_credit = False  # the line above was a photo's credit alone, which stands above its caption
    release_place = None  # the place of a release's date line (`June 12, 2025 – Manila, Philippines – ...`)
    for line in lines:
        if not line:
            continue
        if after_byline and _is_paper_shaped(line):
            paper_line = paper_line or line
        after_byline = False
        if below_credit:
            below_credit = False
            if _is_caption_below_credit(line, kept):
                continue
        release = _release_date_line(line) if len(kept) <= _RELEASE_LINE_WITHIN and line[:1].isalnum() else None
        if release:
            published_line = published_line or release.group("date")
            source = source or release.group("issuer")
            release_place = release_place or release.group("place")
            continue
        if not (_may_be_page_line(line) and _PAGE_LINE.match(line)):
            if line[:1] in "(P" and _LONE_PHOTO_CREDIT.fullmatch(line):  # `(Photo: AA)`, `PHOTO | STATE HOUSE`
                below_credit = True
                continue
            kept.append(line)
            continue
        if _END_MARKERS.match(line) and kept:
            break
        if _PUBLISHED_LINE.match(line):
            if parse_date_line(line):
                published_line = published_line or line
                source = source or _date_line_publisher(line)
                if kept and _is_paper_shaped(kept[-1]):
                    paper_line = paper_line or kept[-1]  # `The Peninsula` / `Published: 05 Mar 2024 - 8:15 pm`
                continue
            credit = _PUBLISHED_IN.match(line)
            if credit:
                source = source or credit.group("name")
                continue
        source_match = _SOURCE_LINE.match(line)
        if source_match and "|" in line:
            # Xinhua's `Source: Xinhua| 2024-03-05 10:12:00|Editor: huaxia`: the source and the date, each a part
            parts = _byline(line)
            if parts.date:
                source = parts.source or source
                published_line = published_line or parts.date
                continue
        if source_match:
            source = _EDITOR_CODE.sub("", source_match.group(1).strip())
            continue
        if _FURNITURE.match(line):
            below_credit = _LONE_PHOTO_CREDIT.fullmatch(line) is not None  # `Photo: Bernama`
            if _BY_NAME.match(line):
                bylines.append(_BY_NAME.sub("", line))
                after_byline = True
                if kept and _is_paper_shaped(kept[-1]):
                    paper_line = paper_line or kept[-1]  # `KBC Digital` / `By Mary Wambui, Addis Ababa`
            continue
        kept.append(line)
    kept = _without_summary_box(_without_footer_notes(kept))
    article = CleanArticle(paragraphs=[], source=source)
    title_asks = _asks_title(kept) or _long_title_above_date(lines, kept)
    body_start = 0
    date_line = None
    standfirst = None
    for index, line in enumerate(kept):
        inline = _INLINE_DATE.match(line)
        if inline:
            date_line = inline.group(1)
            kept[index] = line[inline.end():]
            line = kept[index]
            if not line:
                continue
        placed = _placed_date(line)
        if placed:
            article.dateline_place, placed_date = placed
            date_line = date_line or placed_date
            kept[index] = ""  # a header line, never the title
            continue
        placed_day = _placed_day(line)
        if placed_day:
            article.dateline_place, article.dateline_date, agency = placed_day
            article.agency = article.agency or agency
            kept[index] = ""
            continue
        if parse_date_line(line):
            byline = _byline(line)
            # a byline's part that says the page was updated is the date line, so that a dateline's day a little
            # before it stays the publication's (`By Monitor Reporter | Updated: 2019-11-06 08:40`)
            date_line = date_line or (byline.date if byline.date and UPDATE_LINE.match(byline.date) else line)
            # `Anadolu Agency | 17.05.2023 14:20`, `Ahram Online , Wednesday 4 Sep 2024`
            article.source = article.source or byline.source or _date_line_publisher(line)
            article.dateline_place = article.dateline_place or byline.place  # `Nairobi | Friday, February 14, 2025`
            continue
        if (title_asks and index == 0) or _is_heading(line) or _is_long_byline(line):
            byline = _byline(line)
            if byline.date or byline.source:
                date_line = date_line or byline.date
                article.source = article.source or byline.source
                article.dateline_place = article.dateline_place or byline.place
                kept[index] = ""
            continue
        if _is_standfirst(kept, index):
            standfirst = line
            kept[index] = ""
            continue
        body_start = index
        break
    header = [ln for i, ln in enumerate(kept[:body_start])
              if ln and not parse_date_line(ln) and (title_asks and i == 0 or _is_heading(ln))]
    issuer = _release_issuer(header, kept)
    header = [ln for ln in header if ln != issuer and not _RELEASE_LABEL.match(ln)]
    if issuer:
        article.source = article.source or _organisation_name(issuer)
    wire = next(filter(None, map(_agency_city_line, header)), None)
    if wire:  # `APA-Lusaka (Zambia)` alone above the body: the dateline, not a paper's name and its home
        article.agency, article.dateline_place = wire.group("agency"), wire.group("place")
        header.remove(wire.string)
    publishers = [ln for ln in header if _is_publisher_line(ln)]
    if publishers:
        article.source = article.source or _masthead(publishers[0])
        header = [ln for ln in header if ln not in publishers]
    desks = [ln for ln in header if _desk_of(ln)]
    if desks:
        article.source = article.source or _desk_of(desks[0])
        header = [ln for ln in header if ln not in desks]
    if not article.source and paper_line and _is_masthead_beside_byline(header, paper_line, kept[body_start:]):
        article.source = _masthead(paper_line)
        header.remove(paper_line)
    article.dateline_place = article.dateline_place or release_place or _byline_city(bylines)
    masthead = None if article.source else _masthead_word(kept, body_start) \
        or _first_line_masthead(kept, header, bylines)
    if masthead:
        article.source = masthead
        header = [ln for ln in header if ln != masthead]
    header = [ln for ln in header if not _DOMAIN_LINE.fullmatch(ln) and not _is_menu(ln)]
    places = [ln for ln in header if _is_place_line(ln) or len(ln.split()) <= 3 and _is_city(ln)]
    if places:
        header.remove(places[-1])
        if _is_header_place(kept, header, places[-1]):
            article.dateline_place = places[-1]
    article.labels = [ln for ln in header if _header_words(ln) <= 2]
    titles = [ln for ln in header if _header_words(ln) > 2]
    article.title = _without_country_label(_whole_title(kept, header, titles[0])) if titles else None
    interviews = [ln for ln in titles[1:] if _INTERVIEW_HEADING.match(ln)]
    _read_lines_below_lede(article, kept[body_start + 1:body_start + _LINES_BELOW_LEDE + 1])
    signed = None if article.dateline_place or len(kept) - body_start <= 2 else _signed_off_place(kept)
    if signed:
        place, date_line_below, kept = signed
        article.dateline_place = place
        date_line = date_line or date_line_below
    article.date_line = published_line or date_line or article.date_line
    body = _numbered_items([ln for ln in kept[body_start:]
                            if ln and not (len(ln) < 40 and parse_date_line(ln)) and not _names_own_site(ln, article)
                            and not _is_photo_caption(ln)])
    if standfirst:
        body.insert(0, standfirst)
    syndicated = _SYNDICATED.match(body[0]) if body and body[0][:1] == "(" else None
    if syndicated:  # `(MENAFN- Gulf Times) Doha: ...`: the paper a syndicator took the story from, then its dateline
        article.source = article.source or syndicated.group("name").strip()
        body[0] = body[0][syndicated.end():]
        if article.dateline_place and _folded_name(article.dateline_place) == _folded_name(syndicated.group("wire")):
            article.dateline_place = None  # the syndicator's name in capitals above the title is no city
    for index, paragraph in enumerate(body[:6]):
        # the first paragraph, or the one right below a standfirst (`ASTANA. Kazakhstan's ...` below a release's issuer)
        match = _dateline(paragraph, index == 0 or index == 1 and standfirst is not None, index <= 1)
        if match:
            if index:  # a standfirst above the dateline, maybe with the page's date line below it
                dated = [ln for ln in body[:index] if len(ln) <= _MAX_BYLINE and parse_date_line(ln)]
                article.date_line = article.date_line or (dated[0] if dated else None)
                above = [ln for ln in body[:index] if ln not in dated]
                if article.title is None and len(above) > 1 and _ends_open(above[0]):
                    article.title = above.pop(0)  # a headline too long for a heading, above the standfirst
                article.standfirst = " ".join(above)
            body = body[index:]
            body[0] = paragraph[match.end():]
            masthead = match.re is _DATELINE and _MASTHEAD_DOMAIN.fullmatch(match.group("place"))
            place = match.group("country" if masthead else "place").strip()
            # `ECONOMYNEXT – ...` under the masthead `EconomyNext` is the publisher's name, no city
            masthead_line = None if _is_known_place(place.title()) else next(
                (ln for ln in [article.source or "", *kept[:body_start]] if ln and _folded_name(ln) == _folded_name(place)),
                None)
            article.dateline_place = None if masthead_line else place
            article.source = article.source or masthead_line
            article.agency = match.group("place") if masthead else _agency(match) if match.re is _DATELINE \
                else match.groupdict().get("agency")
            article.dateline_date = _plain_date(match.groupdict().get("date"), article.agency) or article.dateline_date
            if article.agency and parse_month_day(article.agency):  # `KUALA LUMPUR (March 4):` dates the story
                article.dateline_date, article.agency = article.dateline_date or article.agency, None
            if article.agency and not article.source:
                article.source = _agency_masthead(article.agency, kept[:body_start])
            break
    about = next((index for index, p in enumerate(body) if index >= _ABOUT_AFTER and p.startswith("About ")
                  and _ABOUT_HEADING.fullmatch(p)), None)
    # a press release's boilerplate about its issuer, below the release itself; a paragraph is read without its end
    # mark, so that a short last sentence (`Egypt and Kenya established ties in 1964. (END)`) is no heading
    body = [p for p in map(_without_end_mark, body[:about]) if p]
    body = _table_rows(body) if any(p.endswith(":") for p in body) else body
    items, teasers = _kept_items(body), _teasers(body)
    article.paragraphs = [_with_stop(_without_inline_teaser(p)) for index, p in enumerate(body)
                          if index not in teasers and (index in items or not (
                              _is_heading(p) and len(p.split()) <= 8 and not _LISTED_FIGURE.match(p)
                              and not _INTERVIEW_HEADING.match(p)))]
    article.paragraphs += interviews  # below the title, it names who answers in the body, and stays out of the lede
    return article
