"""People, round 21: an office joined to a second by a dash is one role; `Eng.` ends no sentence; a bare monarch's
title takes the state the article names him by elsewhere; a prince's or a sheikh's Arab name is a person without an
office or a verb of saying; a title after `ibni`/`bin` is the father's, whose name (and honorifics) the son's goes on
with; `Minister at the Prime Minister's Office` is one title; a given name that stands alone only after `in` is a
city; a portfolio may end in a gloss in brackets (`Petroleum Resources (Gas)`); `Undersecretary` is a title and
`East` a portfolio's word; an office of a body (`Head of the Gas Sector Committee X`) ends at the body's last word;
a plain name after `by`, `and` or `with` whose office a state owns between commas is a person; `Hon.` is an
honorific and `External` a portfolio's word (articles r21_people_1_egypttoday.txt, r21_people_2_spa.txt,
r21_people_3_eluniversal.txt, r21_people_4_omannews.txt, r21_people_5_myjoyonline.txt,
r20_people_2_borneobulletin.txt, r20_people_4_akipress.txt, r20_events_2_telam.txt, r9_agreements_1_gna.txt and short
texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written


def test_an_office_joined_by_a_dash_to_the_one_before_the_name_is_one_role() -> None:
    assert roles_of(article("r20_people_4_akipress.txt"))["Akylbek Japarov"] \
        == "Chairman of the Cabinet of Ministers – Head of the Presidential Administration"
    facts = written("Talks opened in Astana on Monday.\n\nDeputy Prime Minister — Minister of Foreign Affairs Murat "
                    "Nurtleu met Azerbaijani Foreign Minister Jeyhun Bayramov in Astana.",
                    pair=("Kazakhstan", "Azerbaijan"), lede="Kazakhstan and Azerbaijan held talks on Monday.")
    assert roles_of(facts)["Murat Nurtleu"] == "Deputy Prime Minister — Minister of Foreign Affairs"
    assert roles_of(facts)["Jeyhun Bayramov"] == "Foreign Minister of Azerbaijan"


def test_an_engineers_eng_does_not_end_the_sentence() -> None:
    people = people_of(article("r21_people_1_egypttoday.txt"))
    assert people["Karim Badawi"] == ("Minister of Petroleum and Mineral Resources", ["Eng. Karim Badawi", "Badawi"])
    assert "Eng" not in people
    facts = written("Minister of Housing Eng. Sherif El-Sherbiny met Kenyan officials in Cairo on Monday.",
                    pair=("Egypt", "Kenya"), lede="Egypt and Kenya held talks on Monday.")
    assert people_of(facts) == {"Sherif El-Sherbiny": ("Minister of Housing", ["Eng. Sherif El-Sherbiny"])}


def test_a_portfolios_words_its_gloss_in_brackets_and_an_undersecretary() -> None:
    assert roles_of(article("r21_people_1_egypttoday.txt"))["Ekperikpe Ekpo"] \
        == "Minister of State for Petroleum Resources (Gas) of Nigeria"
    assert roles_of(article("r21_people_3_eluniversal.txt"))["Victoria Rodríguez Ceja"] == "Finance Undersecretary"
    assert roles_of(article("r21_people_4_omannews.txt"))["Khalifa bin Ali Al Harthy"] \
        == "Undersecretary of the Foreign Ministry for Diplomatic Affairs"
    facts = written("Kenya's Minister of State for East African Community Affairs Peninah Malonza met Ugandan "
                    "officials.",
                    pair=("Kenya", "Uganda"), lede="Kenya and Uganda held talks on Monday.")
    assert roles_of(facts) == {"Peninah Malonza": "Minister of State for East African Community Affairs of Kenya"}
    facts = written("Deputy Minister of Mineral Resources (Mining) Ali Kaya met Peru's Trade Undersecretary Ana "
                    "Torres.",
                    pair=("Türkiye", "Peru"), lede="Türkiye and Peru held talks on Monday.")
    assert roles_of(facts) == {"Ali Kaya": "Deputy Minister of Mineral Resources (Mining)",
                               "Ana Torres": "Trade Undersecretary of Peru"}


def test_a_bare_monarchs_title_takes_the_state_the_article_names_him_by() -> None:
    assert roles_of(article("r9_agreements_1_gna.txt"))["Mohammed VI"] == "King of Morocco"  # `the Moroccan monarch`
    facts = written("King Abdullah II received the Iraqi delegation in Amman. The Jordanian monarch praised the ties.",
                    pair=("Jordan", "Iraq"), lede="Jordan and Iraq held talks on Monday.")
    assert roles_of(facts) == {"Abdullah II": "King of Jordan"}
    facts = written("King Abdullah II received the Iraqi delegation in Amman. The new king praised the ties.",
                    pair=("Jordan", "Iraq"), lede="Jordan and Iraq held talks on Monday.")
    assert roles_of(facts) == {"Abdullah II": "King"}  # the text says of no state


def test_a_princes_or_a_sheikhs_arab_name_is_a_person_without_an_office() -> None:
    assert people_of(article("r21_people_1_egypttoday.txt"))["Reema bint Bandar"] \
        == (None, ["Princess Reema bint Bandar"])
    people = people_of(article("r21_people_2_spa.txt"))
    assert people["Haifa bint Mohammed Al Saud"] == (None, ["Princess Haifa bint Mohammed Al Saud"])
    assert people["Abdulaziz bin Salman"] == ("Minister of Energy", ["Prince Abdulaziz bin Salman"])
    facts = written("Sheikha Intisar Salem Al-Ali Al-Sabah opened the exhibition. Prince Faisal bin Farhan arrived "
                    "later. Prince Edward Island officials came too.",
                    pair=("Kuwait", "Egypt"), lede="Kuwait and Egypt held talks on Monday.")
    assert people_of(facts) == {"Intisar Salem Al-Ali Al-Sabah": (None, ["Sheikha Intisar Salem Al-Ali Al-Sabah"]),
                                "Faisal bin Farhan": (None, ["Prince Faisal bin Farhan"])}
    facts = written("Egyptian officials visited the Sheikh Zayed bin Sultan Al Nahyan Mosque.", pair=("Egypt", "UAE"),
                    lede="Egypt and the UAE held talks on Monday.")
    assert facts.people == []  # a place named after a sheikh


def test_a_fathers_name_is_part_of_the_sons_and_a_minister_at_the_prime_ministers_office() -> None:
    people = people_of(article("r20_people_2_borneobulletin.txt"))
    assert "Haji Omar" not in people  # `ibni Al-Marhum Sultan Haji Omar ...`: the Sultan's father
    assert people["Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof"] == (
        "Minister at the Prime Minister’s Office and Minister of Foreign Affairs II",
        ["Dato Seri Setia Awang Haji Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof", "Erywan"])
    facts = written("Sultan Ibrahim ibni Almarhum Sultan Iskandar received Singapore's Prime Minister Lawrence Wong. "
                    "Minister in the Prime Minister’s Department Datuk Seri Mohd Na’im bin Haji Mokhtar attended.",
                    pair=("Malaysia", "Singapore"), lede="Malaysia and Singapore held talks on Monday.")
    assert roles_of(facts) == {"Lawrence Wong": "Prime Minister of Singapore",
                               "Mohd Na’im bin Haji Mokhtar": "Minister in the Prime Minister’s Department"}


def test_a_given_name_standing_alone_only_after_in_is_a_city() -> None:
    assert people_of(article("r20_events_2_telam.txt"))["Santiago Cafiero"] == ("Foreign Minister of Argentina",
                                                                             ["Cafiero"])
    assert people_of(article("r21_people_3_eluniversal.txt"))["Victoria Rodríguez Ceja"][1] == []  # `in Victoria`
    facts = written("Foreign Minister Lima Rahman met officials in Lima on Monday. Talks in Lima ended late.",
                    pair=("Bangladesh", "Peru"), lede="Bangladesh and Peru held talks on Monday.")
    assert people_of(facts) == {"Lima Rahman": ("Foreign Minister", [])}
    facts = written("Foreign Minister Lima Rahman met officials in Lima on Monday. Lima said the talks went well.",
                    pair=("Bangladesh", "Peru"), lede="Bangladesh and Peru held talks on Monday.")
    assert people_of(facts) == {"Lima Rahman": ("Foreign Minister", ["Lima"])}


def test_the_head_of_a_body_named_before_the_name() -> None:
    people = people_of(article("r21_people_3_eluniversal.txt"))
    assert people["Marcelo Ebrard"] == ("Secretary of Foreign Affairs – Head of the Delegation of Mexico", ["Ebrard"])
    assert roles_of(article("r21_people_1_egypttoday.txt"))["Yassin Mohamed"] \
        == "Chairman of the Egyptian Natural Gas Holding Company – Head of the Gas Sector Committee"
    facts = written("President of the Asian Development Bank Masato Kanda met Egyptian officials. Chairman of the Suez "
                    "Canal Authority Osama Rabie attended.", pair=("Egypt", "Japan"),
                    lede="Egypt and Japan held talks on Monday.")
    assert roles_of(facts) == {"Masato Kanda": "President of the Asian Development Bank",
                               "Osama Rabie": "Chairman of the Suez Canal Authority"}


def test_a_plain_name_after_by_or_and_with_a_states_office_between_commas() -> None:
    assert roles_of(article("r21_people_4_omannews.txt"))["Fatma Mohamed Rajab"] == "Ambassador of Tanzania to Oman"
    facts = written("He met with Ali Bakari, Ghana's Minister of Trade, and others. In Kuala Lumpur, Malaysia's Prime "
                    "Minister spoke.", pair=("Ghana", "Malaysia"), lede="Ghana and Malaysia held talks on Monday.")
    assert roles_of(facts) == {"Ali Bakari": "Minister of Trade of Ghana"}


def test_hon_is_an_honorific_and_external_a_portfolios_word() -> None:
    people = people_of(article("r21_people_5_myjoyonline.txt"))
    assert people["Samuel Okudzeto Ablakwa"] == ("Minister for Foreign Affairs",
                                                 ["Hon. Samuel Okudzeto Ablakwa", "Ablakwa"])
    assert people["V. Muraleedharan"][0] == "Minister of State for External Affairs"
    facts = written("The talks were attended by Hon Peter Mathuki, Minister for Trade. Kenya's Minister of External "
                    "Trade Ali Hassan Joho met Indian officials.", pair=("Kenya", "India"),
                    lede="Kenya and India held talks on Monday.")
    assert roles_of(facts) == {"Peter Mathuki": "Minister for Trade",
                               "Ali Hassan Joho": "Minister of External Trade of Kenya"}


def test_a_short_form_opening_with_a_particle_names_its_person_in_an_event() -> None:
    events = article("r20_people_3_sarajevotimes.txt").events
    assert [e.actors for e in events if e.date == "2022-03"] == [["Marieke van der Linden"]]
    facts = written("Indonesian envoy Maria de la Cruz met Vietnamese officials in Hanoi on Monday. Ms de la Cruz "
                    "will return to Hanoi in May 2025 for talks with Vietnam on trade.")
    assert [e.actors[:1] for e in facts.events if e.date == "2025-05"] == [["Maria de la Cruz"]]
