"""Article headers, round two: a year glued to the time on a scraped date line, a date in brackets after the
dateline's city, a masthead on the page's first line (spelt by the domain line, one CamelCase word, an acronym and a
word) and KUNA's end mark (articles y_*.txt and short written texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from bot.core.text_cleaning import clean
from extraction_support import article

_BODY = ("Indonesia and Vietnam agreed on Tuesday to raise their bilateral trade to $20 billion, officials said.\n"
         "The two ministers also discussed fisheries and energy.")


def _page(header: str, body: str = _BODY) -> ArticleFacts:
    """A page of the given header lines above a short story of Indonesia and Vietnam."""
    return extract(RawArticle(id="page", text=f"{header}\n{body}"), ("Indonesia", "Vietnam"))


def test_a_year_glued_to_the_time_on_a_scraped_date_line() -> None:
    facts = article("y_reuters_turkey_malaysia.txt")
    assert (facts.published, facts.published_precision, facts.source) == ("2025-02-11", "day", "Reuters")
    assert parse_date_line("3 March 20249:05 PM GMT+7Updated an hour ago") == "2024-03-03"
    assert parse_date_line("March 3, 202421:05") == "2024-03-03"
    assert parse_date_line("March 3, 20241") is None, "a longer number is no year"
    assert parse_date_line("March 3, 202421:050") is None, "nor one before a number that is no time"


def test_a_date_in_brackets_after_the_datelines_city_is_no_agency() -> None:
    facts = article("y_edge_mida_investment.txt")
    assert (facts.title, facts.source, facts.published, facts.dateline_place) == (
        "Turkish firms commit RM1.5b in new investments, says MIDA", "The Edge Malaysia", "2025-03-04",
        "Kuala Lumpur")
    cleaned = clean("Indonesia, Vietnam seek to double trade\n\nJAKARTA (Oct 7): Indonesia and Vietnam agreed on "
                    "Tuesday to raise their bilateral trade to $20 billion.")
    assert (cleaned.dateline_place, cleaned.dateline_date, cleaned.agency) == ("JAKARTA", "Oct 7", None)
    cleaned = clean("Indonesia, Vietnam seek to double trade\n\nJAKARTA (ANTARA) - Indonesia and Vietnam agreed on "
                    "Tuesday to raise their bilateral trade to $20 billion.")
    assert (cleaned.dateline_date, cleaned.agency) == (None, "ANTARA")


def test_a_first_line_spelt_by_the_sites_domain_line_is_the_masthead() -> None:
    facts = _page("The Hanoi Ledger\nIndonesia, Vietnam seek to double trade\nNguyen Van An\nHanoiledger.com\n"
                  "5 March 2025, 10:20 am")
    assert (facts.title, facts.source, facts.published) == (
        "Indonesia, Vietnam seek to double trade", "The Hanoi Ledger", "2025-03-05")
    facts = _page("The Saigon Ledger\nIndonesia, Vietnam seek to double trade\nNguyen Van An\nTheSaigonLedger.com\n"
                  "5 March 2025, 10:20 am")
    assert (facts.title, facts.source) == ("Indonesia, Vietnam seek to double trade", "The Saigon Ledger")
    facts = _page("The Hanoi Ledger\nIndonesia, Vietnam seek to double trade\nNguyen Van An\nexample.com\n"
                  "5 March 2025, 10:20 am")
    assert facts.source is None, "a domain that spells another name names no masthead"


def test_a_camel_case_word_or_an_acronym_name_on_the_first_line_is_the_masthead() -> None:
    facts = article("y_businessline_india_malaysia.txt")
    assert (facts.source, facts.title, facts.published) == (
        "BusinessLine", "India, Malaysia to settle trade in rupee, ringgit; sign 11 pacts", "2024-08-20")
    assert article("y_trt_fidan_mohamad.txt").source == "TRT World"
    for first, source in (("TradeWinds", "TradeWinds"), ("CNA Asia", "CNA Asia"), ("Business", None),
                          ("Our Bureau", None), ("UK Politics", None), ("PetroVietnam", None)):
        facts = _page(f"{first}\nIndonesia, Vietnam seek to double trade\nOur Bureau\nJakarta | March 4, 2025",
                      body=_BODY + "\nPetroVietnam will supply gas.")
        assert facts.source == source, first
        assert facts.title == "Indonesia, Vietnam seek to double trade", first


def test_kunas_end_mark_and_the_editors_initials_are_no_text() -> None:
    facts = article("y_kuna_kuwait_turkiye.txt")
    assert not any("(end)" in s for s in facts.summary)
    assert [e.what for e in facts.events if "fifth meeting" in e.what] == [
        "The fifth meeting of the committee was held in Kuwait in November 2022."]
    paragraphs = clean("Indonesia, Vietnam seek to double trade\n\nIndonesia and Vietnam set up a joint committee "
                       "in 2019. (END) ak/bs\nNo text").paragraphs
    assert paragraphs[0] == "Indonesia and Vietnam set up a joint committee in 2019."
    assert clean("Talks\n\nThe committee met (end of session) in May.").paragraphs == [
        "The committee met (end of session) in May."]
