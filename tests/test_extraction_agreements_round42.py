"""Agreements, round 42: one state's own agency is no council of the pair, and an instrument denied (`not a loan
agreement`) is none; an MoU signed to join a scheme has the scheme as its field; a titled `Framework for X` signed is an
instrument, and a capital the title runs on into is its place; a study of a work is a field however long; a pair's
council named in lower case after the pair's names joined by a dash is in being when its next meeting is told, and it
hides no instrument named besides it; the first session in a while founds nothing; an agreement a side hopes to sign
is planned; a titled agreement `between the Republic of X and the Republic of Y` that entered into force is in force,
and `The Agreement was signed ...` after it is the same one; a trade integration agreement is an FTA; a contract's
own signing told by `it signed ... in <town> in <month>` gives its date and town."""
from __future__ import annotations

from extraction_support import written


def _entries(body: str, pair: tuple[str, str], lede: str) -> list[tuple[str, list[str], str | None, str | None, str]]:
    """Each agreement of a short story of the pair: kind, fields, date, place and status."""
    return [(a.kind, a.domains, a.date, a.place, a.status) for a in written(body, pair, lede).agreements]


PE_BO = ("Peru", "Bolivia")
TALKS = "Peru and Bolivia held talks in Lima on Tuesday."


def test_one_states_own_agency_is_no_council() -> None:
    assert _entries("The framework was signed by the trade minister and a deputy head of Bolivia's National Planning "
                    "Commission after the two presidents held talks.", PE_BO, TALKS) == []
    assert _entries("An official of Peru's Energy Committee held talks with Bolivian officials.", PE_BO, TALKS) == []


def test_a_states_named_body_with_its_partner_is_still_the_pairs() -> None:
    assert [(kind, status) for kind, _, _, _, status in _entries(
        "Peru's Joint Commission with Bolivia held its fifth meeting in La Paz.", PE_BO, TALKS)] == [
        ("council", "established")]


def test_an_instrument_denied_by_what_it_is_not_is_none() -> None:
    assert [(kind, fields) for kind, fields, *_ in _entries(
        "“We signed a memorandum on tourism, not a credit agreement,” the minister said.", PE_BO, TALKS)] == [
        ("mou", ["tourism"])]
    assert _entries("The minister stressed it is not a binding treaty.", PE_BO, TALKS) == []


def test_not_only_an_instrument_is_one() -> None:
    assert [kind for kind, *_ in _entries("The two sides signed not only a trade agreement but also closer ties.",
                                          PE_BO, TALKS)] == ["fta"]  # a trade agreement is an FTA (round 45)


def test_an_mou_signed_to_join_a_scheme_has_the_scheme_as_its_field() -> None:
    assert _entries("Bolivia signed a memorandum of understanding to join the Pacific Alliance Trade Corridor in Lima "
                    "in June 2019.", PE_BO, TALKS) == [("mou", ["Pacific Alliance Trade Corridor"], "2019-06", "Lima",
                                                        "signed")]


def test_an_mou_to_do_a_thing_in_lower_case_keeps_its_purpose() -> None:
    assert [fields for _, fields, *_ in _entries(
        "Bolivia signed a memorandum of understanding to promote tourism in Lima in June 2019.", PE_BO, TALKS)] == [
        ["tourism"]]


def test_a_titled_framework_signed_is_an_instrument_placed_in_its_capital() -> None:
    assert _entries("Peru and Bolivia on Tuesday signed the Framework for Andean Energy Cooperation in Lima, years "
                    "after talks began.", PE_BO, TALKS) == [
        ("agreement", ["Andean Energy Cooperation"], "2025-03-11", "Lima", "signed")]


def test_a_framework_in_lower_case_is_no_instrument() -> None:
    assert _entries("The two sides signed a framework for cooperation in Lima.", PE_BO, TALKS) == []


def test_a_title_in_a_field_of_its_own_keeps_its_in() -> None:
    assert [fields for _, fields, *_ in _entries(
        "Peru and Bolivia signed the Agreement on Cooperation in Civil Aviation in Lima on Tuesday.", PE_BO,
        TALKS)] == [["Cooperation in Civil Aviation"]]


def test_a_study_of_a_work_is_a_field_however_long() -> None:
    assert ["joint feasibility study of the Desaguadero-Tacna cross-border railway", "media exchanges"] == [
        fields[0] for _, fields, *_ in _entries(
            "The two sides signed four instruments, including memorandums of understanding on the joint feasibility "
            "study of the Desaguadero-Tacna cross-border railway and on media exchanges.", PE_BO, TALKS)]


def test_a_pairs_body_in_lower_case_after_their_joined_names_is_in_being() -> None:
    assert _entries("The minister said the two sides would hold the next session of the Peruvian-Bolivian joint "
                    "economic commission in La Paz in October.", PE_BO, TALKS) == [
        ("council", ["economic"], None, None, "established")]


def test_a_body_in_lower_case_after_other_joined_names_is_none() -> None:
    assert _entries("The minister said the two sides would hold the next session of the Smith-Jones joint economic "
                    "commission in La Paz in October.", PE_BO, TALKS) == []
    assert _entries("The minister said the next session of the joint economic commission is to be in October.",
                    PE_BO, TALKS) == []


def test_a_body_to_meet_next_hides_no_instrument_named_besides_it() -> None:
    entries = _entries("The ministers agreed that the Peru-Bolivia joint commission will meet in Cusco in May to "
                       "follow up on the 2012 Titicaca Treaty.", PE_BO, TALKS)
    assert [(kind, date, status) for kind, _, date, _, status in entries] == [
        ("council", None, "established"), ("agreement", "2012", "in_force")]


def test_a_first_session_in_a_while_founds_nothing() -> None:
    assert _entries("The Peru-Bolivia joint commission is scheduled to convene in Lima in May, its first session "
                    "since 2018.", PE_BO, TALKS) == [("council", [], None, None, "established")]


def test_an_agreement_a_side_hopes_to_sign_is_planned() -> None:
    assert _entries("The two sides also discussed a pension agreement, which La Paz plans to sign next year.", PE_BO,
                    TALKS) == [("agreement", ["pension"], None, None, "planned")]


def test_an_agreement_only_discussed_is_none() -> None:
    assert _entries("The two sides also discussed a pension agreement, which experts say is overdue.", PE_BO,
                    TALKS) == []


def test_a_titled_agreement_between_two_republics_in_force_and_named_again() -> None:
    entries = _entries("The Economic Partnership Agreement between the Republic of Peru and the Plurinational State of "
                       "Bolivia entered into force today. The Agreement was signed in Cusco on 2 May 2021 and was "
                       "ratified by both congresses.", PE_BO, TALKS)
    assert [(kind, status) for kind, _, _, _, status in entries] == [("fta", "in_force")]


def test_a_trade_integration_agreement_is_an_fta() -> None:
    assert [(kind, status) for kind, _, _, _, status in _entries(
        "The Trade Integration Agreement between Peru and Bolivia took effect on Monday.", PE_BO, TALKS)] == [
        ("fta", "in_force")]


def test_a_capital_agreement_opening_a_sentence_with_a_title_is_no_back_reference() -> None:
    entries = _entries("Peru and Bolivia signed a protocol on fisheries in Lima on Tuesday. The Agreement on Customs "
                       "Cooperation was signed in Cusco in 2019.", PE_BO, TALKS)
    assert len(entries) == 2


def test_a_contracts_own_signing_told_by_it_signed_dates_and_places_it() -> None:
    entries = _entries("Lima-based Andes Metals paid US$300 million for a stake in Bolivian Tin Mines in 2024, under a "
                       "share purchase agreement it signed with state-owned Comibol in La Paz in November 2023.",
                       PE_BO, TALKS)
    assert [(kind, date, place) for kind, _, date, place, _ in entries] == [("contract", "2023-11", "La Paz")]


def test_a_contract_signed_by_others_in_a_clause_apart_keeps_the_sentence_date() -> None:
    entries = _entries("Peru and Bolivia signed a gas supply contract in Lima in March 2024, a deal they said would "
                       "run to 2030.", PE_BO, TALKS)
    assert [(kind, date, place) for kind, _, date, place, _ in entries] == [("contract", "2024-03", "Lima")]


def test_a_councils_pair_joined_by_an_en_dash_is_part_of_its_name() -> None:
    facts = written("The next meeting of the Peru–Bolivia Cooperation Committee is expected in La Paz in May. "
                    "The Peru-Bolivia Business Council met in Lima on Monday.", PE_BO, TALKS)
    assert [a.name for a in facts.agreements if a.kind == "council"] == [
        "Peru–Bolivia Cooperation Committee", "Peru-Bolivia Business Council"]
