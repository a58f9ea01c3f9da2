"""Sentence splitting: a fast rule-based splitter that knows news abbreviations and quotes."""
from __future__ import annotations

import re

from bot.core.article_caches import per_article

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "st", "jr", "sr",
    "inc", "ltd", "co", "corp", "bhd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "dept",
    "govt", "hon", "rt", "sdn", "datuk", "tan", "sri", "gov", "pres", "ph.d", "p.m", "a.m", "ir", "ts", "ret",
    "retd", "rtd", "maj", "brig", "adm", "cmdr", "cdr", "amb", "rs", "tk", "rp", "ksh", "eng",
    # Muhammad shortened before a name, as Malaysian papers write it: `Mohd. Azmi`.
    "mohd", "muhd",
}
# Muhammad shortened so before a name by Bangladeshi papers (`Md. Rafiqul Islam`); only so cased, as `MD.` ends a
# sentence on a managing director.
CASED_ABBREVIATIONS = frozenset({"Md"})
# `[.!?…][.!?…]*` rather than `[.!?…]+`: a leading character class lets the regex engine skip ahead to it. The next
# sentence opens with a digit or a capital, of any alphabet (`Đà Nẵng`, `Élysée`): a letter outside ASCII is checked to
# be a capital by the code.
_CANDIDATE = re.compile(r"([.!?…][.!?…]*)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?(?P<next>[A-Z0-9]|[^\x00-\x7f]))")
_TOKEN_END = re.compile(r"[\w.]+$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def split_sentences(text: str) -> list[str]:
    """Paragraphs (one per line) into sentences; never merges across lines."""
    out: list[str] = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if paragraph and _has_inner_stop(paragraph):
            out.extend(_split_paragraph(paragraph))
        elif paragraph:
            out.append(paragraph)
    return out


# What may end a paragraph after its last sentence's stop: more stops, closing quotes and brackets.
_FINAL_STOPS = ".!?…\"'”’)]"


def _split_paragraph(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        following = match.group("next")
        if not following.isascii() and not following.isupper():
            continue
        if match.group(1) == "." and _continues(paragraph, paragraph[start:match.start(1)], match.end()):
            continue
        pieces.append(paragraph[start:match.end(2)].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        pieces.append(tail)
    return [p for p in pieces if p]


def _has_inner_stop(paragraph: str) -> bool:
    """A stop before the paragraph's final one: a necessary condition of `_CANDIDATE` (whose stop has a space after
    it), found by substring tests far faster than the pattern's scan, as most paragraphs are one sentence."""
    inner = paragraph.rstrip(_FINAL_STOPS)
    return "." in inner or "!" in inner or "?" in inner or "…" in inner


def _continues(paragraph: str, before: str, after: int) -> bool:
    """A full stop that does not end the sentence: after an abbreviation or initials, or inside a number."""
    # The word before the stop is within the text's last whitespace-separated chunk, so only that is searched.
    word = _TOKEN_END.search(before.rsplit(None, 1)[-1]) if before and not before[-1].isspace() else None
    token = word.group().lower() if word else ""
    if token in ABBREVIATIONS or word and word.group() in CASED_ABBREVIATIONS \
            or (len(token) == 1 and "a" <= token <= "z") or _INITIALS.fullmatch(token):
        return True
    if before.endswith("S/") and paragraph[after:after + 1].isdecimal():
        return True  # Peru's sol signed the older way, its amount after: `S/. 423 million`
    return before[-1:].isdecimal() and paragraph[after:after + 1].isdecimal()


# Keeps a-z and makes every other byte a space; in UTF-8 no other character has an ASCII byte.
_LETTERS_ONLY = bytes(byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256))


@per_article(maxsize=16384)
def word_set(sentence: str) -> frozenset[str]:
    """The lower-case words (runs of a-z) of a sentence: a cheap test before running costly patterns on it.
    A byte translate table and split find them about twice as fast as a regex."""
    return frozenset(sentence.lower().encode("utf-8", "replace").translate(_LETTERS_ONLY).decode("ascii").split())
