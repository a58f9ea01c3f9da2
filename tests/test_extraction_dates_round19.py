"""Dates, round 19: a byline's publication day before its update day (also on a byline too long for a heading, and
below an HTML page's headline), a comma after a byline's writer, a numeric date line read the way the dateline's day
says, a press release's dateline with its wire between slashes (`/PRNewswire/ --`), teasers' labels with a headline,
syndicated notes and `News provided by` dropped, an office of a state's organ before its holder's name, and other
stories' `<time>` elements no date of a page that shows its own as text (articles r19_dates_1_capitalfm.txt to
r19_dates_8_prnewswire.txt, r19_dates_6_timesofmalta.html, r19_dates_9_perureports.html, r10_money_4_kabar.txt and
short texts)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle, from_html
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, people_of, written

BODY = "Chile and Peru signed a fisheries agreement in Lima on Tuesday, officials said."


def _headed(header: str, dateline: str = "LIMA, Peru — ") -> ArticleFacts:
    """A short story of Chile and Peru with the given header line below its title and the given dateline."""
    text = f"Chile, Peru sign fisheries deal\n{header}\n\n{dateline}{BODY}\n\nTrade reached $5 billion in 2023."
    return extract(RawArticle(id="headed", text=text), ("Chile", "Peru"))


def _published(facts: ArticleFacts) -> tuple[str | None, str | None]:
    return facts.published, facts.published_precision


def test_a_byline_gives_the_day_of_publication_not_of_the_update() -> None:
    facts = article("r19_dates_1_capitalfm.txt")  # a byline of 17 words: no heading, still read
    assert (_published(facts), facts.dateline_place) == (("2024-03-05", "day"), "Nairobi")
    assert [e.date for e in facts.events] == ["2024-03-05", "2024-02-29", "2024-03"]  # `last Thursday`, `earlier this month`
    assert _published(_headed("By Ana Rojas | Updated: Mar 7, 2025 | Published: Mar 6, 2025")) == ("2025-03-06", "day")
    assert _published(_headed("Last updated on 7 March 2025, 10:22 | First published 6 March 2025")) \
        == ("2025-03-06", "day")
    # the dateline's day still corrects an update line alone
    assert _published(_headed("Updated: 07.03.2025 | 10:22", "LIMA, March 6 — ")) == ("2025-03-06", "day")


def test_an_html_page_gives_its_publication_day_below_the_headline_before_its_update() -> None:
    facts = article("r19_dates_6_timesofmalta.html")
    assert (_published(facts), facts.source) == (("2023-03-06", "day"), "Times of Malta")
    assert ("2023-02", "Benghazi") in [(e.date, e.place) for e in facts.events]  # `last month`
    assert not any("migrants" in s or "gas deal" in s for s in facts.summary)


def test_a_comma_after_a_bylines_writer() -> None:
    facts = article("r19_dates_3_ghanaweb.txt")
    assert (_published(facts), facts.source, facts.dateline_place) == (("2024-03-05", "day"), "GhanaWeb", "Accra")
    assert _published(_headed("By Ana Rojas, March 6, 2025")) == ("2025-03-06", "day")
    assert _published(_headed("By Ana Rojas and Luis Paz, 6th March 2025")) == ("2025-03-06", "day")
    # an article without any date has none, and a `last year` it reports has no period
    facts = article("r19_dates_4_nodate.txt")
    assert (_published(facts), facts.dateline_place) == ((None, None), "Ulaanbaatar")
    assert [t.period for t in facts.trade_figures] == [None]


def test_a_numeric_date_line_is_read_the_way_the_datelines_day_says() -> None:
    facts = article("r19_dates_7_marketscreener.txt")
    assert (_published(facts), facts.dateline_place, facts.source) == (("2024-03-05", "day"), "Bogota", "Reuters")
    assert [e.date for e in facts.events][:2] == ["2024-03-04", "2024-03-01"]  # `on Monday`, `last Friday`
    assert _published(_headed("03/06/2025 10:22 AM", "LIMA, Peru, March 6 (Reuters) - ")) == ("2025-03-06", "day")
    # day first when the dateline says so, or when it gives no day
    assert _published(_headed("06/03/2025 10:22 AM", "LIMA, Peru, March 6 (Reuters) - ")) == ("2025-03-06", "day")
    assert _published(_headed("06/03/2025")) == ("2025-03-06", "day")
    # an ISO timestamp, and a dateline with its country
    facts = article("r19_dates_5_pulse.txt")
    assert (_published(facts), facts.dateline_place) == (("2024-03-05", "day"), "Abuja")


def test_teasers_with_a_headline_and_syndication_notes_are_no_body() -> None:
    facts = article("r19_dates_3_ghanaweb.txt")
    assert not any("Cocoa prices hit record" in s for s in facts.summary + [e.what for e in facts.events])
    facts = article("r19_dates_2_mathrubhumi.txt")
    assert (_published(facts), facts.source, facts.dateline_place) == (("2024-03-05", "day"), "PTI", "Colombo")
    assert not any("syndicated feed" in e.what for e in facts.events)
    assert [a.kind for a in facts.agreements] == ["agreement"]  # not the teaser's FTA
    facts = written("Indonesia exported coal to Vietnam.\n\nYou may also like: Vietnam, Laos sign rail deal on "
                    "Monday\n\nRelated: Indonesia and Vietnam signed an MoU on fisheries on Tuesday\n\n(This story "
                    "has not been edited by staff and is auto-generated from a syndicated feed.)")
    assert facts.agreements == [] and all(e.date != "2025-03-11" for e in facts.events)


def test_an_office_of_a_states_organ_before_its_holders_name() -> None:
    assert people_of(article("r10_money_4_kabar.txt"))["Akylbek Japarov"][0] == "Chairman of the Cabinet of Ministers"
    facts = written("Chairman of the Cabinet of Ministers – Head of the Presidential Administration Adylbek "
                    "Kasymaliev met Uzbek Prime Minister Abdulla Aripov in Bishkek.", pair=("Kyrgyzstan", "Uzbekistan"),
                    lede="Kyrgyzstan and Uzbekistan held talks in Bishkek on Monday.")
    assert people_of(facts)["Adylbek Kasymaliev"][0] == ("Chairman of the Cabinet of Ministers – Head of the "
                                                         "Presidential Administration")
    facts = written("President of the Senate Maulen Ashimbayev met Uzbek officials.",
                    pair=("Kazakhstan", "Uzbekistan"), lede="Kazakhstan and Uzbekistan held talks on Monday.")
    assert people_of(facts)["Maulen Ashimbayev"][0] == "President of the Senate"


def test_a_press_releases_dateline_with_its_wire_between_slashes() -> None:
    facts = article("r19_dates_8_prnewswire.txt")
    assert (_published(facts), facts.dateline_place, facts.source) == (("2023-09-12", "day"), "Lusaka", "PRNewswire")
    assert [(e.date, e.place) for e in facts.events] == [("2023-09-11", "Lusaka")]  # `on Monday`
    facts = _headed("", "SANTIAGO, Chile, March 6, 2025 /PRNewswire/ -- ")
    assert (_published(facts), facts.dateline_place) == (("2025-03-06", "day"), "Santiago")
    assert facts.summary[0].startswith("Chile and Peru signed")


def test_other_stories_time_elements_do_not_date_a_page_that_shows_its_day_as_text() -> None:
    facts = article("r19_dates_9_perureports.html")
    assert _published(facts) == ("2023-03-06", "day")
    assert ("2023-03-06", "day") in [(e.date, e.precision) for e in facts.events]  # `on Monday`, not Tuesday's eve
    page = ("<html><head><title>Chile, Peru sign fisheries deal</title></head><body><main><article>"
            "<h1>Chile and Peru sign fisheries deal</h1><div>By Ana Rojas</div><div>Thursday, 6 March 2025</div>"
            f"<p>{BODY}</p><p>Trade between Chile and Peru reached $5 billion in 2023, the ministry said.</p>"
            "<p>The agreement sets quotas for anchovy and jack mackerel catches in waters off the two countries' "
            "shared maritime border, and creates a joint committee to monitor fish stocks.</p></article>"
            "<aside><h3>Most read</h3><div><a href='/x'>Storm hits Lima coast</a><time datetime='2025-02-20T08:00:00'>"
            "20 February 2025</time></div></aside></main></body></html>")
    facts = extract(from_html("page", page), ("Chile", "Peru"))
    assert _published(facts) == ("2025-03-06", "day")
