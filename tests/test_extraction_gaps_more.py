"""More ways of writing facts that used to be missed or misread: shilling amounts, places with lower-case inner
words, kinds of bodies that are no field, quoted fields, visits by travel, months that are no place, growth to an
amount that is no target, publisher-and-place header lines and nationality-led rankings (articles w_*.txt and
short written texts)."""
from __future__ import annotations

from bot.core.money import find_money
from bot.core.text_cleaning import clean
from extraction_support import article, written


def test_shilling_amounts_are_read_as_the_pairs_shilling() -> None:
    figures = article("w_nation_kenya_tanzania.txt").trade_figures
    assert {(f.metric, f.value, f.currency, f.period) for f in figures} == {
        ("total_trade", 157e9, "KES", "2023"), ("total_trade", 118e9, "KES", "2022")}
    assert [(m.value, m.currency) for m in find_money("KSh2.5 billion, TSh40 billion and USh1.2 trillion")] == [
        (2.5e9, "KES"), (40e9, "TZS"), (1.2e12, "UGX")]
    facts = written("Trade between Uganda and China stood at Sh9.5 trillion in 2024.", ("Uganda", "China"),
                    "Uganda and China held talks.")
    assert [(f.value, f.currency) for f in facts.trade_figures] == [(9.5e12, "UGX")], "a bare Sh: the pair's shilling"
    facts = written("Bilateral trade reached 300 billion shillings in 2024.", ("Tanzania", "China"),
                    "Tanzania and China held talks.")
    assert [(f.value, f.currency) for f in facts.trade_figures] == [(300e9, "TZS")]
    assert find_money("The shop sold 5 sheep.") == [] and find_money("sh 5 billion") == []


def test_a_place_with_lower_case_inner_words_is_one_place() -> None:
    facts = article("w_nation_kenya_tanzania.txt")
    assert [e.place for e in facts.events if e.date == "2024-07"] == ["Dar es Salaam"]
    assert [a.place for a in facts.agreements if a.status == "planned"] == ["Dar es Salaam"]
    facts = written("The Indonesian president met Vietnam's prime minister in Rio de Janeiro on March 3.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Rio de Janeiro"]
    facts = written("The Indonesian president met Vietnam's prime minister in Hanoi on March 3 and in Da Nang "
                    "de facto later.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Hanoi"]
    facts = written("Indonesia and Vietnam signed an MoU on fisheries in Jakarta on March 3.")
    assert [a.place for a in facts.agreements] == ["Jakarta"]
    facts = written("The Indonesian president met Vietnam's prime minister in Ras al-Khaimah on March 3.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Ras al-Khaimah"]
    facts = written("The Indonesian president met Vietnam's prime minister in Surabaya and Bali on March 3.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Surabaya"]


def test_the_kind_of_a_body_is_no_field_and_quoted_fields_lose_their_quotes() -> None:
    councils = [a for a in article("w_nation_kenya_tanzania.txt").agreements if a.kind == "council"]
    assert [(a.name, a.domains) for a in councils] == [("Joint Permanent Commission", [])]
    facts = written("Indonesia and Vietnam set up a Standing Intergovernmental Committee on March 3.")
    assert [a.domains for a in facts.agreements if a.kind == "council"] == [[]]
    facts = written("Indonesia and Vietnam set up a Joint Trade Committee on March 3.")
    assert [a.domains for a in facts.agreements if a.kind == "council"] == [["trade"]]
    mous = [a for a in article("w_scmp_china_indonesia.txt").agreements if a.kind == "mou"]
    assert [(a.domains, a.name) for a in mous] == [(["Blue Economy"], "Indonesia–China memorandum on Blue Economy")]


def test_travelling_to_a_place_on_a_date_is_a_visit() -> None:
    facts = article("w_reuters_russia_india.txt")
    july_last_year = f"{int(facts.published[:4]) - 1}-07"
    assert [(e.precision, e.place, e.actors[:1]) for e in facts.events if e.date == july_last_year] == [
        ("month", "Moscow", ["Narendra Modi"])]


def test_a_month_is_never_a_place() -> None:
    events = article("w_pib_india_uae.txt").events
    assert all(e.place is None or not e.place.startswith("April") for e in events)
    facts = written("Indonesia and Vietnam signed a fisheries deal in Hanoi on March 3, with exports up in "
                    "January-February.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Hanoi"]


def test_growth_to_an_amount_in_a_past_period_is_no_target() -> None:
    figures = article("w_pib_india_uae.txt").trade_figures
    assert ("total_trade", 57.8e9, "2024-04/2024-12") in {(f.metric, f.value, f.period) for f in figures}
    assert ("target", 100e9, "2030") in {(f.metric, f.value, f.period) for f in figures}
    facts = written("Bilateral trade rose by 12% to $14.1 billion in 2024.")
    assert [(f.metric, f.period) for f in facts.trade_figures] == [("total_trade", "2024")]
    facts = written("The two countries aim to raise bilateral trade to reach $18 billion by 2028.")
    assert [(f.metric, f.period) for f in facts.trade_figures] == [("target", "2028")]


def test_a_header_line_of_a_publisher_and_a_place() -> None:
    cleaned = clean("Vietnam, South Korea talk trade\nBusiness Standard | Hanoi\nAug 11 2024\n\n"
                    "Vietnam and South Korea held talks on Sunday in Seoul, officials said.")
    assert (cleaned.source, cleaned.dateline_place) == ("Business Standard", "Hanoi")
    facts = article("w_bizstd_vietnam_korea.txt")
    assert (facts.source, facts.dateline_place) == ("Business Standard", "Hanoi")
    assert clean("Trade talks\nWorld | Business\nAug 11 2024\n\nThe two held talks on Sunday in Seoul, they said."
                 ).dateline_place is None


def test_a_header_line_of_a_place_a_weekday_and_a_date() -> None:
    facts = article("w_nation_kenya_tanzania.txt")
    assert (facts.published, facts.dateline_place) == ("2024-05-06", "Nairobi")
    body = "\n\nKenya and Tanzania held talks on Sunday in Arusha, officials said on Monday."
    assert clean(f"Trade talks end\nJohn Mwangi, Monday, 6 May 2024{body}").dateline_place is None, "a writer"
    assert clean(f"Trade talks end\nNews Desk | 6 May 2024{body}").dateline_place is None


def test_nationality_firms_are_the_largest_investors() -> None:
    rankings = article("w_bizstd_vietnam_korea.txt").rankings
    assert [(r.subject, r.rank, r.role) for r in rankings] == [("South Korea", 1, "investor")]
    facts = written("Indonesian companies were Vietnam's third-largest foreign investors in 2024.")
    assert [(r.subject, r.rank, r.role, r.year) for r in facts.rankings] == [("Indonesia", 3, "investor", "2024")]
