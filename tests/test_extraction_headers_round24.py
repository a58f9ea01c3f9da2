"""Headers, round 24: a desk's or a writer's name run into the page's dates without a mark (`BR Web Desk Published
February 14, 2025 Updated ...`) leaves the published day; a place, a bullet (`●`, `•`, `·`, `|`) and a date
(`Jakarta ● Fri, February 14, 2025`) are the dateline and the day; a box that sums the story up in bullet lines
above its body (`Key points:`, `Highlights`, `At a glance`, `In brief`) is no text of the story; a mark a story closes
with after its last sentence (`■`, `▪`, `(END)`, `-- ENDS`, `/nm`) is no text of that sentence (articles
r24_headers_1_brecorder.txt, r24_headers_2_thejakartapost.txt, r24_headers_3_abc.txt, r24_headers_4_ghanaweb.txt and
short texts)."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

PAIR = ("Kenya", "Tanzania")
LEDE = "Kenya and Tanzania held talks in Arusha on Monday."


def _headed(header: str, body: str, pair: tuple[str, str] = PAIR) -> ArticleFacts:
    """A short story of the pair under its headline and the given header line."""
    text = f"{pair[0]}, {pair[1]} agree to cut border delays\n\n{header}\n\n{body}"
    return extract(RawArticle(id="headed", text=text), pair)


BODY = ("Kenya and Tanzania agreed on Thursday to remove 14 non-tariff barriers at their border posts, officials said.\n\n"
        "Trade between Kenya and Tanzania reached $1.2 billion in 2024, according to the East African Community.")


def _texts(facts: ArticleFacts) -> list[str]:
    """Every sentence and every quote of a fact the article gave."""
    return facts.sentences + [getattr(fact, "quote", "") for _, fact in facts.facts()]


def test_a_desk_run_into_the_published_date_leaves_the_day() -> None:
    brecorder = article("r24_headers_1_brecorder.txt")
    assert (brecorder.published, brecorder.dateline_place) == ("2025-03-03", "Lahore")
    assert brecorder.source is None  # `Recorder Report` is the paper's desk, not its name
    for header in ("BR Web Desk Published February 14, 2025 Updated February 14, 2025 11:52am",
                   "Staff Reporter Published February 14, 2025",
                   "Dawn.com Published February 14, 2025 Updated about 2 hours ago",
                   "Web Desk | Published February 14, 2025"):
        facts = _headed(header, BODY)
        assert facts.published == "2025-02-14", header
        assert not any("Desk" in text or "Reporter" in text for text in _texts(facts))
        assert not any("Desk" in person.name or "Staff" in person.name for person in facts.people)
        assert facts.source is None or "Desk" not in facts.source and "Reporter" not in facts.source
    # a headline's capitalised `Updated` before no date splits nothing
    facts = _headed("March 3, 2025", "Kenya Updated Trade Rules Take Effect\n\n" + BODY)
    assert facts.published == "2025-03-03"


def test_a_place_a_bullet_and_a_date_are_the_dateline() -> None:
    jakartapost = article("r24_headers_2_thejakartapost.txt")
    assert (jakartapost.published, jakartapost.dateline_place) == ("2025-03-04", "Jakarta")
    # the Monday of the talks is the day before the page's Tuesday
    assert [e.date for e in jakartapost.events if "Sugiono said on Monday" in e.quote] == ["2025-03-03"]
    for header in ("Nairobi ● Fri, February 14, 2025", "Nairobi • Friday, 14 February 2025",
                   "Nairobi · Fri, Feb 14, 2025", "Nairobi | Friday, February 14, 2025"):
        facts = _headed(header, BODY)
        assert (facts.published, facts.dateline_place) == ("2025-02-14", "Nairobi"), header
        assert [e.date for e in facts.events if "Thursday" in e.quote] == ["2025-02-13"], header
    # sections set apart by a bullet are no place
    facts = _headed("World • Africa\n\nFri, February 14, 2025", BODY)
    assert (facts.published, facts.dateline_place) == ("2025-02-14", None)


def test_a_summary_box_is_no_text_of_the_story() -> None:
    abc = article("r24_headers_3_abc.txt")
    assert abc.published == "2024-12-12"
    assert not any("join the competition in 2028" in text or "cost of $600 million" in text for text in _texts(abc))
    # the story's first paragraph below the box is kept, and its deal found
    assert any(a.date == "2024-12-12" and "spend $600 million" in a.quote for a in abc.agreements)
    ghanaweb = article("r24_headers_4_ghanaweb.txt")
    assert not any("100,000 tonnes of fertiliser a year" in text and "Under" not in text for text in _texts(ghanaweb))
    assert any(e.date == "2024-10-08" and e.place == "Rabat" for e in ghanaweb.events)
    box = ("Key points:\n- Kenya and Tanzania will remove 14 barriers at the border\n"
           "- Two-way trade reached $1.2 billion in 2024\n\n")
    for label in ("Key points:", "Key points", "At a glance", "HIGHLIGHTS", "In brief:"):
        facts = written(box.replace("Key points:", label) + BODY, pair=PAIR, lede=LEDE)
        assert not any("will remove 14 barriers" in text for text in _texts(facts)), label
        assert [f.quote for f in facts.trade_figures] == [BODY.split("\n\n")[1]], label
        assert any("officials said" in text for text in facts.sentences)


def test_a_label_without_bullets_below_it_is_left_alone() -> None:
    facts = written("Highlights\n\nKenya and Tanzania will remove 14 barriers at the border, the ministers said.\n\n"
                    + BODY, pair=PAIR, lede=LEDE)
    assert any("will remove 14 barriers" in text for text in facts.sentences)
    # a list the story's own sentence opens is the story's
    facts = written("The agreements signed include:\n- a memorandum of understanding on fisheries\n"
                    "- an agreement on road transport", pair=PAIR, lede=LEDE)
    assert len(facts.agreements) == 2


def test_an_end_mark_is_no_text_of_the_last_sentence() -> None:
    jakartapost = article("r24_headers_2_thejakartapost.txt")
    assert [e.quote for e in jakartapost.events if e.date == "2027"] == \
        ["The ministers agreed to hold the next Joint Commission meeting in Hanoi in 2027."]
    ghanaweb = article("r24_headers_4_ghanaweb.txt")
    assert [e.quote for e in ghanaweb.events if e.date == "1957"] == \
        ["Ghana and Morocco established diplomatic relations in 1957, the year Ghana gained its independence."]
    for mark in ("■", "▪", "(END)", "-- ENDS", "-ENDS-", "/nm"):
        for last in ("Kenya and Tanzania established diplomatic relations in 1964.", "Kenya and Tanzania set up ties in 1964."):
            facts = written(f"{BODY}\n\n{last} {mark}", pair=PAIR, lede=LEDE)
            assert facts.sentences[-1] == last, mark
            assert [e.quote for e in facts.events if e.date == "1964"] == [last], mark
    # a slash inside the sentence, or a word after its stop, is the story's
    facts = written("Kenya and Tanzania signed a 2024/25 work plan on Monday.", pair=PAIR, lede=LEDE)
    assert facts.sentences[-1] == "Kenya and Tanzania signed a 2024/25 work plan on Monday."
