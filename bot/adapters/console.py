"""The console adapter: `newsbot ask` and `newsbot chat` on the same registry as Slack and Telegram."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.bootstrap import Parts, bootstrap
from bot.reply import Chart, Citation, Item, Reply

QUOTE_CHARS = 200
HISTORY_FILE = Path.home() / ".newsbot_history"
PROMPT = "newsbot> "
NEXT_WORDS = {"next", "n", "more"}
PREVIOUS_WORDS = {"prev", "previous", "back"}
EXIT_WORDS = {"quit", "exit", "q", ":q"}


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def render_citation(citation: Citation, item_text: str) -> str:
    """`— Bernama, 2026-01-08`, with the sentence when the line does not already say it."""
    line = f"— {citation.label()}"
    if citation.quote and _clip(citation.quote, 80)[:-1] not in item_text:
        line += f": “{_clip(citation.quote, QUOTE_CHARS)}”"
    return line


def render_item(item: Item) -> list[str]:
    lines = [f"• {item.text}"]
    if item.detail:
        lines.append(f"  {item.detail}")
    lines += [f"  {render_citation(c, item.text)}" for c in item.citations]
    return lines


def render_chart(chart: Chart) -> list[str]:
    """The console cannot show pictures: say where the chart is, and give its data."""
    unit = f" {chart.unit}" if chart.unit else ""
    lines = [f"{chart.title}: a chart of this is available in Slack and Telegram. The data:"]
    lines += [f"  {label}: {_number(value)}{unit}" for label, value in zip(chart.labels, chart.values, strict=True)]
    return lines


def render_text(reply: Reply) -> str:
    """A reply as plain text: title, sections of cited items, notes, chart data and paging."""
    lines = [f"Error: {reply.title}" if reply.is_error else reply.title]
    for section in reply.sections:
        lines.append("")
        if section.title:
            lines.append(section.title)
        for item in section.items:
            lines += render_item(item)
    if reply.chart:
        lines += ["", *render_chart(reply.chart)]
    if reply.notes:
        lines += ["", *reply.notes]
    if reply.pages > 1:
        hints = []
        if reply.page < reply.pages:
            hints.append(f"next: {reply.page_request(reply.page + 1)}")
        if reply.page > 1:
            hints.append(f"previous: {reply.page_request(reply.page - 1)}")
        lines += ["", f"Page {reply.page} of {reply.pages} ({'; '.join(hints)})"]
    return "\n".join(lines)


def ask_reply(text: str, parts: Parts | None = None) -> Reply:
    """One request through the registry, as the console user (who runs the bot, so an admin)."""
    from bot.registry import dispatch

    parts = parts or bootstrap()
    return dispatch(text, parts.store, platform="console", user_id="console", channel="console:local",
                    is_admin=True)


def ask(text: str) -> str:
    """Answer one request as plain text."""
    return render_text(ask_reply(text))


def as_request(line: str, last: Reply | None) -> str | None:
    """What a typed line asks for: `next`/`prev` page through the last answer; a missing `/` is added."""
    word = line.strip().lower()
    if last is not None and last.pages > 1:
        if word in NEXT_WORDS and last.page < last.pages:
            return last.page_request(last.page + 1)
        if word in PREVIOUS_WORDS and last.page > 1:
            return last.page_request(last.page - 1)
    if word in NEXT_WORDS | PREVIOUS_WORDS:
        return None
    return line if line.startswith("/") else "/" + line


def _history() -> Callable[[], None]:
    """Load the readline history; return what saves it."""
    try:
        import readline
    except ImportError:  # pragma: no cover - readline is missing on some platforms
        return lambda: None
    try:
        readline.read_history_file(HISTORY_FILE)
    except (FileNotFoundError, PermissionError, OSError):
        pass
    readline.set_history_length(1000)

    def save() -> None:
        try:
            readline.write_history_file(HISTORY_FILE)
        except OSError:
            pass

    return save


def chat(read: Callable[[str], str] = input, write: Callable[[str], None] = print,
         parts: Parts | None = None) -> None:
    """An interactive prompt with history; `next`/`prev` page, `quit` or Ctrl-D leaves."""
    save = _history()
    parts = parts or bootstrap()
    write("newsbot console. Type /help for the commands, quit to leave.")
    last: Reply | None = None
    try:
        while True:
            try:
                line = read(PROMPT).strip()
            except EOFError:
                write("")
                break
            if not line:
                continue
            if line.lower() in EXIT_WORDS:
                break
            request = as_request(line, last)
            if request is None:
                write("There is no other page.")
                continue
            last = ask_reply(request, parts)
            write(render_text(last))
    except KeyboardInterrupt:
        write("")
    finally:
        save()
