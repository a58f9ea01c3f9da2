"""Saved web pages of four more publishers' templates (html4_*.html): the headline without the site's name, the
publisher named only in the page's <title>, the date from meta tags, a <time> element or the visible byline, the
dateline's city, and a body without its pull quote, photo caption, comments, teasers, banners or footer."""
from __future__ import annotations

import pytest

from bot.core.article_reader import from_html
from extraction_support import article, written


def figures(facts) -> set[tuple]:
    return {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures}


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>{body}</article></body></html>"


STORY = ("<h1>{title}</h1><p>Kenya and Egypt signed a memorandum of understanding on tea exports in Nairobi on Tuesday, "
         "the two governments said in a joint statement after the talks.</p>"
         "<p>Trade between Kenya and Egypt reached $650 million in 2024, up from $540 million a year earlier, "
         "according to official figures published by the two trade ministries.</p>"
         "<p>The two countries also agreed to set up a joint business council to promote investment in "
         "agriculture, manufacturing and logistics over the next five years.</p>")


def test_reuters_page_dateline_date_and_sign_off() -> None:
    facts = article("html4_reuters_malaysia_chile.html")
    assert (facts.title, facts.source, facts.published, facts.published_precision, facts.dateline_place) == (
        "Malaysia, Chile sign free trade deal as two-way trade tops $1.2 billion", "Reuters", "2025-03-03", "day",
        "Kuala Lumpur")
    assert ("total_trade", 1.2e9, "USD", "2024") in figures(facts)
    assert ("target", 2.5e9, "USD", "2030") in figures(facts)
    assert ("fta", "signed", "2025-03-03") in {(a.kind, a.status, a.date) for a in facts.agreements}
    text = " ".join(facts.sentences)
    assert not any(word in text for word in ("Reporting by", "Peru", "cookies", "Purchase Licensing", "Trust Principles"))


def test_publisher_named_only_in_the_page_title() -> None:
    facts = article("html4_khaleejtimes_uae_vietnam.html")
    assert (facts.title, facts.source, facts.published, facts.published_precision) == (
        "UAE, Vietnam sign CEPA to double non-oil trade to $20 billion", "Khaleej Times", "2024-10-29", "day")
    assert ("total_trade", 8.4e9, "USD", "2023") in figures(facts)
    assert ("fta", "2024-10-28") in {(a.kind, a.date) for a in facts.agreements}
    assert not any("Cambodia" in s or "Gold prices" in s for s in facts.sentences)


@pytest.mark.parametrize("page_title, headline, expected", [
    ("Kenya, Egypt sign tea deal - The Daily Nation", "Kenya, Egypt sign tea deal", "The Daily Nation"),
    ("Kenya, Egypt sign tea deal | Capital FM &amp; News", "Kenya, Egypt sign tea deal", "Capital FM & News"),
    ("Kenya - Egypt tea deal signed", "Kenya - Egypt tea deal signed", None),
    ("Kenya - Egypt tea deal signed - The Star", "Kenya - Egypt tea deal signed", "The Star"),
    ("Kenya, Egypt sign tea deal | a long line that names no site", "Kenya, Egypt sign tea deal", None),
])
def test_site_name_after_the_headline_in_the_page_title(page_title: str, headline: str, expected: str | None) -> None:
    raw = from_html("x", page(f"<title>{page_title}</title>", STORY.format(title=headline)))
    assert raw.source == expected


def test_meta_site_name_wins_over_the_page_title() -> None:
    head = "<title>Kenya, Egypt sign tea deal | Nation</title><meta property='og:site_name' content='Nation Africa'>"
    assert from_html("x", page(head, STORY.format(title="Kenya, Egypt sign tea deal"))).source == "Nation Africa"


def test_pull_quote_comments_and_banners_are_no_sentences() -> None:
    facts = article("html4_mercopress_uruguay_china.html")
    assert (facts.title, facts.source, facts.published, facts.published_precision) == (
        "Uruguay and China sign beef and soybean protocols; trade reaches US$ 6.3 billion", "MercoPress",
        "2025-05-10", "day")
    assert sum("open doors" in s for s in facts.sentences) == 1, "the pull quote repeats the quoted paragraph"
    text = " ".join(facts.sentences)
    for furniture in ("Great Hall", "hardly a record", "newsletter", "cookies", "Rivera", "Paraguay", "Falklands"):
        assert furniture not in text
    assert figures(facts) == {("total_trade", 6.3e9, "USD", "2024"), ("exports", 2.9e9, "USD", "2024"),
                              ("imports", 3.4e9, "USD", "2024")}
    assert [q.speaker for q in facts.quotes] == ["Yamandú Orsi"]


def test_a_pull_quote_in_other_words() -> None:
    body = STORY.format(title="Kenya, Egypt sign tea deal") + (
        "<blockquote>“Our tea will now reach every table in Cairo”</blockquote>"
        "<p>“Our tea will now reach every table in Cairo,” Kenyan Trade Cabinet Secretary Lee Kinyanjui said.</p>"
        "<p>“We are ready to buy more,” said the Egyptian ambassador.</p>")
    text = from_html("x", page("<title>Kenya, Egypt sign tea deal</title>", body)).text
    assert text.count("every table in Cairo") == 1 and "“We are ready to buy more,”" in text


def test_visible_byline_date_and_a_caption_in_the_body() -> None:
    facts = article("html4_philstar_philippines_korea.html")
    assert (facts.title, facts.published, facts.published_precision, facts.dateline_place) == (
        "Philippines, South Korea FTA enters into force; trade seen hitting $20 billion", "2025-01-02", "day",
        "Manila")
    assert not any("DTI photo" in s or "Makati" in s for s in facts.sentences), "a photo's caption is no text"
    assert ("total_trade", 13.4e9, "USD", "2023") in figures(facts)
    assert ("fta", "in_force", "2025-01-01") in {(a.kind, a.status, a.date) for a in facts.agreements}
    assert not any("Japan" in s or "rice" in s for s in facts.sentences), "related and recommended stories"


@pytest.mark.parametrize("caption", [
    "Minister Sugiono and his counterpart at the signing in Hanoi on Tuesday. (Photo: Antara)",
    "Minister Sugiono and his counterpart at the signing in Hanoi on Tuesday. — Bernama pic",
    "Minister Sugiono and his counterpart at the signing in Hanoi on Tuesday. REUTERS/Thinh Nguyen/File Photo",
    "Minister Sugiono and his counterpart at the signing in Hanoi on Tuesday (Xinhua/Hu Nhat)",
])
def test_captions_that_end_with_the_photo_credit(caption: str) -> None:
    facts = written(f"{caption}\n\nThe two ministers discussed trade, which reached $14 billion last year.")
    assert not any("Sugiono" in s for s in facts.sentences)
    assert any("$14 billion" in s for s in facts.sentences)


def test_brackets_that_are_no_photo_credit_stay() -> None:
    facts = written("Trade rose 5% to $14 billion (file data show), the ministry said.\n\n"
                    "The talks were held in Hanoi (see the joint statement).")
    assert len(facts.sentences) >= 3


def test_a_sentence_ending_with_an_agencys_poll_is_no_caption() -> None:
    facts = written("Most Indonesians back the deal, according to a Reuters/Ipsos poll.\n\n"
                    "Leaders met in Jakarta, said AFP/Jiji Press.")
    assert "Most Indonesians back the deal, according to a Reuters/Ipsos poll." in facts.sentences
