"""Article headers, round five: a dateline's country spelt with letters beyond ASCII (`Ankara, Türkiye –`), a site
that signs its own byline (`By Türkiye Today`), a byline of a paper and a date parted by a slash, and the share,
newsletter-consent, disclaimer and `Read Next` lines below the text (articles h5_*.txt and short written pages)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article

_BODY = ("Egypt and Qatar agreed on Tuesday to raise their bilateral trade to $5 billion, officials said.\n"
         "The two ministers also discussed energy and ports.")
_PAIR = ("Egypt", "Qatar")


def _page(text: str, pair: tuple[str, str] = _PAIR) -> ArticleFacts:
    """A page of the given lines, extracted for the pair."""
    return extract(RawArticle(id="page", text=text), pair)


def test_a_datelines_country_may_have_letters_beyond_ascii() -> None:
    facts = article("h5_turkiyetoday_turkiye_malaysia.txt")
    assert facts.dateline_place == "Ankara"
    assert facts.sentences[0].startswith("Türkiye and Malaysia signed agreements"), "the dateline is no text"
    facts = _page("Egypt, Qatar to double trade\nMarch 12, 2025\n\nDoha, Qatar – " + _BODY)
    assert facts.dateline_place == "Doha"
    facts = _page("Vietnam, Peru to double trade\nMarch 12, 2025\n\nHanoi, Việt Nam – Vietnam and Peru agreed on "
                  "Tuesday to double their trade, officials said.", ("Vietnam", "Peru"))
    assert (facts.dateline_place, facts.sentences[0][:7]) == ("Hanoi", "Vietnam")
    facts = _page("Mexico, Peru to double trade\nMarch 12, 2025\n\nLima, Perú — Mexico and Peru agreed on Tuesday "
                  "to double their trade, officials said.", ("Mexico", "Peru"))
    assert facts.dateline_place == "Lima"


def test_a_site_that_signs_its_own_byline_is_the_source() -> None:
    assert article("h5_turkiyetoday_turkiye_malaysia.txt").source == "Türkiye Today"
    facts = _page("Nile Review\nEconomy\nEgypt, Qatar to double trade\nMarch 12, 2025\nBy Nile Review\n" + _BODY)
    assert (facts.source, facts.title) == ("Nile Review", "Egypt, Qatar to double trade")
    facts = _page("Nile Review\nEconomy\nEgypt, Qatar to double trade\nMarch 12, 2025\nBy Ahmed Samir\n" + _BODY)
    assert facts.source is None, "a writer's byline names no site"


def test_a_byline_of_paper_and_date_parted_by_a_slash_gives_both_before_an_update() -> None:
    facts = article("h5_inquirer_philippines_japan.txt")
    assert (facts.source, facts.published, facts.dateline_place) == (
        "Philippine Daily Inquirer", "2026-01-07", "Manila")
    facts = _page("Egypt, Qatar to double trade\nThe Peninsula Herald / 9:05 PM March 11, 2025\n"
                  "Updated: March 13, 2025 at 10:00 AM\n" + _BODY)
    assert (facts.source, facts.published) == ("The Peninsula Herald", "2025-03-11")


def test_share_consent_disclaimer_and_read_next_lines_are_no_text() -> None:
    for name in ("h5_borneopost_malaysia_indonesia.txt", "h5_inquirer_philippines_japan.txt"):
        sentences = article(name).sentences
        assert not any(s.startswith(("Share this", "By providing", "Disclaimer", "Marcos to visit")) for s in sentences)
    facts = _page("Egypt, Qatar to double trade\nMarch 12, 2025\n" + _BODY + "\nShare this story:\nRead Next\n"
                  "Qatar, Oman sign visa waiver deal\nBy submitting your email, you agree to our terms.\n"
                  "Disclaimer: Views expressed are the writers' own.")
    assert facts.sentences[-1] == "The two ministers also discussed energy and ports."


def test_the_four_round_five_pages_keep_their_title_date_and_trade() -> None:
    expected = {
        "h5_astroawani_malaysia_turkiye.txt": (
            "Malaysia, Türkiye target US$10 bln trade as Anwar meets Erdogan in Ankara", "2026-01-06", "Ankara", 5.2e9),
        "h5_borneopost_malaysia_indonesia.txt": ("Sabah, North Kalimantan eye higher cross-border trade",
                                                 "2026-01-07", "Kota Kinabalu", 1.2e9),
        "h5_inquirer_philippines_japan.txt": ("PH, Japan sign pact on reciprocal access as trade hits $23 billion",
                                              "2026-01-07", "Manila", 23.1e9),
        "h5_turkiyetoday_turkiye_malaysia.txt": ("Türkiye, Malaysia sign defense deals as trade volume tops $5 billion",
                                                 "2026-01-07", "Ankara", 5.2e9),
    }
    for name, (title, published, place, trade) in expected.items():
        facts = article(name)
        assert (facts.title, facts.published, facts.published_precision, facts.dateline_place) == (
            title, published, "day", place), name
        assert any(f.value == trade for f in facts.trade_figures), name
