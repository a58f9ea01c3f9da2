"""Headers, round 23: a photo's credit alone on its line (`Photo: Bernama`, `(Photo: AA)`, `PHOTO | STATE HOUSE`) stands
above its caption, which is no text when it reports nothing (`X (right) exchanging documents with Y ...`); a masthead
ending in `Today` (`Gulf Today`) or `The` and masthead words that are also a section's (`The Nation Online`, `The
Business Times`) is the publisher, which wins over an agency's credit below the story (`— WAM`); a wire's acronym
joined to its city alone on a line (`APA-Lusaka (Zambia)`) is the dateline; EFE's day and Spanish month in lower case
(`Buenos Aires, 5 mar (EFE).-`) are a dateline's; notes below the story about where it first ran and who wrote it
(`This article was first published by ...`, `The writer is ...`) are no text; an office before a dash and its
holder's name (`Foreign Minister – Ali Sabry said ...`) is no dateline's city; a table's rows (`Exports | 2024 | USD
310 mn`) leave the text around them whole (articles r23_headers_1_bernama.txt to r23_headers_6_dailymirror.txt,
r22_headers_6_ippmedia.txt, x_fmt_jssez.txt, t_businesstimes_singapore_indonesia.txt and short texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from bot.core.text_cleaning import clean
from extraction_support import article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru on Tuesday signed an agreement on lithium cooperation in Lima."
BODY = "Trade between Chile and Peru reached $4.1 billion in 2024, the ministers said."


def _headed(header: str, lede: str = LEDE) -> ArticleFacts:
    """A short story of the pair under the given header lines."""
    return extract(RawArticle(id="headed", text=f"{header}\n\n{lede}\n\n{BODY}"), PAIR)


def _body(paragraphs: str) -> list[str]:
    """The body paragraphs of a short story of the pair with the given lines below its lede."""
    return clean(f"Chile, Peru hold talks\nMarch 12, 2025\n\n{LEDE}\n\n{paragraphs}\n\n{BODY}").paragraphs


def test_a_caption_below_a_lone_photo_credit_is_no_text() -> None:
    facts = article("r23_headers_1_bernama.txt")
    cited = facts.summary + facts.sentences + [e.quote for e in facts.events] + [a.quote for a in facts.agreements]
    assert not any("exchanging documents" in s or "officials at the signing" in s or "Photo" in s for s in cited)
    assert any(s.startswith("Mohamed Khaled said the ministry") for s in facts.sentences)  # the body goes on below
    ippmedia = article("r22_headers_6_ippmedia.txt")
    assert not any("at the ceremony on Friday" in s for s in ippmedia.sentences + ippmedia.summary)
    for credit in ("Photo: Andina", "(Photo: EFE)", "PHOTO | PRESIDENCY", "Photo credit: Cancillería"):
        for caption in ("President Gabriel Boric (left) greets President Dina Boluarte at the Palace in Lima.",
                        "Chilean and Peruvian officials at the signing ceremony in Lima on Tuesday."):
            assert _body(f"{credit}\n{caption}") == [LEDE, BODY], (credit, caption)


def test_the_body_below_a_lone_photo_credit_stays() -> None:
    assert any(s.startswith("Aripov said Uzbekistan") for s in article("r22_headers_7_kabar.txt").sentences)
    assert article("r15_headers_1_kazinform.txt").summary[0].startswith("Kazakhstan and Uzbekistan agreed")
    for text in ("Boric said Chile would double its purchases of Peruvian produce by 2027.",
                 "The two countries signed a mining agreement in 2019.",
                 "\u201cWe are neighbours and partners,\u201d Boric told reporters in Lima.",
                 "Peru exports copper concentrate to Chile. Chile sells it fruit and wine."):
        assert _body(f"Photo: Andina\n{text}") == [LEDE, text, BODY], text
    # a credit above the lede: the lede is never its caption
    facts = _headed("Chile, Peru sign lithium pact\nMarch 12, 2025\n\nPhoto: Andina",
                    lede="Chile and Peru sign a lithium agreement in Lima.")
    assert facts.summary[0] == "Chile and Peru sign a lithium agreement in Lima."


def test_the_publisher_named_at_the_top_wins_over_an_agencys_credit() -> None:
    facts = article("r23_headers_2_gulftoday.txt")
    assert (facts.source, facts.title, facts.published) == (
        "Gulf Today", "UAE, Kenya sign comprehensive economic partnership agreement", "2025-05-14")
    assert article("x_fmt_jssez.txt").source == "Free Malaysia Today"  # above its `Bernama` credit
    facts = _headed("Peru Today\nUpdated on March 12, 2025\nChile, Peru sign lithium agreement",
                    lede=f"LIMA: {LEDE}\n\n— ANDINA")
    assert (facts.source, facts.title) == ("Peru Today", "Chile, Peru sign lithium agreement")
    # a label of the day's news is no paper
    facts = _headed("Chile, Peru sign lithium agreement\nNews Today\nMarch 12, 2025")
    assert facts.source != "News Today"


def test_the_and_words_a_section_also_uses_are_a_masthead() -> None:
    facts = article("r23_headers_3_nation.txt")
    assert (facts.source, facts.title) == ("The Nation Online",
                                           "Malawi, Zambia to open one-stop border post at Mchinji")
    assert article("t_businesstimes_singapore_indonesia.txt").source == "The Business Times"
    facts = _headed("The Nation Online\nChile, Peru sign lithium agreement\nMarch 12, 2025")
    assert (facts.source, facts.title) == ("The Nation Online", "Chile, Peru sign lithium agreement")
    for label in ("The Latest News", "Top News Today", "World News"):
        facts = _headed(f"{label}\nChile, Peru sign lithium agreement\nMarch 12, 2025")
        assert facts.source is None, label


def test_a_wires_city_alone_on_its_line_is_the_dateline() -> None:
    facts = article("r23_headers_4_apa.txt")
    assert (facts.source, facts.dateline_place, facts.title) == ("APA", "Lusaka",
                                                                "Zambia, Tanzania agree to revamp TAZARA railway")
    assert facts.summary[0].startswith("Zambia and Tanzania on Thursday agreed")
    facts = _headed("Chile, Peru sign lithium agreement\nMarch 12, 2025\n\nAPA-Lima (Peru)")
    assert (facts.source, facts.dateline_place, facts.summary[0]) == ("APA", "Lima", LEDE)
    # a paper and its home in brackets is a masthead, no dateline
    facts = _headed("Chile, Peru sign lithium agreement\nEl Comercio (Peru)\nMarch 12, 2025")
    assert (facts.source, facts.dateline_place) == ("El Comercio", None)


def test_efes_day_and_spanish_month_are_a_datelines() -> None:
    facts = article("r23_headers_5_efe.txt")
    assert (facts.source, facts.dateline_place, facts.published) == ("EFE", "Buenos Aires", "2025-03-05")
    assert facts.summary[0].startswith("Argentina and Chile signed on Wednesday")
    for dateline, day in (("Lima, 11 mar (EFE).- ", "2025-03-11"), ("Santiago, 3 dic (EFE).- ", "2025-12-03"),
                          ("LIMA, 20 ene (EFE).- ", "2025-01-20"), ("Lima, 8 ago. (EFE).- ", "2025-08-08")):
        facts = extract(RawArticle(id="efe", text=f"Chile, Peru sign lithium agreement\n\n{dateline}{LEDE}\n\n{BODY}"),
                        PAIR)
        assert (facts.source, facts.published, facts.summary[0]) == ("EFE", day, LEDE), dateline
    # a month's abbreviation with its full stop before the agency is no numeric date (it stopped the cleaning)
    facts = extract(RawArticle(id="afp", text=f"Chile, Peru sign lithium agreement\n\nLIMA, 8 Aug. (AFP) - {LEDE}"
                                              f"\n\n{BODY}"), PAIR)
    assert (facts.dateline_place, facts.published, facts.summary[0]) == ("Lima", "2025-08-08", LEDE)
    # a word in lower case after a day is no month without the agency's bracket
    facts = written("Chile sent 5 mar samples to Peru.", pair=PAIR, lede=LEDE)
    assert facts.summary[-1] == "Chile sent 5 mar samples to Peru."


def test_notes_about_where_it_ran_and_who_wrote_it_are_no_text() -> None:
    facts = article("r23_headers_3_nation.txt")
    assert not any("first published" in s or "The writer is" in s for s in facts.sentences)
    for note in ("This article was first published by The Conversation.", "The writer is a former ambassador to Peru.",
                 "*The author is a senior fellow at the Lima Institute of Economics.",
                 "The views expressed are the writer's own.", "Originally published in El Mercurio.",
                 "This story first appeared on Americas Quarterly."):
        assert clean(f"Chile, Peru hold talks\nMarch 12, 2025\n\n{LEDE}\n\n{BODY}\n\n{note}").paragraphs == \
            [LEDE, BODY], note
    # in the story's text, above its last lines, the same words are the story's
    text = "The author is expected to present the report on Chile and Peru in Lima next week."
    kept = (f"Chile, Peru hold talks\nMarch 12, 2025\n\n{LEDE}\n\n{text}\n\n{BODY}\n\nThe talks go on.\n\n"
            "They end Friday.")
    assert text in clean(kept).paragraphs


def test_an_office_before_a_dash_is_no_datelines_city() -> None:
    facts = article("r23_headers_6_dailymirror.txt")
    assert facts.dateline_place is None
    assert facts.summary[0].startswith("Foreign Minister – Vijitha Herath said on Wednesday")
    for office in ("Foreign Minister", "Trade Minister", "President", "Ambassador"):
        facts = written(BODY, pair=PAIR, lede=f"{office} – Javier González-Olaechea said Chile and Peru would sign "
                                              "a lithium agreement in April.")
        assert facts.dateline_place is None and facts.summary[0].startswith(office), office
    # a city before a dash is still the dateline's
    facts = written(BODY, pair=PAIR, lede="Arequipa – Chile and Peru agreed on Tuesday to build a new border post.")
    assert facts.dateline_place == "Arequipa"


def test_a_tables_rows_leave_the_text_around_them_whole() -> None:
    facts = article("r23_headers_6_dailymirror.txt")
    assert any(s.startswith("Sri Lanka's exports to the Maldives rose by 9 percent") for s in facts.sentences)
    assert not any("|" in s for s in facts.sentences + facts.summary)
    paragraphs = _body("Trade between the two countries:\nExports | 2024 | USD 3.1 bn\nImports | 2024 | USD 1.2 bn")
    assert paragraphs[0] == LEDE and paragraphs[-1] == BODY
    assert not any("|" in p for p in paragraphs)
