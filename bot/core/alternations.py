"""Regex alternations grouped by their first letter: the engine then tries the one group whose letter stands where
a word may begin, not every alternative in turn (a pattern of many words searched through every sentence)."""
from __future__ import annotations

from collections.abc import Iterable


def top_level(alternation: str) -> list[str]:
    """The alternatives between a pattern's top-level `|`s (`A|B(?:c|d)` -> `A`, `B(?:c|d)`)."""
    alternatives: list[str] = []
    depth = start = 0
    for index, char in enumerate(f"{alternation}|"):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(alternation[start:index])
            start = index + 1
    return alternatives


def by_first_letter(alternatives: Iterable[str], guard: bool = False) -> str:
    """The alternatives (each opening with a letter) grouped behind their first letter, in their order within a
    group (`C(?:EO|hair)`); with `guard`, a look-ahead for those letters first. Alternatives opening with different
    letters never match at one place (no character is two letters, even ignoring case), so the groups' order is free."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert alternative[:1].isalpha() and alternative[1:], alternative
        groups.setdefault(alternative[0], []).append(alternative[1:])
    grouped = "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"
    return f"(?=[{''.join(sorted(groups))}]){grouped}" if guard else grouped


def at_word_start(*words: str) -> str:
    """The words as an alternation, each where a word starts (as `\\b` before it would say), written to open with
    their letters: the engine then skips to the places those letters are at, where a pattern opening with `\\b` is
    tried at every place of the text."""
    return "(?:" + "|".join(rf"{word}(?<!\w{word})" for word in words) + ")"
