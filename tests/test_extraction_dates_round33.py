"""Dates, round 33: a date line written year first with slashes (`2019/03/14 09:12`, Yonhap's) is a day, not its
year alone; a release's line of its date, place and issuer between long dashes (`November 8, 2023 – Santiago, Chile
– Global Affairs Canada`, the Government of Canada's) dates it, places it and names its issuer, and is no paragraph
(articles r33_dates_1_yonhapwire.txt, r33_dates_2_canadarelease.txt and short texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_iso
from bot.core.extract import extract
from extraction_support import article


def test_a_slashed_date_line_dates_the_day() -> None:
    facts = article("r33_dates_1_yonhapwire.txt")
    assert (facts.published, facts.published_precision) == ("2019-03-14", "day")
    assert facts.dateline_place == "Hanoi"
    assert [(e.date, e.place) for e in facts.events if "on Thursday" in e.quote] == [("2019-03-14", "Hanoi")]


def test_only_a_dashed_iso_date_is_read_as_iso() -> None:
    assert parse_iso("2019/03/14 09:12") is None
    assert parse_iso("2019.03.14") is None
    assert parse_iso("2019-03-14T09:12:00+09:00").iso() == "2019-03-14"
    assert parse_iso("2019").iso() == "2019"


def test_a_release_date_place_and_issuer_line() -> None:
    facts = article("r33_dates_2_canadarelease.txt")
    assert (facts.published, facts.published_precision) == ("2023-11-08", "day")
    assert facts.dateline_place == "Santiago"
    assert facts.source == "Global Affairs Canada"
    assert not any("–" in sentence and "2023" in sentence for sentence in facts.sentences)


def test_a_dashed_line_of_words_is_no_release_line() -> None:
    text = ("Chile, Canada talks\nMarch 12, 2025\n\nChile and Canada held talks.\n\n"
            "Trade – as officials said on Monday – keeps growing.\n\nMarch 10 – a day of talks – went well.")
    facts = extract(RawArticle(id="dashes", text=text), ("Chile", "Canada"))
    assert facts.published == "2025-03-12"
    assert any(sentence.startswith("Trade – as officials") for sentence in facts.sentences)
    assert any(sentence.startswith("March 10 – a day") for sentence in facts.sentences)


def test_a_timeline_line_in_the_body_is_kept() -> None:
    body = "\n\n".join(f"The talks covered trade in sector number {n} over the year." for n in range(9))
    text = (f"Chile, Canada talks\nMarch 12, 2025\n\nChile and Canada held talks.\n\n{body}\n\n"
            "March 10, 2025 – Ottawa – Chile and Canada open talks on a clean energy pact.")
    facts = extract(RawArticle(id="timeline", text=text), ("Chile", "Canada"))
    assert facts.published == "2025-03-12"
    assert any(sentence.startswith("March 10, 2025 – Ottawa") for sentence in facts.sentences)
