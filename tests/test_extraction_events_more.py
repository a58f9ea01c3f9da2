"""Agreements and dated events on more publishers, pairs and ways of writing them (articles written for these tests)."""
from __future__ import annotations

from pathlib import Path

from bot.core.article_reader import read_article_file
from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate, parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

ARTICLES = Path(__file__).resolve().parent / "articles"


def article(name: str) -> ArticleFacts:
    """Extracted with the default pair setting: the article's own pair must be found from its text."""
    return extract(read_article_file(ARTICLES / name, 5_000_000), ("Malaysia", "Türkiye"))


def agreements(facts: ArticleFacts) -> set[tuple[str, str, str]]:
    return {(a.kind, a.domains[0] if a.domains else "", a.status) for a in facts.agreements}


def events(facts: ArticleFacts) -> dict[str, list[str]]:
    return {e.date: e.actors for e in facts.events}


def test_date_lines_with_a_byline_a_publisher_or_a_label_in_brackets() -> None:
    lines = ("By Priam Nepomuceno  April 16, 2025, 6:12 pm", "By Vu Anh   December 11, 2024",
             "By Aida Haidar in International on 22 December 2022", "Ahram Online , Tuesday 15 Oct 2024",
             "(Latest Update January 05, 2026)", "Sat Jul 6, 2019 12:00 AM Last update on: Sat Jul 6, 2019 02:31 AM")
    assert [parse_date_line(line) for line in lines] == [
        "2025-04-16", "2024-12-11", "2022-12-22", "2024-10-15", "2026-01-05", "2019-07-06"]
    assert parse_date_line("KUALA LUMPUR, Tuesday, 15 Oct 2024") is None, "a dateline's city is no publisher"
    assert article("e_vnexpress_vietnam_cambodia.txt").published == "2024-12-11"


def test_a_day_without_its_year_is_past_when_the_verb_before_it_is() -> None:
    published = PartialDate(2024, 2, 22)
    sentence = ("The agreement, signed in Ankara on February 8 by the ministers, was approved on Wednesday and "
                "is set to be ratified by parliament on Saturday.")
    assert [p.date.iso() for p in find_date_phrases(sentence, published)] == ["2024-02-08", "2024-02-21", "2024-02-24"]
    pact = next(a for a in article("e_aljazeera_turkiye_somalia.txt").agreements if a.status == "signed")
    assert pact.date == "2024-02-08"


def test_an_adverb_inside_a_future_tense() -> None:
    sentence = "Collins is also set to meet Foreign Affairs Secretary Enrique Manalo on Thursday."
    assert [p.date.iso() for p in find_date_phrases(sentence, PartialDate(2025, 4, 16))] == ["2025-04-17"]


def test_instruments_of_other_countries_are_not_the_pair_s() -> None:
    assert agreements(article("e_vnexpress_vietnam_cambodia.txt")) == {
        ("agreement", "", "signed"), ("agreement", "border trade", "signed"), ("mou", "railway connectivity", "signed"),
        ("agreement", "tourism cooperation", "signed"), ("council", "", "planned")}, \
        "not Vietnam and Thailand's MoU on rice trade, nor Cambodia and China's contract"
    assert agreements(article("e_aljazeera_turkiye_somalia.txt")) == {
        ("agreement", "economic cooperation", "planned"), ("agreement", "", "signed")}, "not Ethiopia's MoU"
    assert [a.domains for a in article("e_pna_philippines_newzealand.txt").agreements] == [["Visiting Forces"]], \
        "not a similar agreement with Australia"
    assert "contract" not in {a.kind for a in article("e_joongang_korea_uae.txt").agreements}, "a Greek company's"


def test_an_amount_or_similar_before_an_instrument_is_no_field() -> None:
    grid = next(a for a in article("e_ahram_egypt_saudi.txt").agreements if a.date == "2021-10")
    assert grid.domains == []


def test_a_list_of_fields_ends_at_an_attribution_and_goes_on_past_an_abbreviated_month() -> None:
    facts = article("e_joongang_korea_uae.txt")
    assert sorted(a.domains[0] for a in facts.agreements if a.kind == "mou") == [
        "climate change", "hydrogen", "investment", "nuclear energy"], "not `Yoon's office`"
    facts = article("e_astanatimes_kazakhstan_uzbekistan.txt")
    treaty = next(a for a in facts.agreements if a.name.endswith("allied relations"))
    assert (treaty.domains, treaty.date) == (["allied relations"], "2022-12-22")


def test_memoranda_exchanged_on_the_lede_s_day_and_a_dialogue_agreed_on() -> None:
    facts = article("e_joongang_korea_uae.txt")
    assert {a.date for a in facts.agreements if a.kind == "mou"} == {"2024-05-29"}
    assert ("council", "strategic investment dialogue", "planned") in agreements(facts)


def test_a_commission_that_last_met_is_established() -> None:
    assert ("council", "", "established") in agreements(article("e_vientianetimes_laos_thailand.txt"))


def test_the_agreement_named_again_after_a_partnership_agreement_is_that_one() -> None:
    assert agreements(article("e_gulfnews_uae_kenya.txt")) == {
        ("fta", "trade", "signed"), ("mou", "Lamu Port-South Sudan-Ethiopia Transport corridor", "signed"),
        ("agreement", "avoidance of double taxation", "signed"), ("council", "ministerial", "established")}


def test_an_instrument_of_another_pair_taking_effect_is_no_event_of_the_pair() -> None:
    assert "2023-09-01" not in events(article("e_gulfnews_uae_kenya.txt")), "the UAE's CEPA with Indonesia"
    assert "2012" not in events(article("e_pna_philippines_newzealand.txt")), \
        "a similar agreement with Australia, which took effect in 2012"


def test_a_visit_before_leaving_for_a_third_country_and_a_meeting_after_an_arrival() -> None:
    assert events(article("e_joongang_korea_uae.txt"))["2024-05-30"][0] == "Mohamed bin Zayed Al Nahyan"
    assert events(article("e_abc_australia_png.txt"))["2025-10-07"] == ["James Marape"], \
        "arrived on Sunday and will meet the Governor-General on Tuesday"


def test_talks_started_in_one_year_and_concluded_in_another_are_the_pair_s() -> None:
    found = events(article("e_pna_philippines_newzealand.txt"))
    assert found["2023"] == found["2025-02"] == ["Philippines", "New Zealand"]


def test_a_phone_call_of_the_two_leaders_named_before() -> None:
    assert events(article("e_vientianetimes_laos_thailand.txt"))["2025-12-30"][:2] == [
        "Sonexay Siphandone", "Anutin Charnvirakul"]


def test_old_events_of_any_precision_are_background() -> None:
    facts = article("e_astanatimes_kazakhstan_uzbekistan.txt")
    assert [(e.date, e.optional) for e in facts.events if e.date < "2022"] == [("2017-09", True)]


def test_the_worth_of_an_agreement_is_no_figure_and_a_year_since_which_is_a_when() -> None:
    assert "2021-10" in events(article("e_ahram_egypt_saudi.txt")), "signed a $1.8 billion agreement in October 2021"
    assert "Recep Tayyip Erdogan" in events(article("e_aljazeera_turkiye_somalia.txt"))["2011"], \
        "since 2011, when then-Prime Minister Erdogan became the first ... to visit Mogadishu"


def test_negotiations_to_conclude_by_the_end_of_this_year_are_no_event() -> None:
    assert "2025" not in events(article("antara_indonesia_turkiye.txt"))


def test_a_communique_signed_to_finalise_a_treaty_and_a_year_opening_the_sentence() -> None:
    found = {a.kind: (a.status, a.date) for a in article("e_abc_australia_png.txt").agreements if a.kind == "declaration"}
    assert found == {"declaration": ("signed", "2025-09-17")}, "`committing to finalise the treaty` is another's future"
    security = next(a for a in article("e_abc_australia_png.txt").agreements if a.domains == ["security"])
    assert security.date == "2023", "`In 2023, the two countries signed`: no name ends in the year"


def test_a_field_of_two_words_joined_by_and_before_the_next_instrument() -> None:
    facts = article("e_dailystar_bangladesh_china.txt")
    assert [a.domains for a in facts.agreements if a.kind == "agreement" and a.date == "2019-07-05"] == [
        ["economic and technical cooperation"]]


def test_documents_signed_in_a_clause_of_their_own_after_other_instruments() -> None:
    facts = article("e_astanatimes_kazakhstan_uzbekistan.txt")
    assert {a.domains[0] for a in facts.agreements if a.name.split()[1] == "14"} == {
        "transport", "energy", "agriculture", "water management"}


def test_a_date_line_that_is_an_iso_timestamp() -> None:
    assert [parse_date_line(line) for line in ("2021-06-30T08:15:00+03:00", "2021-06-30T08:15Z", "2021-06-30Tue")] \
        == ["2021-06-30", "2021-06-30", None]
