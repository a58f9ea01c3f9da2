"""Agreements, round 50: `in the <adjective> city of X` and `in the first half of <year>` are a place and a time, no
field; `the agreement` with none of its class found yet is the one the sentence before names (an FTA too); a joint
statement on the partnership told signed is a declaration; one only lobbied for, talked over (`exchanged views on`)
or that something may yet become (`until it becomes a contract`) is none; `the Treaty concerning X` has X as its
field; a titled partnership launched is a body, dated by its launch to come; `The two ministers signed` after their
meeting on a day is dated and placed by it; instruments an FTA `was complemented by` are in force beside it (short
texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts


def _facts(pair: tuple[str, str], body: str, day: str = "June 6, 2024") -> ArticleFacts:
    return extract(RawArticle(id="written", text=f"{pair[0]}, {pair[1]} review ties\n{day}\n\n{body}"), pair)


def _entries(pair: tuple[str, str], body: str, day: str = "June 6, 2024") -> list[tuple[str, list[str], str,
                                                                                         str | None, str | None]]:
    """Each agreement of a story of the pair: kind, fields, status, date, place."""
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in _facts(pair, body, day).agreements]


def test_a_town_after_in_the_city_of_is_no_field_and_the_agreement_is_the_fta_told_before() -> None:
    body = ("Peru and Thailand vowed to speed up the ratification of the free trade agreement between them.\n\n"
            "The agreement, signed in the Thai city of Chiang Mai in March 2011, still awaits approval.")
    assert [(kind, fields, status, date) for kind, fields, status, date, _ in _entries(("Peru", "Thailand"), body)] \
        == [("fta", ["trade"], "signed", "2011-03")]
    # a field after `in the` stays one: `an agreement in the field of fisheries`
    body = "Peru and Thailand signed an agreement in the field of fisheries on Tuesday."
    assert [fields for _, fields, *_ in _entries(("Peru", "Thailand"), body)] == [["fisheries"]]


def test_the_agreement_with_nothing_found_before_is_the_fta_the_sentence_before_names() -> None:
    body = ("Ten years on, the Peru–Thailand FTA is getting a makeover.\n\n"
            "Negotiators held a second round of talks to update the agreement in Lima, adding rules that did not exist "
            "when the original treaty entered into force in May 2011.")
    assert [(kind, status, date) for kind, _, status, date, _ in _entries(("Peru", "Thailand"), body)] == [
        ("fta", "in_force", "2011-05")]
    # with a memorandum named before, `the agreement` stays of its own class
    body = ("Officials reviewed the memorandum on tourism.\n\n"
            "The agreement entered into force in May 2011.")
    assert [kind for kind, *_ in _entries(("Peru", "Thailand"), body)] == ["mou"]


def test_an_upgrade_to_sign_in_the_first_half_of_a_year_is_dated_by_it_not_a_field() -> None:
    body = ("Ten years on, the Peru–Thailand FTA is getting a makeover.\n\n"
            "Negotiators held talks to update the agreement in Lima, adding rules that did not exist when the original "
            "treaty entered into force in May 2011. Ministers hope to sign the upgraded agreement in the first half of "
            "2026.")
    entries = _entries(("Peru", "Thailand"), body)
    assert [(kind, fields, status, date) for kind, fields, status, date, _ in entries] == [
        ("fta", ["trade"], "in_force", "2011-05"), ("fta", ["trade"], "planned", "2026")]
    # a period phrase with no instrument told before it: still no field
    body = "Peru and Thailand hope to sign an agreement in the second quarter of 2026."
    assert [fields for _, fields, *_ in _entries(("Peru", "Thailand"), body)] == [[]]


def test_a_joint_statement_on_partnership_told_signed_is_a_declaration() -> None:
    body = ("The talks were the first since Hungary and Korea raised ties through the Joint Statement on "
            "Comprehensive Partnership signed in Seoul in March 2019.")
    assert _entries(("Hungary", "South Korea"), body) == [
        ("declaration", ["Comprehensive Partnership"], "signed", "2019-03", "Seoul")]
    # a joint statement on the partnership only told of is none
    body = "Hungary and Korea said in a Joint Statement on Comprehensive Partnership that ties were strong."
    assert _entries(("Hungary", "South Korea"), body) == []


def test_an_instrument_only_lobbied_for_or_talked_over_is_none() -> None:
    body = "Some exporters have been lobbying for a bilateral double taxation agreement with Vietnam."
    assert _entries(("Poland", "Vietnam"), body) == []
    body = "The two sides also exchanged views on a possible agreement on the recognition of diplomas."
    assert _entries(("Poland", "Vietnam"), body) == []
    # one the sides are to sign stays planned
    body = "Poland and Vietnam plan to sign an agreement on the recognition of diplomas."
    assert [status for _, _, status, *_ in _entries(("Poland", "Vietnam"), body)] == ["planned"]


def test_what_something_may_yet_become_is_no_instrument() -> None:
    body = "\"We will follow every lead until it becomes a contract,\" the consul said of Poland and Vietnam."
    assert _entries(("Poland", "Vietnam"), body) == []
    # a contract the sides will sign stays planned
    body = "Poland and Vietnam will sign a contract for rail cars next year."
    assert [(kind, status) for kind, _, status, *_ in _entries(("Poland", "Vietnam"), body)] == [
        ("contract", "planned")]


def test_a_treaty_concerning_its_title_has_it_as_field() -> None:
    body = ("Relations rest on the bilateral Treaty concerning the Promotion and Protection of Investments, in force "
            "since 2001.")
    assert _entries(("Latvia", "Morocco"), body) == [
        ("agreement", ["Promotion and Protection of Investments"], "in_force", "2001", None)]
    # `on` after the title's kind reads as before
    body = "Relations rest on the Treaty on Promotion and Protection of Investments, in force since 2001."
    assert _entries(("Latvia", "Morocco"), body) == [
        ("agreement", ["Promotion and Protection of Investments"], "in_force", "2001", None)]


def test_a_titled_partnership_to_be_launched_is_a_body_dated_by_its_launch() -> None:
    body = "It was announced that the Kenya–Dutch Water Partnership will be formally launched in Nairobi in May 2025."
    assert _entries(("Kenya", "Netherlands"), body, "March 3, 2025") == [
        ("council", ["water partnership"], "planned", "2025-05", "Nairobi")]
    # a partnership only told of is no body
    body = "The Kenya–Dutch Water Partnership was discussed in Nairobi."
    assert _entries(("Kenya", "Netherlands"), body, "March 3, 2025") == []


def test_the_two_ministers_signing_after_their_meeting_on_a_day_takes_its_day_and_town() -> None:
    body = ("The trade minister today ended a four-day mission to Chile.\n\n"
            "On Monday, the minister met his Chilean counterpart in Santiago. The two ministers signed a memorandum of "
            "understanding on cooperation in forestry.")
    assert _entries(("New Zealand", "Chile"), body, "June 6, 2024") == [
        ("mou", ["forestry"], "signed", "2024-06-03", "Santiago")]
    # with no meeting on a day told before, the story's day stands
    body = ("The trade minister today ended a four-day mission to Chile.\n\n"
            "The minister praised the ties. The two ministers signed a memorandum of understanding on cooperation in "
            "forestry.")
    assert [date for _, _, _, date, _ in _entries(("New Zealand", "Chile"), body, "June 6, 2024")] == ["2024-06-06"]


def test_instruments_an_fta_was_complemented_by_are_in_force() -> None:
    body = ("The Chile–Colombia Free Trade Agreement entered into force on May 8, 2009. It was complemented by "
            "agreements on investment and on public procurement.")
    assert _entries(("Chile", "Colombia"), body)[1:] == [
        ("agreement", ["investment"], "in_force", None, None),
        ("agreement", ["public procurement"], "in_force", None, None)]
    # the same words of a visit name no instrument
    body = "The visit was complemented by talks on investment and on public procurement."
    assert _entries(("Chile", "Colombia"), body) == []


def test_a_release_date_line_with_spaced_hyphens_gives_the_day_and_the_dateline() -> None:
    text = ("Minister ends trade mission to Colombia\n\nNews Release\n\n"
            "March 4, 2015 - Bogota, Colombia - Global Affairs Canada\n\n"
            "The minister today ended a three-day trade mission to Colombia.")
    facts = extract(RawArticle(id="written", text=text), ("Canada", "Colombia"))
    assert (facts.published, facts.dateline_place) == ("2015-03-04", "Bogota")
    # a line of words joined by a hyphen with no whole date is no date line
    text = ("Minister ends trade mission to Colombia\n\nCanada - Colombia relations\n\n"
            "The minister today ended a three-day trade mission to Colombia.")
    assert extract(RawArticle(id="written", text=text), ("Canada", "Colombia")).dateline_place is None
