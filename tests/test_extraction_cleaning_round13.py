"""Pasted pages (r13_cleaning_*.txt: a story saved wrapped at 79 columns with its paragraphs apart by single
newlines, a magazine's interview under its masthead and menu): an interview's heading names who answers, an
interviewer's question is no dateline, and a masthead, a byline or a dateline is not the rest of a long headline."""
from __future__ import annotations

import textwrap

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import ARTICLES, article, roles_of, written


def test_a_heading_in_the_body_that_names_the_interviewee_is_kept() -> None:
    facts = article("r12_people_3_timesca.txt")
    assert roles_of(facts)["Davlatsho Gulmakhmadzoda"] == "Ambassador of Tajikistan"
    assert {q.speaker for q in facts.quotes} >= {"Davlatsho Gulmakhmadzoda"}
    facts = written("Chile's exports to Peru rose to $1.9 billion in 2024, the ministry said.\n\n"
                    "Q&A with Chilean Ambassador Rodrigo Yáñez\n\nQ: Is the trade agreement working?\n\n"
                    "Yáñez: It is. Our companies invest more in Peru every year.",
                    pair=("Chile", "Peru"), lede="Chile and Peru held talks in Lima on Tuesday.")
    assert roles_of(facts).get("Rodrigo Yáñez") == "Ambassador of Chile"
    assert [q.speaker for q in facts.quotes] == ["Rodrigo Yáñez"]


def test_an_interview_heading_below_the_title_names_who_answers() -> None:
    facts = article("r13_cleaning_2_theafricareport.txt")
    assert facts.title == "Senegal–Mauritania: 'The gas field will bind our two countries for 30 years'"
    assert roles_of(facts)["Abdessalam Ould Mohamed Saleh"] == "Oil and Energy Minister of Mauritania"
    assert len([q for q in facts.quotes if q.speaker == "Abdessalam Ould Mohamed Saleh"]) == 4
    text = ("The Baltic Review\nHome > Economy\nEstonia and Finland to build a second power cable by 2030\n"
            "Interview: Estonian Economy Minister Tiit Riisalo\n12 May 2023\n\n"
            "Estonia and Finland agreed in Tallinn on Thursday to build a second undersea power cable.\n\n"
            "The Baltic Review: Why a second cable?\n\nRiisalo: Because the first one is full most of the year.")
    facts = extract(RawArticle(id="x", text=text), ("Estonia", "Finland"))
    assert facts.title == "Estonia and Finland to build a second power cable by 2030"
    assert "Tiit Riisalo" in roles_of(facts)
    assert [q.speaker for q in facts.quotes] == ["Tiit Riisalo"]


def test_an_interviewers_question_after_a_colon_is_no_dateline() -> None:
    facts = article("r13_cleaning_2_theafricareport.txt")
    assert (facts.published, facts.dateline_place) == ("2022-03-08", None)
    assert ("total_trade", 140e9, "XOF", "2020") in {(f.metric, f.value, f.currency, f.period)
                                                    for f in facts.trade_figures}
    text = ("Norway and Iceland agree on fisheries\n4 April 2024\n\n"
            "Norway and Iceland signed an agreement on fisheries in Oslo on Wednesday.\n\n"
            "Trade between the two countries reached $900 million in 2023, officials said.\n\n"
            "NRK: What does the agreement change?\n\nThe minister: Quotas for the next ten years.")
    facts = extract(RawArticle(id="x", text=text), ("Norway", "Iceland"))
    assert facts.dateline_place is None
    assert [(a.kind, a.date) for a in facts.agreements] == [("agreement", "2024-04-03")]


def test_a_masthead_byline_or_dateline_below_a_long_wrapped_headline_stays_apart() -> None:
    facts = article("r13_cleaning_1_civilge.txt")
    assert (facts.title, facts.published, facts.dateline_place) == (
        "Georgia and Armenia agree to upgrade Sadakhlo border crossing, raise trade goal", "2017-11-14", "Tbilisi")
    assert [e.date for e in facts.events if e.place == "Tbilisi"][0] == "2017-11-13"
    text = (ARTICLES / "p3_tempo_indonesia_egypt.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(p, 80) for p in text.split("\n") if p.strip())
    facts = extract(RawArticle(id="x", text=wrapped), ("Malaysia", "Türkiye"))
    assert facts.title == "Indonesia, Egypt Agree to Lift Trade to US$5 Billion, Start Talks on Trade Deal"
    body = ("Nepal and Bangladesh signed an agreement on power trade in Kathmandu on Monday, under which Nepal will "
            "sell 40 megawatts of electricity to Bangladesh through the Indian grid, officials said.\n"
            "Nepal's exports to Bangladesh rose to $45 million in 2023, up from $38 million a year earlier, "
            "according to the Trade and Export Promotion Centre, while imports from Bangladesh stood at $60 million.")
    headline = "Nepal and Bangladesh sign deal on cross-border electricity trade via India grid"
    for header in ("Kathmandu Post\nJuly 9, 2024\n", "Nepal News Desk | Kathmandu | 9 July 2024\n",
                   "Reporter: Anil Giri Editor: Prithvi Man Shrestha\nJuly 9, 2024\n",
                   "KATHMANDU, July 9, 2024 (Xinhua) -- "):
        text = "\n".join(textwrap.fill(p, 80) for p in f"{headline}\n{header}{body}".split("\n"))
        facts = extract(RawArticle(id="x", text=text), ("Nepal", "Bangladesh"))
        assert (facts.title, facts.published) == (headline, "2024-07-09")
        assert [(a.kind, a.date) for a in facts.agreements] == [("agreement", "2024-07-08")]
