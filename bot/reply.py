"""The platform-neutral reply every command returns and every adapter renders."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Citation:
    """Where a line comes from: the article, its publisher and date, and the sentence."""

    article_id: str
    publisher: str | None
    published: str | None
    title: str | None = None
    quote: str | None = None
    url: str | None = None

    def label(self) -> str:
        """`Bernama, 2026-01-08`; without a publisher, the headline (short) or the article id."""
        name = self.publisher or _short(self.title) or self.article_id
        return ", ".join([name, self.published or "undated"])


@dataclass(frozen=True)
class Item:
    """One line of an answer with the citations behind it."""

    text: str
    citations: tuple[Citation, ...] = ()
    detail: str | None = None


@dataclass(frozen=True)
class Section:
    title: str | None
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Chart:
    """Data for a picture; adapters that can send images draw it with `bot.charts`."""

    kind: str  # "bar" | "timeline"
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = ""


@dataclass(frozen=True)
class Reply:
    """A command's answer: a title, sections of cited items, notes, maybe a chart and paging."""

    title: str
    sections: tuple[Section, ...] = ()
    notes: tuple[str, ...] = ()
    chart: Chart | None = None
    is_error: bool = False
    command: str = ""
    args: tuple[str, ...] = ()
    page: int = 1
    pages: int = 1

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def page_request(self, page: int) -> str:
        """The request text that shows another page of this reply."""
        return " ".join([f"/{self.command}", *self.args, f"page {page}"]).strip()


def _short(title: str | None, limit: int = 60) -> str | None:
    if not title:
        return None
    return f"“{title}”" if len(title) <= limit else f"“{title[: limit - 1].rsplit(' ', 1)[0]}…”"


def error(text: str, *notes: str, command: str = "") -> Reply:
    return Reply(title=text, notes=tuple(notes), is_error=True, command=command)


PAGE_ITEMS = 12


def paginate(reply: Reply, page: int, per_page: int = PAGE_ITEMS) -> Reply:
    """Keep the items of one page; the reply says which page of how many it is."""
    items = [(index, item) for index, section in enumerate(reply.sections) for item in section.items]
    pages = max(1, -(-len(items) // per_page))
    page = min(max(page, 1), pages)
    keep = items[(page - 1) * per_page: page * per_page]
    sections = []
    for index, section in enumerate(reply.sections):
        chosen = tuple(item for i, item in keep if i == index)
        if chosen or (not section.items and pages == 1):
            sections.append(Section(section.title, chosen))
    return replace(reply, sections=tuple(sections), page=page, pages=pages)


@dataclass
class Request:
    """A parsed command: `/timeline nov 2025 page 2` -> command, args, page; plus who asked."""

    command: str
    args: list[str] = field(default_factory=list)
    page: int = 1
    platform: str = "console"
    user_id: str | None = None
    channel: str | None = None
    is_admin: bool = False
