"""Article headers, round three: a release's label and issuing body, its numbered paragraphs, a title-case city and a
dash as the dateline, an acronym or a lower camel-case word as the masthead, a byline's `Reporter at <paper> -
<city>`, a `Publication date` line and `Related Posts` teasers (articles z_*.txt, h3_*.txt and short written
texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written

_BODY = ("Indonesia and Vietnam agreed on Tuesday to raise their bilateral trade to $20 billion, officials said.\n"
         "The two ministers also discussed fisheries and energy.")


def _page(text: str, pair: tuple[str, str] = ("Indonesia", "Vietnam")) -> ArticleFacts:
    """A page of the given lines, extracted for the pair."""
    return extract(RawArticle(id="page", text=text), pair)


def test_a_releases_label_is_no_source_and_its_issuing_body_is() -> None:
    facts = article("z_miti_press_release.txt")
    assert (facts.title, facts.source, facts.published) == (
        "MALAYSIA AND TÜRKIYE CONCLUDE NEGOTIATIONS TO EXPAND FREE TRADE AGREEMENT",
        "Ministry of Investment, Trade and Industry", "2025-01-15")
    facts = _page("EMBASSY OF JAPAN IN ANKARA\nJOINT PRESS STATEMENT\nJapan and Türkiye sign a tax treaty protocol\n"
                  "12 March 2025\nJapan and Türkiye signed a protocol to their tax treaty in Ankara on Tuesday, the "
                  "embassy said.", ("Japan", "Türkiye"))
    assert (facts.title, facts.source) == ("Japan and Türkiye sign a tax treaty protocol", "Embassy of Japan in Ankara")
    facts = _page("Kenyataan Media\nIndonesia, Vietnam seek to double trade\n12 March 2025\n" + _BODY)
    assert (facts.title, facts.source) == ("Indonesia, Vietnam seek to double trade", None), "a label is no source"


def test_a_releases_paragraph_numbers_and_signature_are_no_sentences() -> None:
    sentences = article("z_miti_press_release.txt").sentences
    assert sentences[0].startswith("Malaysia and Türkiye have concluded negotiations")
    assert not any(s[:1].isdigit() and len(s) <= 3 for s in sentences), "no `1.` alone"
    assert not any("MINISTRY" in s or s == "15 January 2025" for s in sentences), "the signature is no text"
    facts = _page("Indonesia, Vietnam seek to double trade\n12 March 2025\n1. Indonesia and Vietnam agreed on "
                  "Tuesday to raise their bilateral trade to $20 billion.\n2) The two ministers also discussed "
                  "fisheries and energy.")
    assert facts.sentences == ["Indonesia and Vietnam agreed on Tuesday to raise their bilateral trade to $20 billion.",
                               "The two ministers also discussed fisheries and energy."]


def test_a_title_case_city_and_a_dash_opening_the_text_is_the_dateline() -> None:
    facts = article("z_iol_southafrica_turkiye.txt")
    assert facts.dateline_place == "Pretoria"
    assert facts.sentences[0].startswith("South Africa and Türkiye aim")
    facts = _page("Kenya, Tanzania agree to lift trade barriers\n12 March 2025\nNairobi – Kenya and Tanzania agreed "
                  "on Tuesday to remove 14 non-tariff barriers, trade officials said.", ("Kenya", "Tanzania"))
    assert (facts.dateline_place, facts.sentences[0][:16]) == ("Nairobi", "Kenya and Tanzan")
    facts = _page("South Africa, Egypt seek more trade\n12 March 2025\nJohannesburg - South Africa and Egypt will "
                  "hold a business forum in May, the trade department said.", ("South Africa", "Egypt"))
    assert facts.dateline_place == "Johannesburg"
    facts = _page("Indonesia, Vietnam seek to double trade\n12 March 2025\nVietnam - Indonesia trade rose to $15 "
                  "billion last year, the customs office said.")
    assert facts.dateline_place is None, "a country and a dash are no dateline"


def test_an_acronym_or_a_lower_camel_case_word_on_the_first_line_is_the_masthead() -> None:
    assert article("z_iol_southafrica_turkiye.txt").source == "IOL"
    assert article("z_thesun_education.txt").source == "theSun"
    assert _page("ABN\nBusiness\nIndonesia, Vietnam seek to double trade\n12 March 2025\n" + _BODY).source == "ABN"
    assert _page("theLedger\nNews\nIndonesia, Vietnam seek to double trade\n12 March 2025\n" + _BODY).source \
        == "theLedger"
    assert _page("UAE\nBusiness\nIndonesia, Vietnam seek to double trade\n12 March 2025\n" + _BODY).source is None
    assert _page("ASN\nBusiness\nIndonesia, Vietnam seek to double trade\n12 March 2025\n" + _BODY
                 + "\nThe ASN forum opens in May.").source is None, "an acronym the text writes is no masthead"


def test_a_bylines_reporter_at_a_paper_and_its_city() -> None:
    facts = article("z_agenciabrasil_brazil_china.txt")
    assert (facts.source, facts.dateline_place) == ("Agência Brasil", "Brasília")
    facts = _page("Indonesia, Vietnam seek to double trade\n12 March 2025\nBy Nguyen Van An - Correspondent for "
                  "The Hanoi Ledger - Hanoi\n" + _BODY)
    assert (facts.source, facts.dateline_place) == ("The Hanoi Ledger", "Hanoi")


def test_a_publication_date_line_and_related_posts() -> None:
    facts = article("h3_khmertimes_cambodia_china.txt")
    assert (facts.source, facts.published, facts.title) == (
        "Khmer Times", "2025-01-14", "Cambodia-China trade tops $15 billion in 2024 as FTA pact deepens ties")
    assert [(a.kind, a.date) for a in facts.agreements if a.kind == "mou"] == [("mou", "2025-01-13")]
    assert parse_date_line("Publication date 14 January 2025 | 08:45 ICT") == "2025-01-14"
    assert parse_date_line("Date published: March 3, 2025") == "2025-03-03"
    facts = _page("Indonesia, Vietnam seek to double trade\n12 March 2025\n" + _BODY + "\nRelated Posts\n"
                  "Indonesia and Vietnam sign a $2 billion deal on the supply of rice to Jakarta next year.")
    assert not any("rice" in s for s in facts.sentences), "teasers are no text"


def test_a_name_and_its_acronym_opening_a_paragraph_is_no_dateline() -> None:
    facts = written("Gadjah Mada University (UGM) and Vietnam National University signed an MoU on Tuesday.")
    assert facts.dateline_place is None
    assert facts.sentences[1].startswith("Gadjah Mada University (UGM) and")
    facts = written("JAKARTA (ANTARA) Indonesia and Vietnam signed an MoU on Tuesday.")
    assert facts.dateline_place == "Jakarta"


def test_a_spelt_out_acronym_masthead_a_menu_and_an_ampersand_section() -> None:
    facts = article("a3_vir_vietnam_chile.txt")
    assert (facts.source, facts.title) == ("Vietnam Investment Review",
                                           "Vietnam and Chile sign six MoUs, eye deeper economic ties")
    text = ("TWN - The Weekly News\nHome | Politics | Arts & Culture | Sport\nBusiness & Economy\n"
            "Ghana and Kenya sign a trade deal\nMarch 12, 2025\n\nGhana and Kenya signed a trade deal on Tuesday.")
    facts = extract(RawArticle(id="t", text=text), ("Ghana", "Kenya"))
    assert (facts.source, facts.title, facts.published) == ("The Weekly News", "Ghana and Kenya sign a trade deal",
                                                            "2025-03-12")
    text = ("Ghana and Kenya sign a trade deal\nBy Ama Mensah | March 12, 2025 | Accra\n\n"
            "Ghana and Kenya signed a trade deal on Tuesday.")
    assert extract(RawArticle(id="t", text=text), ("Ghana", "Kenya")).published == "2025-03-12"


def test_mastheads_above_menus_and_labels_and_date_lines_with_a_weekday_or_zone() -> None:
    heads = {name: (facts.title, facts.source, facts.published) for name in (
        "f4_malaysianreserve_malaysia_turkiye.txt", "f4_tbsnews_bangladesh_malaysia.txt",
        "f4_yenisafak_turkiye_malaysia.txt") for facts in [article(name)]}
    assert heads["f4_malaysianreserve_malaysia_turkiye.txt"] == (
        "Malaysia-Türkiye trade climbs 14% to RM19.4b in Jan-Oct", "The Malaysian Reserve", "2025-11-24")
    assert heads["f4_tbsnews_bangladesh_malaysia.txt"][:2] == (
        "Bangladesh seeks duty-free access as trade gap with Malaysia widens", "The Business Standard")
    assert heads["f4_yenisafak_turkiye_malaysia.txt"][1:] == ("Yeni Şafak English", "2025-10-17")
    assert [parse_date_line(line) for line in ("15:32 - 17/10/2025 Friday", "12 July 2024 18:05 (UTC +04:00)",
                                               "12 July 2024 talks")] == ["2025-10-17", "2024-07-12", None]
    text = ("The Long Road\nA feature on the two countries' ties over three decades of trade\nBy Ama Mensah\n"
            "March 12, 2025\n\nGhana and Kenya signed a trade deal on Tuesday.")
    assert extract(RawArticle(id="t", text=text), ("Ghana", "Kenya")).title == "The Long Road"
    text = ("Azerbaijan, Pakistan sign deals\n12 July 2024 18:05 (UTC +04:00)\n\nBAKU, Azerbaijan, July 12. "
            "Azerbaijan and Pakistan signed a joint communique on Thursday, officials said.")
    facts = extract(RawArticle(id="t", text=text), ("Azerbaijan", "Pakistan"))
    assert (facts.published, facts.dateline_place) == ("2024-07-12", "Baku")


def test_a_first_line_above_the_sites_sections_or_named_again_below_is_the_masthead() -> None:
    assert [article(name).source for name in ("p4_malaysiakini_malaysia_turkiye.txt", "a4_malaysiakini_malaysia_turkiye.txt",
                                              "p4_yenisafak_turkiye_malaysia.txt", "a4_yenisafak_turkiye_malaysia.txt")] \
        == ["Malaysiakini", "Malaysiakini", "Yeni Şafak", "Yeni Şafak English"]
    text = ("Kenya Insights\nNews\nBusiness\nGhana and Kenya sign a trade deal in Accra\nMarch 12, 2025\n\n"
            "Ghana and Kenya signed a trade deal on Tuesday.")
    facts = extract(RawArticle(id="t", text=text), ("Ghana", "Kenya"))
    assert (facts.source, facts.title) == ("Kenya Insights", "Ghana and Kenya sign a trade deal in Accra")
    text = ("Ghana and Kenya sign a trade deal in Accra\nNews\nBusiness\nMarch 12, 2025\n\n"
            "Ghana and Kenya signed a trade deal on Tuesday.")
    facts = extract(RawArticle(id="t", text=text), ("Ghana", "Kenya"))
    assert (facts.source, facts.title) == (None, "Ghana and Kenya sign a trade deal in Accra")
