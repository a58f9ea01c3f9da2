"""Headers, people and quotes of more publishers' layouts and country pairs (articles written for these tests)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.article_context import build_context
from bot.core.article_reader import RawArticle, read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

ARTICLES = Path(__file__).resolve().parent / "articles"
DEFAULT_PAIR = ("Malaysia", "Türkiye")


def article(name: str) -> ArticleFacts:
    """Extracted with the default pair setting: the article's own pair must be found from its text."""
    return extract(read_article_file(ARTICLES / name, 5_000_000), DEFAULT_PAIR)


def people(name: str) -> dict[str, tuple[str | None, list[str]]]:
    return {p.name: (p.role, p.aliases) for p in article(name).people}


def quotes(name: str) -> set[tuple[str, str]]:
    return {(q.speaker, q.text) for q in article(name).quotes}


@pytest.mark.parametrize(("name", "pair"), [
    ("p_dawn_pakistan_uzbekistan.txt", {"Pakistan", "Uzbekistan"}),
    ("p_jakartaglobe_indonesia_qatar.txt", {"Indonesia", "Qatar"}),
    ("p_koreaherald_korea_saudi.txt", {"South Korea", "Saudi Arabia"}),
    ("p_nikkei_japan_thailand.txt", {"Japan", "Thailand"}),
    ("p_thediplomat_philippines_vietnam.txt", {"Philippines", "Vietnam"}),
    ("p_timesofindia_india_oman.txt", {"India", "Oman"}),
    ("p_vna_vietnam_singapore.txt", {"Vietnam", "Singapore"}),
])
def test_the_pair_of_an_article_without_the_configured_countries(name: str, pair: set[str]) -> None:
    assert set(build_context(read_article_file(ARTICLES / name, 5_000_000), DEFAULT_PAIR).pair) == pair


def test_an_iso_timestamp_is_a_date_line_and_a_related_label_with_its_colon_ends_the_body() -> None:
    facts = article("p_hurriyet_turkiye_qatar.txt")
    assert (facts.published, facts.source, facts.dateline_place) == ("2021-06-30", "Hürriyet Daily News", "Ankara")
    assert not any("Gulf investment" in s or s.startswith("Related") for s in facts.sentences)


def test_a_title_that_asks_above_its_date_line_and_a_publisher_credited_after_a_dash() -> None:
    facts = article("p_thediplomat_philippines_vietnam.txt")
    assert (facts.title, facts.published, facts.source) == (
        "The Philippines and Vietnam: Partners in the South China Sea?", "2020-10-07", "The Diplomat")
    assert not any("subscribe" in s for s in facts.sentences)


def test_a_city_and_a_full_stop_opening_the_body_is_the_dateline_and_a_caption_is_no_body() -> None:
    facts = article("p_jakartaglobe_indonesia_qatar.txt")
    assert (facts.dateline_place, facts.source) == ("Jakarta", "Jakarta Globe")
    assert facts.sentences[0].startswith("President Joko Widodo received")
    assert not any("caption" in s or "courtesy" in s for s in facts.sentences)
    text = "Biden lands in Hanoi for talks\n\nMr. Biden arrived in Hanoi on Sunday for talks with Vietnam's leaders."
    assert extract(RawArticle(id="mr", text=text), DEFAULT_PAIR).dateline_place is None, "`Mr.` is no city"


def test_a_footer_naming_the_paper_is_the_source_and_an_app_teaser_is_no_body() -> None:
    assert article("p_dawn_pakistan_uzbekistan.txt").source == "Dawn"
    assert not any("News App" in s for s in article("p_timesofindia_india_oman.txt").sentences)


def test_a_name_after_an_honorific_is_the_person_the_article_named_in_full() -> None:
    found = people("p_hurriyet_turkiye_qatar.txt")
    assert "Sheikh Tamim" not in found
    assert found["Tamim bin Hamad Al Thani"] == (
        "Emir of Qatar", ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Tamim"])


def test_the_name_after_bin_is_the_father_s_and_no_short_form() -> None:
    assert people("p_koreaherald_korea_saudi.txt")["Mohammed bin Salman"][1] == []
    assert people("p_malaymail_malaysia_uae.txt")["Mohamed bin Zayed Al Nahyan"][1] == [
        "Sheikh Mohamed bin Zayed Al Nahyan"]
    assert people("p_hurriyet_turkiye_qatar.txt")["Mohammed bin Abdulrahman Al Thani"][1] == [
        "Sheikh Mohammed bin Abdulrahman Al Thani"]


def test_roles_with_several_fields_an_embassy_s_country_and_a_clause_before_them() -> None:
    found = people("p_malaymail_malaysia_uae.txt")
    assert found["Anwar Ibrahim"][0] == "Prime Minister"
    assert found["Thani bin Ahmed Al Zeyoudi"][0] == "Minister of State for Foreign Trade of United Arab Emirates"
    assert found["Abdul Aziz Harun"][0] == "Ambassador of Malaysia to the UAE"
    assert people("p_timesofindia_india_oman.txt")["Qais bin Mohammed Al Yousef"] == (
        "Minister of Commerce, Industry and Investment Promotion of Oman", ["Al Yousef"])


def test_a_person_named_with_a_role_between_commas() -> None:
    assert people("p_malaymail_malaysia_uae.txt")["Amirudin Shari"] == (
        "Selangor Menteri Besar", ["Dato' Sri Amirudin Shari"])
    assert people("p_thediplomat_philippines_vietnam.txt")["Le Hong Hiep"][0] == (
        "senior fellow at the ISEAS–Yusof Ishak Institute")
    assert ("Le Hong Hiep", "the two countries see each other as natural partners") in quotes(
        "p_thediplomat_philippines_vietnam.txt")


def test_a_name_standing_after_a_title_alone_is_a_short_form() -> None:
    assert people("p_dawn_pakistan_uzbekistan.txt")["Shehbaz Sharif"][1] == ["Shehbaz"]
    assert people("p_vna_vietnam_singapore.txt")["Pham Minh Chinh"][1] == ["Chinh"]
    assert ("Shehbaz Sharif", "Uzbekistan is a brotherly country and a gateway to Central Asia for Pakistan") in quotes(
        "p_dawn_pakistan_uzbekistan.txt")


def test_a_quotation_running_across_two_sentences_is_one() -> None:
    assert ("Tamim bin Hamad Al Thani", "We want our investments to benefit both peoples. "
            "Indonesia is an important partner for Qatar") in quotes("p_jakartaglobe_indonesia_qatar.txt")
    assert ("Qais bin Mohammed Al Yousef", "Oman sees India as a key partner in its Vision 2040. "
            "We want to double trade within five years") in quotes("p_timesofindia_india_oman.txt")


def test_a_sentence_that_is_only_a_quotation_goes_on_from_the_quotation_before() -> None:
    assert ("Recep Tayyip Erdoğan", "We will stand together in every field") in quotes("p_hurriyet_turkiye_qatar.txt")
    assert ("Pham Binh Minh", "We must cooperate more closely") in quotes("p_thediplomat_philippines_vietnam.txt")


def test_a_quotation_broken_by_its_attribution_and_a_speaker_named_by_a_role() -> None:
    assert quotes("p_nikkei_japan_thailand.txt") == {
        ("Srettha Thavisin", "Thailand wants to be the hub of EV production in Southeast Asia"),
        ("Fumio Kishida", "Our relationship spans half a century and we want to take it to a new level")}


def test_lao_is_the_adjective_of_laos() -> None:
    roles = {p.name: p.role for p in article("e_vientianetimes_laos_thailand.txt").people}
    assert roles["Ngampasong Muongmany"] == "Minister of Public Works and Transport of Laos"
