"""A ministry's release that lists its other releases under `Related releases` or `Related press releases` (blind
sets 18 and 20): their headlines and dates, after the story, gave events."""
from __future__ import annotations

from bot.core.article_reader import markdown_article
from bot.core.extract import extract

PAIR = ("Chile", "Peru")
STORY = ("# Chile and Peru sign port cooperation memorandum\n\n*Ministry of Foreign Trade · 12 March 2024*\n\n"
         "LIMA — Chile and Peru signed a memorandum of understanding on port cooperation in Lima on Monday, the "
         "ministry said.\n\nTrade between the two countries reached US$4.1 billion in 2023.\n\n---\n\n")


def test_related_releases_end_the_story() -> None:
    facts = extract(markdown_article("x", STORY + "**Related releases**\n\n- *Ministry opens trade office in "
                                               "Santiago* (5 March 2024)\n"), PAIR)
    assert [event.date for event in facts.events] == ["2024-03-11"]
    assert not any("Santiago" in sentence for sentence in facts.sentences)
    facts = extract(markdown_article("x", STORY + "**Related press releases**\n\n- Ministry opens trade office in "
                                               "Santiago – 5 March 2024\n"), PAIR)
    assert [event.date for event in facts.events] == ["2024-03-11"]


def test_a_sentence_on_related_releases_is_kept() -> None:
    facts = extract(markdown_article("x", STORY + "Related releases from both ministries are due next week.\n"), PAIR)
    assert any(sentence.startswith("Related releases") for sentence in facts.sentences)
