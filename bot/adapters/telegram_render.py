"""A neutral Reply as Telegram HTML: escaped text, allowed tags only, chunks under the size limit."""
from __future__ import annotations

import hashlib
import html
import re
from collections import OrderedDict

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.reply import Citation, Item, Reply

MESSAGE_LIMIT = 4000  # Telegram refuses text over 4,096 characters; stay clearly under
CAPTION_LIMIT = 1000  # photo captions stop at 1,024
CALLBACK_LIMIT = 64  # bytes of callback_data Telegram keeps
Shortening = tuple[int | None, int | None]  # longest quote, longest detail (None: whole)
FULL: Shortening = (None, None)
PAGE_SHORTENINGS: tuple[Shortening, ...] = (FULL, (240, None), (120, 160), (60, 80), (0, 0))  # to fit one message
ALLOWED_TAGS = frozenset({"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                          "blockquote", "tg-spoiler", "span", "tg-emoji"})
_TAG = re.compile(r"<[^>]*>")


def escape(text: str) -> str:
    """Article text as HTML text: `&`, `<` and `>` escaped, nothing else touched."""
    return html.escape(text, quote=False)


def one_line(text: str) -> str:
    """Collapse whitespace so a tag opened on a line closes on it (chunks split between lines)."""
    return " ".join(text.split())


def size(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def source_link(citation: Citation) -> str:
    label = escape(citation.label())
    url = citation.url or ""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{label}</a>'
    return label


def clip(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    return text[:limit].rstrip() + "…" if limit else ""


def item_lines(item: Item, shorten: Shortening = FULL) -> list[str]:
    """An item as lines: the text, its detail, and each source with the sentence it came from."""
    quote_limit, detail_limit = shorten
    lines = [f"• {escape(one_line(item.text))}"]
    detail = clip(one_line(item.detail or ""), detail_limit)
    if detail:
        lines.append(f"  <i>{escape(detail)}</i>")
    for citation in item.citations:
        quote = clip(one_line(citation.quote or ""), quote_limit)
        if quote:
            lines.append(f"<blockquote expandable>{source_link(citation)}: “{escape(quote)}”</blockquote>")
        else:
            lines.append(f"  — {source_link(citation)}")
    return lines


def reply_lines(reply: Reply, *, with_title: bool = True, shorten: Shortening = FULL) -> list[str]:
    """Every line of the reply, each one balanced HTML."""
    lines: list[str] = []
    if with_title:
        marker = "⚠️ " if reply.is_error else ""
        lines.append(f"{marker}<b>{escape(one_line(reply.title))}</b>")
    for section in reply.sections:
        if section.title:
            lines += ["", f"<b>{escape(one_line(section.title))}</b>"]
        for item in section.items:
            lines += item_lines(item, shorten)
    notes = [line for note in reply.notes for line in note.splitlines() if line.strip()]
    if notes:
        lines.append("")
        lines += [f"<i>{escape(note)}</i>" for note in notes]
    if reply.pages > 1:
        lines += ["", f"<i>Page {reply.page} of {reply.pages}</i>"]
    return lines


def split_plain(text: str, limit: int) -> list[str]:
    """A line too long for one message, as escaped pieces of plain text under the limit."""
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for char in text:
        escaped = escape(char)
        if used + size(escaped) > limit:
            pieces.append("".join(current))
            current, used = [], 0
        current.append(escaped)
        used += size(escaped)
    return [*pieces, "".join(current)] if current else pieces


def chunk_lines(lines: list[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join lines into messages under the limit, splitting only between lines."""
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for line in lines:
        pieces = [line] if size(line) <= limit else split_plain(html.unescape(_TAG.sub("", line)), limit)
        for piece in pieces:
            added = size(piece) + (1 if current else 0)
            if current and used + added > limit:
                chunks.append("\n".join(current).strip("\n"))
                current, used, added = [], 0, size(piece)
            current.append(piece)
            used += added
    if current:
        chunks.append("\n".join(current).strip("\n"))
    return [chunk for chunk in chunks if chunk.strip()]


def render_chunks(reply: Reply, *, with_title: bool = True, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The reply as HTML messages, in order; a page of a paged reply is kept to one message
    (quotes shortened if need be) so that Prev/Next can replace it in place."""
    for shorten in PAGE_SHORTENINGS if reply.pages > 1 else (FULL,):
        chunks = chunk_lines(reply_lines(reply, with_title=with_title, shorten=shorten), limit)
        if len(chunks) == 1:
            return chunks
    return chunks


def render_caption(reply: Reply) -> str:
    """The caption of a chart photo: the chart's title, or the reply's."""
    title = reply.chart.title if reply.chart and reply.chart.title else reply.title
    return f"<b>{escape(one_line(title)[:CAPTION_LIMIT - 10])}</b>"


def has_body(reply: Reply) -> bool:
    return bool(reply.items or reply.notes or reply.pages > 1)


class PageLinks:
    """Callback data for Prev/Next: the page request itself when it fits in 64 bytes, else a short key."""

    def __init__(self, capacity: int = 2000) -> None:
        self.capacity = capacity
        self._requests: OrderedDict[str, str] = OrderedDict()

    def encode(self, request: str) -> str:
        inline = f"p:{request}"
        if len(inline.encode()) <= CALLBACK_LIMIT:
            return inline
        key = hashlib.sha256(request.encode()).hexdigest()[:20]
        self._requests[key] = request
        self._requests.move_to_end(key)
        while len(self._requests) > self.capacity:
            self._requests.popitem(last=False)
        return f"k:{key}"

    def decode(self, data: str) -> str | None:
        """The request text behind a button, or None when it was forgotten (restart, old message)."""
        kind, _, value = data.partition(":")
        if kind == "p" and value.startswith("/"):
            return value
        if kind == "k":
            return self._requests.get(value)
        return None


def page_keyboard(reply: Reply, links: PageLinks) -> InlineKeyboardMarkup | None:
    """Prev/Next buttons for a paged reply; None when it has one page."""
    if reply.pages <= 1 or reply.is_error:
        return None
    buttons = []
    if reply.page > 1:
        buttons.append(InlineKeyboardButton("‹ Prev", callback_data=links.encode(reply.page_request(reply.page - 1))))
    if reply.page < reply.pages:
        buttons.append(InlineKeyboardButton("Next ›", callback_data=links.encode(reply.page_request(reply.page + 1))))
    return InlineKeyboardMarkup([buttons])
