"""Read an article file into raw text and metadata, refusing what cannot be an article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from html import unescape
from itertools import islice
from pathlib import Path

import yaml
from frontmatter.default_handlers import YAMLHandler
from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.core.dates import UPDATE_LINE, parse_date_line

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


class UnreadableArticle(Exception):
    """The file cannot be ingested; the message says why in a few words."""


@dataclass
class RawArticle:
    """An article's text before extraction, with whatever metadata its container gave."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None  # the page's host as its metadata names it (`abc.net.au`), with no address given


def slug(text: str, limit: int = 120) -> str:
    """A stable, file-name-safe id from a URL or a title."""
    text = re.sub(r"^[a-z]+://(www\.)?", "", text.strip().lower())
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-") or "article"


_WORD = re.compile(r"[A-Za-z]{2,}")
MIN_WORDS = 8  # fewer words is a fragment, not an article (the search stops at the eighth)


def decode(data: bytes, max_bytes: int) -> str:
    """Bytes to text, or UnreadableArticle naming the reason."""
    if len(data) > max_bytes:
        raise UnreadableArticle(f"too large ({len(data):,} bytes, limit {max_bytes:,})")
    if not data.strip():
        raise UnreadableArticle("empty file")
    if b"\x00" in data[:8192]:
        raise UnreadableArticle("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableArticle(f"not UTF-8 text (byte {exc.start})") from None
    if len(text.strip()) < 40 or next(islice(_WORD.finditer(text), MIN_WORDS - 1, None), None) is None:
        raise UnreadableArticle("too short or truncated to be an article")
    return text


def is_html(text: str, name: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or bool(
        re.match(r"\s*(<!doctype html|<html|<head|<body|<article)", text, re.I)
    )


def from_html(article_id: str, html: str, url: str | None = None) -> RawArticle:
    """Body, title, date and publisher from an HTML page via trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        output_format="python", date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise UnreadableArticle("no article text found in the page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = (data.get("text") or "").strip()
    title = data.get("title")
    if title:
        title = without_site_suffix(title, html)
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    body = without_pull_quotes(body)
    if not has_prose(body):
        raise UnreadableArticle("no article text found in the page")
    source = data.get("sitename") or data.get("hostname") or site_in_page_title(html, title)
    published = _schema_date(html) or data.get("date")
    if not _MACHINE_DATE.search(html):
        published = date_below_headline(html) or published
    return RawArticle(id=article_id, text=body, title=title, source=source, published=published, url=url,
                      site=data.get("hostname"))


# A publication date a page states for machines (JSON-LD, meta tags): the page's own date, which the extractor reads
# before any visible text. A `<time datetime>` element is not one: it may be another story's, in a sidebar of other
# stories, while the story's own shows its day as text below the headline.
_MACHINE_DATE = re.compile(
    r"datePublished|published_time|\bpubdate\b|\bdc\.date|parsely-pub-date|sailthru\.date", re.I)
# The tag of schema.org microdata's publication date, and its value (`<time itemprop="datePublished"
# datetime="2019-05-22T08:15:00-03:00">`).
_SCHEMA_DATE_TAG = re.compile(r"<[a-z]+\b[^>]*\bitemprop\s*=\s*[\"']datePublished[\"'][^>]*>", re.I)
_SCHEMA_DATE_VALUE = re.compile(r"\b(?:datetime|content)\s*=\s*[\"']([^\"']+)[\"']", re.I)


def _schema_date(html: str) -> str | None:
    """The date the story's microdata states (the first `itemprop="datePublished"`'s value). trafilatura's date
    search reads a byline's text before it, and a byline `22/05/2019 08h15` came out as 2020-05-22."""
    tag = _SCHEMA_DATE_TAG.search(html)
    value = _SCHEMA_DATE_VALUE.search(tag.group()) if tag else None
    return value.group(1) if value else None


# A headline: an <h1> of at least three words (a site's logo is often an <h1> too, of an image or one name).
_HEADING_ONE = re.compile(r"<h1\b[^>]*>(?P<text>.*?)</h1\s*>", re.I | re.S)
MIN_HEADLINE_WORDS = 3
_TAG = re.compile(r"<[^>]*>")
MAX_LINES_BELOW_HEADLINE = 12  # the byline block: the date line is among the first lines under the headline


def page_headline(html: str) -> re.Match[str] | None:
    """The page's headline: its first <h1> of at least three words."""
    return next((h for h in _HEADING_ONE.finditer(html)
                 if len(_TAG.sub(" ", h.group("text")).split()) >= MIN_HEADLINE_WORDS), None)


def date_below_headline(html: str) -> str | None:
    """The ISO day of a date line right below the page's headline (`Friday, 5 April, 2019 - 06:15`), for pages that
    give their date only as text: a date above the headline is the site's banner showing today, not the story's; a
    line that only says when the page was updated (`Updated 7 March 2023`) gives way to one of its publication."""
    end = page_headline(html)
    if not end:
        return None
    text = unescape(_TAG.sub("\n", html[end.end():end.end() + 4000]))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    dated = [(line, day) for line in lines[:MAX_LINES_BELOW_HEADLINE] if (day := parse_date_line(line))]
    # the day it was published before the day it was updated, in whichever order the page shows them
    return next((day for line, day in dated if not UPDATE_LINE.match(line)), dated[0][1] if dated else None)


_PAGE_TITLE = re.compile(r"<title[^>]*>(?P<text>[^<]{5,300})</title>", re.I)
# What stands between the headline and the site's name in a page's <title>: `Headline | Site`, `Headline - Site`.
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
MAX_SITE_WORDS = 4


def site_in_page_title(html: str, title: str | None) -> str | None:
    """The site's name after the headline in the page's <title> (`Headline | Khaleej Times`), for pages that
    name their publisher in no meta tag: only when the part before the last separator is the headline."""
    page_title = _PAGE_TITLE.search(html[:20000]) if title else None
    if not page_title:
        return None
    text = " ".join(unescape(page_title.group("text")).split())
    cut, separator = max((text.rfind(sep), sep) for sep in _TITLE_SEPARATORS)
    headline, site = text[:max(cut, 0)].strip(), text[cut + len(separator):].strip()
    if cut < 0:
        return text if _names_no_story(text, title) else None
    if not headline or not site or len(site.split()) > MAX_SITE_WORDS:
        return None
    return site if title.startswith(headline) and site not in title else None


def without_site_suffix(title: str, html: str) -> str:
    """The title without the site's name the page appended to it (`Namibia, Angola ink five agreements - New Era`),
    when the page's headline is the part before the separator."""
    if not any(sep in title for sep in _TITLE_SEPARATORS):
        return title
    heading = page_headline(html)
    headline = " ".join(unescape(_TAG.sub(" ", heading.group("text"))).split()) if heading else ""
    rest = title[len(headline):] if headline and title.startswith(headline) else ""
    separator = next((sep for sep in _TITLE_SEPARATORS if rest.startswith(sep)), None)
    if separator and 0 < len(rest[len(separator):].split()) <= MAX_SITE_WORDS:
        return headline
    return title


_LONG_WORD = re.compile(r"\w{4,}")
MAX_SITE_TITLE_WORDS = 8


def _names_no_story(page_title: str, headline: str) -> bool:
    """A page <title> that shares no long word with the headline is the site's own name (`Ministry of External
    Affairs, Government of India` above `Visit of Prime Minister to Mongolia`), on sites that title every page so."""
    words = {w.lower() for w in _LONG_WORD.findall(page_title)}
    return 0 < len(page_title.split()) <= MAX_SITE_TITLE_WORDS and bool(words) and words.isdisjoint(
        w.lower() for w in _LONG_WORD.findall(headline))


_QUOTE_MARKS = "\"“”‘’'«»"


def quotation_only(line: str) -> str | None:
    """The words of a line that is nothing but a quotation (`“We came to open doors”`), else None."""
    if line[:1] not in _QUOTE_MARKS or line[-1:] not in _QUOTE_MARKS:
        return None
    return line.strip(_QUOTE_MARKS + " ") or None


def without_pull_quotes(body: str) -> str:
    """The body without its pull quotes: a quotation alone on its line and repeated in another paragraph
    (`“We came to open doors”` above `“We came to open doors,” Orsi said`) is the page's display, not text."""
    lines = body.split("\n")
    repeated = {quote for quote in map(quotation_only, lines)
                if quote and sum(quote in line for line in lines) > 1}
    return "\n".join(line for line in lines if quotation_only(line) not in repeated) if repeated else body


MIN_PROSE_WORDS = 30  # in lines of at least 8 words: menus, buttons and paywalls have none


def has_prose(text: str) -> bool:
    """Whether extracted text reads like an article rather than a page's leftover navigation."""
    lengths = (len(line.split()) for line in text.splitlines())
    return sum(n for n in lengths if n >= 8) >= MIN_PROSE_WORDS


# CommonMark alone: a table or a strikethrough of another flavour stays as it is written, as in a text file.
_MARKDOWN = MarkdownIt("commonmark")


def markdown_text(markdown: str) -> str:
    """Markdown reduced to the text it shows, line for line: markup stands between the words and every pattern
    (`- Bilateral trade in 2022: **US$ 11,900 million**`, `**Santiago, 14 November 2023**`, `# Title`). A list
    item keeps its marker (`- `, `1. `), which the extractor reads as a list's; a paragraph's line breaks stay."""
    blocks: list[tuple[str, bool]] = []  # each block's text, and whether it is an item of a tight list
    marker, depth, tight = "", 0, False
    for token in _MARKDOWN.parse(markdown):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "list_item_open":
            marker = f"{token.info}{token.markup} " if token.info else "- "
        elif token.type == "paragraph_open":
            tight = token.hidden  # a tight list's items are one line each, with no blank line between
        elif token.type == "inline":
            indent = "  " * (depth - 1) if marker and depth > 1 else ""
            blocks.append((indent + marker + _inline_text(token.children or []), tight))
            marker, tight = "", False
        elif token.type in ("fence", "code_block"):
            blocks.append((token.content.rstrip("\n"), False))
        elif token.type == "html_block" and (text := unescape(_TAG.sub("", token.content)).strip()):
            blocks.append((text, False))
    return "".join(("" if not index else "\n" if tight and blocks[index - 1][1] else "\n\n") + block
                   for index, (block, tight) in enumerate(blocks))


# Front matter keys, by what they give: the first one present is taken (Jekyll, Hugo and most static site generators
# write `title` and `date`; a feed-to-Markdown export may write `published` and `publisher`).
_FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "publishdate", "pubdate", "date_published"),
    "source": ("publisher", "source", "publication", "site_name", "site"),
    "url": ("url", "link", "canonical_url", "source_url"),
}
_YAML_FRONT_MATTER = YAMLHandler()


def markdown_article(article_id: str, markdown: str) -> RawArticle:
    """A Markdown article: its YAML front matter (`---` lines around `title:`, `date:`) gives the title, date,
    publisher and address, and its text follows. Unread, the block's last `---` made its lines a heading, and the
    body lost its date. A block that is not valid YAML is left out, giving nothing."""
    if not _YAML_FRONT_MATTER.detect(markdown):
        return RawArticle(id=article_id, text=markdown_text(markdown))
    block, body = _YAML_FRONT_MATTER.split(markdown)
    try:
        fields = _YAML_FRONT_MATTER.load(block)
    except yaml.YAMLError:
        fields = {}
    keyed = {str(key).lower(): value for key, value in fields.items()} if isinstance(fields, dict) else {}
    found = {name: next((_front_matter_text(keyed[key]) for key in keys if keyed.get(key)), None)
             for name, keys in _FRONT_MATTER_KEYS.items()}
    return RawArticle(id=article_id, text=markdown_text(body), **found)


def _front_matter_text(value: object) -> str | None:
    """A front matter value as text: a YAML date or time as its ISO form, a list as its first item."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value).strip() or None
    return None


def _inline_text(children: list[Token]) -> str:
    """The words of a paragraph or heading without their markup: the text of emphasis, links and code; an image
    or raw HTML shows no words of the article."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def read_article_file(path: Path, max_bytes: int) -> RawArticle:
    """Read one file; HTML goes through the extractor, Markdown is reduced to its text, text is taken as it is."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableArticle(f"cannot read: {exc.strerror or exc}") from None
    text = decode(data, max_bytes)
    if is_html(text, path.name):
        return from_html(path.stem, text)
    if path.suffix.lower() == ".md":
        return markdown_article(path.stem, text)
    return RawArticle(id=path.stem, text=text)


def article_files(path: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The article files under a path, and the entries that could not be listed."""
    if path.is_file():
        return [path], []
    if not path.exists():
        return [], [(path, "no such file or folder")]
    found: list[Path] = []
    problems: list[tuple[Path, str]] = []
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        return [], [(path, f"cannot list: {exc.strerror or exc}")]
    for entry in entries:
        if entry.is_dir():
            more, bad = article_files(entry)
            found += more
            problems += bad
        elif entry.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(entry)
    return found, problems
