"""Cleaning, round 20: the numbered items of a list a colon opens are list items, not headings (r19_agreements_4_irna,
r20_cleaning_1_newtimes); datelines with the country in capitals or brackets (r20_cleaning_4_kna), after a bar
(r20_cleaning_1_newtimes), with ENA's `February 22/2024` (r19_agreements_3_ena) and a press release wire's unspaced
dashes (r20_cleaning_2_businesswire); a city alone above the `Published:` line is the dateline, not the publisher
(r20_cleaning_3_gulftoday); a date line's time zone spelt out (r20_cleaning_2_businesswire) or its parts joined by
hyphens (`05-Mar-2024`); Xinhua's `Source: Xinhua| <date>|Editor: ...` line (r20_cleaning_5_xinhua); a syndicator's
`(MENAFN- Paper)` credit opening the body and its `Legal Disclaimer:` footer (r20_cleaning_6_menafn); a press
release's `About <issuer>` boilerplate (r20_cleaning_2_businesswire); a dateline's city with a linking word in lower
case (`Dar es Salaam —`, r20_cleaning_7_allafrica); a list of other stories below a teaser's lead-in dropped whole,
items with figures too (r20_cleaning_1_newtimes); and short texts."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru signed five agreements in Lima on Monday."


def _domains(facts: ArticleFacts) -> list[str]:
    return [domain for a in facts.agreements if a.kind != "council" for domain in a.domains]


def _page(text: str) -> ArticleFacts:
    """A short story of the pair laid out as the test gives it, header included."""
    return extract(RawArticle(id="page", text=text), PAIR)


def test_numbered_items_of_a_list_a_colon_opens_are_read_however_short() -> None:
    domains = _domains(article("r19_agreements_4_irna.txt"))
    assert "combating narcotics trafficking" in domains and "mutual legal assistance in criminal matters" in domains
    domains = _domains(article("r20_cleaning_1_newtimes.txt"))
    assert {"mining", "tourism", "youth", "avoidance of double taxation"} <= set(domains)
    facts = written("The documents signed include:\n1. Memorandum of understanding on fisheries\n"
                    "2. Agreement on air services\n\nThe ministers then held a press conference.\n\n"
                    "Top stories:\n1. Agreement on copper prices collapses", pair=PAIR, lede=LEDE)
    assert _domains(facts) == ["fisheries", "air services"]
    assert "- Memorandum of understanding on fisheries" in facts.sentences
    # a numbered paragraph outside a list still loses its number, and a heading still goes
    facts = written("2. The two ministers also discussed fisheries.\n\nBackground\n\nThe talks were the first since "
                    "2019.", pair=PAIR, lede=LEDE)
    assert "The two ministers also discussed fisheries." in facts.sentences and "Background" not in facts.sentences


def test_a_dateline_with_the_country_in_capitals_or_in_brackets() -> None:
    assert article("r20_cleaning_4_kna.txt").dateline_place == "Nairobi"
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="LIMA, PERU: Chile and Peru on Monday signed an agreement on fisheries in the capital.")
    assert facts.dateline_place == "Lima" and facts.sentences[0].startswith("Chile and Peru")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="LIMA (Peru), March 10 — Chile and Peru signed an agreement on fisheries in the capital.")
    assert facts.dateline_place == "Lima" and facts.sentences[0].startswith("Chile and Peru")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="LIMA, PERU, March 10 — Chile and Peru signed an agreement on fisheries in the capital.")
    assert facts.dateline_place == "Lima" and facts.sentences[0].startswith("Chile and Peru")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="LIMA (Peru) — Chile and Peru signed an agreement on fisheries in the capital.")
    assert (facts.dateline_place, facts.source) == ("Lima", None)  # the country is no agency
    # another word in brackets is no country: `Jakarta (Antara), ...` opens no dateline this way
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="LIMA (Andes), March 10 — Chile and Peru signed an agreement on fisheries in the capital.")
    assert facts.dateline_place is None


def test_a_dateline_with_its_date_after_a_bar() -> None:
    facts = article("r20_cleaning_1_newtimes.txt")
    assert facts.dateline_place == "Kigali" and facts.sentences[0].startswith("Rwanda and Zambia")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="Santiago, Chile | March 10, 2025 – Chile and Peru signed an agreement on fisheries.")
    assert facts.dateline_place == "Santiago" and facts.sentences[0].startswith("Chile and Peru")


def test_a_dateline_with_its_year_after_a_slash() -> None:
    facts = article("r19_agreements_3_ena.txt")
    assert facts.dateline_place == "Addis Ababa" and facts.sentences[0].startswith("Ethiopia and Djibouti")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="Lima, March 10/2025 (ANDINA) - Chile and Peru signed an agreement on fisheries on Monday.")
    assert facts.dateline_place == "Lima" and facts.sentences[0].startswith("Chile and Peru")


def test_a_press_release_wire_between_unspaced_dashes() -> None:
    facts = article("r20_cleaning_2_businesswire.txt")
    assert facts.dateline_place == "Nairobi" and facts.sentences[0].startswith("The Kenya Investment Authority")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="SANTIAGO, Chile--(BUSINESS WIRE)--Chile and Peru signed an agreement on fisheries.")
    assert facts.dateline_place == "Santiago" and facts.sentences[0].startswith("Chile and Peru")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="DUBAI, United Arab Emirates--(BUSINESS WIRE)--Chile and Peru signed an agreement on fisheries.")
    assert facts.dateline_place == "Dubai" and facts.sentences[0].startswith("Chile and Peru")


def test_a_city_above_the_published_line_is_the_dateline_not_the_source() -> None:
    facts = article("r20_cleaning_3_gulftoday.txt")
    assert (facts.source, facts.dateline_place, facts.published) == (None, "Dubai", "2022-06-13")
    facts = _page("Chile, Peru sign fisheries agreement\nPunta Arenas\nPublished: Tue 11 Mar 2025, 6:05 PM\n"
                  "Last updated: Tue 11 Mar 2025, 9:40 PM\n\nChile and Peru signed an agreement on fisheries on "
                  "Monday.\n\nThe talks lasted two hours.")
    assert (facts.source, facts.dateline_place) == (None, "Punta Arenas")
    # a city of no capital nor province, named after its time zone (`America/Sao_Paulo`)
    facts = _page("Chile, Peru sign fisheries agreement\nSao Paulo\nPublished: Tue 11 Mar 2025, 6:05 PM\n"
                  "Last updated: Tue 11 Mar 2025, 9:40 PM\n\n"
                  "Chile and Peru signed an agreement on fisheries on Monday.\n\nThe talks lasted two hours.")
    assert (facts.source, facts.dateline_place) == (None, "Sao Paulo")
    # a masthead's word is still the source
    facts = _page("Chile, Peru sign fisheries agreement\nDawn\nPublished: Tue 11 Mar 2025, 6:05 PM\n"
                  "Last updated: Tue 11 Mar 2025, 9:40 PM\n\n"
                  "Chile and Peru signed an agreement on fisheries on Monday.\n\nThe talks lasted two hours.")
    assert (facts.source, facts.dateline_place) == ("Dawn", None)


def test_a_date_line_with_its_time_zone_spelt_out_or_with_hyphens() -> None:
    facts = article("r20_cleaning_2_businesswire.txt")
    assert (facts.published, facts.published_precision) == ("2025-03-12", "day")
    facts = _page("Chile, Peru sign fisheries agreement\nMarch 11, 2025 10:30 AM Central European Summer Time\n\n"
                  "Chile and Peru signed an agreement on fisheries on Monday.\n\nThe talks lasted two hours.")
    assert facts.published == "2025-03-11"
    facts = _page("Chile, Peru sign fisheries agreement\nPublished on 11-Mar-2025 10:30 AM\n\n"
                  "Chile and Peru signed an agreement on fisheries on Monday.\n\nThe talks lasted two hours.")
    assert facts.published == "2025-03-11"


def test_a_source_line_with_the_date_between_bars() -> None:
    facts = article("r20_cleaning_5_xinhua.txt")
    assert (facts.source, facts.published) == ("Xinhua", "2023-09-14")
    facts = _page("Chile, Peru sign fisheries agreement\nSource: Prensa Latina| 2025-03-11 10:30:00|Editor: lm\n\n"
                  "Chile and Peru signed an agreement on fisheries on Monday.\n\nThe talks lasted two hours.")
    assert (facts.source, facts.published) == ("Prensa Latina", "2025-03-11")


def test_a_syndicators_credit_opening_the_body() -> None:
    facts = article("r20_cleaning_6_menafn.txt")
    assert (facts.source, facts.dateline_place) == ("Jordan News Agency", "Amman")
    assert facts.sentences[0].startswith("Jordan and Iraq") and not any("MENAFN" in s for s in facts.sentences)
    facts = _page("Chile, Peru sign fisheries agreement\nMENAFN\n11/03/2025\n\n(MENAFN- Andina) The governments of "
                  "Chile and Peru signed an agreement on fisheries on Monday.\n\nThe talks lasted two hours.\n\n"
                  "Legal Disclaimer:\nMENAFN provides the information as is, without warranty of any kind, since 2000.")
    assert (facts.source, facts.dateline_place) == ("Andina", None)
    assert facts.sentences[0].startswith("The governments") and not any("MENAFN" in s for s in facts.sentences)


def test_a_press_releases_boilerplate_about_its_issuer_closes_it() -> None:
    facts = article("r20_cleaning_2_businesswire.txt")
    assert [a.date for a in facts.agreements] == ["2025-03-11"]
    assert not any(e.date in ("2019", "2022") for e in facts.events)
    facts = written("The talks lasted two hours.\n\nAbout ProChile\n\nProChile is the export promotion agency of Chile. In 2019, ProChile signed a "
                    "memorandum of understanding with Peru on trade fairs.", pair=PAIR, lede=LEDE)
    assert all(a.date != "2019" for a in facts.agreements)
    assert not any("ProChile" in s for s in facts.sentences)
    # a story's subheading in lower case is no boilerplate: the text below it stays
    facts = written("The talks lasted two hours.\n\nAbout the deal\n\nIn 2019, Chile signed a memorandum of understanding with Peru on trade fairs.",
                    pair=PAIR, lede=LEDE)
    assert any(a.date == "2019" for a in facts.agreements)


def test_a_datelines_city_with_a_linking_word_in_lower_case() -> None:
    facts = article("r20_cleaning_7_allafrica.txt")
    assert facts.dateline_place == "Dar es Salaam" and facts.sentences[0].startswith("Tanzania and Mozambique")
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="Rio de Janeiro, March 10 (EFE).- Chile and Peru signed an agreement on fisheries on Monday.")
    assert facts.dateline_place == "Rio de Janeiro" and facts.sentences[0].startswith("Chile and Peru")
    # a body's name with a linking word is no city
    facts = written("The talks lasted two hours.", pair=PAIR,
                    lede="Ministry of Trade (MOT) - Chile and Peru signed an agreement on fisheries on Monday.")
    assert facts.dateline_place is None


def test_a_list_of_other_stories_is_no_list_of_the_story() -> None:
    facts = article("r20_cleaning_1_newtimes.txt")
    assert not any("envoys" in s or "border meeting" in s for s in facts.sentences)
    facts = written("The talks lasted two hours.\n\nYou might be interested in these stories:\n"
                    "- Chile, Peru trade hits $5 billion in 2024\n- Chile and Peru sign agreement on mining",
                    pair=PAIR, lede="Chile and Peru held talks in Lima on Monday.")
    assert facts.trade_figures == [] and facts.agreements == []
    assert not any("these stories" in s for s in facts.sentences)
    facts = written("The talks lasted two hours.\n\nMore from our Latin America desk:\n"
                    "1. Chilean and Peruvian firms sign a copper agreement worth $2 billion in Santiago.\n"
                    "2. Peru and Chile trade rose 12 percent to $6 billion in 2024, officials say.",
                    pair=PAIR, lede="Chile and Peru held talks in Lima on Monday.")
    assert facts.trade_figures == [] and facts.agreements == []
    # a lead-in of the story's own list with `more` or `interest` in it still opens it
    facts = written("Chile and Peru signed more than five documents on Monday, in areas of mutual interest, "
                    "including:\n1. Memorandum of understanding on fisheries\n2. Agreement on air services",
                    pair=PAIR, lede="Chile and Peru held talks in Lima on Monday.")
    assert {"- Memorandum of understanding on fisheries", "- Agreement on air services"} <= set(facts.sentences)
