"""Caches of work on an article's own text (its sentences and spans of them), emptied as each article starts.

Several extractors ask the same question of the same sentence (its words, dates, amounts, countries), so the first
answer is kept for the others. An article must not be read faster because an earlier one held the same sentence,
though: a stream of real articles seldom repeats one, and a benchmark's corpus made by varying a few articles repeats
many, so keeping answers across articles would flatter the speed measured. Caches of words and names, which recur
across real articles too, are plain lru_caches.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

T = TypeVar("T")
_CACHES: list[_lru_cache_wrapper[Any]] = []


def per_article(maxsize: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """`lru_cache(maxsize)`, emptied by `start_article`."""
    def decorate(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached
    return decorate


def start_article() -> None:
    """Forget what earlier articles' text gave."""
    for cache in _CACHES:
        cache.cache_clear()
