"""People's names and roles, third round: a press release's role before a comma and its piled-up honorifics
(`YB Tengku Datuk Seri Utama`, `H.E. Prof. Dr.`) with the state's formal name, offices of universities in lower
case, one-word names after a title, and more ways of writing an office (articles z_*.txt, p3_*.txt and short
texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written


MALAYSIA_VIETNAM = ("Malaysia", "Vietnam")
MALAYSIA_VIETNAM_LEDE = "Malaysia and Vietnam held talks."


def test_a_press_release_role_before_a_comma_and_honorifics_give_the_person() -> None:
    assert people_of(article("z_miti_press_release.txt")) == {
        "Zafrul Aziz": ("Minister of Investment, Trade and Industry", ["YB Tengku Datuk Seri Utama Zafrul Aziz"]),
        "Ömer Bolat": ("Minister of Trade of Türkiye", ["H.E. Prof. Dr. Ömer Bolat"])}
    facts = written("The MoU was signed by the Deputy Minister of Finance, YB Dato' Sri Dr. Ahmad Maslan, and the "
                    "Minister of Industry and Trade of the Socialist Republic of Viet Nam, H.E. Dr. Nguyen Hong Dien, "
                    "in Hanoi.", MALAYSIA_VIETNAM, MALAYSIA_VIETNAM_LEDE)
    assert people_of(facts) == {
        "Ahmad Maslan": ("Deputy Minister of Finance", ["YB Dato' Sri Dr. Ahmad Maslan"]),
        "Nguyen Hong Dien": ("Minister of Industry and Trade of Vietnam", ["H.E. Dr. Nguyen Hong Dien"])}


def test_a_university_office_in_lower_case_is_a_role() -> None:
    found = people_of(article("z_thesun_education.txt"))
    assert found["Ahmad Farhan Mohd Sadullah"] == ("UPM vice-chancellor", ["Prof Datuk Dr Ahmad Farhan Mohd Sadullah"])
    facts = written("Universitas Indonesia rector Prof Ari Kuncoro said 40 students would go to Hanoi. Hanoi "
                    "University dean Nguyen Van Minh said the exchange would begin in May.")
    assert roles_of(facts) == {"Ari Kuncoro": "Universitas Indonesia rector",
                               "Nguyen Van Minh": "Hanoi University dean"}
    facts = written("The programme director Ari Kuncoro said 40 students would go to Hanoi.")
    assert roles_of(facts) == {"Ari Kuncoro": "director"}  # no `rector` inside `director`


def test_a_title_before_one_word_at_a_verb_a_comma_or_the_end_is_a_one_word_name() -> None:
    found = people_of(article("p3_tempo_indonesia_egypt.txt"))
    assert found["Sugiono"] == ("Foreign Minister", [])
    assert found["Badr Abdelatty"] == ("Foreign Minister of Egypt", ["Abdelatty"])  # his counterpart
    facts = written("Kazakhstan and Uzbekistan signed a treaty, Foreign Minister Nurtleu said. The treaty was "
                    "welcomed by President Tokayev.", ("Kazakhstan", "Uzbekistan"),
                    "Kazakhstan and Uzbekistan held talks.")
    assert roles_of(facts) == {"Nurtleu": "Foreign Minister", "Tokayev": "President"}


def test_one_word_after_a_title_that_is_a_known_name_or_no_name_is_no_one_word_name() -> None:
    facts = written("President Erdogan said Türkiye welcomed the talks. Turkish President Recep Tayyip Erdogan "
                    "visited Jakarta in February. Prime Minister Anwar, who visited Hanoi, met Prime Minister "
                    "Anwar Ibrahim's aides.")
    assert {name: aliases for name, (_, aliases) in people_of(facts).items()} == {
        "Recep Tayyip Erdogan": ["Erdogan"], "Anwar Ibrahim": ["Anwar"]}
    facts = written("The team won the President Cup, and the delegation met Chairman Emeritus. They visited the "
                    "Minister Counsellor, then President Indonesia said nothing on Monday.")
    assert people_of(facts) == {}


def test_a_lower_case_portfolio_before_a_comma_is_a_role() -> None:
    found = roles_of(article("p3_tempo_indonesia_egypt.txt"))
    assert found["Hassan El-Khatib"] == "minister of investment and foreign trade of Egypt"
    facts = written("Vietnam's minister of industry and trade, Nguyen Hong Dien, said exports would grow.")
    assert roles_of(facts) == {"Nguyen Hong Dien": "minister of industry and trade of Vietnam"}


def test_two_titles_in_lower_case_and_an_envoy_of_a_state_are_roles() -> None:
    found = roles_of(article("p3_tempo_indonesia_egypt.txt"))
    assert found["Sigit Puji Santosa"] == "Pindad president director"
    assert found["Lutfi Rauf"] == "Ambassador of Indonesia to Egypt"
    facts = written("Garuda Indonesia president director Wamildan Tsani Panjaitan said flights would start in "
                    "June. Ambassador of Vietnam to Indonesia Ta Van Thong said more tourists would come.")
    assert roles_of(facts) == {"Wamildan Tsani Panjaitan": "Garuda Indonesia president director",
                               "Ta Van Thong": "Ambassador of Vietnam to Indonesia"}


def test_a_retired_mark_and_a_rank_are_no_form_of_the_name() -> None:
    facts = written("The drills will go on. Defence Minister Lt Gen (Ret) Sjafrie Sjamsoeddin said on Tuesday.")
    assert people_of(facts) == {"Sjafrie Sjamsoeddin": ("Defence Minister", [])}
    assert people_of(article("p3_tempo_indonesia_egypt.txt"))["Ahmad Zainuddin"] == (
        "Navy's chief of staff for operations", [])
    facts = written("Major General Nguyen Van Nam, the army's chief of staff, said the drills would go on.")
    assert people_of(facts) == {"Nguyen Van Nam": ("army's chief of staff", [])}


def test_quotes_in_double_and_single_marks_and_he_said_after_a_quote_go_to_their_speakers() -> None:
    quotes = [(q.speaker, q.text[:30]) for q in article("p3_tempo_indonesia_egypt.txt").quotes]
    assert quotes == [("Sugiono", "Egypt is our gateway to Africa"), ("Sugiono", "We agreed to finish the first "),
                      ("Badr Abdelatty", "We offer Indonesian manufactur"),
                      ("Sigit Puji Santosa", "Egypt is a big market for armo"),
                      ("Badr Abdelatty", "This is a relationship between")]


def test_a_dotted_honorific_or_retired_mark_ends_no_sentence() -> None:
    from bot.core.sentences import split_sentences

    assert split_sentences("Works Minister YB Dato' Sri Ir. Ahmad Maslan said so. Defence Minister Lt. Gen. (Ret.) "
                           "Sjafrie Sjamsoeddin met Brig. Gen. Ts. Halim Omar.") == [
        "Works Minister YB Dato' Sri Ir. Ahmad Maslan said so.",
        "Defence Minister Lt. Gen. (Ret.) Sjafrie Sjamsoeddin met Brig. Gen. Ts. Halim Omar."]
    facts = article("p3_tempo_indonesia_egypt.txt")
    assert ("Sjafrie Sjamsoeddin", "Defence Minister") in [(p.name, p.role) for p in facts.people]


def test_a_role_after_a_one_word_name_and_a_nationality_is_the_second_persons() -> None:
    facts = article("a3_vir_vietnam_chile.txt")
    assert ("Gabriel Boric", "President of Chile") in [(p.name, p.role) for p in facts.people]
    facts = written("The deal was signed in the presence of Prabowo and Vietnamese President Luong Cuong.")
    assert ("Luong Cuong", "President of Vietnam") in [(p.name, p.role) for p in facts.people]
