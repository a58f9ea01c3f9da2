"""Facts that used to be wrong around multilateral gatherings and paraphrases: a summit that one country of the pair
hosts or attends alone (`The Philippines will host the 48th ASEAN Summit on May 8`, `Chinh attended the Group of 20
summit on Nov. 22`) taken for an event of the pair, and a few words quoted inside reported speech (`said the two
countries would "walk this road together" on the corridor`) taken for a quote."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _dates(facts: ArticleFacts) -> set[str]:
    return {e.date for e in facts.events}


def _texts(facts: ArticleFacts) -> set[str]:
    return {q.text for q in facts.quotes}


def test_a_gathering_only_one_of_the_pair_hosts_or_attends_is_not_the_pairs_event() -> None:
    dates = _dates(article("r14_multilateral_pna_philippines_vietnam.txt"))
    assert "2026-05-08" not in dates  # the Philippines hosts the ASEAN Summit
    assert "2025-11-22" not in dates  # Chinh at the G20 summit
    assert "2025-10-31" not in dates  # Marcos at the APEC leaders' meeting
    assert {"2025-11-24", "2025-11-23", "2025-10-26", "2026-11"} <= dates  # talks, arrival, a meeting there, both


def test_a_gathering_both_of_the_pair_take_part_in_stays() -> None:
    facts = written("New Zealand will host the Commonwealth Heads of Government Meeting in Auckland on March 3.\n\n"
                    "President Gabriel Boric flew to Brasilia for the BRICS summit on March 5.\n\n"
                    "Boric and Prime Minister Christopher Luxon held talks on the sidelines of the APEC summit in "
                    "Lima on March 7.\n\n"
                    "Ministers of Chile and New Zealand attended the UN General Assembly session in New York on "
                    "March 9.",
                    pair=("Chile", "New Zealand"), lede="Chile and New Zealand held talks on March 11.")
    whats = " ".join(e.what for e in facts.events)
    assert "Commonwealth" not in whats and "BRICS" not in whats  # one of the pair hosts, one attends
    assert {"2025-03-07", "2025-03-09", "2025-03-11"} <= _dates(facts)


def test_a_few_words_quoted_inside_reported_speech_are_no_quote() -> None:
    texts = _texts(article("r14_multilateral_standard_kenya_ethiopia.txt"))
    assert "walk this road together" not in texts and "a port, not a war" not in texts
    assert {"Ethiopia is not alone", "a historic day for the Horn of Africa",
            "put an end to decades of isolation for our traders"} <= texts


def test_a_short_statement_quoted_in_full_stays() -> None:
    facts = written("Widodo said relations with Hanoi were \"on the right track\" after the talks.\n\n"
                    "Widodo told reporters: \"we are ready to sign\".\n\n"
                    "\"Our doors are open,\" Prime Minister Pham Minh Chinh said.",
                    lede="President Joko Widodo met Prime Minister Pham Minh Chinh in Jakarta on Tuesday.")
    texts = _texts(facts)
    assert "on the right track" not in texts
    assert {"we are ready to sign", "Our doors are open"} <= texts
