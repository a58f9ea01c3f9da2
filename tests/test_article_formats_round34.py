"""Two ways a container hid an article's date (found on blind set 6): a Markdown file's YAML front matter, read as a
heading before (the body lost its date and most of its lines), and a page whose microdata states its date on a
`<time itemprop="datePublished">` under a byline that trafilatura's date search misread."""
from __future__ import annotations

from pathlib import Path

from bot.core.article_reader import from_html, markdown_article, read_article_file
from bot.core.extract import extract

BODY = ("**NAIROBI** — Kenya and Ghana on Tuesday signed a memorandum of understanding on tea processing, the two "
        "trade ministries said in a joint statement after talks in the Kenyan capital.\n\n"
        "Trade between Kenya and Ghana reached $310 million in 2024, up from $270 million a year earlier, according to "
        "figures published by the Kenya National Bureau of Statistics.\n\n"
        "## Investment\n\n"
        "The two countries also agreed to set up a joint business council to promote investment in agriculture and "
        "logistics over the next five years.\n")
FRONT_MATTER = ("---\ntitle: \"Kenya, Ghana sign tea processing MoU\"\ndate: 2024-06-11\nauthor: Amina Yusuf\n"
                "publisher: East Africa Trade Review\ntags: [kenya, ghana, tea]\n---\n\n")


def test_front_matter_gives_title_date_and_publisher(tmp_path: Path) -> None:
    path = tmp_path / "kenya_ghana.md"
    path.write_text(FRONT_MATTER + "# Kenya, Ghana sign tea processing MoU\n\n" + BODY, encoding="utf-8")
    raw = read_article_file(path, 5_000_000)
    assert (raw.title, raw.published, raw.source) == ("Kenya, Ghana sign tea processing MoU", "2024-06-11",
                                                      "East Africa Trade Review")
    assert "title:" not in raw.text and "tags:" not in raw.text
    facts = extract(raw, ("Kenya", "Ghana"))
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2024-06-11", "day", "Nairobi")
    assert [(f.value, f.period) for f in facts.trade_figures if f.metric == "total_trade"][0] == (310e6, "2024")
    assert [(a.kind, a.date) for a in facts.agreements][0] == ("mou", "2024-06-11")


def test_a_front_matter_time_is_read_as_its_day() -> None:
    raw = markdown_article("x", "---\ntitle: Talks\ndate: 2024-06-11T09:30:00+03:00\n---\n" + BODY)
    assert raw.published == "2024-06-11T09:30:00+03:00"
    assert extract(raw, ("Kenya", "Ghana")).published == "2024-06-11"


def test_front_matter_that_is_not_yaml_gives_nothing_and_is_left_out() -> None:
    raw = markdown_article("x", "---\ntitle: [unclosed\ndate: 2024-06-11\n---\n" + BODY)
    assert (raw.title, raw.published) == (None, None)
    assert raw.text.startswith("NAIROBI — Kenya and Ghana")


def test_a_rule_below_the_first_line_is_not_front_matter() -> None:
    raw = markdown_article("x", "Kenya, Ghana talks\n\n---\n\n" + BODY)
    assert raw.published is None and raw.text.startswith("Kenya, Ghana talks")


def page(byline: str) -> str:
    return ("<!DOCTYPE html><html><head><title>Kenya, Ghana sign tea MoU | Trade Review</title></head><body>"
            "<article itemscope itemtype='https://schema.org/NewsArticle'><h1>Kenya, Ghana sign tea MoU</h1>"
            f"<div class='byline'>By Amina Wanjiru, Nyahururu correspondent &middot; {byline}</div><div class='body'>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in BODY.replace("**", "").split("\n\n")
                      if not paragraph.startswith("#"))
            + "</div></article></body></html>")


def test_microdata_date_beats_a_misread_byline() -> None:
    # (trafilatura's date search reads this byline's text cut short, `... correspondent · 22/05/20`: 2020-05-22)
    html = page('<time itemprop="datePublished" datetime="2019-05-22T08:15:00-03:00">22/05/2019 08h15</time>')
    assert from_html("x", html).published == "2019-05-22T08:15:00-03:00"
    assert extract(from_html("x", html), ("Kenya", "Ghana")).published == "2019-05-22"


def test_microdata_date_as_content_with_attributes_in_any_order() -> None:
    html = page('<meta content="2021-03-02" itemprop="datePublished"><span>2 March 2021</span>')
    assert from_html("x", html).published == "2021-03-02"
