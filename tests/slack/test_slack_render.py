"""Block Kit rendering: escaping, sources under each line, Slack's limits, paging buttons."""
from __future__ import annotations

from bot.adapters.slack_render import (
    MAX_BLOCKS,
    MAX_HEADER_CHARS,
    MAX_SECTION_CHARS,
    clip,
    escape,
    render_blocks,
    render_message,
)
from bot.reply import Citation, Item, Reply, Section
from slack_requests import texts

BERNAMA = Citation("000_a", "Bernama", "2026-01-08", quote="Trade totalled RM21.2 billion <Jan-Nov> & more")


def test_escapes_slack_control_characters() -> None:
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_clip_never_cuts_an_entity() -> None:
    clipped = clip(escape("x" * 8 + "&&&&"), 12)
    assert len(clipped) <= 12 and clipped.endswith("…") and "&amp" not in clipped.replace("&amp;", "")


def test_items_get_a_context_block_with_publisher_date_and_sentence() -> None:
    reply = Reply("Trade", (Section("Totals", (Item("RM21.2 billion <Jan–Nov 2025>", (BERNAMA,)),)),))
    blocks = render_blocks(reply)
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "Trade", "emoji": True}}
    assert blocks[1]["text"]["text"] == "*Totals*"
    assert blocks[2]["text"]["text"] == "• RM21.2 billion &lt;Jan–Nov 2025&gt;"
    source = blocks[3]
    assert source["type"] == "context"
    assert source["elements"][0]["text"] == (
        ":newspaper: Bernama, 2026-01-08: “Trade totalled RM21.2 billion &lt;Jan-Nov&gt; &amp; more”")


def test_linked_source_when_the_article_has_a_url() -> None:
    cited = Citation("a", "The Star", "2026-01-09", url="https://example.com/a?x=1&y=2")
    blocks = render_blocks(Reply("T", (Section(None, (Item("x", (cited,)),)),)))
    assert "<https://example.com/a?x=1&amp;y=2|The Star, 2026-01-09>" in texts(blocks)


def test_sections_are_separated_by_dividers() -> None:
    reply = Reply("T", (Section("A", (Item("a"),)), Section("B", (Item("b"),))))
    assert [b["type"] for b in render_blocks(reply)] == ["header", "section", "section", "divider", "section",
                                                          "section"]


def test_huge_reply_stays_within_slack_limits() -> None:
    long_text = "Malaysia & Türkiye <trade> " * 200
    items = tuple(Item(f"{n}: {long_text}", (BERNAMA,) * 12, detail=long_text) for n in range(400))
    reply = Reply("T" * 400, (Section("S" * 4000, items), Section("Other", items[:5])), notes=("n" * 5000,))
    message = render_message(reply)
    blocks = message["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    assert len(blocks[0]["text"]["text"]) <= MAX_HEADER_CHARS
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= MAX_SECTION_CHARS
        if block["type"] == "context":
            assert len(block["elements"]) <= 10
            assert all(len(e["text"]) <= MAX_SECTION_CHARS for e in block["elements"])
    assert "more parts not shown" in texts(blocks)
    assert len(message["text"]) <= 3000


def test_many_short_items_are_packed_not_dropped() -> None:
    items = tuple(Item(f"event {n}", (BERNAMA,)) for n in range(60))
    blocks = render_blocks(Reply("Timeline", (Section(None, items),)))
    assert len(blocks) <= MAX_BLOCKS
    shown = texts(blocks)
    assert all(f"event {n}" in shown for n in range(60))
    assert "Bernama, 2026-01-08" in shown


def test_paged_reply_gets_prev_and_next_buttons_with_page_requests() -> None:
    reply = Reply("Timeline", (Section(None, (Item("x"),)),), command="timeline", args=("2025",), page=2, pages=3)
    actions = render_blocks(reply)[-1]
    assert actions["type"] == "actions"
    assert [(b["action_id"], b["value"]) for b in actions["elements"]] == [
        ("newsbot_page_prev", "/timeline 2025 page 1"), ("newsbot_page_next", "/timeline 2025 page 3")]
    assert "Page 2 of 3" in texts(render_blocks(reply))


def test_first_page_has_only_next_and_single_page_has_none() -> None:
    first = Reply("T", command="trade", page=1, pages=2)
    assert [b["action_id"] for b in render_blocks(first)[-1]["elements"]] == ["newsbot_page_next"]
    assert all(b["type"] != "actions" for b in render_blocks(Reply("T", command="trade")))


def test_error_reply_is_a_warning_section_with_notes() -> None:
    blocks = render_blocks(Reply("Unknown command /trdae.", notes=("Did you mean /trade?",), is_error=True))
    assert blocks[0]["text"]["text"] == ":warning: *Unknown command /trdae.*"
    assert blocks[1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "Did you mean /trade?"}]}
