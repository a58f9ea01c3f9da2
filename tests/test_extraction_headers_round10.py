"""Header lines of their own: a state news agency's acronym (`QNA`) is the source, not the dateline, and a known
city alone on a line (`Doha`, `Jakarta`) is the dateline's place, above the body or below a masthead."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import article


def test_an_agency_line_is_the_source_and_a_city_line_the_dateline() -> None:
    facts = article("r10_agreements_2_peninsula.txt")  # `QNA`, then `Doha`
    assert (facts.source, facts.dateline_place) == ("QNA", "Doha")
    assert {a.place for a in facts.agreements if a.date == "2019-03-04"} == {"Doha"}, "those signed at the talks"
    assert article("t_businesstimes_singapore_indonesia.txt").dateline_place == "Jakarta"
    assert article("r9_people_5_gulftimes.txt").dateline_place == "Doha"
    text = ("UAE, Kenya sign trade deal\n\nWAM\n\nAbu Dhabi\n\nMay 6, 2024\n\nThe UAE and Kenya signed a "
            "comprehensive economic partnership agreement on Monday, officials said.")
    facts = extract(RawArticle(id="written", text=text), ("United Arab Emirates", "Kenya"))
    assert (facts.source, facts.dateline_place) == ("WAM", "Abu Dhabi")


def test_an_agency_in_brackets_and_a_full_stop_end_the_dateline() -> None:
    facts = article("r10_money_3_andina.txt")  # `Lima, Mar. 27 (ANDINA). Peru's foreign trade ...`
    assert (facts.source, facts.dateline_place, facts.published) == ("ANDINA", "Lima", "2019-03-27")
    assert facts.sentences[0].startswith("Peru's foreign trade")
    assert ("target", 6e9, "USD", "2021") in [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures], \
        "`key for reaching a trade flow of 6 billion dollars by 2021` is a goal"
    text = ("Chile, Peru sign accord\n\nSantiago, Apr. 2 (Prensa Latina). Chile and Peru signed a fisheries accord on "
            "Tuesday, after trade between the two countries reached $4 billion in 2023.")
    facts = extract(RawArticle(id="written", text=text), ("Chile", "Peru"))
    assert (facts.source, facts.dateline_place, facts.published) == ("Prensa Latina", "Santiago", "2024-04-02")


def test_the_publishers_name_opening_the_lede_is_no_dateline_place() -> None:
    facts = article("r10_events_2_economynext.txt")  # `EconomyNext` above, `ECONOMYNEXT – Sri Lanka's President ...`
    assert (facts.source, facts.dateline_place) == ("EconomyNext", None)
    assert facts.sentences[0].startswith("Sri Lanka's President")
    text = ("Rappler\nManila, Tokyo sign defense pact\nJuly 8, 2024\n\nRAPPLER – The Philippines and Japan signed a "
            "reciprocal access agreement in Manila on Monday.")
    facts = extract(RawArticle(id="written", text=text), ("Philippines", "Japan"))
    assert (facts.source, facts.dateline_place) == ("Rappler", None)


def test_a_date_line_between_a_standfirst_and_the_dateline_dates_the_story() -> None:
    facts = article("r10_events_1_cna.txt")  # standfirst, byline, `24 Sep 2025 06:00AM (Updated: ...)`, `JAKARTA:`
    assert (facts.published, facts.dateline_place, facts.source) == ("2025-09-24", "Jakarta", "CNA"), \
        "`Source: CNA/nr(ca)` signs the story with the editors' initials"
    text = ("Kenya, Uganda sign pipeline deal\n\nThe two neighbours agreed to build a refined-products pipeline.\n\n"
            "6 May 2024 09:15AM\n\nNAIROBI: Kenya and Uganda signed a pipeline agreement on Monday.\n\n"
            "Source: Nation/jk")
    facts = extract(RawArticle(id="written", text=text), ("Kenya", "Uganda"))
    assert (facts.published, facts.dateline_place, facts.source) == ("2024-05-06", "Nairobi", "Nation")


def test_a_city_alone_in_the_header_is_no_masthead_when_an_agency_line_names_the_source() -> None:
    text = ("EFE\nMadrid\n\nSpain, Morocco to hold summit in Rabat\n\nMadrid, Jan 27 (EFE).- Spain and Morocco will hold "
            "a high-level meeting in Rabat on 1-2 February, the government announced on Friday.")
    facts = extract(RawArticle(id="written", text=text), ("Spain", "Morocco"))
    assert (facts.source, facts.dateline_place) == ("EFE", "Madrid")


def test_a_city_and_a_double_slash_are_a_dateline() -> None:
    facts = article("r12_events_3_thenational.txt")  # `ABU DHABI // Kenya's President Uhuru Kenyatta met ...`
    assert facts.dateline_place == "Abu Dhabi" and facts.sentences[0].startswith("Kenya's President")
    text = "Oman, India sign pact\nMay 6, 2024\n\nMUSCAT // Oman and India signed a defence pact on Monday, officials said."
    facts = extract(RawArticle(id="written", text=text), ("Oman", "India"))
    assert facts.dateline_place == "Muscat" and facts.sentences[0].startswith("Oman and India")


def test_a_date_line_with_its_publisher_in_brackets_dates_the_story() -> None:
    facts = article("r13_events_2_mainichi.txt")  # `August 28, 2023 (Mainichi Japan)`
    assert facts.published == "2023-08-28"
    assert ("2023-08-26", "Ulaanbaatar") in [(e.date, e.place) for e in facts.events]
    text = "Seoul, Hanoi sign trade pact\n\nMay 6, 2024 (Korea JoongAng Daily)\n\nSEOUL -- Korea and Vietnam signed a " \
           "trade pact on Monday."
    assert extract(RawArticle(id="written", text=text), ("South Korea", "Vietnam")).published == "2024-05-06"
