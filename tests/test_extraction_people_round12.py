"""People and quotes that used to be missed or misread: a name before an office held `former`ly or `acting`
between commas, an office between commas whose holder ends the sentence, a body's name in brackets taken for a
name, a visitor named by the family name alone, a short answer in an interview, `he said` after a passage opening
with its subject, offices `-elect` and `-designate`, a country of two words owning an office, the First Lady, and
a portfolio listed with commas."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, people_of, roles_of, written


def _quotes(facts: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_name_before_an_office_held_formerly_or_acting_between_commas() -> None:
    roles = roles_of(article("r10_people_4_kazinform.txt"))
    assert roles["Marcos Montes Cordeiro"] == "former Minister of Agriculture of Brazil"
    facts = written("The delegation was led by Juan Carlos Varela, former President of Panama, and met business "
                    "leaders in Jakarta.")
    assert roles_of(facts)["Juan Carlos Varela"] == "former President of Panama"
    facts = written("In Hanoi, former Minister of Trade Vu Huy Hoang opened the fair.")
    assert "In Hanoi" not in roles_of(facts)


def test_an_office_between_commas_whose_holder_ends_the_sentence() -> None:
    roles = roles_of(article("r10_people_2_newvision.txt"))
    assert roles["Bagiire Vincent Waiswa"] == "Permanent Secretary in the Ministry of Foreign Affairs"
    roles = roles_of(article("r12_people_4_dawn.txt"))
    assert roles["Jayantha Perera"] == "High Commissioner of Sri Lanka in Islamabad"
    assert roles["Sarfraz Ahmed Khan Sipra"] == "deputy high commissioner of Pakistan in Colombo"
    facts = written("The talks were attended by the Director-General in the Ministry of Trade, Dr Arif Rahman.")
    assert roles_of(facts)["Arif Rahman"] == "Director-General in the Ministry of Trade"
    roles = roles_of(article("r12_people_3_timesca.txt"))  # an office and its name before another titled name
    assert roles["Abdulaziz Kamilov"] == "Foreign Minister of Uzbekistan"
    assert roles["Usmonali Usmonzoda"] == "Minister of Energy and Water Resources of Tajikistan"


def test_a_bodys_name_with_a_gloss_in_brackets_is_no_name() -> None:
    people = people_of(article("r11_html_3_mea.html"))
    assert "Great Khural" not in people
    assert people["Zandaakhuugiin Enkhbold"][0] == "Chairman of the State Great Khural (Parliament)"
    facts = written("He met the Speaker of the Jatiya Sangsad (Parliament), H.E. Dr. Shirin Sharmin Chaudhury.",
                    pair=("Bangladesh", "Vietnam"), lede="Bangladesh and Vietnam held talks.")
    people = people_of(facts)
    assert "Jatiya Sangsad" not in people and "Shirin Sharmin Chaudhury" in people


def test_a_ministry_of_production() -> None:
    roles = roles_of(article("r11_html_2_globeandmail.html"))
    assert roles["Sonsoles García"] == "Minister of Production, Foreign Trade, Investment and Fisheries of Ecuador"
    facts = written("Peru's Minister of Production Raúl Pérez-Reyes met Indonesian investors.",
                    pair=("Peru", "Indonesia"), lede="Peru and Indonesia held talks.")
    assert roles_of(facts)["Raúl Pérez-Reyes"] == "Minister of Production of Peru"


def test_a_visitor_named_by_the_family_name_alone() -> None:
    facts = article("r11_events_5_prensalatina.txt")
    assert "Díaz-Canel" in people_of(facts)
    assert any("Díaz-Canel" in event.actors for event in facts.events)
    facts = written("Widodo paid a state visit to Vietnam in 2023.\n\nHe visited Hanoi again in 2024.")
    people = people_of(facts)
    assert "Widodo" in people and "He" not in people


def test_a_short_answer_in_an_interview_goes_on() -> None:
    quotes = _quotes(article("r10_people_4_kazinform.txt"))
    assert quotes[2] == ("Alexandre Guido Lopes Parola", "Yes. We are working on an agreement on visa exemption and "
                                                         "a memorandum on cooperation in agriculture")
    facts = written("Ambassador Nguyen Van Minh spoke to us.\n\nQ: Will flights resume?\n\nNguyen Van Minh: No.\n\n"
                    "Q: Why?\n\nNguyen Van Minh: Airlines are still waiting for the new permits, he said.")
    assert _quotes(facts)[0] == ("Nguyen Van Minh", "No")


def test_he_said_after_a_passage_opening_with_its_subject() -> None:
    quotes = _quotes(article("r12_people_1_buenosairesherald.txt"))
    assert quotes[1] == ("Pablo Tettamanti", "We are not closing any door. What we want is a waterway that is safe "
                                             "and navigable all year round")
    quotes = _quotes(article("r12_people_2_jeuneafrique.txt"))
    assert quotes[1] == ("Bassirou Diomaye Faye", "Wherever you are, you remain ambassadors of Senegal")
    facts = written('"We want more trade," Indonesian Trade Minister Budi Santoso said.\n\n'
                    "Vietnamese Deputy Minister Phan Thi Thang, who met him on Monday, welcomed the offer.\n\n"
                    '"Our ports are ready for your ships," she said.')
    assert _quotes(facts)[1] == ("Phan Thi Thang", "Our ports are ready for your ships")


def test_offices_elect_designate_acting_and_outgoing() -> None:
    roles = roles_of(article("r12_people_1_buenosairesherald.txt"))
    assert roles["Santiago Peña"] == "President-elect"
    assert roles["Pedro Alliana"] == "Vice President-elect"
    assert roles["Helena Felip Salazar"] == "ambassador-designate of Paraguay to Argentina"
    assert roles["Julio César Arriola"] == "outgoing Foreign Minister of Paraguay"
    assert roles_of(article("r12_people_3_timesca.txt"))["Jamshid Khodjaev"] == \
        "acting Minister of Foreign Trade of Uzbekistan"
    facts = written("Vietnam's acting Trade Minister Nguyen Sinh Nhat Tan met Prime Minister-designate Budi Gunawan.")
    roles = roles_of(facts)
    assert roles["Nguyen Sinh Nhat Tan"] == "acting Trade Minister of Vietnam"
    assert roles["Budi Gunawan"] == "Prime Minister-designate"


def test_an_office_of_a_country_with_a_name_of_two_words() -> None:
    roles = roles_of(article("r12_people_4_dawn.txt"))
    assert roles["Malik Samarawickrama"] == "Minister of Development Strategies and International Trade of Sri Lanka"
    facts = written("New Zealand's Trade Minister Todd McClay, met Indonesian officials in Jakarta.",
                    pair=("New Zealand", "Indonesia"), lede="New Zealand and Indonesia held talks.")
    assert roles_of(facts)["Todd McClay"] == "Trade Minister of New Zealand"


def test_the_first_lady_and_a_family_name_two_people_share() -> None:
    people = people_of(article("r12_people_2_jeuneafrique.txt"))
    assert people["Marie Khone Faye"] == ("First Lady", [])
    assert people["Bassirou Diomaye Faye"][1] == ["Faye"]
    facts = written("President Prabowo Subianto was accompanied by First Lady Siti Hediati Hariyadi. "
                    "Mr Subianto met Vietnamese leaders.")
    assert roles_of(facts)["Siti Hediati Hariyadi"] == "First Lady"


def test_a_portfolio_listed_with_commas_between_commas() -> None:
    roles = roles_of(article("r12_people_2_jeuneafrique.txt"))
    assert roles["Birame Souleye Diop"] == "Minister of Energy, Petroleum and Mines of Senegal"
    roles = roles_of(article("r12_people_4_dawn.txt"))
    assert roles["Ahsan Iqbal"] == "Federal Minister for Planning, Development and Reform"
    facts = written("Nguyen Hong Dien, Vietnam's Minister of Industry, Trade and Energy, said exports would rise.")
    assert roles_of(facts)["Nguyen Hong Dien"] == "Minister of Industry, Trade and Energy of Vietnam"


def test_a_company_opening_a_sentence_of_a_visit_is_no_one_word_visitor() -> None:
    facts = written("Samsung visited Jakarta last week to open a plant.\n\nBoeing arrived in Hanoi on Monday with a "
                    "trade delegation.")
    assert facts.people == []
