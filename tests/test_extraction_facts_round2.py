"""Facts that used to come out wrong: a range of dates read as two events, a day without its year put in the year
before when the sentence speaks ahead with `would`, a target set by `the two leaders`, a ranking `largest ... after X
and Y`, and the subject of a clause after a participle phrase (articles y_*.txt and x_*.txt)."""
from __future__ import annotations

from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate
from extraction_support import article, written

PUBLISHED = PartialDate(2024, 11, 18)


def _dates(sentence: str, published: PartialDate = PUBLISHED) -> list[str]:
    return [phrase.date.iso() for phrase in find_date_phrases(sentence, published)]


def test_a_range_of_days_is_one_event_dated_by_its_start() -> None:
    events = article("y_nst_halal_palm.txt").events
    summit = [e for e in events if "World Halal Summit" in e.quote]
    assert [(e.date, e.place) for e in summit] == [("2024-11-27", "Istanbul")], "not a second event for `Dec 1`"
    assert summit[0].what.endswith("from Nov 27 to Dec 1."), "the whole sentence, not cut at `to`"
    events = article("y_xinhua_china_turkiye.txt").events
    assert [e.what for e in events if e.date == "2024-06-03"] == [
        "Fidan is on a three-day visit to China from Monday to Wednesday, his first as foreign minister."]
    assert [e.date for e in article("x_bernama_erdogan_kl.txt").events if "Feb 9 to 11" in e.quote] == ["2025-02-09"]


def test_every_way_of_writing_a_range_is_one_date_phrase() -> None:
    assert _dates("The fair runs from 9 to 11 February in Hanoi.") == ["2025-02-09"]
    assert _dates("The fair runs 9-11 February in Hanoi.") == ["2025-02-09"]
    assert _dates("The fair runs Nov 27-Dec 1 in Hanoi.") == ["2024-11-27"]
    assert _dates("The ministers will meet between Monday and Wednesday in Jakarta.") == ["2024-11-25"]
    assert _dates("The fair runs from Dec 27 to Jan 2, 2025, in Hanoi.") == ["2024-12-27"], "the end's year"
    assert _dates("The fair runs from Feb 9 to 11, 2026, in Hanoi.") == ["2026-02-09"], "the end's year, once"
    assert _dates("Exports rose on Feb 9 to 11 per cent.") == ["2024-02-09"], "a count, not the range's end"
    assert len(_dates("He met Anwar on Monday and Wednesday.")) == 2, "two days, not a range"
    facts = written("Vietnam's trade minister will lead a delegation to a trade fair in Surabaya from March 18 to 21.")
    assert [(e.date, e.place) for e in facts.events if "Surabaya" in e.quote] == [("2025-03-18", "Surabaya")]


def test_a_day_without_its_year_is_the_one_nearest_publication() -> None:
    assert _dates("The summit is on Dec 1 in Istanbul.") == ["2024-12-01"]
    assert _dates("Officials said the two leaders are to meet in Hanoi on Dec 2.") == ["2024-12-02"]
    assert _dates("Jakarta would host the forum on Dec 5.") == ["2024-12-05"], "`would` speaks ahead"
    assert _dates("He said on Dec 1 that it was fine.") == ["2023-12-01"], "a statement is made by publication"
    assert _dates("The ministers signed the pact on Feb 8.") == ["2024-02-08"], "done: the past one"
    assert _dates("The ministers signed the pact on Dec 28.", PartialDate(2025, 1, 3)) == ["2024-12-28"]
    facts = written("Officials said Indonesia's president would visit Hanoi on April 2.")
    assert [e.date for e in facts.events if "Hanoi" in e.quote] == ["2025-04-02"]


def test_a_target_set_by_the_two_leaders_is_the_pairs() -> None:
    figures = article("y_reuters_turkey_malaysia.txt").trade_figures
    assert [(f.metric, f.value, f.currency, f.period) for f in figures if f.metric == "target"] == [
        ("target", 10e9, "USD", None)]
    facts = written("Prabowo said the two leaders had set a target of $18 billion in annual trade.",
                    lede="The presidents held talks in Jakarta on Tuesday.")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("target", 18e9)]


def test_a_word_ending_in_aid_is_no_aid() -> None:
    facts = written("Vietnam's minister said the trade ministers set a target of $18 billion in two-way trade.")
    assert [(f.metric, f.value) for f in facts.trade_figures] == [("target", 18e9)], "`said` cut to `aid`"


def test_largest_after_others_ranks_after_them() -> None:
    rankings = article("y_edge_mida_investment.txt").rankings
    assert [(r.subject, r.rank, r.scope) for r in rankings] == [("Türkiye", 3, "Europe")]
    facts = written("Vietnam is Indonesia's largest export market in Asia after China, Japan and India.")
    assert [(r.subject, r.rank) for r in facts.rankings] == [("Vietnam", 4)]
    facts = written("Vietnam is Indonesia's second largest export market in Asia after China.")
    assert [(r.subject, r.rank) for r in facts.rankings] == [("Vietnam", 2)], "an ordinal counts those before"
    facts = written("Vietnam became Indonesia's largest trading partner in Asia after the pandemic.")
    assert [(r.subject, r.rank) for r in facts.rankings] == [("Vietnam", 1)], "no country listed"


def test_a_clause_after_a_participle_phrase_keeps_its_subject() -> None:
    events = article("y_trt_fidan_mohamad.txt").events
    assert [e.what for e in events if e.date == "2026"] == [
        "Fidan said the Türkiye-Malaysia High-Level Strategic Cooperation Council would hold its second meeting in "
        "Türkiye next year."]
    facts = written("The Indonesia-Vietnam joint commission, formed during a visit to Hanoi in 2019, will hold "
                    "its next meeting in Jakarta next year.")
    assert [e.what for e in facts.events if e.date == "2026"] == [
        "The Indonesia-Vietnam joint commission will hold its next meeting in Jakarta next year."]


def test_a_deadline_of_a_month_is_no_event() -> None:
    events = article("x_fmt_jssez.txt").events
    assert not [e for e in events if e.date == "2026-12"], "`scheduled to begin operations by December 2026`"
    assert not [e for e in article("x_app_pakistan_malaysia.txt").events if e.date == "2026-06"], "`by June next year`"
    facts = written("The two sides agreed to conclude talks on a trade agreement by June next year.")
    assert not [e for e in facts.events if e.date == "2026-06"]
    facts = written("The two sides will hold a business forum in Surabaya in June next year.")
    assert [e.date for e in facts.events if "Surabaya" in e.quote] == ["2026-06"], "not a deadline"


def test_a_quarter_or_a_half_of_a_year_dates_an_event_to_its_year() -> None:
    events = article("x_premiumtimes_nigeria_turkiye.txt").events
    assert [(e.date, e.place) for e in events if "first quarter of 2026" in e.quote] == [("2026", "Abuja")]
    facts = written("Vietnam's president will visit Jakarta in the second half of 2025, officials said.")
    assert [e.date for e in facts.events if "Jakarta" in e.quote] == ["2025"]
    facts = written("The two sides aim to conclude talks by the end of the first quarter of 2026.")
    assert not [e for e in facts.events if e.date == "2026"], "a deadline"


def test_he_is_still_the_subject_after_a_sentence_that_opens_with_he() -> None:
    facts = article("y_page_bernama.html")
    today = [event for event in facts.events if event.date == "2025-06-12"]
    assert today and today[0].actors[0] == "Ahmad Zahid Hamidi"
    facts = written("Foreign Minister Sugiono Wirawan said on Monday Indonesia wanted closer ties. He said he had met "
                    "Vietnamese Deputy Prime Minister Bui Thanh Son in Hanoi. \"We are partners,\" he told reporters "
                    "on Tuesday.")
    tuesday = [event for event in facts.events if event.date == "2025-03-11"]
    assert tuesday and tuesday[0].actors[0] == "Sugiono Wirawan"
