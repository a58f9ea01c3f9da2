"""People and quotes, round 24: a capital of several words ends a local head's place (`Mayor of Kuala Lumpur X`, from
countryinfo's capitals), and a name never begins inside such a place; an office in lower case after an honoured name
(`Datuk Seri X, the investment, trade and industry minister, said`) is read anywhere in the sentence, the generic
owner of `the country's trade minister` left out; the host of a counterpart of one side of the pair holds the same
office of the other side (`Prime Minister X hosted his Japanese counterpart Y`); a word of tenure opening the sentence
is written as inside one (`Former Prime Minister X` is a `former Prime Minister`) and `Then President X` is the
`President` (articles r24_people_1_bernama.txt, r24_people_2_vna.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _quotes(facts):  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_capital_of_several_words_ends_a_local_heads_place() -> None:
    facts = article("r24_people_1_bernama.txt")  # datelined in Putrajaya: `Kuala Lumpur` stands nowhere alone
    assert roles_of(facts)["Maimunah Mohd Sharif"] == "Mayor of Kuala Lumpur"
    assert not any(name.startswith("Lumpur") for name in roles_of(facts))
    assert ("Maimunah Mohd Sharif", "We have much to learn from Istanbul on how to move millions of people every "
            "day. Our engineers will work with their Turkish counterparts on pilot projects from next year") \
        in _quotes(facts)
    facts = written("Governor of Addis Ababa Adanech Abiebie Hailu said Kenyan firms were welcome.",
                    pair=("Ethiopia", "Kenya"), lede="Ethiopia and Kenya held talks.")
    assert roles_of(facts) == {"Adanech Abiebie Hailu": "Governor of Addis Ababa"}
    facts = written("Mayor of Buenos Aires Jorge Macri said Chilean investors were welcome.",
                    pair=("Argentina", "Chile"), lede="Argentina and Chile held talks.")
    assert roles_of(facts) == {"Jorge Macri": "Mayor of Buenos Aires"}


def test_a_name_never_begins_inside_a_local_heads_place() -> None:
    # a place of two words no list knows and the article writes nowhere else: no office, and no name begun by its
    # second word
    facts = written("Mayor of Johor Bahru Mohd Noorazam Osman said Turkish firms were welcome.",
                    pair=("Malaysia", "Türkiye"), lede="Malaysia and Türkiye held talks.")
    assert not any(name.startswith("Bahru") for name in roles_of(facts))
    # a place of one word before a name of three is read as before
    facts = written("Mayor of Arequipa Victor Hugo Rivera said Chilean firms were welcome.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Victor Hugo Rivera": "Mayor of Arequipa"}


def test_an_office_in_lower_case_after_an_honoured_name() -> None:
    facts = article("r24_people_1_bernama.txt")
    assert people_of(facts)["Zafrul Aziz"] == ("investment, trade and industry minister",
                                               ["Datuk Seri Tengku Zafrul Aziz", "Tengku Zafrul", "Zafrul"])
    assert _quotes(facts)[0][0] == "Zafrul Aziz"  # the short form `Tengku Zafrul` names no one else
    # before `, and` another's office, in the middle of the sentence
    assert roles_of(facts)["Mohd Shahar Abdullah"] == "deputy foreign minister"
    facts = written("The delegation was led by Dr Javier Gonzalez-Olaechea, the foreign minister, and met Chilean "
                    "exporters on Tuesday.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Javier Gonzalez-Olaechea": "foreign minister"}
    facts = written("\"Our ports are ready,\" Dr Juan Carlos Mathews, the trade minister, told reporters.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "trade minister"}
    assert _quotes(facts) == [("Juan Carlos Mathews", "Our ports are ready")]


def test_the_owner_of_the_countrys_office_is_left_out() -> None:
    facts = written("\"Our ports are ready,\" said Dr Juan Carlos Mathews, the country's trade minister.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "trade minister"}
    facts = written("Juan Carlos Mathews, the nation's foreign trade minister, said exports rose.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "foreign trade minister"}


def test_no_lower_case_office_without_an_honoured_name() -> None:
    # a plain name between commas in mid-sentence is no sure name: the lower-case office alone does not make one
    facts = written("The delegation met Lima Callao, the trade minister, and Chilean exporters.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {}
    # a lower-case noun that is no state's office
    facts = written("The talks were led by Dr Juan Carlos Mathews, the trade expert, and Chilean officials.",
                    pair=PAIR, lede=LEDE)
    assert "trade expert" not in roles_of(facts).values()


def test_the_host_of_a_counterpart_holds_the_office_of_the_other_side() -> None:
    facts = article("r24_people_2_vna.txt")
    assert people_of(facts)["Pham Minh Chinh"] == ("Prime Minister of Vietnam", ["Chinh"])
    assert roles_of(facts)["Shigeru Ishiba"] == "Prime Minister of Japan"
    assert people_of(facts)["Bui Thanh Son"] == ("Foreign Minister of Vietnam", ["Son"])
    assert roles_of(facts)["Takeshi Iwaya"] == "Foreign Minister of Japan"
    facts = written("Trade Minister Juan Carlos Mathews met his Chilean counterpart Alberto van Klaveren in Lima.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "Trade Minister of Peru",
                               "Alberto van Klaveren": "Trade Minister of Chile"}
    facts = written("President Dina Boluarte hosted her Chilean counterpart, Gabriel Boric, in Lima.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Dina Boluarte": "President of Peru", "Gabriel Boric": "President of Chile"}


def test_no_host_state_from_a_third_states_counterpart() -> None:
    facts = article("r24_people_2_vna.txt")
    assert roles_of(facts)["Wang Yi"] == "Foreign Minister of China"  # Son's state is read from Iwaya, not Wang Yi
    facts = written("Trade Minister Juan Carlos Mathews met his Bolivian counterpart Nestor Huanca in Lima.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "Trade Minister", "Nestor Huanca": "Trade Minister of Bolivia"}
    # a host whose state is written keeps it
    facts = written("Chilean President Gabriel Boric met his Peruvian counterpart Dina Boluarte in Lima.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Gabriel Boric": "President of Chile", "Dina Boluarte": "President of Peru"}


def test_a_word_of_tenure_opening_the_sentence_is_the_offices() -> None:
    facts = article("r24_people_2_vna.txt")
    assert roles_of(facts)["Vo Van Thuong"] == "President"  # `then President`
    assert roles_of(facts)["Nguyen Xuan Phuc"] == "former Prime Minister"  # `Former Prime Minister` opens it
    facts = written("Then President Pedro Castillo signed the deal in 2022.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Pedro Castillo": "President"}
    facts = written("Former President Michelle Bachelet said the deal was fair.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Michelle Bachelet": "former President"}
    facts = written("The deal was signed by former President Michelle Bachelet in 2016.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Michelle Bachelet": "former President"}
    facts = written("Acting Trade Minister Juan Carlos Mathews said exports rose.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "acting Trade Minister"}
    # the word of tenure is no word of the name, hyphened or not
    facts = written("The deal was signed in 2022 by then-President Pedro Castillo and the Chilean side.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Pedro Castillo": "President"}
    facts = written("Then President Pedro Castillo said the deal was fair.", pair=PAIR, lede=LEDE)
    assert people_of(facts) == {"Pedro Castillo": ("President", [])}
