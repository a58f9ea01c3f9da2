"""Agreements, round 26: a partnership signed as a text is an instrument (`signed a Joint Declaration on a
Comprehensive Strategic Partnership`, `signed the Strategic Partnership agreement`, `a plan of action on ...`), one
only raised to (`elevated their ties to a strategic partnership`) is a level of ties; a sentence opening with an
instrument's kind that tells its signing (`The pact was signed in Manila on July 8, 2024`, `That partnership was signed
in Tokyo in 2011`) dates and places the one the sentence before names; the words of change before an instrument's
capitalised name are no part of it (`the newly upgraded Comprehensive Strategic Partnership`); each instrument listed
in one sentence takes the date of its own words (`an MoU on X in 2004, a treaty on Y in 2011 and ...`), and one after
a clause of another subject takes that clause's (`came into force in 2010 and the CPTPP took effect in 2022`) (articles
r26_agreements_1_vnexpress.txt to r26_agreements_4_nzherald.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.facts import ArticleFacts

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025


def _entries(facts: ArticleFacts) -> list[tuple[str, str, list[str], str | None, str, str | None]]:
    return [(a.kind, a.name, a.domains, a.date, a.status, a.place) for a in facts.agreements]


def test_a_partnership_signed_as_a_text_is_an_instrument() -> None:
    assert _entries(article("r26_agreements_1_vnexpress.txt")) == [
        ("declaration", "Vietnam–Philippines Joint Declaration on Comprehensive Strategic Partnership",
         ["Comprehensive Strategic Partnership"], "2024-01-30", "signed", "Hanoi"),
        ("agreement", "Vietnam–Philippines agreement on Maritime Strategic Partnership",
         ["Maritime Strategic Partnership"], "2024-01-30", "signed", "Hanoi"),
        ("mou", "Vietnam–Philippines memorandum of understanding on rice trade", ["rice trade"], "2024-01-30", "signed",
         "Hanoi")]
    facts = written("In 2013, Chile and Peru signed a Comprehensive Partnership agreement in Cusco. The two leaders "
                    "signed a Joint Declaration on a Comprehensive Strategic Partnership on Monday, elevating ties to "
                    "the highest level.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [
        ("agreement", "Chile–Peru agreement on Comprehensive Partnership", ["Comprehensive Partnership"], "2013",
         "signed", "Cusco"),
        ("declaration", "Chile–Peru Joint Declaration on Comprehensive Strategic Partnership",
         ["Comprehensive Strategic Partnership"], "2025-03-10", "signed", "Lima")]


def test_a_partnership_only_raised_to_is_no_instrument() -> None:
    facts = written("Chile and Peru elevated their ties to a Comprehensive Strategic Partnership in 2023. Boric said "
                    "the sides should consider upgrading the partnership further.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    facts = written("They discussed a plan of action for the partnership.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []


def test_the_signers_named_as_people_are_not_the_parties() -> None:
    facts = written("Trade ministers Claudia Sanhueza and Ursula Leon signed the Strategic Partnership agreement in "
                    "Lima on Monday.", pair=PAIR, lede=LEDE)
    assert [a.parties for a in facts.agreements] == [["Chile", "Peru"]]


def test_an_instrument_told_signed_in_the_next_sentence_takes_that_signing() -> None:
    assert _entries(article("r26_agreements_2_inquirer.txt")) == [
        ("agreement", "Japan–Philippines Agreement on Reciprocal Access", ["Reciprocal Access"], "2025-09-11",
         "in_force", "Camp Aguinaldo"),
        ("agreement", "Japan–Philippines Strategic Partnership", ["Strategic Partnership"], "2011", "signed", "Tokyo"),
        ("agreement", "Japan–Philippines agreement on defense equipment transfer", ["defense equipment transfer"],
         "2016-02-29", "signed", "Tokyo")]
    facts = written("The two countries marked the tenth anniversary of their Comprehensive Partnership. That "
                    "partnership was signed in Cusco in 2015.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", "Chile–Peru Comprehensive Partnership", ["Comprehensive Partnership"],
                                "2015", "signed", "Cusco")]
    # the story's day stood for one whose own sentence told none: the day told of its signing is its own
    facts = written("Chile and Peru signed the Strategic Partnership Agreement. The pact was signed in Cusco on "
                    "June 3, 2013.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", "Chile–Peru Agreement on Strategic Partnership", ["Strategic Partnership"],
                                "2013-06-03", "signed", "Cusco")]


def test_a_signing_told_again_keeps_the_day_its_own_sentence_told() -> None:
    facts = written("Chile and Peru signed a fisheries pact in Lima on Monday. The pact was signed in Cusco in 2013, "
                    "a minister claimed.", pair=PAIR, lede=LEDE)
    assert [(a.date, a.place) for a in facts.agreements] == [("2025-03-10", "Lima")]
    # `The agreement` with no instrument named in the sentence before makes no new one of its words
    facts = written("Chile and Peru signed a fisheries deal in 2019. Boric praised the ties. The pact was signed in "
                    "Cusco.", pair=PAIR, lede=LEDE)
    assert [(a.domains, a.date) for a in facts.agreements] == [(["fisheries"], "2019")]


def test_words_of_change_are_no_part_of_a_name() -> None:
    assert _entries(article("r26_agreements_3_antaranews.txt"))[::2] == [
        ("declaration", "Indonesia–Australia plan of action on Comprehensive Strategic Partnership",
         ["Comprehensive Strategic Partnership"], "2024-08-26", "signed", "Jakarta"),
        ("declaration", "Indonesia–Australia joint statement on Defence Cooperation Arrangement",
         ["Defence Cooperation Arrangement"], "2024-08-26", "signed", "Jakarta")]
    for body in ("The two leaders signed a joint statement on the newly elevated Comprehensive Strategic Partnership.",
                 "The ministers signed an action plan to implement the newly upgraded Comprehensive Strategic "
                 "Partnership."):
        assert [a.domains for a in written(body, pair=PAIR, lede=LEDE).agreements] == [
            ["Comprehensive Strategic Partnership"]]
    facts = written("The two leaders signed the landmark Comprehensive Strategic Partnership agreement on Monday.",
                    pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["Comprehensive Strategic Partnership"]]
    # a word of change before a field in lower case is the field's own
    facts = written("Chile and Peru signed a memorandum on new energy and mining.", pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["new energy", "mining"]]


def test_each_instrument_listed_takes_the_date_of_its_own_words() -> None:
    assert [(a.domains, a.date, a.status) for a in article("r26_agreements_4_nzherald.txt").agreements] == [
        (["air services"], "2004", "signed"), (["trade"], "2010-08", "in_force"),
        (["halal certification"], "2019-03", "signed"), (["Trans-Pacific Partnership"], "2022-11", "in_force")]
    facts = written("The two countries signed an MoU on education in 2004, a treaty on extradition in 2011 and an "
                    "agreement on tourism in March 2019.", pair=PAIR, lede=LEDE)
    assert [(a.domains, a.date) for a in facts.agreements] == [
        (["education"], "2004"), (["extradition"], "2011"), (["tourism"], "2019-03")]
    # a date told after a clause of its own is none of the instrument's; one told after both is both's
    facts = written("The two countries signed an MoU on education, which was first proposed in 2001, and a treaty on "
                    "extradition in 2011.", pair=PAIR, lede=LEDE)
    assert [a.date for a in facts.agreements] == ["2025-03-10", "2011"]
    facts = written("The two countries signed an MoU on education and a treaty on extradition in 2011.", pair=PAIR,
                    lede=LEDE)
    assert [a.date for a in facts.agreements] == ["2011", "2011"]


def test_a_clause_of_another_subject_keeps_its_status_and_date() -> None:
    facts = written("The two countries signed a free trade agreement in 2009, and the CPTPP took effect for both in "
                    "2022.", pair=PAIR, lede=LEDE)
    assert [(a.date, a.status) for a in facts.agreements] == [("2009", "signed")]
    facts = written("Peru joined the Pacific Alliance Free Trade Agreement in 2016 and the CPTPP took effect for it in "
                    "2021.", pair=PAIR, lede=LEDE)
    assert [(a.date, a.status) for a in facts.agreements] == [("2016", "in_force")]
    # the same instrument named again after `and` is no other subject
    facts = written("The two countries signed the Chile-Peru Free Trade Agreement (CPFTA) in 2006, and the CPFTA came "
                    "into force in 2009.", pair=PAIR, lede=LEDE)
    assert [(a.date, a.status) for a in facts.agreements] == [("2009", "in_force")]
    # nor are the two parties an instrument is between
    facts = written("The free trade agreement between Chile and Peru came into force in 2009.", pair=PAIR, lede=LEDE)
    assert [(a.date, a.status) for a in facts.agreements] == [("2009", "in_force")]
