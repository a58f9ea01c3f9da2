"""What the extraction tests share: the test articles, and short stories written in a test."""
from __future__ import annotations

from pathlib import Path

from bot.core.article_reader import RawArticle, read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

ARTICLES = Path(__file__).resolve().parent / "articles"


def article(name: str) -> ArticleFacts:
    """Extracted with the default pair setting: the article's own pair must be found from its text."""
    return extract(read_article_file(ARTICLES / name, 5_000_000), ("Malaysia", "Türkiye"))


def written(body: str, pair: tuple[str, str] = ("Indonesia", "Vietnam"),
            lede: str = "Indonesia and Vietnam held talks.") -> ArticleFacts:
    """A short story of the pair dated 12 March 2025 with the given first paragraph and body."""
    text = f"{pair[0]}, {pair[1]} hold talks\nMarch 12, 2025\n\n{lede}\n\n{body}"
    return extract(RawArticle(id="written", text=text), pair)


def people_of(facts: ArticleFacts) -> dict[str, tuple[str | None, list[str]]]:
    """Each person found, by name: role and aliases."""
    return {p.name: (p.role, p.aliases) for p in facts.people}


def roles_of(facts: ArticleFacts) -> dict[str, str | None]:
    """Each person found, by name: role."""
    return {p.name: p.role for p in facts.people}


def dated_places(facts: ArticleFacts) -> list[tuple[str, str | None]]:
    """Each event found: its date and place."""
    return [(e.date, e.place) for e in facts.events]


def dated_places_of(facts: ArticleFacts, words: str) -> list[tuple[str, str | None]]:
    """The date and place of each event whose sentence has the words."""
    return [(e.date, e.place) for e in facts.events if words in e.quote]


def agreement_fields(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str]]]:
    """Each agreement of a short story of the pair: kind and fields."""
    return [(a.kind, a.domains) for a in written(body, pair, lede).agreements]


def placed_agreements(name: str) -> list[tuple[str, list[str], str | None, str, str | None]]:
    """Each agreement of a test article: kind, fields, date, status and place."""
    return [(a.kind, a.domains, a.date, a.status, a.place) for a in article(name).agreements]


def agreement_entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str]]:
    """Each agreement found: kind, fields, date and status."""
    return [(a.kind, a.domains, a.date, a.status) for a in facts.agreements]
