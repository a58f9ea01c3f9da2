"""A joint statement's list of documents exchanged, one a line, with no instrument word in the sentence that opens it
(`witnessed the exchange of the following documents:`), items with or without a letter; a dateline of an upper-case
city, its country and a hyphen (`NAIROBI, Kenya - `); a newsletter's call to sign up (`Get the latest news delivered to
your inbox.`) is no sentence of the story; a publisher beside the date on one line (`Anadolu Agency | 17.05.2023`) is
the source."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _signed(facts: ArticleFacts) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((a.kind, " ".join(a.domains).lower(), a.date, a.place) for a in facts.agreements
                  if a.status == "signed")


def test_documents_exchanged_one_a_line_are_entries() -> None:
    facts = article("r9_lists_1_kemlu.txt")
    signed = _signed(facts)
    assert [(kind, field) for kind, field, _, _ in signed] == [
        ("agreement", "defence industry"), ("mou", "electric vehicle industry"), ("mou", "health")]
    assert {date for _, _, date, _ in signed} == {"2022-07-27"}, "the first day of the visit the statement reports"
    assert [a.status for a in facts.agreements if a.kind == "fta"] == ["in_force"], "`the following documents` is no " \
        "second mention of the FTA named before"
    facts = written("The two ministers witnessed the signing of the following documents in Hanoi on Tuesday:\n\n"
                    "Memorandum of Understanding on Fisheries Cooperation;\n\n"
                    "Agreement on the Mutual Recognition of Driving Licences.\n\nThe talks were cordial.")
    assert [a.status for a in facts.agreements] == ["signed", "signed"]
    assert {(a.kind, a.date, a.place) for a in facts.agreements} == {("mou", "2025-03-11", "Hanoi"),
                                                                       ("agreement", "2025-03-11", "Hanoi")}
    assert not [a for a in facts.agreements if "following" in a.name], "the umbrella gives way to its items"


def test_a_city_its_country_and_a_hyphen_are_a_dateline() -> None:
    facts = article("r9_clean_1_nation.txt")
    assert facts.dateline_place == "Nairobi"
    assert facts.sentences[0].startswith("Kenya and Tanzania have agreed")
    facts = written("", lede="LIMA, Peru - Peru and Chile signed a fisheries accord on Monday.",
                    pair=("Peru", "Chile"))
    assert facts.dateline_place == "Lima" and facts.sentences[0].startswith("Peru and Chile signed")
    facts = article("p3_tempo_indonesia_egypt.txt")  # a masthead written as its web address, then the city
    assert (facts.dateline_place, facts.source) == ("Jakarta", "TEMPO.CO")
    assert facts.sentences[0].startswith("Indonesia and Egypt agreed")


def test_a_newsletter_call_to_sign_up_is_no_sentence() -> None:
    facts = article("r9_clean_1_nation.txt")
    assert not [s for s in facts.sentences if "inbox" in s]
    facts = written("Sign up for our morning briefing\n\nHave the day's top stories sent straight to your inbox "
                    "every morning.\n\nTrade between the two countries rose.")
    assert not [s for s in facts.sentences if "inbox" in s]


def test_a_publisher_beside_the_date_on_one_line_is_the_source() -> None:
    facts = article("r9_headers_1_anadolu.txt")  # `Anadolu Agency | 17.05.2023 14:20`
    assert (facts.source, facts.published, facts.dateline_place) == ("Anadolu Agency", "2023-05-17", "Ankara")
    facts = article("kyodo_korea_indonesia.txt")  # `KYODO NEWS - Sep 8, 2023 - 21:40 | World, All`
    assert (facts.source, facts.published) == ("Kyodo News", "2023-09-08")
