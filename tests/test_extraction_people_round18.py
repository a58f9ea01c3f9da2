"""State agencies (TDH, Kabar, Agência Brasil, Télam) style an office with its state before the holder's name:
`President of Turkmenistan Serdar Berdimuhamedov`, `Minister of Foreign Affairs of Brazil Mauro Vieira`, `General
Secretary of the Central Committee of the Communist Party of Vietnam To Lam`. The state must end in a country (else
the words are an organisation's), and a formal name is named as news name it (`President of Kyrgyzstan`). A quote
such an agency attributes after itself to `the head of state` is the president's named before."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, roles_of, written


def _quotes(facts: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text[:30]) for q in facts.quotes]


def test_an_office_styled_with_its_state_before_the_name_gives_the_person() -> None:
    roles = roles_of(article("r18_people_1_tdh.txt"))
    assert roles["Serdar Berdimuhamedov"] == "President of Turkmenistan"
    assert roles["To Lam"] == "General Secretary of the Central Committee of the Communist Party of Vietnam"
    assert roles["Gurbanguly Berdimuhamedov"] == "Chairman of the Halk Maslahaty of the Milli Gengesh of Turkmenistan"
    assert roles["Rashid Meredov"] == "Deputy Chairman of the Cabinet of Ministers of Turkmenistan"
    roles = roles_of(article("r18_people_2_agenciabrasil.txt"))
    assert roles["Luiz Inácio Lula da Silva"] == "President of Brazil"
    assert roles["Luis Alberto Arce Catacora"] == "President of Bolivia"
    assert roles["Mauro Vieira"] == "Minister of Foreign Affairs of Brazil"
    assert roles["Celinda Sosa Lunda"] == "Minister of Foreign Affairs of Bolivia"
    facts = written("President of the Kyrgyz Republic Sadyr Japarov received Chairman of the Senate of the Parliament "
                    "of Kazakhstan Maulen Ashimbayev on Wednesday. President of South Africa Cyril Ramaphosa sent a "
                    "message. The Chairman of the People's Republic of China Xi Jinping also wrote.",
                    ("Kyrgyzstan", "Kazakhstan"), "Kyrgyzstan and Kazakhstan held talks.")
    assert roles_of(facts) == {"Sadyr Japarov": "President of Kyrgyzstan",
                               "Maulen Ashimbayev": "Chairman of the Senate of the Parliament of Kazakhstan",
                               "Cyril Ramaphosa": "President of South Africa", "Xi Jinping": "Chairman of China"}


def test_an_organisation_after_an_office_s_of_is_no_state() -> None:
    facts = written("\"Orders are shifting,\" said Mohammad Hatem, executive president of the Bangladesh Knitwear "
                    "Manufacturers and Exporters Association (BKMEA). The Chairman of Vietnam Airlines Dang Ngoc Hoa "
                    "said flights would resume.")
    assert "Knitwear Manufacturers" not in roles_of(facts)
    assert not any("Airlines" in name for name in roles_of(facts))


def test_a_name_with_a_common_word_first_is_met_once_its_titled_mention_gave_it() -> None:
    facts = written("Prime Minister of Laos Sonexay Siphandone arrived in Hanoi on Monday. General Secretary of the "
                    "Communist Party of Vietnam To Lam hosted a banquet in his honour on Monday evening. On Tuesday, "
                    "Sonexay met To Lam at the Party Central Committee headquarters.",
                    ("Laos", "Vietnam"), "Laos and Vietnam held talks.")
    assert roles_of(facts)["To Lam"] == "General Secretary of the Communist Party of Vietnam"
    assert any(e.date == "2025-03-11" and "To Lam" in e.actors for e in facts.events)


def test_the_head_of_state_said_after_a_quote_is_the_president_named_before() -> None:
    assert ("Serdar Berdimuhamedov", "Our countries are united by a ") in _quotes(article("r18_people_1_tdh.txt"))
    facts = written("President of Uzbekistan Shavkat Mirziyoyev received Chairman of the Cabinet of Ministers of "
                    "Kyrgyzstan Adylbek Kasymaliev on Tuesday. \"Our peoples are bound by centuries of friendship,\" "
                    "said the head of state.", ("Uzbekistan", "Kyrgyzstan"), "Uzbekistan and Kyrgyzstan held talks.")
    assert _quotes(facts) == [("Shavkat Mirziyoyev", "Our peoples are bound by centu")]
