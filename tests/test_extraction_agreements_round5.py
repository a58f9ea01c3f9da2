"""Agreements, fifth round: a region is no place of signing, a visit to come dates no instrument signed, qualifiers
joined by `and` before one noun are one field, the kind word `framework agreement` stays in the name (articles
html4_*.html, a4_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written


def places(facts) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [a.place for a in facts.agreements]


def test_a_region_named_in_the_sentence_is_not_where_an_instrument_was_signed() -> None:
    facts = article("html4_reuters_malaysia_chile.html")
    assert "Latin America" not in places(facts), "`as the Southeast Asian nation seeks new markets in Latin America`"
    facts = written("Indonesia and Vietnam signed an agreement on fisheries on Tuesday as both seek buyers in "
                    "Central Asia.")
    assert places(facts) and "Central Asia" not in places(facts)
    facts = written("Indonesia and Vietnam signed an MoU on tourism in Hanoi, aiming at visitors from Europe.")
    assert places(facts) == ["Hanoi"]


def test_a_visit_to_come_in_the_next_clause_does_not_date_an_instrument_signed() -> None:
    facts = article("html4_reuters_malaysia_chile.html")
    dates = [a.date for a in facts.agreements if a.kind == "mou"]
    assert dates and "2024-11" not in dates, "`and that ... Boric was expected to visit Malaysia in November`"
    facts = written("The minister said the two sides also signed an MoU on fisheries, and that the Vietnamese prime "
                    "minister was expected to visit Jakarta in December.", lede="Indonesia and Vietnam held talks "
                    "in Jakarta on Tuesday.")
    assert [a.date for a in facts.agreements] == ["2025-03-11"]
    assert places(facts) == ["Jakarta"]


def test_qualifiers_joined_by_and_before_one_noun_are_one_field() -> None:
    facts = article("html4_mercopress_uruguay_china.html")
    domains = [" ".join(a.domains) for a in facts.agreements]
    assert "scientific and technological cooperation" in domains and "scientific" not in domains
    facts = written("Indonesia and Vietnam signed agreements on economic and trade cooperation, tourism and health.")
    assert sorted(" ".join(a.domains) for a in facts.agreements) == \
        ["economic and trade cooperation", "health", "tourism"]
    facts = written("Indonesia and Vietnam signed MoUs on cultural and educational exchanges and fisheries.")
    assert sorted(" ".join(a.domains) for a in facts.agreements) == ["cultural and educational exchanges", "fisheries"]


def test_a_framework_agreement_keeps_its_kind_word_in_its_name() -> None:
    facts = article("a4_yenisafak_turkiye_malaysia.txt")
    assert "Malaysia–Türkiye framework agreement on defence industry cooperation" in [a.name for a in facts.agreements]
    facts = written("Indonesia and Vietnam signed a framework agreement on maritime security on Tuesday.")
    assert [a.name for a in facts.agreements] == ["Indonesia–Vietnam framework agreement on maritime security"]
