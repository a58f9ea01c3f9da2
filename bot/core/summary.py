"""Extractive summary: TextRank over sentence similarity, with numpy."""
from __future__ import annotations

from itertools import chain, product

import numpy as np

STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his in into is it its
of on or our said says she that the their them they this to was we were which while who will with would
also not more than over after before about both two its very can may such""".split())
_ALNUM = b"abcdefghijklmnopqrstuvwxyz0123456789"
# Keeps a-z and 0-9, lower-cases A-Z and makes every other byte a space; in UTF-8 no other character has an ASCII byte.
_ALNUM_ONLY = bytes(byte if byte in _ALNUM else byte + 32 if ord("A") <= byte <= ord("Z") else ord(" ")
                    for byte in range(256))
# The only characters outside ASCII whose lower case holds an ASCII letter (`İ` -> `i̇`, the Kelvin sign -> `k`):
# without them, the table lower-cases a sentence as str.lower would.
_LOWER_TO_ASCII = ("\u0130", "\u212a")
# Stopwords and every word under three characters, which are not counted.
_IGNORED = frozenset(word.encode() for word in STOPWORDS) | frozenset(
    bytes(letters) for size in (1, 2) for letters in product(_ALNUM, repeat=size))
# A copy starts each summary's columns of words: every ignored word has column 0, which is emptied. Looking a word up
# here drops it more cheaply than making each sentence's words a set and taking the ignored ones away.
_IGNORED_COLUMNS = dict.fromkeys(_IGNORED, 0)


def _words(sentence: str) -> list[bytes]:
    """The runs of a-z and 0-9 in the lower-cased sentence, repeats and ignored words included (as bytes: a
    translate table and split are several times faster than a regex)."""
    if not sentence.isascii() and (_LOWER_TO_ASCII[0] in sentence or _LOWER_TO_ASCII[1] in sentence):
        sentence = sentence.lower()
    return sentence.encode("utf-8", "replace").translate(_ALNUM_ONLY).split()


def _shared_words(bags: list[list[bytes]]) -> np.ndarray:
    """Words each pair of sentences shares, with each sentence's own count of words on the diagonal: words three
    characters long or more and not stopwords, each counted once."""
    # A word's column is the position where it first stands among all the bags' words: one pass, no vocabulary built
    # first; the columns of later repeats stay empty and add nothing, and a repeat in a sentence sets its cell again.
    column = _IGNORED_COLUMNS.copy()
    sizes = list(map(len, bags))
    total = sum(sizes)
    incidence = np.zeros((len(bags), total + 1))
    incidence[np.arange(len(bags)).repeat(sizes),
              np.fromiter(map(column.setdefault, chain.from_iterable(bags), range(1, total + 1)), np.intp, total)] = 1.0
    incidence[:, 0] = 0.0
    return incidence @ incidence.T


# The most sentences ranked: the graph grows with their square (and solving it with their cube), so a book-length
# text is summarised from its opening, where news put what matters.
RANKED_MAX = 300
# What depends only on how many sentences are ranked, made once: sliced, each is the array built for that many.
_EYE = np.eye(RANKED_MAX)
_ONES = np.ones(RANKED_MAX)
_LEAD_BONUS = 1.0 + 0.15 / (1.0 + np.arange(RANKED_MAX))


def textrank(sentences: list[str], count: int = 3, damping: float = 0.85) -> list[str]:
    """The `count` most central sentences, in their original order (lead sentences slightly favoured)."""
    # Six words or more; the split stops once it has found a sixth.
    usable = [s for s in sentences if len(s.split(None, 5)) > 5][:RANKED_MAX]
    if len(usable) <= count:
        return usable or sentences[:count]
    n = len(usable)
    bags = [_words(s) for s in usable]
    overlap = _shared_words(bags)
    sizes = np.log(overlap.diagonal() + 1.0)
    overlap.flat[::n + 1] = 0.0  # the diagonal
    norm = sizes[:, None] + sizes[None, :]
    # Only two empty sentences have no norm (and 0/0); only a sentence sharing no word has no total. Dividing with
    # `where` is several times slower, so it is kept for those.
    if sizes.all():
        sim = overlap / norm
    else:
        sim = np.divide(overlap, norm, out=np.zeros_like(overlap), where=norm > 0)
    totals = np.add.reduce(sim, axis=1, keepdims=True)  # sim.sum, without its Python wrappers
    if totals.all():
        transition = sim / totals
    else:
        transition = np.divide(sim, totals, out=np.full_like(sim, 1.0 / n), where=totals > 0)
    # The damped walk's stationary scores, solved for rather than iterated towards.
    scores = (1 - damping) / n * np.linalg.solve(_EYE[:n, :n] - damping * transition.T, _ONES[:n])
    best = (-(scores * _LEAD_BONUS[:n])).argsort()[:count]
    best.sort()
    return [usable[k] for k in best.tolist()]

