"""Rendering a neutral Reply as Telegram HTML: escaping, allowed tags, splitting, paging buttons."""
from __future__ import annotations

from html.parser import HTMLParser

from bot.adapters.telegram_render import (ALLOWED_TAGS, CALLBACK_LIMIT, MESSAGE_LIMIT, PageLinks, page_keyboard,
                                          render_caption, render_chunks, size)
from bot.reply import Chart, Citation, Item, Reply, Section
from fake_bot_api import html_problem, plain_text


class TagCollector(HTMLParser):
    """The tags of a chunk, checked for balance as html.parser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.open: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(chunk: str) -> TagCollector:
    parser = TagCollector()
    parser.feed(chunk)
    parser.close()
    assert not parser.open, f"unclosed {parser.open}"
    assert set(parser.tags) <= ALLOWED_TAGS, set(parser.tags) - ALLOWED_TAGS
    assert html_problem(chunk) is None, html_problem(chunk)
    return parser


BERNAMA = Citation("bernama-1", "Bernama", "2026-01-08", quote='Trade reached RM24.15 billion in 2024 <"record">.',
                   url='https://www.bernama.com/en/news.php?id=1&lang="en"')


def test_article_text_is_escaped_and_only_allowed_tags_are_used() -> None:
    reply = Reply(title="Trade & <investment>", notes=("Figures <5% & rising >",),
                  sections=(Section("Figures <2024>", (Item("RM24.15 billion <total> & more", (BERNAMA,),
                                                          detail="up <3%>"),)),))
    [chunk] = render_chunks(reply)
    text = parse(chunk).text
    assert "Trade & <investment>" in text
    assert "RM24.15 billion <total> & more" in text
    assert "Bernama, 2026-01-08" in text
    assert 'Trade reached RM24.15 billion in 2024 <"record">.' in text
    assert "Figures <5% & rising >" in text
    assert "&lt;total&gt; &amp; more" in chunk
    assert 'href="https://www.bernama.com/en/news.php?id=1&amp;lang=&quot;en&quot;"' in chunk


def test_a_long_answer_is_split_between_lines_under_the_limit() -> None:
    items = tuple(Item(f"Figure number {n} & <{n}>", (BERNAMA,)) for n in range(150))
    chunks = render_chunks(Reply(title="Many", sections=(Section("All", items),)))
    assert len(chunks) > 1
    for chunk in chunks:
        assert size(chunk) <= MESSAGE_LIMIT < 4096
        parse(chunk)
    text = "\n".join(plain_text(chunk) for chunk in chunks)
    positions = [text.index(f"• Figure number {n} & <{n}>\n") for n in range(150)]
    assert positions == sorted(positions)


def test_a_line_longer_than_a_message_is_cut_into_plain_pieces() -> None:
    huge = "word & <tag> " * 1000
    chunks = render_chunks(Reply(title="Huge", sections=(Section(None, (Item(huge),)),)))
    assert len(chunks) >= 3
    for chunk in chunks:
        assert size(chunk) <= MESSAGE_LIMIT
        parse(chunk)
    assert "".join(plain_text(chunk) for chunk in chunks[1:]).replace("\n", "").startswith("• word & <tag> word")


def test_emoji_count_as_two_units() -> None:
    items = tuple(Item("🇲🇾🇹🇷" * 40) for _ in range(60))
    for chunk in render_chunks(Reply(title="Flags", sections=(Section(None, items),))):
        assert len(chunk.encode("utf-16-le")) // 2 <= MESSAGE_LIMIT


def test_error_and_page_footer() -> None:
    [chunk] = render_chunks(Reply(title="Unknown command /trad.", notes=("Did you mean /trade?",), is_error=True))
    assert "Unknown command /trad." in parse(chunk).text and "Did you mean /trade?" in chunk
    [paged] = render_chunks(Reply(title="Timeline", sections=(Section(None, (Item("x"),)),), page=2, pages=3))
    assert "Page 2 of 3" in paged


def test_caption_is_escaped_and_short() -> None:
    chart = Chart("bar", "Trade <RM> & USD " + "x" * 2000, ("2024",), (24.15,), "RM bn")
    caption = render_caption(Reply(title="Trade", chart=chart))
    parse(caption)
    assert caption.startswith("<b>Trade &lt;RM&gt; &amp; USD") and size(caption) <= 1024


def keyboard_data(reply: Reply, links: PageLinks) -> dict[str, str]:
    markup = page_keyboard(reply, links)
    assert markup is not None
    return {button.text: button.callback_data for row in markup.inline_keyboard for button in row}


def test_paging_buttons_carry_the_page_request() -> None:
    links = PageLinks()
    first = keyboard_data(Reply(title="t", command="timeline", args=("2025",), page=1, pages=3), links)
    assert list(first) == ["Next ›"] and links.decode(first["Next ›"]) == "/timeline 2025 page 2"
    middle = keyboard_data(Reply(title="t", command="timeline", args=("2025",), page=2, pages=3), links)
    assert [links.decode(d) for d in middle.values()] == ["/timeline 2025 page 1", "/timeline 2025 page 3"]
    last = keyboard_data(Reply(title="t", command="timeline", page=3, pages=3), links)
    assert list(last) == ["‹ Prev"]
    assert page_keyboard(Reply(title="t", command="trade"), links) is None


def test_long_page_requests_get_a_short_key_under_64_bytes() -> None:
    links = PageLinks()
    words = ("perjanjian", "kerjasama", "pendidikan", "tinggi", "Türkiye", "Malaysia", "ğüşıöç")
    data = keyboard_data(Reply(title="t", command="search", args=words, page=1, pages=2), links)["Next ›"]
    assert len(data.encode()) <= CALLBACK_LIMIT
    assert links.decode(data) == "/search " + " ".join(words) + " page 2"
    assert PageLinks().decode(data) is None  # forgotten after a restart: the bot says the button expired
    assert links.decode("k:unknown") is None and links.decode("garbage") is None


def test_a_page_is_kept_to_one_message_by_shortening_quotes() -> None:
    long_quote = Citation("a1", "Bernama", "2026-01-08", quote="A long sentence about trade & ties. " * 30)
    items = tuple(Item(f"Item {n}", (long_quote,), detail="Some article title " * 10) for n in range(12))
    paged = Reply(title="Search", sections=(Section(None, items),), command="search", page=1, pages=2)
    [chunk] = render_chunks(paged)
    text = parse(chunk).text
    assert all(f"• Item {n}\n" in text for n in range(12)) and text.count("Bernama, 2026-01-08") == 12
    assert "A long sentence about trade & ties." in text and "…" in text
    assert len(render_chunks(Reply(title="All", sections=(Section(None, items),)))) > 1  # unpaged: all of it
