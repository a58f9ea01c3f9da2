"""People's names and roles that used to be misread: a military rank before a name, a company's general manager,
offices written in lower case with their fields, a role running over another person's name, a minister's
portfolio before the name, and an organisation named with its acronym before a title (articles x_*.txt and
short texts)."""
from __future__ import annotations

import pytest
from extraction_support import article, written

from bot.core import people
from bot.core.facts import ArticleFacts
from bot.core.sentences import word_set


def roles(facts: ArticleFacts) -> dict[str, str | None]:
    return {p.name: p.role for p in facts.people}


def test_a_military_rank_and_a_retired_mark_before_a_name_are_no_name() -> None:
    facts = article("x_thestar_stm_lms.txt")
    people = {p.name: (p.role, p.aliases) for p in facts.people}
    assert people["Sabri Yusof"] == ("BNS managing director", ["Datuk Sabri Yusof"])
    assert "Rear Admiral" not in people
    assert [q.speaker for q in facts.quotes] == ["Sabri Yusof"]
    facts = written("Armed Forces Commander Lieutenant General (Retd) Agus Subiyanto said the joint exercise "
                    "would be held in May. Air Marshal Tonny Harjono told reporters the drills would be held in "
                    "Natuna.")
    assert roles(facts) == {"Agus Subiyanto": "Armed Forces Commander", "Tonny Harjono": None}


def test_a_company_s_general_manager_in_lower_case_is_a_role() -> None:
    assert roles(article("x_thestar_stm_lms.txt"))["Ozgur Guleryuz"] == "STM general manager"
    facts = written("Pertamina general manager Budi Santoso said the refinery would be ready in 2027.")
    assert roles(facts) == {"Budi Santoso": "Pertamina general manager"}


def test_an_office_written_in_lower_case_keeps_its_fields() -> None:
    assert roles(article("x_fmt_jssez.txt")) == {
        "Rafizi Ramli": "economy minister", "Gan Kim Yong": "trade and industry minister of Singapore",
        "Anwar Ibrahim": "Prime Minister of Malaysia", "Lawrence Wong": "Prime Minister of Singapore"}
    facts = written("The deal was signed by finance minister Budi Gunawan and Vietnam's industry and trade minister "
                    "Nguyen Hong Dien in Jakarta.")
    assert roles(facts) == {"Budi Gunawan": "finance minister",
                            "Nguyen Hong Dien": "industry and trade minister of Vietnam"}
    facts = written("Vietnam's foreign minister Bui Thanh Son met deputy prime minister Fadillah Yusof in Hanoi.")
    assert roles(facts) == {"Bui Thanh Son": "foreign minister of Vietnam", "Fadillah Yusof": "deputy prime minister"}


def test_a_role_never_runs_over_another_person_joined_by_and() -> None:
    assert roles(article("x_premiumtimes_nigeria_turkiye.txt"))["Recep Tayyip Erdoğan"] == "President"
    facts = written("Talks between Mr Prabowo and Prime Minister Pham Minh Chinh lasted two hours.")
    assert roles(facts) == {"Pham Minh Chinh": "Prime Minister"}
    facts = written("The talks between Joko Widodo and President Luong Cuong lasted two hours.")
    assert roles(facts)["Luong Cuong"] == "President"


def test_an_and_inside_a_field_or_an_organisation_stays_in_the_role() -> None:
    facts = written("National Research and Innovation Agency (BRIN) Chairman Laksana Tri Handoko said the "
                    "centre would open in 2026. Tourism, Arts and Culture Minister Tiong King Sing said so too. "
                    "British Business and Trade Secretary Peter Kyle also spoke.")
    assert roles(facts) == {
        "Laksana Tri Handoko": "National Research and Innovation Agency (BRIN) Chairman",
        "Tiong King Sing": "Tourism, Arts and Culture Minister",
        "Peter Kyle": "Business and Trade Secretary of United Kingdom"}


def test_a_minister_of_a_field_before_a_name_is_split_after_the_field() -> None:
    people = {p.name: (p.role, p.aliases) for p in article("x_arabnews_saudi_turkiye.txt").people}
    assert people["Khalid Al-Falih"] == ("Minister of Investment of Saudi Arabia", ["Al-Falih"])
    facts = written("Vietnamese Minister of Finance Nguyen Van Thang said the fund would be set up this year.")
    assert roles(facts) == {"Nguyen Van Thang": "Minister of Finance of Vietnam"}


def test_an_organisation_with_its_acronym_before_a_title_is_in_the_role() -> None:
    facts = article("x_dailysabah_turkiye_malaysia_defence.txt")
    assert roles(facts)["Haluk Görgün"] == "Defense Industries Agency (SSB) President"
    facts = written("The deal was signed at the fair in Jakarta, Defence Industry Policy Committee (KKIP) Chairman "
                    "Sjafrie Sjamsoeddin said.")
    assert roles(facts) == {"Sjafrie Sjamsoeddin": "Defence Industry Policy Committee (KKIP) Chairman"}


@pytest.mark.parametrize("sentence", [
    "BNS managing director Rear Admiral (Rtd) Datuk Sabri Yusof said two ships would be built in Istanbul.",
    "The drills will go on, said Lieutenant General (Retd) Agus Subiyanto, and Air Marshal Tonny Harjono told them.",
    "The deal was signed by economy minister Rafizi Ramli and Singapore’s trade and industry minister Gan Kim Yong.",
    "The fair in Istanbul, Defense Industries Agency (SSB) President Haluk Görgün said, closed with nontrade minister "
    "Ali Baba and xforeign, trade minister Abu Bakar.",
])
def test_the_fast_paths_find_ranks_lower_case_fields_and_acronyms_as_full_scans_do(sentence: str) -> None:
    titles = people._title_starts(sentence)
    assert _spans(people._titled_by_space(sentence, titles)) == _spans(people.TITLED.finditer(sentence))
    verbs = word_set(sentence) & people.SAID_CUES
    assert _spans(people.sayings(sentence, verbs)) == _spans(people.SAID.finditer(sentence))


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]
