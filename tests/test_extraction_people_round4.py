"""People's names and quotes, fourth round: Turkish and Vietnamese names written with and without diacritics,
`the premier` and `the Malaysian minister` said, Malaysian royalty and their offices, a patronymic with a title in
it, a name after `said` that is the subject of what was said, numbered offices and organisations' long names
(articles p4_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

from bot.core.facts import ArticleFacts

MALAYSIA_VIETNAM = ("Malaysia", "Vietnam")
MALAYSIA_VIETNAM_LEDE = "Malaysia and Vietnam held talks."
TURKIYE_INDONESIA = ("Türkiye", "Indonesia")
TURKIYE_INDONESIA_LEDE = "Türkiye and Indonesia held talks."


def quotes_of(facts: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_name_written_with_and_without_diacritics_is_one_person() -> None:
    facts = article("p4_yenisafak_turkiye_malaysia.txt")
    found = people_of(facts)
    assert found["Ömer Bolat"] == ("Trade Minister of Türkiye", ["Omer Bolat", "Bolat"])
    assert "Omer Bolat" not in found
    assert found["Recep Tayyip Erdogan"] == ("President", ["Erdoğan"])
    assert ("Recep Tayyip Erdogan", "We will continue to stand by the Palestinian people") in quotes_of(facts)
    facts = written("Turkish Foreign Minister Mevlut Cavusoglu met Indonesian officials. Mevlüt Çavuşoğlu said "
                    "the two sides would meet again. \"We want to double our trade by 2030,\" Çavuşoğlu said.",
                    TURKIYE_INDONESIA, TURKIYE_INDONESIA_LEDE)
    assert people_of(facts) == {
        "Mevlut Cavusoglu": ("Foreign Minister of Türkiye", ["Mevlüt Çavuşoğlu", "Çavuşoğlu"])}
    assert quotes_of(facts) == [("Mevlut Cavusoglu", "We want to double our trade by 2030")]


def test_the_premier_or_a_nationality_before_a_title_names_the_speaker() -> None:
    quotes = quotes_of(article("p4_malaysiakini_malaysia_turkiye.txt"))
    assert ("Anwar Ibrahim", "Our officials have been told to conclude the talks within a year") in quotes
    quotes = quotes_of(article("p4_yenisafak_turkiye_malaysia.txt"))
    assert ("Zafrul Tengku Abdul Aziz", "We agreed that our trade should be more balanced") in quotes
    assert ("Anwar Ibrahim", "Türkiye has shown that a Muslim nation can build its own defence industry") in quotes
    quotes = quotes_of(article("p4_thevibes_malaysia_uzbekistan.txt"))
    assert quotes[2][0] == "Shavkat Mirziyoyev"
    facts = written("Vietnamese Prime Minister Pham Minh Chinh met Indonesian President Prabowo Subianto in Jakarta. \"Our trade can "
                    "grow much faster than it has,\" the premier said. \"We will open our markets to each other's "
                    "goods,\" the Indonesian leader said.")
    assert quotes_of(facts) == [("Pham Minh Chinh", "Our trade can grow much faster than it has"),
                                ("Prabowo Subianto", "We will open our markets to each other's goods")]


def test_a_name_after_said_that_a_verb_follows_is_no_speaker() -> None:
    names = roles_of(article("p4_malaysiakini_malaysia_turkiye.txt"))
    assert "Wisma Putra" not in names
    facts = written("Trade Minister Nguyen Hong Dien met Budi Santoso in Jakarta. The minister said Pertamina Hulu "
                    "would invest in Vietnam. The deal was welcomed, said Budi Santoso.")
    assert set(roles_of(facts)) == {"Nguyen Hong Dien", "Budi Santoso"}


def test_a_malay_palace_or_building_is_no_person() -> None:
    assert "Istana Negara" not in roles_of(article("p4_thevibes_malaysia_uzbekistan.txt"))
    facts = written("Istana Negara said the King would receive the Vietnamese president. Wisma Putra said the visit "
                    "would last two days.", MALAYSIA_VIETNAM, MALAYSIA_VIETNAM_LEDE)
    assert roles_of(facts) == {}


def test_a_title_is_no_first_word_of_a_speaker_name() -> None:
    assert roles_of(article("p4_yenisafak_turkiye_malaysia.txt"))["Mehmet Demiroğlu"] == \
        "Turkish Aerospace General Manager"
    facts = written("Vinfast General Manager Tran Van Nam said the company would build a plant in Java.")
    assert roles_of(facts) == {"Tran Van Nam": "Vinfast General Manager"}


def test_fields_joined_by_and_at_a_sentence_start_stay_in_the_role() -> None:
    found = roles_of(article("p4_yenisafak_turkiye_malaysia.txt"))
    assert found["Mehmet Şimşek"] == "Treasury and Finance Minister"
    facts = written("Industry and Trade Minister Nguyen Hong Dien said exports would rise.")
    assert roles_of(facts) == {"Nguyen Hong Dien": "Industry and Trade Minister"}


def test_a_numbered_office_is_a_title() -> None:
    assert roles_of(article("p4_yenisafak_turkiye_malaysia.txt"))["Amir Hamzah Azizan"] == \
        "Finance Minister II of Malaysia"
    facts = written("Finance Minister II Datuk Seri Amir Hamzah Azizan met Vietnam's finance minister in Hanoi.",
                    MALAYSIA_VIETNAM, MALAYSIA_VIETNAM_LEDE)
    assert roles_of(facts) == {"Amir Hamzah Azizan": "Finance Minister II"}


def test_a_ruler_named_with_a_past_tense_verb_after_the_role_and_the_queen_by_her_title() -> None:
    found = people_of(article("p4_thevibes_malaysia_uzbekistan.txt"))
    assert found["Sultan Ibrahim"] == ("King of Malaysia", ["His Majesty Sultan Ibrahim"])
    assert found["Raja Zarith Sofiah"] == ("Raja Permaisuri Agong", [])
    facts = written("His Majesty Sultan Hassanal Bolkiah, the Sultan of Brunei, received the Vietnamese president. "
                    "The Yang di-Pertuan Agong Sultan Ibrahim said the two countries were close.",
                    MALAYSIA_VIETNAM, MALAYSIA_VIETNAM_LEDE)
    assert roles_of(facts) == {"Sultan Hassanal Bolkiah": "Sultan of Brunei",
                               "Sultan Ibrahim": "Yang di-Pertuan Agong"}


def test_a_father_named_by_title_in_a_name_is_another_person() -> None:
    found = people_of(article("p4_thevibes_malaysia_uzbekistan.txt"))
    assert found["Ismail Sultan Ibrahim"] == ("Regent of Johor", ["Tunku Ismail Sultan Ibrahim"])
    assert found["Sultan Ibrahim"][0] == "King of Malaysia"
    facts = written("His Majesty Sultan Abdullah, the Sultan of Pahang, received the Vietnamese envoy. Tengku "
                    "Hassanal Ibrahim Alam Shah Sultan Abdullah, the Regent of Pahang, hosted a dinner.",
                    MALAYSIA_VIETNAM, MALAYSIA_VIETNAM_LEDE)
    assert roles_of(facts) == {"Sultan Abdullah": "Sultan of Pahang",
                               "Hassanal Ibrahim Alam Shah Sultan Abdullah": "Regent of Pahang"}


def test_a_title_word_inside_a_name_is_no_short_form() -> None:
    assert people_of(article("p4_thevibes_malaysia_uzbekistan.txt"))["Tiong King Sing"][1] == \
        ["Dato' Sri Tiong King Sing", "Tiong"]
    facts = written("Deputy Minister Lim Chee King said the King of Malaysia would visit Hanoi.",
                    MALAYSIA_VIETNAM, MALAYSIA_VIETNAM_LEDE)
    assert people_of(facts) == {"Lim Chee King": ("Deputy Minister", [])}


def test_an_organisation_long_name_before_a_comma_gives_its_officer_and_she_said_after_saying() -> None:
    facts = article("p4_malaysiakini_malaysia_turkiye.txt")
    assert roles_of(facts)["Rebecca Fatima Sta Maria"] == \
        "Malaysian International Chamber of Commerce and Industry (MICCI) president"
    assert ("Rebecca Fatima Sta Maria", "This is the kind of certainty that business needs") in quotes_of(facts)
    facts = written("Trade Minister Budi Santoso said tariffs would fall. The Vietnam Chamber of Commerce and "
                    "Industry (VCCI) president, Pham Tan Cong, welcomed the deal, saying firms had long waited. "
                    "\"Our members are ready to invest in Indonesia,\" he said.")
    assert roles_of(facts)["Pham Tan Cong"] == "Vietnam Chamber of Commerce and Industry (VCCI) president"
    assert quotes_of(facts) == [("Pham Tan Cong", "Our members are ready to invest in Indonesia")]
