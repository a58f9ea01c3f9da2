"""Agreements, round 41: the list of the fields of instruments signed may come past a sentence that only tells again
where they were signed; a council named with the pair's names joined is in being when a meeting of it is told held;
an FTA of a trade bloc with one of the pair binds the other, a member of the bloc, in force (its parties the bloc and
the country), but not when neither of the pair is a member, nor one still negotiated."""
from __future__ import annotations

from extraction_support import agreement_entries, written


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, str, list[str], str | None, str]]:
    """Each agreement of a short story of the pair: kind, name, fields, date and status."""
    return [(a.kind, a.name, a.domains, a.date, a.status) for a in written(body, pair, lede).agreements]


KE_TZ = ("Kenya", "Tanzania")
SIGNED_LEDE = "Kenya and Tanzania signed three memoranda of understanding in Arusha on Monday."


def test_fields_listed_past_a_sentence_retelling_the_signing() -> None:
    facts = written("The documents were signed in the presence of the two presidents. The memoranda cover fisheries, "
                    "tourism and health.", KE_TZ, SIGNED_LEDE)
    assert [(a.kind, a.domains, a.date, a.place) for a in facts.agreements] == [
        ("mou", ["fisheries"], "2025-03-10", "Arusha"), ("mou", ["tourism"], "2025-03-10", "Arusha"),
        ("mou", ["health"], "2025-03-10", "Arusha")]
    facts = written("They were formally signed at State House. The agreements deal with mining and water.",
                    ("Ghana", "Nigeria"), "Ghana and Nigeria signed two agreements in Accra on Tuesday.")
    assert [a.domains for a in facts.agreements] == [["mining"], ["water"]]


def test_a_sentence_of_other_news_between_keeps_the_list_apart() -> None:
    facts = written("Trade between the two rose 12 per cent last year. The memoranda cover fisheries, tourism and "
                    "health.", KE_TZ, SIGNED_LEDE)
    assert [a.domains for a in facts.agreements] == [[]]
    facts = written("The documents were signed at State House. Other deals cover fisheries and tourism.", KE_TZ,
                    SIGNED_LEDE)
    assert [a.domains for a in facts.agreements] == [[]]


def test_a_pair_body_whose_meeting_is_told_held_is_in_being() -> None:
    assert [(kind, name, date, status) for kind, name, _, date, status in _entries(
        "The deals were signed at the meeting of the Kenyan-Tanzanian Joint Higher Committee, chaired by the two prime "
        "ministers.", KE_TZ, SIGNED_LEDE)][1:] == [
        ("council", "Kenyan-Tanzanian Joint Higher Committee", None, "established")]
    assert _entries("The pact was signed on Monday during a session of the Ghana-Nigeria Permanent Joint Commission "
                    "in Abuja.", ("Ghana", "Nigeria"), "Ghana and Nigeria held talks.")[-1][:2] == (
        "council", "Ghana-Nigeria Permanent Joint Commission")


def test_instruments_signed_at_a_pair_bodys_meeting_stay_besides_it() -> None:
    kinds = [(kind, fields) for kind, _, fields, _, _ in _entries(
        "Kenya and Tanzania on Tuesday signed two agreements on fisheries and customs during a meeting of the "
        "Kenya-Tanzania Joint Trade Committee.", KE_TZ, "Kenya and Tanzania held talks.")]
    assert ("agreement", ["fisheries"]) in kinds and ("agreement", ["customs"]) in kinds
    assert [kind for kind, _ in kinds].count("council") == 1


def test_a_meeting_only_wished_or_a_body_unnamed_by_the_pair_is_no_council() -> None:
    assert _entries("Officials called for a meeting of the Kenyan-Tanzanian Joint Higher Committee.", KE_TZ,
                    "Kenya and Tanzania held talks.") == []
    assert [kind for kind, *_ in _entries("The deals were signed at the meeting of the Joint Higher Committee.",
                                          KE_TZ, "Kenya and Tanzania held talks.")] == ["agreement"]


def test_a_blocs_fta_with_one_of_the_pair_binds_the_other_member() -> None:
    facts = written("Trade between the countries is governed by the ASEAN–Korea Free Trade Agreement, which entered "
                    "into force in 2007.", ("Vietnam", "South Korea"), "Vietnam and South Korea held talks.")
    assert [(a.kind, a.status, a.date, a.parties) for a in facts.agreements] == [
        ("fta", "in_force", "2007", ["ASEAN", "South Korea"])]
    facts = written("Swiss exporters have gained since the Japan-EFTA FTA took effect in 2009.",
                    ("Switzerland", "Japan"), "Switzerland and Japan held talks.")
    assert [(a.kind, a.parties) for a in facts.agreements] == [("fta", ["Japan", "EFTA"])]
    assert agreement_entries(written("Trade is governed by the GCC-Singapore Free Trade Agreement, in force since "
                                     "2013.", ("Singapore", "Oman"), "Singapore and Oman held talks.")) == [
        ("fta", ["trade"], "2013", "in_force")]


def test_a_blocs_fta_with_a_third_country_or_still_negotiated_is_not_the_pairs() -> None:
    # neither of the pair is a member of the bloc
    assert written("Vietnam already has the EU-Vietnam Free Trade Agreement, in force since 2020.",
                   ("Vietnam", "South Korea"), "Vietnam and South Korea held talks.").agreements == []
    # the bloc's partner is a third country
    assert written("Norway gained from the EFTA-Chile Free Trade Agreement, in force since 2004.",
                   ("Norway", "South Korea"), "Norway and South Korea held talks.").agreements == []
    # a bloc's FTA still negotiated is the bloc's talks
    assert written("The two sides agreed to speed up talks on the proposed Kenya-GCC Free Trade Agreement.",
                   ("Kenya", "Oman"), "Kenya and Oman held talks.").agreements == []
