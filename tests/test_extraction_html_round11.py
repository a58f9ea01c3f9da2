"""Saved pages of five more templates (r11_html_*.html: a WordPress news theme, an Arc XP page, a ministry's release,
an Arab daily's English edition, an AMP page): the story's date under its headline rather than the site's banner
showing today, the headline without the site's name the page appends, the site named only by the page's <title>,
the place and date a ministry signs its release with at the bottom, and a body without `Like us on Facebook`."""
from __future__ import annotations

from bot.core.article_reader import RawArticle, from_html
from bot.core.extract import extract
from extraction_support import article

STORY = ("<p>Kenya and Egypt signed a memorandum of understanding on tea exports in Nairobi on Tuesday, the two "
         "governments said in a joint statement after the talks.</p>"
         "<p>Trade between Kenya and Egypt reached $650 million in 2024, up from $540 million a year earlier, "
         "according to official figures published by the two trade ministries.</p>"
         "<p>The two countries also agreed to set up a joint business council to promote investment in "
         "agriculture, manufacturing and logistics over the next five years.</p>")


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_the_date_under_the_headline_not_the_banners_today() -> None:
    facts = article("r11_html_4_asharqalawsat.html")
    assert (facts.published, facts.published_precision) == ("2019-04-05", "day")
    html = page("<title>Kenya, Egypt sign tea pact</title>",
                "<header><span class='top-date'>Wednesday, 12 March, 2025</span><a href='/'>Home</a></header>"
                "<h1>Kenya, Egypt sign tea pact</h1><div class='meta'><span>Nairobi - Amina Yusuf</span>"
                f"<div class='node-date'>Tuesday, 11 March, 2025 - 18:40</div></div><div class='body'>{STORY}</div>")
    assert from_html("x", html).published == "2025-03-11"
    html = page("<title>Kenya, Egypt sign tea pact</title>", "<header><p>Wednesday, 12 March 2025</p></header>"
                f"<h1>Kenya, Egypt sign tea pact</h1><p>Tuesday, 11 March 2025 - 18:40</p><div>{STORY}</div>")
    assert from_html("x", html).published == "2025-03-11"  # a date the extractor passed over


def test_the_headline_without_the_sites_name_the_page_appends() -> None:
    assert article("r11_html_1_neweralive.html").title == \
        "Namibia, Angola ink five agreements as trade nears N$10 billion"
    html = page("<title>Kenya, Egypt sign tea pact – Capital News</title>"
                "<meta property='og:title' content='Kenya, Egypt sign tea pact – Capital News'>",
                f"<article><h1>Kenya, Egypt sign tea pact</h1>{STORY}</article>")
    assert from_html("x", html).title == "Kenya, Egypt sign tea pact"


def test_a_page_title_naming_no_story_is_the_site_and_a_releases_section_is_no_publisher() -> None:
    facts = article("r11_html_3_mea.html")
    assert facts.source == "Ministry of External Affairs, Government of India"
    assert "Press Releases" not in (facts.source or "")
    html = page("<title>Embassy of the Republic of Kenya in Cairo</title>",
                f"<div><h2>Press Releases</h2><h1>Visit of the Cabinet Secretary to Egypt</h1>{STORY}</div>")
    assert from_html("x", html).source == "Embassy of the Republic of Kenya in Cairo"
    text = ("Press Releases\nVisit of the Cabinet Secretary to Egypt\n12 March 2025\n\n"
            + STORY.replace("<p>", "").replace("</p>", "\n\n"))
    facts = extract(RawArticle(id="release", text=text), ("Kenya", "Egypt"))
    assert (facts.source, facts.title) == (None, "Visit of the Cabinet Secretary to Egypt")


def test_a_release_signed_off_with_its_place_and_date_has_that_dateline() -> None:
    facts = article("r11_html_3_mea.html")
    assert (facts.published, facts.dateline_place) == ("2015-05-17", "Ulaanbaatar")
    assert not any(s.strip() == "Ulaanbaatar" for s in facts.sentences)
    text = ("Visit of the Foreign Minister to New Zealand\n\nThe Foreign Minister of Chile held talks with the "
            "Minister of Foreign Affairs of New Zealand on 3 June 2019 and signed a memorandum of understanding on "
            "Antarctic cooperation.\n\nTrade between the two countries reached US$ 1.1 billion in 2018.\n\n"
            "Wellington\n4 June 2019")
    facts = extract(RawArticle(id="release", text=text), ("Chile", "New Zealand"))
    assert (facts.published, facts.dateline_place) == ("2019-06-04", "Wellington")


def test_a_line_asking_readers_to_follow_the_paper_is_no_body_text() -> None:
    facts = article("r11_html_5_tribune_amp.html")
    assert not any("Facebook" in s for s in facts.sentences)
    html = page("<title>Kenya, Egypt sign tea pact</title>",
                f"<article><h1>Kenya, Egypt sign tea pact</h1>{STORY}"
                "<p>Follow The Standard on Twitter and Instagram for the latest news and analysis.</p></article>")
    facts = extract(from_html("x", html), ("Kenya", "Egypt"))
    assert not any("Twitter" in s for s in facts.sentences)
