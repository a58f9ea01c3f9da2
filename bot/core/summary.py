"""Extractive summary: TextRank over sentence similarity, with numpy."""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his in into is it its
of on or our said says she that the their them they this to was we were which while who will with would
also not more than over after before about both two its very can may such""".split())
_WORD = re.compile(r"[a-z0-9]+")


def _words(sentence: str) -> list[str]:
    return [w for w in _WORD.findall(sentence.lower()) if w not in STOPWORDS and len(w) > 2]


def textrank(sentences: list[str], count: int = 3, damping: float = 0.85) -> list[str]:
    """The `count` most central sentences, in their original order."""
    usable = [(i, s) for i, s in enumerate(sentences) if len(s.split()) >= 6]
    if len(usable) <= count:
        return [s for _, s in usable] or sentences[:count]
    bags = [Counter(_words(s)) for _, s in usable]
    n = len(bags)
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            shared = sum((bags[i] & bags[j]).values())
            if shared:
                norm = math.log(len(bags[i]) + 1) + math.log(len(bags[j]) + 1)
                sim[i, j] = sim[j, i] = shared / norm if norm else 0.0
    totals = sim.sum(axis=1, keepdims=True)
    transition = np.divide(sim, totals, out=np.full_like(sim, 1.0 / n), where=totals > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(50):
        updated = (1 - damping) / n + damping * transition.T @ scores
        if np.abs(updated - scores).sum() < 1e-6:
            scores = updated
            break
        scores = updated
    lead_bonus = np.array([1.0 + 0.15 / (1 + pos) for pos in range(n)])
    best = sorted(np.argsort(-(scores * lead_bonus))[:count])
    return [usable[k][1] for k in best]
