"""The neutral Reply as a Slack message (Block Kit), inside Slack's size limits."""
from __future__ import annotations

from typing import Any

from bot.reply import Citation, Item, Reply

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_HEADER_CHARS = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK_CHARS = 3000
MAX_QUOTE_CHARS = 300
PAGE_ACTION_PREFIX = "newsbot_page_"
QUOTE_MARKS = "\"“‘'«"


def escape(text: str) -> str:
    """Slack's three control characters in mrkdwn and plain text fields."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, never cutting an `&amp;`-style entity in half."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


def mrkdwn(text: str) -> Block:
    return {"type": "mrkdwn", "text": clip(text, MAX_SECTION_CHARS)}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text)}


def context(texts: list[str]) -> Block:
    shown = texts[:MAX_CONTEXT_ELEMENTS]
    if len(texts) > MAX_CONTEXT_ELEMENTS:
        shown[-1] = f"and {len(texts) - MAX_CONTEXT_ELEMENTS + 1} more"
    return {"type": "context", "elements": [mrkdwn(text) for text in shown]}


DIVIDER: Block = {"type": "divider"}


def source_label(citation: Citation) -> str:
    """`Bernama, 2026-01-08`, linked to the article when its address is known."""
    label = escape(citation.label())
    if citation.url:
        url = escape(citation.url).replace("|", "%7C")
        return f"<{url}|{label}>"
    return label


def source_line(citation: Citation) -> str:
    """The publisher and date, then the sentence the fact was read from."""
    line = f":newspaper: {source_label(citation)}"
    if citation.quote:
        quote = clip(escape(citation.quote), MAX_QUOTE_CHARS)
        line += f": {quote}" if quote[:1] in QUOTE_MARKS else f": “{quote}”"
    return line


def item_text(item: Item) -> str:
    text = f"• {escape(item.text)}"
    if item.detail:
        text += f"\n{escape(item.detail)}"
    return text


def item_blocks(item: Item) -> list[Block]:
    """One line of the answer and, under it, where it comes from."""
    blocks = [section(item_text(item))]
    if item.citations:
        blocks.append(context([source_line(c) for c in item.citations]))
    return blocks


def compact_lines(reply: Reply) -> list[str]:
    """Every item on one line with its sources' names, for answers too long for a block each."""
    lines: list[str] = []
    for part in reply.sections:
        if part.title:
            lines.append(f"*{escape(part.title)}*")
        for item in part.items:
            sources = "; ".join(source_label(c) for c in item.citations)
            lines.append(item_text(item) + (f"  _({sources})_" if sources else ""))
    return lines


def pack(lines: list[str]) -> list[Block]:
    """Lines gathered into as few sections as the 3,000-character limit allows."""
    blocks: list[Block] = []
    chunk = ""
    for line in lines:
        line = clip(line, MAX_SECTION_CHARS)
        if chunk and len(chunk) + 1 + len(line) > MAX_SECTION_CHARS:
            blocks.append(section(chunk))
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line
    if chunk:
        blocks.append(section(chunk))
    return blocks


def head_blocks(reply: Reply) -> list[Block]:
    if reply.is_error:
        return [section(f":warning: *{escape(reply.title)}*")]
    title = clip(reply.title or reply.command or "newsbot", MAX_HEADER_CHARS)
    return [{"type": "header", "text": {"type": "plain_text", "text": title, "emoji": True}}]


def body_blocks(reply: Reply) -> list[Block]:
    blocks: list[Block] = []
    for index, part in enumerate(reply.sections):
        if index:
            blocks.append(DIVIDER)
        if part.title:
            blocks.append(section(f"*{escape(part.title)}*"))
        for item in part.items:
            blocks.extend(item_blocks(item))
    return blocks


def page_buttons(reply: Reply) -> list[Block]:
    """`Page 2 of 3` and Prev/Next buttons whose values are the requests for those pages."""
    if reply.pages <= 1:
        return []
    buttons = []
    if reply.page > 1:
        buttons.append(button("◀ Prev", "prev", reply.page_request(reply.page - 1)))
    if reply.page < reply.pages:
        buttons.append(button("Next ▶", "next", reply.page_request(reply.page + 1)))
    return [context([f"Page {reply.page} of {reply.pages}"]), {"type": "actions", "elements": buttons}]


def button(label: str, name: str, value: str) -> Block:
    return {"type": "button", "text": {"type": "plain_text", "text": label},
            "action_id": PAGE_ACTION_PREFIX + name, "value": value}


def tail_blocks(reply: Reply, paging: bool) -> list[Block]:
    blocks: list[Block] = []
    if reply.notes:
        blocks.append(context([escape(note) for note in reply.notes]))
    if paging:
        blocks.extend(page_buttons(reply))
    return blocks


def render_blocks(reply: Reply, *, paging: bool = True) -> list[Block]:
    """Header, sections of cited items, notes and paging, in at most 50 blocks."""
    head, tail = head_blocks(reply), tail_blocks(reply, paging)
    room = MAX_BLOCKS - len(head) - len(tail)
    body = body_blocks(reply)
    if len(body) > room:
        body = pack(compact_lines(reply))
    if len(body) > room:
        hidden = len(body) - room + 1
        body = body[: room - 1] + [context([f"… {hidden} more parts not shown: ask for less, e.g. with a year."])]
    return head + body + tail


def fallback_text(reply: Reply) -> str:
    """The plain text Slack shows in notifications and where blocks cannot be drawn."""
    lines = [reply.title, *(item.text for item in reply.items), *reply.notes]
    return clip(escape("\n".join(line for line in lines if line)), MAX_FALLBACK_CHARS)


def render_message(reply: Reply, *, paging: bool = True) -> dict[str, Any]:
    """`text` and `blocks`, ready for chat.postMessage or a response_url."""
    return {"text": fallback_text(reply), "blocks": render_blocks(reply, paging=paging)}
