"""Sentence splitting: a fast rule-based splitter that knows news abbreviations and quotes."""
from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "st", "jr", "sr",
    "inc", "ltd", "co", "corp", "bhd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "dept",
    "govt", "hon", "rt", "sdn", "datuk", "tan", "sri", "gov", "pres", "ph.d", "p.m", "a.m",
}
_CANDIDATE = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9ÇĞİÖŞÜÂÎÛ])")


def split_sentences(text: str) -> list[str]:
    """Paragraphs (one per line) into sentences; never merges across lines."""
    out: list[str] = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if paragraph:
            out.extend(_split_paragraph(paragraph))
    return out


def _split_paragraph(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end(2)
        before = paragraph[start:match.start(1)]
        word = re.search(r"([\w.]+)$", before)
        token = word.group(1).lower() if word else ""
        if match.group(1) == "." and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)
                                      or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)):
            continue
        if match.group(1) == "." and re.search(r"\d$", before) and re.match(r"\d", paragraph[match.end():]):
            continue
        pieces.append(paragraph[start:end].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        pieces.append(tail)
    return [p for p in pieces if p]


_LOWER_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=16384)
def word_set(sentence: str) -> frozenset[str]:
    """The lower-case words of a sentence: a cheap test before running costly patterns on it."""
    return frozenset(_LOWER_WORD.findall(sentence.lower()))
