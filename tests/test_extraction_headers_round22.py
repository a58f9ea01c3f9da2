"""Headers, round 22: a dateline's date with its month in capitals after the day (`WINDHOEK, 14 OCT (NAMPA) -`) is read,
so the city is the place and the bracketed wire the source; a masthead with a word of two parts alone under the title
(`MercoPress`, `The Hindu BusinessLine`) or one ending in `Recorder` or `Vision` (`Business Recorder`, `New Vision`)
is the source; a byline's one word after its writer (`By Imran Mukhtar | Nation`) is the writer's paper; `The` and a
name, or an acronym and a word, right above the page's `Published:` line or its `By` line is the masthead (`The
Peninsula`, `KBC Digital`); the city after a `By` line's writer is the dateline's; an agency in capitals takes the
masthead's spelling (`Andina`); a caption credited `PHOTO | STATE HOUSE` or `PHOTO/COURTESY`, a teaser after `ALSO
READ |` or `Also read -`, one run into a paragraph's end (`... said. Also read: ...`) and a call to join a WhatsApp
channel, and links to other stories (`Trending now:`, `Previous article:`) are no text; a desk's byline names its
paper only in full (`Daily News Reporter`, not `Tribune Desk`); a wire's acronym joined to its city (`APA-Dakar
(Senegal)`) is a dateline (articles r22_headers_1_nation.txt to r22_headers_13_newsroompanama.txt,
r21_events_1_nampa.txt, r21_agreements_2_businessline.txt, r21_agreements_4_brecorder.txt,
r21_agreements_5_mercopress.txt, r10_people_1_thepeninsula.txt, r11_trade_5_dailynews.txt and short texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.text_cleaning import clean
from extraction_support import ARTICLES, article, written

PAIR = ("Zambia", "Malawi")
LEDE = "Zambia and Malawi on Tuesday signed an agreement on energy cooperation in Lusaka."


def _header(facts):  # type: ignore[no-untyped-def]
    return facts.source, facts.dateline_place, facts.published


def _headed(header: str) -> object:
    """A short story of the pair under the given header lines (title first)."""
    text = f"{header}\n\n{LEDE}\n\nThe two ministers said trade between Zambia and Malawi reached $300 million in 2024."
    return extract(RawArticle(id="headed", text=text), PAIR)


def test_a_datelines_day_before_a_month_in_capitals_is_read() -> None:
    assert _header(article("r21_events_1_nampa.txt"))[:2] == ("NAMPA", "Windhoek")
    assert _header(article("r22_headers_3_akipress.txt"))[:2] == ("AKIpress", "Bishkek")
    facts = written("The ministers spoke to reporters.", pair=PAIR, lede="LUSAKA, 4 MAR (ZANIS) - " + LEDE)
    assert (facts.source, facts.dateline_place) == ("ZANIS", "Lusaka")
    assert facts.summary[0].startswith("Zambia and Malawi")


def test_a_two_part_word_under_the_title_is_the_masthead() -> None:
    assert article("r21_agreements_5_mercopress.txt").source == "MercoPress"
    assert article("r21_agreements_2_businessline.txt").source == "The Hindu BusinessLine"
    assert _headed("Zambia, Malawi sign energy pact\nTimesLive\nMarch 4, 2025").source == "TimesLive"
    assert _headed("Zambia, Malawi sign energy pact\nThe NewsDay\nLUSAKA, March 4, 2025").source == "The NewsDay"
    # a name the body writes is the story's, not the page's
    assert _headed("Zambia, Malawi sign energy pact\nPowerGrid\nMarch 4, 2025\n\nPowerGrid will build the line.")\
        .source is None


def test_a_recorder_or_a_vision_under_the_title_is_the_masthead() -> None:
    assert article("r21_agreements_4_brecorder.txt").source == "Business Recorder"
    assert article("r22_headers_2_newvision.txt").source == "New Vision"
    assert _headed("Zambia, Malawi sign energy pact\nZambia Daily Recorder\nMarch 4, 2025").source \
        == "Zambia Daily Recorder"


def test_one_word_after_a_bylines_writer_is_the_paper() -> None:
    assert article("r22_headers_1_nation.txt").source == "Nation"
    assert _headed("Zambia, Malawi sign energy pact\nBy Chanda Mwale | Mast\nMarch 4, 2025").source == "Mast"
    # a city, a country, a people or a desk after the writer is no paper
    for after in ("Lusaka", "Zambia", "Malawian", "Staff", "Analysis"):
        assert _headed(f"Zambia, Malawi sign energy pact\nBy Chanda Mwale | {after}\nMarch 4, 2025").source is None


def test_the_name_right_above_the_published_line_is_the_masthead() -> None:
    assert article("r22_headers_5_peninsula.txt").source == "The Peninsula"
    assert article("r10_people_1_thepeninsula.txt").source == "The Peninsula"
    assert _headed("Zambia, Malawi sign energy pact\nThe Mast\nPublished: 04 Mar 2025 - 8:15 pm").source == "The Mast"
    # a place the story is in is no paper
    text = ("Zambia, Malawi sign energy pact\nThe Hague\nPublished: 04 Mar 2025 - 8:15 pm\n\nZambia and Malawi on "
            "Tuesday signed an agreement on energy cooperation in The Hague.")
    assert extract(RawArticle(id="hague", text=text), PAIR).source is None


def test_the_city_after_a_bylines_writer_is_the_dateline() -> None:
    assert article("r22_headers_6_ippmedia.txt").dateline_place == "Kigoma"
    assert _headed("Zambia, Malawi sign energy pact\nBy Our Correspondent, Lusaka\nMarch 4, 2025").dateline_place \
        == "Lusaka"
    # two writers are no city
    assert _headed("Zambia, Malawi sign energy pact\nBy Chanda Mwale, Grace Banda\nMarch 4, 2025").dateline_place \
        is None


def test_an_agency_in_capitals_takes_the_mastheads_spelling() -> None:
    assert article("r22_headers_8_andina.txt").source == "Andina"
    facts = written("The ministers spoke to reporters.", pair=PAIR, lede="LUSAKA, March 4 (ZANIS) - " + LEDE)
    assert facts.source == "ZANIS"  # no masthead above: the dateline's name as written
    text = f"Zambia, Malawi sign energy pact\nZanis\nMarch 4, 2025\n\nLUSAKA, March 4 (ZANIS) - {LEDE}"
    assert extract(RawArticle(id="zanis", text=text), PAIR).source == "Zanis"


def test_an_acronym_and_a_word_above_the_byline_is_the_masthead() -> None:
    assert article("r22_headers_9_kbc.txt").source == "KBC Digital"
    assert _headed("Zambia, Malawi sign energy pact\nZNBC Today\nBy Chanda Mwale\nMarch 4, 2025").source == "ZNBC Today"
    # a desk's byline is no paper
    assert _headed("Zambia, Malawi sign energy pact\nZNBC Bureau\nBy Chanda Mwale\nMarch 4, 2025").source is None


def _body(paragraph: str) -> list[str]:
    """The body paragraphs of a short story of the pair with the given paragraph below its lede."""
    return clean(f"Zambia, Malawi hold talks\nMarch 12, 2025\n\n{LEDE}\n\n{paragraph}").paragraphs


def test_teasers_captions_and_calls_to_join_are_no_text() -> None:
    facts = article("r22_headers_9_kbc.txt")
    # the teasers' `sign deal on ...` and `signs port deal` are other stories; the commission that met is the pair's
    assert [(a.kind, a.name) for a in facts.agreements] == [("council", "Kenya-Ethiopia Joint Ministerial Commission")]
    assert not any("PHOTO" in s or s.startswith("CS Rebecca Miano with") for s in facts.summary)
    for furniture in ("ALSO READ | Zambia, Malawi sign power deal in Blantyre",
                      "Also read - Zambia, Malawi sign power deal in Blantyre",
                      "President Hakainde Hichilema and President Lazarus Chakwera at the signing in Lusaka on "
                      "Tuesday. PHOTO | STATE HOUSE",
                      "President Hakainde Hichilema greets President Lazarus Chakwera in Lusaka. Photo/Courtesy",
                      "President Hakainde Hichilema greets President Lazarus Chakwera in Lusaka. | Photo: State House",
                      "Join our WhatsApp channel for more updates.", "Follow Lusaka Times on WhatsApp for more."):
        assert _body(furniture) == [LEDE], furniture
    facts = written("Trade between Zambia and Malawi reached $300 million in 2024, Lusaka said. Also read: Zambia, "
                    "Malawi sign power deal in Blantyre", pair=PAIR, lede="Zambia and Malawi held talks in Lusaka.")
    assert facts.agreements == []
    assert facts.summary[-1].endswith("Lusaka said.")
    # a sentence that reads on is kept whole
    kept = "Zambia exported maize to Malawi. Read more: the figures are in the annex."
    assert _body(kept) != [LEDE]


def test_a_desks_byline_names_the_paper_before_its_desk() -> None:
    assert article("r22_headers_10_dhakatribune.txt").source is None  # `Tribune Desk`: part of a name, a desk
    assert article("r11_trade_5_dailynews.txt").source == "Daily News"
    assert _headed("Zambia, Malawi sign energy pact\nLusaka Times Staff\nMarch 4, 2025").source == "Lusaka Times"
    assert _headed("Zambia, Malawi sign energy pact\nTimes Desk\nMarch 4, 2025").source is None
    assert _headed("Zambia, Malawi sign energy pact\nWorld News Desk\nMarch 4, 2025").source is None
    assert _headed("Zambia, Malawi sign energy pact\nMonitor Reporter\nMarch 4, 2025").source is None


def test_a_wires_acronym_joined_to_its_city_is_a_dateline() -> None:
    facts = article("r22_headers_12_apanews.txt")
    assert (facts.source, facts.dateline_place) == ("APA", "Dakar")
    assert facts.summary[0].startswith("Senegal and Mauritania")
    facts = written("The ministers spoke to reporters.", pair=PAIR, lede="APA-Lusaka (Zambia) " + LEDE)
    assert (facts.source, facts.dateline_place) == ("APA", "Lusaka")
    assert facts.summary[0].startswith("Zambia and Malawi")
    # a name in brackets that is no country leaves the paragraph as it is
    facts = written("The ministers spoke to reporters.", pair=PAIR, lede="ZESCO-Kafue (Gorge) unit stopped. " + LEDE)
    assert facts.dateline_place is None


def test_links_to_other_stories_are_no_text() -> None:
    text = (ARTICLES / "r22_headers_13_newsroompanama.txt").read_text()
    paragraphs = clean(text).paragraphs
    assert not any(p.startswith(("Trending now", "Previous article", "Next article")) for p in paragraphs)
    assert paragraphs[-1].startswith("Tewaney said")
    for teaser in ("Trending now: Zambia, Malawi sign power deal in Blantyre",
                   "Previous article: Zambia, Malawi sign power deal in Blantyre",
                   "NEXT POST Zambia, Malawi sign power deal in Blantyre",
                   "Continue reading: Zambia, Malawi sign power deal in Blantyre",
                   "Editor's picks: Zambia, Malawi sign power deal in Blantyre",
                   "Also see: Zambia, Malawi sign power deal in Blantyre"):
        assert _body(teaser) == [LEDE], teaser
        facts = written(teaser, pair=PAIR, lede="Zambia and Malawi held talks in Lusaka.")
        assert facts.agreements == [], teaser
