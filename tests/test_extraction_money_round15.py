"""Dollars signed with their country's letters (`Can$`, `CA$`, `AU$`, and apart from the sign: `NZ $`, `worth A $`)
are that country's; a country's imports or exports with no partner in their clause answer a flow of the other way
named earlier in the sentence (`Canadian exports to Ecuador were worth $612-million, while Canada imported
$1.1-billion worth of goods`); `in the same year` is the year of the figures just before; a name with a middle
initial and a `Jr.` is read whole (`Ferdinand R. Marcos Jr.`), its family name an alias."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from bot.core.money import find_money
from extraction_support import article, people_of, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(money.value, money.currency, money.text) for money in find_money(text)]


def test_a_dollar_signed_with_its_countrys_letters_is_that_countrys() -> None:
    assert _read("Can$1.2 billion") == [(1.2e9, "CAD", "Can$1.2 billion")]
    assert _read("CA$45 million") == [(45e6, "CAD", "CA$45 million")]
    assert _read("Cdn$300-million") == [(300e6, "CAD", "Cdn$300-million")]
    assert _read("AU$3.4 billion") == [(3.4e9, "AUD", "AU$3.4 billion")]
    assert _read("worth NZ $1.4 billion") == [(1.4e9, "NZD", "NZ $1.4 billion")]
    assert _read("some HK $2 billion") == [(2e9, "HKD", "HK $2 billion")]
    assert _read("imported A $1.7 billion") == [(1.7e9, "AUD", "A $1.7 billion")]


def test_a_spaced_letter_that_is_a_word_leaves_the_dollar_alone() -> None:
    assert _read("A $5 billion deal was signed.") == [(5e9, "USD", "$5 billion")]  # the article opening a sentence
    assert _read("Australia's $5 billion fund") == [(5e9, "USD", "$5 billion")]
    assert _read("US $3.9 billion") == [(3.9e9, "USD", "$3.9 billion")]


def test_signed_dollars_in_an_article() -> None:
    figures = _figures(article("r15_money_2_pna.txt"))
    assert figures == [("total_trade", 5.1e9, "AUD", "2024"), ("exports", 3.4e9, "AUD", "2024"),
                       ("imports", 1.7e9, "AUD", "2024"), ("investment", 12.3e9, "AUD", "2024")]
    facts = written("Bilateral trade between Canada and Vietnam reached Can$13.5 billion in 2024. Vietnamese firms "
                    "have invested CA$210 million in Canada, while New Zealand exporters sold NZ $40 million of goods.",
                    pair=("Canada", "Vietnam"), lede="Canada and Vietnam held talks on Tuesday.")
    assert _figures(facts) == [("total_trade", 13.5e9, "CAD", "2024"), ("investment", 210e6, "CAD", None)]


def test_a_countrys_own_flow_answers_the_other_way_in_its_sentence() -> None:
    assert ("imports", 1.1e9, "CAD", "2023") in _figures(article("r11_html_2_globeandmail.html"))
    figures = _figures(article("r15_money_1_globeandmail.txt"))
    assert figures == [("imports", 1.1e9, "CAD", "2024"), ("exports", 850e6, "CAD", "2024"),
                       ("exports", 2.3e9, "USD", "2024"), ("target", 5e9, "CAD", "2030")]
    facts = written("Chile's exports to Peru reached $2.1 billion in 2024, while Chile imported $1.2 billion dollars' "
                    "worth of goods, mostly fuel and food.", pair=("Chile", "Peru"),
                    lede="Chile and Peru held talks on Tuesday.")
    assert _figures(facts) == [("exports", 2.1e9, "USD", "2024"), ("imports", 1.2e9, "USD", "2024")]


def test_a_countrys_own_flow_with_no_figure_of_the_pair_before_stays_its_trade_with_the_world() -> None:
    facts = written("Chile's copper exports reached $50 billion in 2024, while Chile imported $80 billion worth of "
                    "goods.", pair=("Chile", "Peru"), lede="Chile and Peru held talks on Tuesday.")
    assert _figures(facts) == []


def test_a_name_with_a_middle_initial_and_a_suffix_is_read_whole() -> None:
    people = people_of(article("r15_money_2_pna.txt"))
    assert people["Ferdinand R. Marcos Jr"] == ("President", ["Marcos", "Marcos Jr"])
    people = people_of(article("r14_multilateral_pna_philippines_vietnam.txt"))
    assert people["Ferdinand R. Marcos Jr"][1] == ["Marcos", "Marcos Jr"]
    facts = written("US President Joseph R. Biden Jr. met Vietnamese leaders on Monday. Biden said ties were strong. "
                    "\"We stand together,\" said Martin Luther King III.",
                    pair=("United States", "Vietnam"), lede="The United States and Vietnam held talks.")
    people = people_of(facts)
    assert people["Joseph R. Biden Jr"] == ("President of United States", ["Biden", "Biden Jr"])
    assert "Martin Luther King III" in people
    facts = written("Joseph R. Biden Jr. said the ties were strong.", pair=("United States", "Vietnam"),
                    lede="The United States and Vietnam held talks.")
    assert people_of(facts) == {"Joseph R. Biden Jr": (None, ["Biden Jr"])}  # not `Joseph`, before the initial


def test_a_national_honour_is_no_part_of_the_name() -> None:
    roles = {name: role for name, (role, _) in people_of(article("r11_agreements_2_dailyft.txt")).items()}
    assert roles == {"W.D. Lakshman": "CBSL Governor", "Fazle Kabir": "Bangladesh Bank Governor"}
