"""More shapes of article headers: a long subtitle above the byline's date, a section label in capitals above
the title, a city and a date without a comma, date lines and the publisher below the lede, a footer naming the
publisher's site and a wire's end mark (articles x_*.txt and short written texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from bot.core.text_cleaning import clean
from extraction_support import article

_BODY = ("Indonesia and Vietnam agreed on Tuesday to raise their bilateral trade to $20 billion, officials said.\n"
         "The two ministers also discussed fisheries and energy.")


def _page(header: str, body: str = _BODY, footer: str = "") -> ArticleFacts:
    """A page of the given header lines above a short story of Indonesia and Vietnam."""
    return extract(RawArticle(id="page", text=f"{header}\n{body}\n{footer}"), ("Indonesia", "Vietnam"))


def test_a_long_subtitle_above_the_bylines_date_is_no_body() -> None:
    facts = article("x_aa_bolat_zafrul.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2025-05-14", "day", "Ankara")
    facts = _page("Politics\nIndonesia, Vietnam seek to double trade\nIndonesian Trade Minister Budi Santoso "
                  "holds talks with Vietnamese Minister of Industry and Trade Nguyen Hong Dien on fisheries and energy "
                  "in Jakarta\nDewi Lestari |04.03.2025 - Update : 05.03.2025\nJAKARTA")
    assert (facts.published, facts.dateline_place) == ("2025-03-04", "Jakarta")
    assert facts.title == "Indonesia, Vietnam seek to double trade"


def test_a_section_label_in_capitals_above_the_title_is_no_place() -> None:
    facts = article("x_dailysabah_turkiye_malaysia_defence.txt")
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2025-07-23", "day", "Istanbul")
    facts = _page("The Jakarta Globe\nDIPLOMACY\nIndonesia, Vietnam seek to double trade\nHANOI Mar 4, 2025 - 9:10 am")
    assert (facts.published, facts.dateline_place) == ("2025-03-04", "Hanoi")
    facts = _page("The Jakarta Globe\nDIPLOMACY\nIndonesia, Vietnam seek to double trade\nKUALA LUMPUR\n"
                  "Mar 4, 2025 - 9:10 am GMT+8")
    assert (facts.published, facts.dateline_place) == ("2025-03-04", "Kuala Lumpur")
    for line in ("UPDATED Mar 4, 2025 - 9:10 am", "WORLD Mar 4, 2025", "AA 04.03.2025", "BERNAMA Mar 4, 2025"):
        facts = _page(f"Indonesia, Vietnam seek to double trade\n{line}")
        assert facts.dateline_place is None, line
    facts = _page("ENERGY\nIndonesia, Vietnam seek to double trade\nMarch 4, 2025")
    assert (facts.published, facts.dateline_place) == ("2025-03-04", None)
    facts = _page("HANOI\nIndonesia, Vietnam seek to double trade\nMarch 4, 2025")
    assert facts.dateline_place == "Hanoi", "a known city above the title is still the dateline"


def test_date_lines_and_the_publisher_below_the_lede() -> None:
    facts = article("x_arabnews_saudi_turkiye.txt")
    assert (facts.published, facts.published_precision, facts.source) == ("2025-04-27", "day", "Arab News")
    assert facts.dateline_place == "Riyadh"
    facts = _page("Indonesia, Vietnam seek to double trade",
                  "JAKARTA: Indonesia and Vietnam agreed on Tuesday to raise their trade to $20 billion, officials "
                  "said.\nUpdated 5 March 2025\nTHE JAKARTA GLOBE\nMarch 4, 2025 18:02\n"
                  "Trade reached $14 billion on January 9, 2024, officials said.")
    assert (facts.published, facts.source, facts.dateline_place) == ("2025-03-05", "The Jakarta Globe", "Jakarta")
    assert not any("Updated" in s or "2025 18:02" in s for s in facts.sentences), "date lines are no body"
    facts = _page("Indonesia, Vietnam seek to double trade",
                  "JAKARTA: Indonesia and Vietnam agreed on Tuesday to raise their trade to $20 billion, officials "
                  "said.\nTrade reached $14 billion on January 9, 2024, officials said.")
    assert facts.published is None, "a date inside a body sentence is no date line"


def test_a_footer_about_the_publishers_site_names_the_source() -> None:
    assert article("x_aa_bolat_zafrul.txt").source == "Anadolu Agency"
    assert article("x_premiumtimes_nigeria_turkiye.txt").source == "Premium Times"
    facts = _page("Indonesia, Vietnam seek to double trade\nMarch 4, 2025", footer=(
        "The Jakarta Post website carries only part of the stories sent to its subscribers."))
    assert facts.source == "The Jakarta Post"
    assert not any("website" in s for s in facts.sentences), "the footer is no body"
    facts = _page("Indonesia, Vietnam seek to double trade\nMarch 4, 2025", footer=(
        "Hanoi Trade Fair website lists the firms that will take part."))
    assert facts.source is None, "a site named in the body is no publisher's"


def test_a_wires_end_mark_is_cut_from_the_last_sentence() -> None:
    facts = article("x_vietnamplus_vietnam_turkiye.txt")
    assert [e.what for e in facts.events if e.date == "1978-06-07"] == [
        "Vietnam and Türkiye established diplomatic relations on June 7, 1978."]
    assert facts.published is None
    paragraphs = clean("Indonesia, Vietnam seek to double trade\n\nIndonesia and Vietnam set up a joint "
                       "committee in 2019./.\nVNA").paragraphs
    assert paragraphs[-1] == "Indonesia and Vietnam set up a joint committee in 2019."
