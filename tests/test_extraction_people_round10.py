"""People and quotes, tenth round: a Gulf ruler's title `Amir` (not the given name), a state's formal name before its
holder's style (`President of the Republic of Rwanda HE Paul Kagame`), a name with a father's name or an honorific
(`Shaikh`, `Sayyid`, `Madam`) and its office between commas, `Regional Integration` and the citizens abroad of a
portfolio, initials without full stops (`AK Abdul Momen`), possessives of names ending in `s` and of a state's
formal name, an envoy of a state with a formal name, a given and a family name as a short form, and the answers of
an interview written as a transcript (articles r10_people_*.txt and short texts)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, people_of, roles_of, written


def _quotes(facts: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in facts.quotes]


def test_the_amir_before_his_honorific_is_a_title_not_a_given_name() -> None:
    facts = article("r10_people_1_thepeninsula.txt")
    assert people_of(facts)["Tamim bin Hamad Al-Thani"] == ("Amir", ["Sheikh Tamim bin Hamad Al-Thani"])
    facts = written("His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber received the visiting minister, and the "
                    "Amir of Kuwait Sheikh Mishal praised the ties. Finance Minister Amir Hamzah Azizan said trade "
                    "grew.",
                    pair=("Kuwait", "Malaysia"), lede="Kuwait and Malaysia held talks.")
    roles = roles_of(facts)
    assert roles["Mishal Al-Ahmad Al-Jaber"] == "Amir of Kuwait"  # the state the later `Amir of Kuwait` styles
    assert roles["Amir Hamzah Azizan"] == "Finance Minister"  # a given name stays the name's


def test_a_states_formal_name_before_its_holders_style_is_the_roles_state() -> None:
    facts = article("r10_people_1_thepeninsula.txt")
    assert people_of(facts)["Macky Sall"] == ("President of Senegal", ["HE Macky Sall"])
    facts = written("The minister met President of the United Republic of Tanzania H.E. Samia Suluhu Hassan in Dodoma.",
                    pair=("Tanzania", "Vietnam"), lede="Tanzania and Vietnam held talks.")
    assert roles_of(facts) == {"Samia Suluhu Hassan": "President of Tanzania"}


def test_a_name_with_a_fathers_name_or_an_honorific_and_its_office_between_commas() -> None:
    facts = article("r10_people_2_newvision.txt")
    people = people_of(facts)
    assert people["Abdullatif bin Rashid Al Zayani"] == ("Minister of Foreign Affairs of Bahrain", ["Al Zayani"])
    assert people["Khalid bin Abdulla Al Khalifa"] == ("Deputy Prime Minister",
                                                       ["Shaikh Khalid bin Abdulla Al Khalifa"])
    assert people["Jeje Odongo"] == ("Minister of Foreign Affairs", ["Odongo"])
    assert _quotes(facts)[1][0] == "Abdullatif bin Rashid Al Zayani"  # `Dr Al Zayani said`: no name of its own
    facts = written("Officials said Sayyid Badr bin Hamad bin Hamood Al Busaidi, Secretary-General of the Ministry, "
                    "received Dr. Paul Lwanga, Minister of Foreign Affairs and East African Cooperation of the United "
                    "Republic of Tanzania, and later met Yousuf bin Alawi bin Abdullah, Minister Responsible for "
                    "Foreign Affairs. Mr Bin Alawi said the visit was useful.",
                    pair=("Oman", "Tanzania"), lede="Oman and Tanzania held talks.")
    assert people_of(facts) == {
        "Badr bin Hamad bin Hamood Al Busaidi": ("Secretary-General of the Ministry",
                                                 ["Sayyid Badr bin Hamad bin Hamood Al Busaidi"]),
        "Paul Lwanga": ("Minister of Foreign Affairs and East African Cooperation of Tanzania", ["Dr. Paul Lwanga"]),
        "Yousuf bin Alawi bin Abdullah": ("Minister Responsible for Foreign Affairs", ["Bin Alawi"])}
    facts = written("The deal was welcomed by Madam Ama Serwah Mensah, the Minister of Trade, on Monday.",
                    pair=("Ghana", "Vietnam"), lede="Ghana and Vietnam held talks.")
    assert roles_of(facts) == {"Ama Serwah Mensah": "Minister of Trade"}


def test_regional_integration_and_citizens_abroad_are_a_ministrys_fields() -> None:
    roles = roles_of(article("r10_people_2_newvision.txt"))
    assert roles["Shirley Ayorkor Botchwey"] == "Minister for Foreign Affairs and Regional Integration of Ghana"
    assert "Integration Shirley Ayorkor Botchwey" not in roles
    roles = roles_of(article("r10_people_1_thepeninsula.txt"))
    assert roles["Aissata Tall Sall"] == "Minister of Foreign Affairs and Senegalese Abroad"
    assert roles["Mamadou Ndiaye"] == "Ambassador of Senegal to Qatar"
    facts = written("Minister of African Integration and Foreign Affairs Kacou Adom met Minister of Foreign Affairs "
                    "and Nigeriens Abroad Bakary Yaou Sangare in Abidjan.",
                    pair=("Ivory Coast", "Niger"), lede="Ivory Coast and Niger held talks.")
    assert roles_of(facts) == {"Kacou Adom": "Minister of African Integration and Foreign Affairs",
                               "Bakary Yaou Sangare": "Minister of Foreign Affairs and Nigeriens Abroad"}


def test_initials_without_full_stops_begin_a_name_but_not_an_acronym() -> None:
    facts = article("r10_people_3_bss.txt")
    assert people_of(facts)["AK Abdul Momen"] == ("Foreign Minister", ["Dr AK Abdul Momen", "Momen"])
    assert _quotes(facts)[0][0] == "AK Abdul Momen"
    facts = written("Commerce Minister AHM Mustafa Kamal met PM Narendra Modi, while EU Commissioner Jutta Urpilainen "
                    "said the plan was ready.", pair=("Bangladesh", "India"), lede="Bangladesh and India held talks.")
    assert roles_of(facts) == {"AHM Mustafa Kamal": "Commerce Minister"}


def test_a_possessive_of_a_name_in_s_or_of_a_formal_name_owns_the_role() -> None:
    roles = roles_of(article("r10_people_3_bss.txt"))
    assert roles["Thani bin Ahmed Al Zeyoudi"] == "Foreign Trade Minister of United Arab Emirates"
    assert roles["Lee Jang-keun"] == "ambassador of South Korea to Bangladesh"
    facts = written("The Philippines' Trade Secretary Alfredo Pascual met the Republic of Rwanda's ambassador to "
                    "Vietnam Jean Bosco Ntibitura.", pair=("Philippines", "Rwanda"),
                    lede="The Philippines and Rwanda held talks.")
    assert roles_of(facts) == {"Alfredo Pascual": "Trade Secretary of Philippines",
                               "Jean Bosco Ntibitura": "ambassador of Rwanda to Vietnam"}


def test_an_envoy_of_a_state_with_a_formal_name_and_the_answers_of_an_interview() -> None:
    facts = article("r10_people_4_kazinform.txt")
    assert people_of(facts)["Alexandre Guido Lopes Parola"] == ("Ambassador of Brazil to Kazakhstan",
                                                                ["Alexandre Parola"])
    quotes = _quotes(facts)
    assert quotes[0] == ("Alexandre Guido Lopes Parola", "I would say they are at their best moment")
    assert len(quotes) == 3 and quotes[1][1].startswith("Our bilateral trade reached about 270 million")
    assert quotes[2][1].startswith("Yes. We are working on an agreement on visa exemption")  # a short answer goes on
    facts = written("Ambassador of the Republic of Chile to Vietnam Jorge Rafael Iglesias Mori spoke to us.\n\n"
                    "Question: How is trade?\n\n"
                    "Jorge Iglesias: Trade keeps growing every year, above all in fruit and seafood.",
                    pair=("Chile", "Vietnam"), lede="Chile and Vietnam held talks.")
    assert people_of(facts) == {"Jorge Rafael Iglesias Mori": ("Ambassador of Chile to Vietnam", ["Jorge Iglesias"])}
    assert _quotes(facts) == [("Jorge Rafael Iglesias Mori",
                               "Trade keeps growing every year, above all in fruit and seafood")]
