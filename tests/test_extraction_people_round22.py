"""People and quotes, round 22: a month that is a given name too begins a name after a title (`Foreign Minister
January Makamba`), and alone is no short form of it; `Member of the Council of Ministers` is a title; the Saudi king's
style (`Custodian of the Two Holy Mosques`) is no word of his role, nor `His Majesty` after a link (`of His Majesty
King`); an office joined by a hyphen between spaces to the one before a name is its holder's too (`Deputy Prime
Minister - Minister of Trade X`); a nationality and the role's title after a short form give a role its state (`said
Vieira, the Brazilian minister`); a `he said` after a passage whose subject is no one found goes to no one, and after
one opened by a role (`The Kazakh minister said`) to that role's holder; a name right after `by` with an office
between commas is a person (`signed by Sameer Nass, Chairman of the Bahrain Chamber`) (articles
r22_people_1_ippmedia.txt, r22_people_2_okaz.txt, r22_people_3_uza.txt, r22_people_5_bna.txt,
r21_people_4_omannews.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

PAIR = ("Ghana", "Kenya")
LEDE = "Ghana and Kenya held talks in Accra on Monday."


def _quotes(facts):  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_month_that_is_a_given_name_begins_a_titled_name() -> None:
    facts = article("r22_people_1_ippmedia.txt")
    assert people_of(facts)["January Makamba"] == ("Minister for Foreign Affairs and East African Cooperation",
                                                  ["Makamba"])
    assert ("January Makamba", "The market will serve traders from both sides of the Ruvuma River and will reduce "
            "smuggling") in _quotes(facts)
    facts = written("Trade Minister April Mensah said on Tuesday that exports of cocoa would rise in April. \"We "
                    "expect a good season,\" Mensah said.", pair=PAIR, lede=LEDE)
    assert people_of(facts) == {"April Mensah": ("Trade Minister", ["Mensah"])}
    assert _quotes(facts) == [("April Mensah", "We expect a good season")]
    # without a title before it, the month is still no name's first word
    facts = written("In January Mensah said the talks went well.", pair=PAIR, lede=LEDE)
    assert "January Mensah" not in people_of(facts)


def test_a_member_of_the_council_of_ministers_is_titled() -> None:
    assert roles_of(article("r22_people_1_ippmedia.txt"))["Hamad Masauni"] == "Member of the Council of Ministers"
    facts = written("Member of the Council of Ministers Kwame Owusu told reporters that the border would reopen.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kwame Owusu": "Member of the Council of Ministers"}
    # the members of a council are no title
    facts = written("The members of the Council of Ministers Kwame Owusu chairs met on Friday.", pair=PAIR, lede=LEDE)
    assert "Kwame Owusu" not in roles_of(facts) or roles_of(facts)["Kwame Owusu"] is None


def test_the_custodian_of_the_two_holy_mosques_is_a_style() -> None:
    assert roles_of(article("r22_people_2_okaz.txt"))["Salman bin Abdulaziz Al Saud"] == "King"
    facts = written("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz received the Kenyan president "
                    "in Jeddah.", pair=("Saudi Arabia", "Kenya"), lede="Saudi Arabia and Kenya held talks.")
    assert roles_of(facts) == {"Salman bin Abdulaziz": "King"}


def test_an_office_joined_by_a_spaced_hyphen_is_the_holders_too() -> None:
    assert roles_of(article("r22_people_3_uza.txt"))["Serik Zhumangarin"] == \
        "Deputy Prime Minister - Minister of Trade and Integration of Kazakhstan"
    facts = written("The talks were led by Deputy Prime Minister - Minister of Finance Kwame Owusu and Kenyan "
                    "officials.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kwame Owusu": "Deputy Prime Minister - Minister of Finance"}
    # a hyphen joining a word is no such dash
    facts = written("The talks were led by ex-Minister of Finance Kwame Owusu and Kenyan officials.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kwame Owusu": "Minister of Finance"}


def test_he_said_after_a_sayer_no_one_found_is_no_earlier_speakers() -> None:
    # Makamba is found now; the quote after `Makamba said ...` is his, not the minister named before him
    assert ("January Makamba", "Oman is our gateway to the Gulf") in _quotes(article("r21_people_4_omannews.txt"))
    facts = written("Trade Minister Kofi Mensah met the delegation. Odhiambo said ties were strong. \"We are "
                    "brothers in trade and history,\" he said.", pair=PAIR, lede=LEDE)
    assert _quotes(facts) == []
    # a subject found, a pronoun or a country before the `he said` leaves it to the speaker found
    for subject in ("Mensah", "He", "Kenya"):
        facts = written(f"Trade Minister Kofi Mensah met the delegation. {subject} said ties were strong. \"We are "
                        "brothers in trade and history,\" he said.", pair=PAIR, lede=LEDE)
        assert _quotes(facts) == [("Kofi Mensah", "We are brothers in trade and history")]


def test_a_nationality_after_a_short_form_gives_a_roles_state() -> None:
    assert roles_of(article("r22_people_2_okaz.txt"))["Mauro Vieira"] == "Foreign Minister of Brazil"
    facts = written("Trade Minister Kofi Mensah met the delegation. \"Our exporters are ready for the Kenyan market,\" "
                    "said Mensah, the Ghanaian minister.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kofi Mensah": "Trade Minister of Ghana"}
    facts = written("Trade Minister Kofi Mensah met the delegation. Mensah, the Ghanaian trade minister, said exports "
                    "would rise.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kofi Mensah": "Trade Minister of Ghana"}
    # another title after the nationality is another office: the role stays as it was
    facts = written("Trade Minister Kofi Mensah met the delegation. Mensah, the Ghanaian envoy, said exports would "
                    "rise.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kofi Mensah": "Trade Minister"}


def test_his_majesty_after_a_link_is_a_style() -> None:
    assert roles_of(article("r22_people_5_bna.txt"))["Hamad bin Isa Al Khalifa"] == "King"
    facts = written("The minister conveyed the greetings of His Majesty King Otumfuo Osei to the Kenyan president.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Otumfuo Osei": "King"}
    facts = written("The minister conveyed the greetings of Her Excellency President Ama Owusu to Kenya.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Ama Owusu": "President"}


def test_he_said_after_a_passage_opened_by_a_role_is_that_roles_holder() -> None:
    assert ("Murat Nurtleu", "We see great potential in logistics and food security") in \
        _quotes(article("r22_people_5_bna.txt"))
    lede = "Trade Minister Kofi Mensah met Kenyan Foreign Minister Musalia Mudavadi in Accra on Monday."
    facts = written("\"We want more trade,\" Mensah said. The Kenyan minister said that exports had doubled. \"We see "
                    "great potential in tea and coffee,\" he said.", pair=PAIR, lede=lede)
    assert _quotes(facts) == [("Kofi Mensah", "We want more trade"),
                              ("Musalia Mudavadi", "We see great potential in tea and coffee")]
    facts = written("\"We want more trade,\" Mudavadi said. The Ghanaian minister said that exports had doubled. \"We "
                    "see great potential in cocoa,\" he said.", pair=PAIR, lede=lede)
    assert _quotes(facts) == [("Musalia Mudavadi", "We want more trade"),
                              ("Kofi Mensah", "We see great potential in cocoa")]


def test_a_name_after_by_with_an_office_between_commas_is_a_person() -> None:
    assert roles_of(article("r22_people_5_bna.txt"))["Sameer Nass"] == "Chairman of the Bahrain Chamber"
    facts = written("The memorandum was signed by Kwame Owusu, Chairman of the Ghana Chamber of Commerce, and Kenyan "
                    "officials.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Kwame Owusu": "Chairman of the Ghana Chamber of Commerce"}
    # an organisation after `by` is no person, nor a name before a comma without an office after it
    facts = written("The forum was organised by Ghana Investment Promotion Centre, Chairman of the board said.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {}
