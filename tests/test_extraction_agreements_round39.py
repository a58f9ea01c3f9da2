"""Agreements, round 39: instruments signed `during that visit` take the day and town of the visit told before; a
`Joint Study Group` is a council, and one named again by its acronym with the words of its forming (`The JSG was formed
in April`) takes that month though its first meeting dated it; a council named with the pair whose next meeting is told
is in being, undated; who signs (`a government-to-government agreement`) is no field; the instrument `anyone has
signed` is a measure of one told before, no instrument."""
from __future__ import annotations

from extraction_support import agreement_entries, agreement_fields, written

PAIR = ("Kenya", "Vietnam")
LEDE = "Kenya and Vietnam held talks in Nairobi on Tuesday."  # the story is of Wednesday 12 March 2025


def _fields(body: str) -> list[tuple[str, list[str]]]:
    return agreement_fields(body, PAIR, LEDE)


def test_instruments_signed_during_that_visit_take_the_visits_month_and_town() -> None:
    facts = written("The committee was set up in October during President William Ruto's state visit to Hanoi. "
                    "During that visit, the two sides also signed agreements on fisheries and tourism.", PAIR, LEDE)
    assert [(a.domains, a.date, a.place) for a in facts.agreements if a.kind == "agreement"] == [
        (["fisheries"], "2024-10", "Hanoi"), (["tourism"], "2024-10", "Hanoi")]


def test_instruments_signed_without_a_visit_told_keep_the_ledes_day() -> None:
    facts = written("The two sides also signed agreements on fisheries and tourism.", PAIR, LEDE)
    assert [(a.date, a.place) for a in facts.agreements] == [("2025-03-11", "Nairobi"), ("2025-03-11", "Nairobi")]


def test_a_study_group_formed_in_a_month_told_after_its_first_meeting_takes_that_month() -> None:
    facts = written("On Monday, the Kenya-Vietnam Joint Study Group (JSG) on trade held its first meeting in Nairobi. "
                    "The JSG was formed in November during President William Ruto's visit to Hanoi, when the two "
                    "countries raised their ties to a Strategic Partnership.", PAIR, LEDE)
    assert [(a.kind, a.date, a.status, a.place) for a in facts.agreements] == [
        ("council", "2024-11", "established", "Hanoi")]


def test_a_first_meeting_alone_still_dates_the_body() -> None:
    facts = written("On Monday, the Kenya-Vietnam Joint Study Group (JSG) on trade held its first meeting in "
                    "Nairobi.", PAIR, LEDE)
    assert [(a.kind, a.date, a.place) for a in facts.agreements] == [("council", "2025-03-10", "Nairobi")]


def test_a_pair_body_whose_next_meeting_is_told_is_in_being_undated() -> None:
    for body in ("The next meeting of the Kenya–Vietnam Trade Committee is expected to take place in Hanoi in "
                 "the autumn.",
                 "The Kenya-Vietnam Trade Committee will hold its next session in Hanoi in June."):
        facts = written(body, PAIR, LEDE)
        assert [(a.kind, a.date, a.status, a.place) for a in facts.agreements] == [
            ("council", None, "established", None)], body


def test_a_body_with_no_pair_name_or_set_up_later_is_not_told_in_being() -> None:
    assert _fields("The joint commission will meet in Hanoi in June.") == []
    facts = written("The two sides agreed to set up a Kenya-Vietnam Trade Committee, which will meet in Hanoi in "
                    "June.", PAIR, LEDE)
    assert [a.status for a in facts.agreements] == ["planned"]


def test_who_signs_is_no_field() -> None:
    facts = written("Kenya and Vietnam on Monday signed a ten-year government-to-government agreement for the "
                    "supply of rice.", PAIR, LEDE)
    assert [a.domains for a in facts.agreements] == [["supply of rice"]]
    assert _fields("Kenya and Vietnam signed a rice agreement on Monday.") == [("agreement", ["rice"])]


def test_the_instrument_anyone_has_signed_is_no_instrument() -> None:
    facts = written("Kenya and Vietnam signed a contract for the supply of rice on Monday. \"This is the cheapest "
                    "rice contract anyone has signed this year,\" the minister said.", PAIR, LEDE)
    assert agreement_entries(facts) == [("contract", ["supply of rice"], "2025-03-10", "signed")]
    # the pair who signs it, not anyone: an instrument
    assert [kind for kind, _ in _fields("The rice contract that Kenya has signed with Vietnam was signed in Hanoi on "
                                        "Monday.")] == ["contract"]


def test_a_visit_to_a_country_told_in_a_town_places_nothing() -> None:
    facts = written("Ruto visited Mombasa in January. Ruto is set to pay a state visit to Vietnam in May, his aide told "
                    "reporters in Nairobi on Monday. Observers expect the two countries to sign a rice agreement "
                    "during that visit.", PAIR, LEDE)
    assert [(a.status, a.place) for a in facts.agreements] == [("planned", None)]
