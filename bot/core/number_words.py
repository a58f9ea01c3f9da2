"""Small counts written as words, as news writes them: `five agreements`, `the first nine months`."""
from __future__ import annotations

NUMBER_WORDS = {word: number for number, word in enumerate((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"), start=1)}
# The words as a regex alternation (a longer word after its prefix is still found: `seventeen` after `seven`).
NUMBER_WORD_PATTERN = "|".join(NUMBER_WORDS)


def count_of(text: str) -> int:
    """The number a count is written as, in digits or in a word: `12`, `Twelve`."""
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]
