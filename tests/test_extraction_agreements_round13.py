"""Agreements that used to come out wrong: a list of instruments one a line after `The agreements include:` missed
when a paragraph stands between it and their signing, a titled instrument whose field follows `of` (`a revised Treaty
of Transit`) left with none, where a codeshare deal's flights go taken for its field, and a council named again by
its acronym alone (`The PJCC was first inaugurated in Abidjan in February 2015`) left undated."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str | None]]:
    return [(a.kind, a.domains, a.date, a.place) for a in facts.agreements]


def _councils(facts: ArticleFacts) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.status, a.date, a.place) for a in facts.agreements if a.kind == "council"}


def test_a_list_naming_the_instruments_may_stand_a_paragraph_after_their_signing() -> None:
    entries = _entries(article("r13_agreements_1_larazon.txt"))
    for field in ("recovery of the Lake Titicaca basin", "mutual recognition of driving licences",
                  "cooperation against illicit drug trafficking"):
        assert [e for e in entries if e[1] == [field]][0][2] == "2022-06-20"
    facts = written("Kenya and Ethiopia signed seven agreements in Nairobi on Tuesday.\n\nPresident William Ruto said "
                    "the deals would open a new chapter. \"This is a historic day,\" he said.\n\n"
                    "The agreements signed include:\n\n- an agreement on water resources;\n"
                    "- a memorandum of understanding on livestock trade;",
                    pair=("Kenya", "Ethiopia"), lede="Kenya and Ethiopia held talks in Nairobi.")
    assert _entries(facts) == [("agreement", ["water resources"], "2025-03-11", "Nairobi"),
                               ("mou", ["livestock trade"], "2025-03-11", "Nairobi")]


def test_a_titled_instrument_of_a_common_noun_names_its_field() -> None:
    entries = _entries(article("r13_agreements_1_larazon.txt"))
    assert ("agreement", ["Transit"], "2022-06-20", "La Paz") in entries
    facts = written("The two countries signed a Treaty of Friendship and Cooperation on Monday. Both are parties to "
                    "the Treaty of Rome, signed in 1957.")
    assert [(a.domains, a.date) for a in facts.agreements] == [(["Friendship and Cooperation"], "2025-03-10"),
                                                                ([], "1957")]


def test_a_codeshare_deal_is_of_codeshare_not_of_the_flights_it_covers() -> None:
    facts = article("r13_agreements_1_larazon.txt")
    assert [a.domains for a in facts.agreements if a.parties == ["Aviación", "Sky Airline"]] == [["codeshare"]]
    facts = written("Garuda Indonesia and Vietnam Airlines signed a codeshare agreement on Monday covering daily "
                    "flights between Jakarta and Hanoi.")
    assert [a.domains for a in facts.agreements] == [["codeshare"]]


def test_a_council_named_again_by_its_acronym_takes_the_founding_it_tells() -> None:
    councils = _councils(article("r13_agreements_2_thepoint.txt"))
    assert councils["Senegalo-Gambian Presidential Council"] == ("established", "2018-05", "Dakar")
    facts = written("Ministers met for the sixth session of the Joint Permanent Commission (JPC) in Hanoi on "
                    "Tuesday.\n\nThe JPC was established in Jakarta in October 2009 and last met in 2022.")
    assert _councils(facts)["Joint Permanent Commission"] == ("established", "2009-10", "Jakarta")
