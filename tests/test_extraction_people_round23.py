"""People and quotes, round 23: the head of a city, a province or a region holds the office with its place (`Akim of
Turkistan region X`, `Mayor of Tashkent X`, `Chief Minister of Sabah X`), the place one word unless a kind of place
ends it, a compass word begins it, or the article writes it longer elsewhere or is datelined there; a word ranking an
office (`First`, `Senior`) is the office's, between commas and in lower case too; a one-word name before `, and` and
another's title is kept; a state written after the name (`President X of Kazakhstan`), after a one-word name
(`Kazakh President Tokayev`) or as `the Kazakh leader` after a short form is the role's (articles
r23_people_1_kazinform.txt, r23_people_2_bernama.txt, r23_people_3_aa.txt, r22_people_3_uza.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _quotes(facts):  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_local_head_holds_the_office_with_its_place() -> None:
    facts = article("r23_people_1_kazinform.txt")
    assert roles_of(facts)["Yerbol Karashukeyev"] == "Akim of Zhambyl region"
    assert roles_of(facts)["Erkinjon Turdimov"] == "Khokim of Samarkand region"
    roles = roles_of(article("r22_people_3_uza.txt"))
    assert (roles["Darkhan Satybaldy"], roles["Zoyir Mirzayev"]) == \
        ("Akim of Turkistan region", "Khokim of Tashkent region")
    facts = written("Governor of Arequipa Rohel Sanchez met the Chilean delegation on Tuesday.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Rohel Sanchez": "Governor of Arequipa"}
    facts = written("Mayor of Ho Chi Minh City Phan Van Mai and Governor of East Java Khofifah Indar Parawansa "
                    "signed a twinning agreement.", pair=("Indonesia", "Vietnam"),
                    lede="Indonesia and Vietnam held talks.")
    assert roles_of(facts) == {"Phan Van Mai": "Mayor of Ho Chi Minh City",
                               "Khofifah Indar Parawansa": "Governor of East Java"}


def test_a_place_of_several_words_is_read_from_the_article() -> None:
    roles = roles_of(article("r23_people_2_bernama.txt"))
    assert roles["Chow Kon Yeow"] == "Chief Minister of Penang"
    assert roles["Hajiji Noor"] == "Chief Minister of Sabah"
    assert roles["Maimunah Mohd Sharif"] == "Mayor of Kuala Lumpur"  # datelined there
    assert roles["Ahmad Fuzi Abdul Razak"] == "Governor of Penang"  # `Penang` stands alone elsewhere
    assert roles["Emir Salim Yüksel"] == "Ambassador of Türkiye to Malaysia"  # after the mayor, no `the` in the role
    facts = written("Mayor of San Isidro Nancy Vizurraga met Chilean investors. The forum in San Isidro drew 300 "
                    "firms.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Nancy Vizurraga": "Mayor of San Isidro"}


def test_a_place_not_sure_to_end_gives_no_office() -> None:
    # the place's second word would begin a name of four words: not read without the article naming the place
    facts = written("Mayor of San Isidro Nancy Vizurraga Pineda met Chilean investors.", pair=PAIR, lede=LEDE)
    assert "Mayor of San" not in roles_of(facts).values()
    # a country's office is read as before, and a bank is no place
    facts = written("Premier of China Li Qiang met Peruvian leaders.", pair=("China", "Peru"),
                    lede="China and Peru held talks.")
    assert roles_of(facts) == {"Li Qiang": "Premier of China"}
    facts = written("Governor of Bank Indonesia Perry Warjiyo said exports rose.", pair=PAIR, lede=LEDE)
    assert "Governor of Bank" not in roles_of(facts).values()
    assert not any("Indonesia" in name for name in roles_of(facts))


def test_a_local_heads_quotes_are_theirs() -> None:
    quotes = _quotes(article("r23_people_1_kazinform.txt"))
    assert ("Yerbol Karashukeyev", "Our farmers already sell their produce in Samarkand, and from next year we will "
            "open a joint wholesale and logistics centre near the border") in quotes
    assert ("Erkinjon Turdimov", "We invite Kazakh businesses to take part in the construction of hotels in the "
            "historic centre of Samarkand") in quotes
    quotes = _quotes(article("r23_people_2_bernama.txt"))
    assert [speaker for speaker, _ in quotes] == ["Chow Kon Yeow", "Maimunah Mohd Sharif"]
    facts = written("\"Arequipa is ready to welcome Chilean investors in mining and farming,\" said Mayor of Arequipa "
                    "Victor Hugo Rivera.", pair=PAIR, lede=LEDE)
    assert _quotes(facts) == [("Victor Hugo Rivera",
                               "Arequipa is ready to welcome Chilean investors in mining and farming")]


def test_a_word_ranking_an_office_is_the_offices() -> None:
    facts = article("r23_people_1_kazinform.txt")
    assert people_of(facts)["Roman Sklyar"] == ("First Deputy Prime Minister of Kazakhstan", ["Sklyar"])
    assert _quotes(facts)[0][0] == "Roman Sklyar"
    facts = written("Alberto van Klaveren, First Deputy Prime Minister of Chile, said the talks went well.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Alberto van Klaveren": "First Deputy Prime Minister of Chile"}
    facts = written("Peru's first vice president Javier Soto said the talks went well.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Javier Soto": "first vice president of Peru"}
    facts = written("The talks were attended by Javier Soto, Senior Minister of State, and Chilean officials.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Javier Soto": "Senior Minister of State"}
    # between commas before an irregular verb of a deed, and the quote after it
    facts = written("Alberto van Klaveren, First Deputy Prime Minister of Chile, met Peruvian officials. \"Our trade "
                    "will double within five years,\" he said.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Alberto van Klaveren": "First Deputy Prime Minister of Chile"}
    assert _quotes(facts) == [("Alberto van Klaveren", "Our trade will double within five years")]
    facts = written("Codelco, the Chilean state copper company, held talks with Peruvian miners.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {}
    # an ordinal of something else is no word of the office
    facts = written("It was the first visit by Prime Minister Gustavo Adrianzen to Santiago.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Gustavo Adrianzen": "Prime Minister"}


def test_a_one_word_name_before_a_comma_and_is_kept() -> None:
    roles = roles_of(article("r23_people_3_aa.txt"))
    assert (roles["Fidan"], roles["Omer Bolat"]) == ("Foreign Minister", "Trade Minister")
    facts = written("Boric met Foreign Minister Gonzalez-Olaechea, and Trade Minister Juan Carlos Mathews in Lima.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Gonzalez-Olaechea": "Foreign Minister", "Juan Carlos Mathews": "Trade Minister"}
    # a bare name without a title stays no one's
    facts = written("Boric met Gonzalez-Olaechea, and Trade Minister Juan Carlos Mathews in Lima.", pair=PAIR,
                    lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "Trade Minister"}


def test_a_state_written_apart_from_the_title_is_the_roles() -> None:
    facts = article("r23_people_3_aa.txt")
    assert people_of(facts)["Kassym-Jomart Tokayev"] == ("President of Kazakhstan", ["Tokayev"])
    assert people_of(facts)["Recep Tayyip Erdogan"] == ("President of Türkiye", ["Erdogan"])  # `the Turkish leader`
    assert roles_of(facts)["Mansur Yavas"] == "Mayor of Ankara"
    assert roles_of(article("r19_agreements_1_wam.txt"))["Gustavo Petro"] == "President of Colombia"
    facts = written("President Gabriel Boric of Chile arrived in Lima on Monday.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Gabriel Boric": "President of Chile"}
    facts = written("President Dina Boluarte welcomed the delegation. \"We are neighbours and partners,\" Peruvian "
                    "President Boluarte said.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Dina Boluarte": "President of Peru"}
    facts = written("President Gabriel Boric arrived in Lima. \"We are neighbours and partners,\" said Boric, the "
                    "Chilean leader.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Gabriel Boric": "President of Chile"}


def test_no_state_is_guessed() -> None:
    # the heads of the two sides, with no state written: each keeps the bare title
    roles = roles_of(article("r23_people_1_kazinform.txt"))
    assert (roles["Kassym-Jomart Tokayev"], roles["Shavkat Mirziyoyev"]) == ("President", "President")
    # a company named after a country is no state
    facts = written("Chairman Nicolas Rojas of Chile Copper Holdings said exports rose.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Nicolas Rojas": "Chairman"}
    # a leader of something else than a state
    facts = written("Trade Minister Juan Carlos Mathews met exporters. Mathews, the Peruvian leader of the "
                    "delegation, spoke first.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Juan Carlos Mathews": "Trade Minister"}
