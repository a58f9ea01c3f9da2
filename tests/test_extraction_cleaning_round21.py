"""Cleaning, round 21: datelines with an agency in brackets after the dash (`ABUJA — (NAN) The ...`), a dash touching
a known city (`Windhoek- `), a date after the country's full stop (`Kampala, Uganda. March 5, 2024 –`) or before a bar
(`Kigali, March 5, 2024 | `); a syndicator's country label before a headline (`Rwanda: ...`) and a paper credited with
its home in brackets (`The New Times (Kigali)`); a wire after `By` in a byline (`By Xinhua | Updated: ...`), whose
update stands behind the dateline's day; a wire of several words as its name is written (`Business Wire`); an `About
the author` footer cut; years of the nineteenth century read after a preposition of time (`in 1884`); an agency in
brackets after the dateline's comma (`Paga, Nov. 17, (GNA) –`). Articles r21_cleaning_1_mana.txt to
r21_cleaning_5_ghanaiantimes.txt and short texts."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

PAIR = ("Ghana", "Senegal")
BODY = "The two sides also discussed trade and transport links, officials said."


def _page(header: str, body: str = "ACCRA, March 5 -- Ghana and Senegal on Tuesday signed an agreement on "
          "fisheries at the Jubilee House.\n\nThe two sides also discussed trade, officials said.") -> ArticleFacts:
    """A short page of the pair with the given header lines above its body."""
    return extract(RawArticle(id="page", text=f"{header}\n\n{body}\n"), PAIR)


def test_an_agency_in_brackets_after_the_datelines_dash_is_no_part_of_the_body() -> None:
    facts = article("r21_cleaning_1_mana.txt")
    assert (facts.dateline_place, facts.published) == ("Lilongwe", "2023-09-12")
    assert not any("MANA" in sentence for sentence in facts.sentences)
    facts = written(BODY, pair=PAIR, lede="ACCRA — (GNA) Ghana and Senegal on Monday signed an agreement on fisheries.")
    assert facts.dateline_place == "Accra"
    assert facts.sentences[0].startswith("Ghana and Senegal on Monday")
    facts = written(BODY, pair=PAIR, lede="Dakar, March 10 — (Senegal Press) Ghana and Senegal on Monday signed an "
                    "agreement on fisheries.")
    assert (facts.dateline_place, facts.sentences[0][:17]) == ("Dakar", "Ghana and Senegal")


def test_an_agency_in_brackets_after_the_datelines_comma() -> None:
    facts = article("r21_cleaning_5_ghanaiantimes.txt")
    assert (facts.dateline_place, facts.published) == ("Paga", "2021-11-18")
    assert facts.sentences[0].startswith("Ghana and Burkina Faso on Wednesday")
    assert [e.place for e in facts.events if e.date == "2021-11-17"] == ["Paga"]
    facts = written(BODY, pair=PAIR, lede="TAMALE, (GNA) – Ghana and Senegal on Monday signed an agreement on fisheries.")
    assert (facts.dateline_place, facts.sentences[0][:17]) == ("Tamale", "Ghana and Senegal")


def test_a_dash_may_touch_a_known_city() -> None:
    facts = article("r21_cleaning_2_neweranam.txt")
    assert facts.dateline_place == "Windhoek"
    assert facts.sentences[0].startswith("Namibia and Germany on Tuesday")
    facts = written(BODY, pair=PAIR, lede="Dakar- Ghana and Senegal on Monday signed an agreement on fisheries.")
    assert facts.dateline_place == "Dakar"
    # a hyphen touching a word that is no city is no dateline
    facts = written(BODY, pair=PAIR, lede="Pro- and anti-trade groups in Ghana and Senegal met on Monday.")
    assert facts.dateline_place is None


def test_a_datelines_date_after_the_countrys_full_stop_or_before_a_bar() -> None:
    facts = article("r21_cleaning_3_monitor.txt")
    assert (facts.dateline_place, facts.published) == ("Kampala", "2019-11-05")
    assert facts.sentences[0].startswith("Uganda and Liberia on Tuesday")
    facts = article("r21_cleaning_4_newtimes.txt")
    assert (facts.dateline_place, facts.published) == ("Kigali", "2024-03-05")
    facts = written(BODY, pair=PAIR, lede="Accra, Ghana. March 10, 2025 – Ghana and Senegal on Monday signed an "
                    "agreement on fisheries.")
    assert facts.dateline_place == "Accra"
    assert facts.sentences[0].startswith("Ghana and Senegal")
    facts = written(BODY, pair=PAIR, lede="Dakar, March 10, 2025 | Ghana and Senegal on Monday signed an agreement on "
                    "fisheries.")
    assert facts.dateline_place == "Dakar"
    assert facts.sentences[0].startswith("Ghana and Senegal")


def test_a_syndicators_country_label_and_a_paper_with_its_home_in_brackets() -> None:
    facts = article("r21_cleaning_4_newtimes.txt")
    assert (facts.title, facts.source) == ("Rwanda, Burundi reopen border trade talks", "The New Times")
    assert article("r20_cleaning_7_allafrica.txt").source == "The Citizen"
    assert article("r20_agreements_4_dailymirror.txt").source == "Daily Mirror"
    facts = _page("Ghana: Ghana, Senegal Sign Fisheries Deal\nGhanaian Chronicle (Accra)\n5 March 2024")
    assert (facts.title, facts.source) == ("Ghana, Senegal Sign Fisheries Deal", "Ghanaian Chronicle")
    # a label of more than a country's name stays in the headline
    facts = _page("Ghana-Senegal trade: Two Nations Sign Fisheries Deal\n5 March 2024")
    assert facts.title == "Ghana-Senegal trade: Two Nations Sign Fisheries Deal"


def test_a_wire_after_by_is_the_source_and_an_update_stands_behind_the_datelines_day() -> None:
    facts = article("r21_cleaning_3_monitor.txt")
    assert facts.source is None  # `By Monitor Reporter`: a desk, no publisher
    facts = _page("Ghana, Senegal sign fisheries deal\nBy Xinhua | Updated: 2024-03-06 10:22")
    assert (facts.source, facts.published) == ("Xinhua", "2024-03-05")


def test_a_wire_of_several_words_is_named_as_written() -> None:
    assert article("r20_cleaning_2_businesswire.txt").source == "Business Wire"
    facts = _page("Ghana firm signs deal", "ACCRA, Ghana--(GLOBE NEWSWIRE)--Ghana Cocoa Board and a Senegalese "
                  "trader signed a supply agreement on Tuesday.\n\nThe deal runs for ten years, they said.")
    assert facts.source == "Globe Newswire"


def test_an_about_the_author_footer_is_cut() -> None:
    facts = article("r21_cleaning_1_mana.txt")
    assert not any("2019" in sentence or "correspondent" in sentence for sentence in facts.sentences)
    assert not any(event.date == "2019" for event in facts.events)
    facts = article("r21_cleaning_2_neweranam.txt")
    assert not any("2020" in event.date for event in facts.events)
    facts = written(f"{BODY}\n\nAbout The Author:\n\nKofi Mensah has reported on trade since 2012, signing 3 books "
                    "in 2018.", pair=PAIR, lede="Ghana and Senegal signed an agreement on fisheries on Monday.")
    assert not any("Kofi" in sentence for sentence in facts.sentences)


def test_a_year_of_the_nineteenth_century_dates_a_background_event() -> None:
    events = [(e.date, e.optional) for e in article("r21_cleaning_2_neweranam.txt").events]
    assert ("1884", True) in events
    facts = written("Ghana and Senegal first established trade links in 1857, the ministry said.", pair=PAIR,
                    lede="Ghana and Senegal held talks in Accra on Monday.")
    assert [(e.date, e.optional) for e in facts.events if e.date.startswith("18")] == [("1857", True)]
    # a count, a share or a page is no year
    facts = written("Ghana and Senegal have 1850 traders, and 1860 of them were registered in 1,870 offices, up 18.5 "
                    "percent, page 1880.", pair=PAIR, lede="Ghana and Senegal held talks in Accra on Monday.")
    assert not [e for e in facts.events if e.date.startswith("18")]
