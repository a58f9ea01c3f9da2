"""Fixtures: the local news site and parts tuned for fetching (short timeout, small size cap)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.bootstrap import Parts
from bot.config import Settings
from bot.db import engine_for
from bot.store import Store
from feed_site import Site, start_site


@pytest.fixture
def site() -> Iterator[Site]:
    """The news site, on a random port of 127.0.0.1."""
    state, server = start_site()
    yield state
    state.stop.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def news_site(site: Site) -> Site:
    """The site with its feeds and article pages in place."""
    site.serve("/feeds/world.rss", "world-desk.rss", etag='"world-1"')
    site.serve("/campus/feed.atom", "campus.atom", last_modified="Mon, 02 Mar 2026 08:00:00 GMT")
    site.serve("/nation/naval-vessels-pact", "shipbuilding.html")
    site.serve("/sport/badminton-crown", "badminton.html")
    site.serve("/markets/coffee-prices", "coffee.html")
    site.serve("/business/halal-showcase", "halal-expo.html")
    site.serve("/campus/news/joint-research-fund", "universities.html")
    site.serve("/campus/news/scholarships", "paywall.html")
    return site


def tuned_parts(settings: Settings, **changes: object) -> Parts:
    tuned = settings.model_copy(update={"fetch_timeout": 1.0, "max_article_bytes": 200_000, **changes})
    engine = engine_for(tuned.database_url)
    return Parts(settings=tuned, engine=engine, store=Store(engine, tuned))


@pytest.fixture
def web_parts(settings: Settings) -> Parts:
    """Parts on an empty database with a short fetch timeout, a small size cap, and private URLs allowed."""
    return tuned_parts(settings, allow_private_urls=True)


@pytest.fixture
def strict_parts(settings: Settings) -> Parts:
    """The same with NEWSBOT_ALLOW_PRIVATE_URLS off, as in production: 127.0.0.1 is refused."""
    return tuned_parts(settings, allow_private_urls=False)
