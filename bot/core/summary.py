"""Extractive summary: TextRank over sentence similarity, with numpy."""
from __future__ import annotations

import re

import numpy as np

STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his in into is it its
of on or our said says she that the their them they this to was we were which while who will with would
also not more than over after before about both two its very can may such""".split())
_WORD = re.compile(r"[a-z0-9]+")


def _words(sentence: str) -> set[str]:
    return {w for w in _WORD.findall(sentence.lower()) if w not in STOPWORDS and len(w) > 2}


def textrank(sentences: list[str], count: int = 3, damping: float = 0.85) -> list[str]:
    """The `count` most central sentences, in their original order (lead sentences slightly favoured)."""
    usable = [(i, s) for i, s in enumerate(sentences) if len(s.split()) >= 6]
    if len(usable) <= count:
        return [s for _, s in usable] or sentences[:count]
    bags = [_words(s) for _, s in usable]
    vocabulary = {word: k for k, word in enumerate(set().union(*bags))}
    n = len(bags)
    matrix = np.zeros((n, max(len(vocabulary), 1)))
    for row, bag in enumerate(bags):
        matrix[row, [vocabulary[w] for w in bag]] = 1.0
    overlap = matrix @ matrix.T
    np.fill_diagonal(overlap, 0.0)
    sizes = np.log(matrix.sum(axis=1) + 1.0)
    norm = sizes[:, None] + sizes[None, :]
    sim = np.divide(overlap, norm, out=np.zeros_like(overlap), where=norm > 0)
    totals = sim.sum(axis=1, keepdims=True)
    transition = np.divide(sim, totals, out=np.full_like(sim, 1.0 / n), where=totals > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(50):
        updated = (1 - damping) / n + damping * transition.T @ scores
        converged = np.abs(updated - scores).sum() < 1e-6
        scores = updated
        if converged:
            break
    lead_bonus = 1.0 + 0.15 / (1.0 + np.arange(n))
    best = sorted(np.argsort(-(scores * lead_bonus))[:count])
    return [usable[k][1] for k in best]
