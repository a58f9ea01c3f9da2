"""People and countries, round 20: a country's name with `and` or an elided `d'` in it (`Bosnia and Herzegovina`,
`Cote d'Ivoire`, `Côte d’Ivoire`) is found in a text, and a name written back to front by ISO gets its news name
(`Democratic Republic of the Congo`); a nationality's word may be a given name after a title that has its country
(`Colombian Trade Minister German Umana`); a monarch's regnal name is a name (`King Abdullah II`) and the words between
an Arab given and family name are no short form (`Abdullah` of `Salem Abdullah Al-Jaber Al-Sabah`); a body's last
word ends the role, not begins the name (`Chairman of the National Assembly Tran Thanh Man`), a numbered office
after its portfolio is one (`Minister of Foreign Affairs II`), and an envoy's post or a state may have two words (`to
the Kyrgyz Republic`, `of Bosnia and Herzegovina`); family names with particles (`van der Linden`, `de la Cruz`) are
names and short forms; a prince's rank is an honorific (`Prince Faisal bin Farhan`).
Articles r19_dates_3_ghanaweb.txt, r19_dates_7_marketscreener.txt, r19_events_2_kuwaittimes.txt and
r20_people_1..4 (Abidjan.net, Borneo Bulletin, Sarajevo Times, AKIpress), and short texts."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

from bot.core.countries import country_names


def test_country_names_with_and_or_an_elided_de_are_found() -> None:
    names = country_names()
    assert names.mentioned("Ghana and Cote d'Ivoire will") == ["Ghana", "Côte d'Ivoire"]
    assert names.mentioned("Ghana and Côte d’Ivoire’s cocoa") == ["Ghana", "Côte d'Ivoire"]
    assert names.mentioned("Bosnia and Herzegovina and Trinidad and Tobago") == ["Bosnia and Herzegovina",
                                                                                  "Trinidad and Tobago"]
    assert names.mentioned("DR Congo and the Republic of the Congo") == ["Democratic Republic of the Congo", "Congo"]
    assert names.mentioned("Democratic People's Republic of Korea") == ["North Korea"]
    facts = article("r19_dates_3_ghanaweb.txt")
    assert any(e.date == "2024-03-04" and "Côte d'Ivoire" in e.actors for e in facts.events)
    facts = article("r20_people_3_sarajevotimes.txt")
    assert any(e.date == "2021-11-19" and "Bosnia and Herzegovina" in e.actors for e in facts.events)
    facts = written("Bosnia and Herzegovina and Serbia signed an agreement on energy in Belgrade on Monday.",
                    pair=("Bosnia and Herzegovina", "Serbia"), lede="Officials met in Belgrade.")
    assert any("Bosnia and Herzegovina" in e.actors for e in facts.events)


def test_a_nationality_word_is_a_given_name_after_a_title_that_has_its_country() -> None:
    assert roles_of(article("r19_dates_7_marketscreener.txt"))["German Umana"] == "Trade Minister of Colombia"
    facts = written("Peruvian Foreign Minister Germán Lopez met Chile's Trade Minister Chilean Soto on Friday. "
                    "The plan was welcomed by Chairman Korean Air.", pair=("Chile", "Peru"), lede="Talks were held.")
    roles = roles_of(facts)
    assert roles.get("Germán Lopez") == "Foreign Minister of Peru"
    assert "Korean Air" not in roles  # a title without its country: the nationality names a company


def test_a_monarchs_regnal_name_is_a_name_and_forebears_names_are_no_short_forms() -> None:
    people = people_of(article("r19_events_2_kuwaittimes.txt"))
    assert people["Abdullah II"][0] == "King of Jordan"
    assert "Abdullah" not in people["Salem Abdullah Al-Jaber Al-Sabah"][1]
    facts = written("Morocco's King Mohammed VI received Kuwait's Deputy Prime Minister Sheikh Nasser Mohammed "
                    "Al-Ahmad Al-Sabah in Rabat on Monday. King Mohammed said the talks were fruitful.",
                    pair=("Morocco", "Kuwait"), lede="Talks were held.")
    people = people_of(facts)
    assert people["Mohammed VI"][0] == "King of Morocco"
    assert "King Mohammed" not in people
    assert "Mohammed" not in people["Nasser Mohammed Al-Ahmad Al-Sabah"][1]


def test_a_bodys_last_word_ends_the_role_and_a_numbered_office_after_its_portfolio_is_one() -> None:
    roles = roles_of(article("r20_people_2_borneobulletin.txt"))
    assert roles["Vuong Dinh Hue"] == "Chairman of the National Assembly"
    assert roles["Mohd Amin Liew Abdullah"] == "Minister of Finance and Economy II"
    roles = roles_of(article("r20_people_4_akipress.txt"))
    assert roles["Kim Chang-gyu"] == "Ambassador of South Korea to Kyrgyzstan"
    facts = written("On Tuesday, Speaker of the National Assembly Nguyen Thi Thanh met Minister of Energy II Datuk Ali "
                    "Hassan.", pair=("Vietnam", "Brunei"), lede="Talks were held.")
    roles = roles_of(facts)
    assert roles["Nguyen Thi Thanh"] == "Speaker of the National Assembly"
    assert roles["Ali Hassan"] == "Minister of Energy II"


def test_a_state_or_a_post_of_two_words_and_a_ministry_of_expatriates_end_before_the_name() -> None:
    roles = roles_of(article("r20_people_3_sarajevotimes.txt"))
    assert roles["Zoran Tegeltija"] == "Chairman of the Council of Ministers of Bosnia and Herzegovina"
    assert roles["Jan Waltmans"] == "Ambassador of the Netherlands to Bosnia and Herzegovina"
    assert "Nasser Bourita" in roles_of(article("r20_people_1_abidjannet.txt"))
    facts = written("Minister of Foreign Affairs of Trinidad and Tobago Amery Browne met Ambassador to the United "
                    "States Maria Perez and Minister of Foreign Affairs and Malian Expatriates Ali Diop on Monday.",
                    pair=("Trinidad and Tobago", "Mali"), lede="Talks were held.")
    roles = roles_of(facts)
    assert roles["Amery Browne"] == "Minister of Foreign Affairs of Trinidad and Tobago"
    assert roles["Maria Perez"] == "Ambassador to the United States"
    assert "Ali Diop" in roles


def test_family_names_with_particles_are_names_and_short_forms() -> None:
    people = people_of(article("r20_people_3_sarajevotimes.txt"))
    assert people["Marieke van der Linden"][1] == ["van der Linden"]
    assert "De Bruijn" in people["Tom de Bruijn"][1]
    facts = written("Foreign Minister Maria de la Cruz met President Luiz Inacio Lula da Silva on Monday. "
                    "Ms de la Cruz said ties were good.", pair=("Mexico", "Brazil"), lede="Talks were held.")
    people = people_of(facts)
    assert people["Maria de la Cruz"][1] == ["de la Cruz"]
    assert "da Silva" not in people["Luiz Inacio Lula da Silva"][1]  # only a form that stands alone


def test_a_princes_rank_is_no_part_of_his_name() -> None:
    people = people_of(article("r6_agreements_3_bangkokpost.txt"))
    assert people["Faisal bin Farhan"] == ("Foreign Minister of Saudi Arabia", ["Prince Faisal bin Farhan", "Faisal"])
    facts = written("Egypt's Petroleum Minister Karim Badawi met Saudi Energy Minister Prince Abdulaziz bin Salman in "
                    "Riyadh on Monday.", pair=("Egypt", "Saudi Arabia"), lede="Talks were held.")
    assert people_of(facts)["Abdulaziz bin Salman"] == ("Energy Minister of Saudi Arabia",
                                                        ["Prince Abdulaziz bin Salman"])
