"""Header lines: a city, its full stop and the agency after it (`ASTANA. KAZINFORM –`, `TASHKENT. UzA -`, `BAKU.
Trend:`) give the city alone as the dateline's place; a city and a day without its year alone on a line
(`KATHMANDU, MARCH 24`) give the place and the published day, its year inferred from the story; a headline broken
over two lines is read whole, and a byline, an `Updated 2 hours ago` line or a photo's credit stays out of the title
and the body."""
from __future__ import annotations

import textwrap

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _story(text: str, pair: tuple[str, str]) -> ArticleFacts:
    return extract(RawArticle(id="written", text=text), pair)


def test_the_agency_after_the_citys_full_stop_is_no_part_of_the_place() -> None:
    facts = article("r15_headers_1_kazinform.txt")  # `ASTANA. KAZINFORM – Kazakhstan and Uzbekistan agreed ...`
    assert (facts.dateline_place, facts.source, facts.published) == ("Astana", "Kazinform", "2025-03-12")
    assert facts.sentences[0].startswith("Kazakhstan and Uzbekistan agreed on Wednesday")
    assert article("r10_people_4_kazinform.txt").dateline_place == "Astana"
    for lede, place, source in (("TASHKENT. UzA - Uzbekistan and Tajikistan signed", "Tashkent", "UzA"),
                                ("BAKU. Trend: Azerbaijan and Tajikistan signed", "Baku", "Trend"),
                                ("DUSHANBE. KHOVAR – Tajikistan and Uzbekistan signed", "Dushanbe", "Khovar"),
                                ("ULAANBAATAR. MONTSAME. Mongolia and Tajikistan signed", "Ulaanbaatar", "Montsame"),
                                ("MOSCOW, Nov 3 (Reuters) - Russia and Tajikistan signed", "Moscow", "Reuters"),
                                ("ISLAMABAD (APP): Pakistan and Tajikistan signed", "Islamabad", "APP")):
        facts = written("The documents cover customs and transit.", pair=("Uzbekistan", "Tajikistan"),
                        lede=f"{lede} a transit agreement on Tuesday, the foreign ministry said.")
        assert (facts.dateline_place, facts.source) == (place, source), lede
        assert facts.sentences[0].split()[0] in ("Uzbekistan", "Azerbaijan", "Tajikistan", "Mongolia", "Russia",
                                                 "Pakistan"), lede


def test_a_full_stop_after_a_country_or_a_short_abbreviation_is_no_agency() -> None:
    facts = written("The documents cover customs and transit.", pair=("Uzbekistan", "Tajikistan"),
                    lede="ST. PETERSBURG, June 5 (TASS) - Uzbekistan and Tajikistan signed a transit agreement.")
    assert facts.dateline_place == "St. Petersburg"
    facts = written("The documents cover customs and transit.", pair=("Uzbekistan", "Tajikistan"),
                    lede="TASHKENT. Uzbekistan - Tajikistan trade reached $2 billion, the ministry said.")
    assert facts.dateline_place != "Tashkent" or facts.source != "Uzbekistan"


def test_a_city_and_a_day_alone_on_a_line_date_the_story() -> None:
    facts = article("r15_headers_2_risingnepal.txt")  # `KATHMANDU, MARCH 24` below the byline; trade `in 2024`
    assert (facts.dateline_place, facts.published, facts.published_precision) == ("Kathmandu", "2025-03-24", "day")
    assert facts.title == ("Nepal, Bangladesh agree to begin power trade through Indian grid, set up joint working "
                           "group on connectivity and trade")
    assert facts.sentences[0].startswith("Nepal and Bangladesh on Sunday agreed")
    assert ("2025-03-23", "Kathmandu") in [(e.date, e.place) for e in facts.events]
    text = ("Sri Lanka, Maldives sign fisheries pact\nCOLOMBO, 14 JULY (Newsfirst)\nSri Lanka and the Maldives signed "
            "a fisheries agreement on Friday. Trade between the two countries stood at $420 million in 2023.")
    facts = _story(text, ("Sri Lanka", "Maldives"))
    assert (facts.dateline_place, facts.published, facts.title) == ("Colombo", "2024-07-14",
                                                                    "Sri Lanka, Maldives sign fisheries pact")
    assert facts.sentences[0] == "Sri Lanka and the Maldives signed a fisheries agreement on Friday."


def test_a_writers_name_beside_a_day_is_no_dateline() -> None:
    text = ("Sri Lanka, Maldives sign fisheries pact\nJohn Perera, 14 July\nSri Lanka and the Maldives signed "
            "a fisheries agreement on Friday. Trade between the two countries stood at $420 million in 2023.")
    facts = _story(text, ("Sri Lanka", "Maldives"))
    assert (facts.dateline_place, facts.published) == (None, None)


def test_a_headline_broken_over_two_lines_is_read_whole() -> None:
    title = "Kazakhstan, Uzbekistan agree to bring mutual trade to $10 billion, sign 15 documents in Tashkent"
    assert article("r15_headers_1_kazinform.txt").title == title
    for first, second in (("Chile, Peru agree to boost trade,", "sign fisheries accord in Lima"),
                          ("Chile, Peru sign fisheries accord and agree to", "boost trade"),
                          ("Chile and Peru sign fisheries accord", "as presidents meet in Lima")):
        text = f"{first}\n{second}\nApril 2, 2024\n\nLIMA: Chile and Peru signed a fisheries accord on Tuesday."
        assert _story(text, ("Chile", "Peru")).title == f"{first} {second}"
    text = "Chile and Peru sign fisheries accord\nbne IntelliNews\nApril 2, 2024\n\nChile and Peru signed an accord."
    assert _story(text, ("Chile", "Peru")).title == "Chile and Peru sign fisheries accord"


def _wrapped(header: list[str], paragraphs: list[str]) -> str:
    """A page saved as text wrapped at 72 columns: its long headline too."""
    return "\n".join(header) + "\n" + "\n\n".join(textwrap.fill(p, 72) for p in paragraphs) + "\n"


def test_a_byline_an_updated_line_or_a_photo_credit_stays_out_of_a_wrapped_headline() -> None:
    headline = textwrap.wrap("Chile, Peru agree to boost bilateral trade and sign a fisheries accord as President "
                             "Gabriel Boric makes first state visit to neighbouring Peru", 72)  # two full lines
    body = ["LIMA, April 2 (Andina) - Chile and Peru on Tuesday signed a fisheries accord as President Gabriel Boric "
            "met President Dina Boluarte at the Government Palace in Lima.",
            "Trade between the two countries reached $4.3 billion in 2023, according to official figures, and both "
            "governments want to raise it further in the next few years."]
    for line in ("By Juan Carlos Mendoza de la Cruz", "Updated 2 hours ago", "REUTERS/Angela Ponce/File Photo",
                 "Last updated: 35 minutes ago"):
        facts = _story(_wrapped([*headline, line], body), ("Chile", "Peru"))
        assert facts.title == " ".join(headline), line
        assert facts.sentences[0].startswith("Chile and Peru on Tuesday signed"), line
        assert (facts.dateline_place, facts.published) == ("Lima", "2024-04-02"), line


def test_a_masthead_joined_by_and_keeps_its_second_word_unless_an_agency() -> None:
    assert article("r15_money_1_globeandmail.txt").source == "The Globe and Mail"
    assert article("dailysabah_turkiye_azerbaijan.txt").source == "Daily Sabah"


def test_a_long_headline_right_above_the_date_line_is_the_title_not_the_lede() -> None:
    facts = article("r15_agreements_3_pib.txt")
    assert facts.title == ("India and Malaysia sign MoUs on digital technologies, Ayurveda; agree to settle trade in "
                           "rupee and ringgit")
    assert facts.sentences[0].startswith("Prime Minister Shri Narendra Modi held talks")
