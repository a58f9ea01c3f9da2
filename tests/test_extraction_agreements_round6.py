"""Agreements, sixth round: instruments listed one a line after a colon, an MoU renewed or extended is signed anew,
an instrument still to enter into force is not in force, instruments of ratification exchanged are no signing, an
action noun sharing the complement of the next one, and `the MoU` named again (articles r6_agreements_*.txt and short
texts)."""
from __future__ import annotations

from extraction_support import article, written


def fields(facts) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(" ".join(a.domains) for a in facts.agreements)


def test_instruments_listed_one_a_line_after_a_colon_are_entries_signed_with_the_umbrella() -> None:
    facts = article("r6_agreements_1_hespress.txt")
    signed = [a for a in facts.agreements if a.status == "signed"]
    assert {"maritime transport", "vocational training", "renewable energy", "civil protection"} <= \
        {" ".join(a.domains) for a in signed}
    assert all(a.date == "2025-05-14" and a.place == "Rabat" for a in signed)
    assert "cooperation" not in fields(facts), "the umbrella `seven cooperation agreements` is listed by field"
    facts = written("Indonesia and Vietnam signed the following agreements in Hanoi on Tuesday:\n\n"
                    "1. An agreement on fisheries.\n2. A memorandum of understanding on tourism.\n\n"
                    "The talks were cordial.")
    assert fields(facts) == ["fisheries", "tourism"]
    assert {(a.status, a.date, a.place) for a in facts.agreements} == {("signed", "2025-03-11", "Hanoi")}
    facts = written("They talked about the following:\n\n- an agreement on fisheries;\n- trade.")
    assert facts.agreements == [] or all(a.status != "signed" for a in facts.agreements)


def test_an_mou_renewed_or_extended_is_signed_again_on_the_day() -> None:
    facts = article("r6_agreements_3_bangkokpost.txt")
    renewed = [a for a in facts.agreements if a.domains == ["recruitment of Thai workers"]]
    assert [(a.status, a.date, a.place) for a in renewed] == [("signed", "2025-06-09", "Bangkok")]
    assert not [a for a in facts.agreements if a.date == "2022"], "`The MoU, first signed in Riyadh in 2022` is the same"
    facts = article("r6_agreements_2_khaleejtimes.txt")
    renewed = [a for a in facts.agreements if a.domains == ["development financing"]]
    assert [(a.status, a.date) for a in renewed] == [("signed", "2025-01-21")], "not `first signed in 2019`"
    assert "first" not in fields(facts)
    facts = written("Indonesia and Vietnam on Tuesday renewed their agreement on fisheries, originally signed in 2015.")
    assert [(a.domains, a.status, a.date) for a in facts.agreements] == [(["fisheries"], "signed", "2025-03-11")]


def test_an_instrument_still_to_enter_into_force_is_signed_not_in_force() -> None:
    facts = article("r6_agreements_2_khaleejtimes.txt")
    cepa = [a for a in facts.agreements if a.kind == "fta"]
    assert [(a.status, a.date, a.place) for a in cepa] == [("signed", "2024-10-03", "Kuala Lumpur")]
    facts = written("The Indonesia-Vietnam free trade agreement, signed on 4 May 2024, will take effect in July.")
    assert [(a.status, a.date) for a in facts.agreements] == [("signed", "2024-05-04")]


def test_instruments_of_ratification_exchanged_bring_an_agreement_into_force() -> None:
    facts = article("r6_agreements_4_astanatimes.txt")
    investment = [a for a in facts.agreements if a.domains == ["promotion and reciprocal protection of investments"]]
    assert [(a.status, a.date) for a in investment] == [("in_force", "2025-08-27")]
    assert "promotion" not in fields(facts)
    facts = written("Indonesia and Vietnam exchanged instruments of ratification of their treaty on extradition on "
                    "Tuesday, bringing it into force.")
    assert [(a.status, a.date) for a in facts.agreements] == [("in_force", "2025-03-11")]
    facts = written("Indonesia and Vietnam signed an agreement on the establishment and operation of joint patrols.")
    assert fields(facts) == ["establishment and operation of joint patrols"]
