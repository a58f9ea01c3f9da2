"""Cheap stand-ins for case-blind (`re.I`) patterns: a test in the lower-cased text, or in its words (`word_set`),
before the costly pattern.

Lower-casing shows what `re.I` reads, one character for one, except for the letters it reads as ASCII ones that
lower-case to something else: `İ` (to two characters) and `ı` match `i`, and `ſ` matches `s`. A text with one of them
is searched with the pattern itself."""
from __future__ import annotations

import re
from string import ascii_lowercase

# Every character outside ASCII that `re.I` matches with an ASCII letter (tests/test_context_speed_cases.py checks
# the list is whole); the Kelvin sign lower-cases to the `k` it matches.
FOLDED_TO_ASCII = ("İ", "ı", "ſ", "\u212a")
_LOWERED_APART = re.compile("[" + "".join(c for c in FOLDED_TO_ASCII if c.lower() not in ascii_lowercase) + "]")


def lowers_like_re_i(text: str) -> bool:
    """Whether the lower-cased text holds, at the same places, every ASCII letter `re.I` reads in the text."""
    return text.isascii() or _LOWERED_APART.search(text) is None


def any_case_at(text: str, lower_pattern: re.Pattern[str]) -> int:
    """Where a pattern of lower-case letters first matches the text in any case, as it would with `re.I`, searched in
    the lower-cased text (a pattern without `re.I` lets the engine skip to its first letters); the text's length
    where it does not, 0 where lower-casing is no guide."""
    if not lowers_like_re_i(text):
        return 0
    found = lower_pattern.search(text.lower())
    return found.start() if found else len(text)
