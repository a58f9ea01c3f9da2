"""People, round 25: counterparts listed by name after `counterparts` hold, in order, the offices of the hosts named
before them, in their own state (`Defence Minister X and External Affairs Minister Y met their Japanese counterparts,
A and B`); a counterpart's office is the host's in the words every state's minister has (Kenya's `Trade Cabinet
Secretary`, India's `External Affairs Minister` and `Union Minister` are a `Trade Minister`, a `Foreign Minister`, a
`Minister` elsewhere); a name after `predecessor` or `successor` ends at its possessive (`Mr Turnbull's predecessor
Tony Abbott's tenure`); an office opening the sentence, between commas before the name, is read without an owner, and
a one-word name so written is one where a verb follows it (`Minister for Foreign Affairs of the Republic of Indonesia,
Sugiono, received`); an adverb or conjunction opening the sentence (`Then`, `Meanwhile`) and a state owning the person
(`Malaysia's Zafrul Aziz`) are no words of the name (articles r25_people_1_ptinews.txt, r25_people_2_antara.txt,
r25_people_3_nation.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def test_listed_counterparts_hold_the_hosts_offices_in_order() -> None:
    roles = roles_of(article("r25_people_1_ptinews.txt"))
    assert roles["Gilberto Teodoro"] == "Defence Minister of Philippines"
    assert roles["Enrique Manalo"] == "Foreign Minister of Philippines"
    assert roles["Rajnath Singh"] == "Defence Minister of India"
    assert roles["S Jaishankar"] == "External Affairs Minister of India"  # the host keeps his own title
    facts = written("Trade Minister Alberto van Klaveren and Finance Minister Mario Marcel met their Peruvian "
                    "counterparts, Elizabeth Galdo and Jose Arista, in Lima.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Alberto van Klaveren": "Trade Minister of Chile", "Mario Marcel":
                               "Finance Minister of Chile", "Elizabeth Galdo": "Trade Minister of Peru",
                               "Jose Arista": "Finance Minister of Peru"}


def test_listed_counterparts_without_as_many_hosts_are_counterparts_of_their_state() -> None:
    facts = written("The Chilean delegation met their Peruvian counterparts, Elizabeth Galdo, Jose Arista and "
                    "Rosa Gutierrez, in Lima.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Elizabeth Galdo": "counterpart of Peru", "Jose Arista": "counterpart of Peru",
                               "Rosa Gutierrez": "counterpart of Peru"}
    facts = written("Ministers met their counterparts, Elizabeth Galdo and Jose Arista, in Lima.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Elizabeth Galdo": None, "Jose Arista": None}  # no state: no office known


def test_what_follows_counterparts_is_no_list_of_names_unless_it_is_one() -> None:
    facts = written("Trade Minister Alberto van Klaveren met his counterparts on Monday.", pair=PAIR, lede=LEDE)
    assert list(roles_of(facts)) == ["Alberto van Klaveren"]
    facts = written("Trade Minister Alberto van Klaveren met his counterparts, Peru and Bolivia, in Lima.", pair=PAIR,
                    lede=LEDE)
    assert list(roles_of(facts)) == ["Alberto van Klaveren"]
    facts = written("Trade Minister Alberto van Klaveren met his counterparts, Elizabeth Galdo, in Lima.", pair=PAIR,
                    lede=LEDE)  # one name between commas is the single counterpart's form, not a list
    assert roles_of(facts) == {"Alberto van Klaveren": "Trade Minister"}


def test_a_counterparts_office_is_the_hosts_in_any_states_words() -> None:
    roles = roles_of(article("r25_people_3_nation.txt"))
    assert roles["Lee Kinyanjui"] == "Trade Cabinet Secretary of Kenya"
    assert roles["Francis Mwebesa"] == "Trade Minister of Uganda"  # not Uganda's title: Kenya's
    facts = written("Union Minister Piyush Goyal met his Chilean counterpart Alberto van Klaveren in Santiago.",
                    pair=("India", "Chile"), lede="India and Chile held talks.")
    assert roles_of(facts) == {"Piyush Goyal": "Union Minister of India", "Alberto van Klaveren": "Minister of Chile"}
    # a generic office is shared as it is written
    facts = written("Trade Minister Alberto van Klaveren met his Peruvian counterpart Elizabeth Galdo in Lima.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts)["Elizabeth Galdo"] == "Trade Minister of Peru"


def test_a_name_after_predecessor_ends_at_its_possessive() -> None:
    people = people_of(article("r25_people_3_nation.txt"))
    assert people["Uhuru Kenyatta"] == (None, [])
    assert "Rodrigo Duterte" in people_of(article("r25_people_1_ptinews.txt"))
    facts = written("The deal dates from Mr Boric's predecessor Sebastian Pinera's second term.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Sebastian Pinera": None}
    facts = written("His successor, Dina Boluarte, kept the deal.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Dina Boluarte": None}
    facts = written("Ties improved during Mr Boric's predecessor's term, officials said.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {}


def test_an_office_opening_the_sentence_before_a_name_between_commas() -> None:
    roles = roles_of(article("r25_people_2_antara.txt"))
    assert roles["Sugiono"] == "Minister for Foreign Affairs of Indonesia"
    assert roles["Budi Santoso"] == "Minister of Trade of Indonesia"
    assert roles["Mauro Vieira"] == "Minister of Foreign Relations of Brazil"
    assert "Jakarta" not in roles  # a place between commas with no verb after it
    facts = written("Minister of Foreign Affairs of the Republic of Peru, Elmer Schialer, said the talks went well.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Elmer Schialer": "Minister of Foreign Affairs of Peru"}
    facts = written("Minister of Energy of the Republic of Chile, Pardow, signed the memorandum.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Pardow": "Minister of Energy of Chile"}
    facts = written("Minister of Energy of the Republic of Chile, Santiago, and Lima officials met.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {}


def test_an_opening_adverb_is_no_word_of_a_name() -> None:
    people = people_of(article("r25_people_3_nation.txt"))
    assert people["William Ruto"] == (None, ["Ruto"])
    assert not any(name.startswith(("Meanwhile", "Then")) for name in people)
    assert people_of(article("r25_people_1_ptinews.txt"))["Gilberto Teodoro"][1] == ["Teodoro"]  # `Then Teodoro said`
    facts = written("Then Gabriel Boric said the ties were strong.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Gabriel Boric": None}
    facts = written("Earlier Dina Boluarte told reporters that trade had grown.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Dina Boluarte": None}


def test_a_state_owning_a_person_is_no_word_of_the_name() -> None:
    people = people_of(article("r25_people_3_nation.txt"))
    assert "Francis Mwebesa" in people and not any(name.startswith("Uganda") for name in people)
    assert not any(name.startswith("Brazil") for name in people_of(article("r25_people_2_antara.txt")))
    facts = written("Peru's Elizabeth Galdo, the trade minister, said exports rose.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Elizabeth Galdo": "trade minister"}
    facts = written("Chile's Alberto van Klaveren said exports rose.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Alberto van Klaveren": None}
    # an owner that is no state is left: what it owns may be a body, not a person
    assert not any("Delivery Unit" in name for name in people)  # `The President's Delivery Unit said`
    facts = written("The President's Media Division said the visit would go ahead.", pair=PAIR, lede=LEDE)
    assert "Media Division" not in roles_of(facts)
