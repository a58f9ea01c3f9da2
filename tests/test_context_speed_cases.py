"""The cheap tests before costly patterns in dates, date phrases and cleaning never skip a text the pattern matches."""
from __future__ import annotations

import re

import pytest

from bot.core import case_blind, date_phrases, dates, text_cleaning
from bot.core.money import find_money

SENTENCES = [
    "The summit WILL be held next week, and the fair is also set to open.",
    "The MİNİSTER wıll sign; the deal is ſet to take effect, they are now expected to ratify it.",
    "Talks are scheduled for Monday; the upcoming visit, which plans to cover trade, is to be held in Ankara.",
    "xwill_next 9shall plansto 'would' (due for) Upcoming-NEXT\tset\u00a0to",
    "Trade rose 12% in 2019 and RM3.2 billion in 2024-25, up from 190 units.",
    "No year here: 1,920 tonnes and 20 ships, 19 ports.",
    "",
]
LINES = ["January 5, 2026", "(Latest Update January 05, 2026)", "By Vu Anh December 11, 2024", "2026-01-07",
         "14.03.2024", "Posted 3 hours ago", "Home | News | World", "Tuesday 15 Oct 1999 10:47 AM", "19/20"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_future_tense_found_as_by_the_pattern(sentence: str) -> None:
    assert date_phrases.speaks_of_future(sentence) == (date_phrases.FUTURE_TENSE.search(sentence) is not None)


def test_only_the_listed_characters_fold_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.I)
    folded = {chr(c) for c in range(128, 0x30000) if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))}
    assert folded == set(case_blind.FOLDED_TO_ASCII)


@pytest.mark.parametrize("sentence", SENTENCES + LINES)
def test_year_digits_found_as_by_the_pattern(sentence: str) -> None:
    assert dates.has_year_digits(sentence) == (re.search(r"(?:19|20)\d\d", sentence) is not None)


@pytest.mark.parametrize("line", LINES)
def test_date_lines_still_parsed(line: str) -> None:
    parsed = dates.parse_date_line(line)
    assert parsed is None or dates.has_year_digits(line)
    if dates.has_year_digits(line) and "ago" not in line and "|" not in line and line != "19/20":
        assert parsed is not None


@pytest.mark.parametrize("line", ["Home | News | World", "Economy > Trade", "Home › Economy", "A » B", "a|b|c"])
def test_menus_still_found(line: str) -> None:
    assert text_cleaning._is_menu(line) == (line != "a|b|c")


def test_money_found_again_is_the_same_and_a_fresh_list() -> None:
    first = find_money(SENTENCES[4])
    first.clear()
    assert [m.text for m in find_money(SENTENCES[4])] == ["RM3.2 billion"]
