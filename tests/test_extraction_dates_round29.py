"""Dates and people, round 29: a publication known to its month only (`Business & Trade | September 2023`) dates a
month and day without a year, in its year up to its month and in the year before after it, or ahead by the tense,
while weekdays and `yesterday` stay undated; a military rank between an office and a name is no part of the name
(`Army Chief of Staff Gen Asim Munir`, `Army chief Gen Munir`); initials without stops open a name as dotted ones do
(`Chief Minister M K Stalin`, `MK Stalin`), but no word (`A`) or body's acronym (`UN`) (articles
r29_dates_1_tradelinks.txt, r29_dates_2_dawnwire.txt, r29_dates_3_chronicleindia.txt and short texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, dated_places, people_of, roles_of, written

PAIR = ("Ghana", "Morocco")
LEDE = "Ghana and Morocco held talks in Rabat on Monday."


def _monthly(body: str, header: str = "Trade & Investment | April 2025") -> ArticleFacts:
    """A short story of Ghana and Morocco in a magazine whose issue gives its month only."""
    text = f"Ghana, Morocco deepen ties\n{header}\n\nGhana and Morocco are expanding trade links.\n\n{body}"
    return extract(RawArticle(id="monthly", text=text), PAIR)


def test_a_month_day_takes_the_year_of_a_publication_known_to_its_month() -> None:
    facts = article("r29_dates_1_tradelinks.txt")
    assert (facts.published, facts.published_precision) == ("2023-09", "month")
    assert dated_places(facts) == [("2023-08-29", "Santiago"), ("2023-09-04", "Concepcion"),
                                   ("2023-07-18", "Wellington"), ("2023-11-20", "Valparaiso"), ("2023", None)]
    # `said on Tuesday` and `Yesterday` need a day of publication: no event
    assert not any("Tuesday" in e.quote or "Yesterday" in e.quote for e in facts.events)


def test_month_days_before_in_and_after_the_month_of_publication() -> None:
    facts = _monthly("On March 29, the two trade ministers met in Accra to review a trade agreement.\n\n"
                     "On April 22, a Moroccan business delegation arrived in Kumasi.\n\n"
                     "The joint commission held its last session in Rabat on 10 November.")
    assert dated_places(facts) == [("2025-03-29", "Accra"), ("2025-04-22", "Kumasi"), ("2024-11-10", "Rabat")]
    # ahead by the tense: the next such day
    facts = _monthly("The two ministers will meet again in Rabat on February 3.")
    assert dated_places(facts) == [("2026-02-03", "Rabat")]


def test_a_publication_known_to_its_month_dates_no_weekday_nor_yesterday() -> None:
    facts = _monthly("On Tuesday, the two trade ministers met in Accra.\n\nYesterday, a Moroccan business "
                     "delegation arrived in Kumasi.\n\nTwo weeks ago, the ministers met in Rabat.")
    assert dated_places(facts) == []
    facts = _monthly("On March 29, the two trade ministers met in Accra.", header="Trade & Investment | 2025")
    assert dated_places(facts) == []  # a year alone says nothing of which March 29


def test_a_military_rank_between_an_office_and_a_name_is_no_part_of_the_name() -> None:
    facts = article("r29_dates_2_dawnwire.txt")
    assert people_of(facts) == {"Asim Munir": ("Army Chief of Staff", ["Munir"]),
                                "Yasar Guler": ("Defence Minister of Türkiye", ["Guler"]),
                                "Metin Gurak": ("Chief of the General Staff", []),
                                "Naveed Ashraf": ("Navy chief", [])}
    assert [q.speaker for q in facts.quotes] == ["Asim Munir"]
    facts = written("Chief of Army Staff Lt Gen Thomas Oppong-Peprah met Moroccan Chief of Staff General Mohammed "
                    "Berrid in Rabat on Monday.\n\nAir Force chief Air Vice Marshal Kwame Mensah said the two forces "
                    "would train together.\n\nNavy chief Rear Admiral Issah said the talks went well.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Thomas Oppong-Peprah": "Chief of Army Staff", "Mohammed Berrid":
                               "Chief of Staff of Morocco", "Kwame Mensah": "Air Force chief", "Issah": "Navy chief"}


def test_a_rank_after_a_civil_office_or_no_rank_is_read_as_before() -> None:
    facts = written("Defence Minister Gen Nakatani said Japan would help.\n\nThe chief negotiator Kofi Asante "
                    "said the talks went well.\n\nGhana's chief economist Ama Owusu said exports would grow.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Gen Nakatani": "Defence Minister", "Kofi Asante": None, "Ama Owusu": None}


def test_initials_without_stops_open_a_name() -> None:
    facts = article("r29_dates_3_chronicleindia.txt")
    assert roles_of(facts) == {"M K Stalin": "Chief Minister", "Alvin Tan": "Minister of State for Trade and Industry",
                               "T R B Rajaa": "Industries Minister", "Shiv Das Meena": "Chief Secretary"}
    assert people_of(facts)["M K Stalin"][1] == ["Stalin"]
    facts = written("Foreign Minister K A Mensah met Moroccan Trade Minister Ryad Mezzour in Rabat.\n\n"
                    "Chief Minister MK Stalin said the state would welcome Moroccan investment.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"K A Mensah": "Foreign Minister", "Ryad Mezzour": "Trade Minister of Morocco",
                               "MK Stalin": "Chief Minister"}


def test_a_word_or_a_bodys_acronym_opens_no_name() -> None:
    facts = written("Under Plan A Mensah said the two sides would cut tariffs.\n\nSecretary-General UN Guterres "
                    "welcomed the talks.", pair=PAIR, lede=LEDE)
    assert people_of(facts) == {}
