"""Cite only what a page shows.

registry.dispatch pages every reply (PAGE_ITEMS items a page, in section order), so a handler that
knows the order of its items need only look up the citations of the items on the page asked for.
"""
from __future__ import annotations

from collections.abc import Sequence

from bot.reply import PAGE_ITEMS
from bot.store import Store, StoredFact


def page_window(page: int, total_items: int) -> range:
    """The item positions `paginate` keeps for this page (a page past the end shows the last one)."""
    pages = max(1, -(-total_items // PAGE_ITEMS))
    page = min(max(page, 1), pages)
    return range((page - 1) * PAGE_ITEMS, page * PAGE_ITEMS)


def cite_window(store: Store, facts: Sequence[StoredFact], window: range, offset: int = 0) -> list[StoredFact]:
    """The facts in order, those at positions (offset + index) inside the window with their citations."""
    inside = [i for i in range(len(facts)) if offset + i in window]
    cited = store.cite([facts[i] for i in inside])
    out = list(facts)
    for index, fact in zip(inside, cited, strict=True):
        out[index] = fact
    return out
