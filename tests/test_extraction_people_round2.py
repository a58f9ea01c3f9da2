"""People's names and roles, second round: Malay, Arab and Indonesian names of five or six words, a minister's
portfolio of fields the list lacked (`Agriculture and Forestry`), a second office given later keeping the first
role, and a nickname given by `known as` (articles y_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, written


def test_a_six_word_name_after_a_role_and_an_honorific_is_one_person() -> None:
    assert people_of(article("y_edge_mida_investment.txt"))["Sikh Shamsul Ibrahim Sikh Abdul Majid"] == (
        "MIDA chief executive officer", ["Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid"])
    assert "Ibrahim Sikh Abdul Majid" not in people_of(article("y_edge_mida_investment.txt"))
    facts = written("Deputy Investment Minister Datuk Wan Ahmad Fayhsal Wan Ahmad Kamal in Jakarta said trade "
                    "would grow.", ("Malaysia", "Indonesia"), "Malaysia and Indonesia held talks.")
    assert people_of(facts) == {"Wan Ahmad Fayhsal Wan Ahmad Kamal": (
        "Deputy Investment Minister", ["Datuk Wan Ahmad Fayhsal Wan Ahmad Kamal"])}


def test_a_long_name_ends_before_a_day_and_at_a_verb_of_saying() -> None:
    facts = written("Pertamina chief executive officer Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid Tuesday said "
                    "the refinery would be ready in 2027.")
    assert people_of(facts) == {"Sikh Shamsul Ibrahim Sikh Abdul Majid": (
        "Pertamina chief executive officer", ["Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid"])}
    facts = written("Deputy Minister Wan Ahmad Fayhsal Wan Ahmad Kamal said trade would grow.")
    assert people_of(facts) == {"Wan Ahmad Fayhsal Wan Ahmad Kamal": ("Deputy Minister", [])}
    facts = written("Trade would grow, said Datuk Wan Ahmad Fayhsal Wan Ahmad Kamal, the deputy minister.")
    # (the honoured form the sentence writes is kept, as round 24 reads an office in lower case after one)
    assert people_of(facts) == {"Wan Ahmad Fayhsal Wan Ahmad Kamal": (
        "deputy minister", ["Datuk Wan Ahmad Fayhsal Wan Ahmad Kamal"])}


def test_honorifics_are_no_words_of_a_long_name() -> None:
    facts = written("Tengku Datuk Seri Zafrul Abdul Aziz said trade would grow.")
    assert list(people_of(facts)) == ["Zafrul Abdul Aziz"]


def test_a_minister_of_agriculture_and_forestry_is_a_role() -> None:
    found = people_of(article("y_page_bernama.html"))
    assert found["Ibrahim Yumakli"] == ("Minister of Agriculture and Forestry of Türkiye", [])
    facts = written("Minister of Agriculture and Forestry Andi Amran Sulaiman met Vietnamese Minister of Food "
                    "Security Le Minh Hoan in Hanoi.")
    assert {name: role for name, (role, _) in people_of(facts).items()} == {
        "Andi Amran Sulaiman": "Minister of Agriculture and Forestry",
        "Le Minh Hoan": "Minister of Food Security of Vietnam"}


def test_a_second_office_given_later_keeps_the_first_role() -> None:
    found = people_of(article("y_page_bernama.html"))
    assert found["Ahmad Zahid Hamidi"][0] == "Deputy Prime Minister"
    assert list(found) == ["Ahmad Zahid Hamidi", "Ibrahim Yumakli"]


def test_a_nickname_given_by_known_as_is_an_alias() -> None:
    assert people_of(article("y_trt_fidan_mohamad.txt"))["Mohamad Hasan"] == (
        "Foreign Minister of Malaysia", ["Mohamad", "Tok Mat"])
    facts = written('Foreign Minister Retno Marsudi met Vietnamese Foreign Minister Bui Thanh Son. Marsudi, '
                    'popularly known as "Bu Retno", said ties were strong. The pact, known as Cepa, was signed.')
    assert people_of(facts)["Retno Marsudi"][1] == ["Marsudi", "Bu Retno"]
    assert all("Cepa" not in aliases for _, aliases in people_of(facts).values())


def test_a_day_after_a_short_name_is_no_word_of_it() -> None:
    facts = written("Prime Minister Datuk Seri Anwar Ibrahim Tuesday said trade would grow. Trade would grow, said "
                    "Trade Minister Budi Santoso Monday.", ("Malaysia", "Indonesia"), "Malaysia and Indonesia met.")
    assert {name: role for name, (role, _) in people_of(facts).items()} == {
        "Anwar Ibrahim": "Prime Minister", "Budi Santoso": "Trade Minister"}
    facts = written("Former Prime Minister Theresa May said trade would grow.")
    assert list(people_of(facts)) == ["Theresa May"]
