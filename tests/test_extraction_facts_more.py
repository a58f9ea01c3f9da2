"""Facts misread in the articles x_*.txt: a period taken from another clause's target, a minister's title read
as a measure, a figure sentence with no time of its own, a ranking's scope from another clause, `the two leaders`,
a city named after a country, a clause that lost its subject, and the background of an undated article."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def undated(body: str, pair: tuple[str, str] = ("Indonesia", "Vietnam")) -> ArticleFacts:
    """A short story of the pair with no date anywhere in its header."""
    return extract(RawArticle(id="undated", text=f"{pair[0]}, {pair[1]} hold talks\n\n{body}"), pair)


def test_a_period_belongs_to_the_clause_of_its_amount() -> None:
    facts = article("x_arabnews_saudi_turkiye.txt")
    assert figures(facts)[:3] == [("total_trade", 26e9, "SAR", "2024"), ("total_trade", 6.9e9, "USD", "2024"),
                                  ("target", 10e9, "USD", "2030")]
    facts = written("Trade between Indonesia and Vietnam reached $14 billion last year, and both governments were "
                    "working to lift it to $18 billion by 2030.")
    assert figures(facts) == [("total_trade", 14e9, "USD", "2024"), ("target", 18e9, "USD", "2030")]
    facts = written("Bilateral trade now stands at $14 billion, and the two sides aim to lift it to $18 billion "
                    "by 2030.")
    assert figures(facts) == [("total_trade", 14e9, "USD", None), ("target", 18e9, "USD", "2030")]


def test_a_ministers_title_is_no_measure_of_an_amount() -> None:
    assert not [f for f in article("x_arabnews_saudi_turkiye.txt").trade_figures if f.value == 24e9]
    assert not [f for f in article("x_aa_bolat_zafrul.txt").trade_figures if f.value == 3.4e9]
    for said in ("Vietnamese Trade Minister Nguyen Hong Dien said", "Vietnam's trade minister said",
                 "Vietnam's Minister of Industry and Trade said"):
        facts = written(f"{said} Vietnamese contractors had completed projects worth $2 billion in Indonesia.")
        assert facts.trade_figures == [], said
    facts = written("Trade Minister Budi Santoso said bilateral trade reached $14 billion in 2024.")
    assert figures(facts) == [("total_trade", 14e9, "USD", "2024")]


def test_a_figure_sentence_with_no_time_takes_the_period_of_the_one_before() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert ("imports", 3.1e9, "MYR", "2024") in figures(facts)
    facts = written("Vietnam's exports to Indonesia in 2024 were valued at $7.1 billion. "
                    "Imports from Indonesia amounted to $4.2 billion.")
    assert figures(facts) == [("exports", 7.1e9, "USD", "2024"), ("imports", 4.2e9, "USD", "2024")]
    facts = written("Vietnam's exports to Indonesia in 2024 were valued at $7.1 billion. "
                    "Imports from Indonesia so far amounted to $4.2 billion.")
    assert figures(facts)[1] == ("imports", 4.2e9, "USD", None), "`so far` is a time of its own"
    facts = written("Vietnam's exports to Indonesia in 2024 were valued at $7.1 billion. "
                    "Indonesian firms have invested $3 billion in Vietnam.")
    assert figures(facts)[1] == ("investment", 3e9, "USD", None), "an investment is often a stock of years"


def test_each_clause_ranking_takes_its_own_scope() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert [(r.subject, r.rank, r.scope) for r in facts.rankings] == [
        ("Türkiye", 23, None), ("Malaysia", 1, "ASEAN member states")]
    facts = written("Indonesia was Vietnam's 12th largest trading partner in the world in 2024, while Vietnam was "
                    "Indonesia's second largest trading partner among ASEAN countries.")
    assert [(r.subject, r.rank, r.scope) for r in facts.rankings] == [
        ("Indonesia", 12, None), ("Vietnam", 2, "ASEAN countries")]
    facts = written('"Vietnam is our largest trading partner in sub-Saharan Africa," the Indonesian minister said.')
    assert [r.scope for r in facts.rankings] == ["sub-Saharan Africa"]


def test_the_two_leaders_are_the_heads_of_state_or_government() -> None:
    facts = article("x_fmt_jssez.txt")
    event = next(e for e in facts.events if e.date == "2023-10")
    assert event.actors[:2] == ["Anwar Ibrahim", "Lawrence Wong"]
    facts = written("The agreement was signed by Indonesian Trade Minister Budi Santoso and Vietnamese Industry "
                    "Minister Nguyen Hong Dien. The two leaders last met in Hanoi in May 2023.",
                    lede="Indonesian President Prabowo Subianto held talks with Vietnamese Prime Minister "
                         "Pham Minh Chinh in Jakarta on Tuesday.")
    event = next(e for e in facts.events if e.date == "2023-05")
    assert event.actors[:2] == ["Prabowo Subianto", "Pham Minh Chinh"]


def test_a_city_named_in_the_sentence_is_finer_than_a_country() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert next(e for e in facts.events if e.date == "2023-11").place == "Istanbul"
    facts = written("Pham Minh Chinh last visited Indonesia in May 2023, when he attended the ASEAN Summit in "
                    "Labuan Bajo.", lede="Indonesia and Vietnam held talks with Pham Minh Chinh.")
    assert next(e for e in facts.events if e.date == "2023-05").place == "Labuan Bajo"


def test_a_clause_keeps_its_subject() -> None:
    facts = article("x_bernama_erdogan_kl.txt")
    assert next(e for e in facts.events if e.date == "2025-02-09").what.startswith(
        "Erdogan is on a three-day official visit to Malaysia")
    facts = written("The two countries signed a maritime agreement in 2022 and set up a joint commission in 2023.")
    assert [e.what for e in facts.events] == ["The two countries signed a maritime agreement in 2022",
                                              "The two countries set up a joint commission in 2023."]


def test_background_of_an_undated_article_is_judged_from_the_latest_year_it_reports() -> None:
    facts = article("x_vietnamplus_vietnam_turkiye.txt")
    assert [(e.date, e.optional) for e in facts.events] == [("1978-06-07", True)]
    facts = undated("Trade between Indonesia and Vietnam hit $14 billion in 2024, under the Vision 2030 plan.\n\n"
                    "Indonesia and Vietnam established diplomatic relations on December 30, 1955.\n\n"
                    "The two countries signed a maritime agreement in 2023.")
    assert [(e.date, e.optional) for e in facts.events] == [("1955-12-30", True), ("2023", False)]


def test_a_month_opening_the_sentence_is_a_date() -> None:
    facts = article("x_dailysabah_turkiye_malaysia_defence.txt")
    assert ("2025-02", "Kuala Lumpur") in [(event.date, event.place) for event in facts.events]
    facts = written("In January, Vietnamese President Luong Cuong visited Jakarta. During March, the two foreign "
                    "ministers met in Hanoi.")
    assert [event.date for event in facts.events] == ["2025-01", "2025-03"]
