"""The extractor on the seeds (exact facts) and on articles it was not written against."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.article_reader import RawArticle, read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from bot.core.summary import RANKED_MAX, textrank

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"
PAIR = ("Malaysia", "Türkiye")


def seed(stem: str) -> ArticleFacts:
    path = next(SEEDS.glob(f"{stem}*.txt"))
    return extract(read_article_file(path, 5_000_000), PAIR)


def article(name: str, pair: tuple[str, str] = PAIR) -> ArticleFacts:
    return extract(read_article_file(ARTICLES / name, 5_000_000), pair)


def figures(facts: ArticleFacts) -> set[tuple[str, float, str, str | None]]:
    return {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures}


def test_dateline_without_year_takes_it_from_the_periods_the_article_reports() -> None:
    facts = seed("000")
    assert (facts.published, facts.published_precision, facts.dateline_place) == ("2026-01-08", "day", "Istanbul")


def test_a_date_line_and_an_inline_date_are_publication_dates() -> None:
    assert seed("001").published == "2026-01-07"
    assert seed("002").published == "2026-01-08"
    assert seed("004").published == "2025-11-19"


def test_an_undated_article_stays_undated() -> None:
    facts = seed("003")
    assert facts.published is None and facts.dateline_place == "Kuala Lumpur"
    assert facts.events == []


def test_trade_figures_of_the_seeds() -> None:
    assert figures(seed("000")) == {("total_trade", 21_200_000_000, "MYR", "2025-01/2025-11"),
                                    ("total_trade", 24_150_000_000, "MYR", "2024")}
    assert figures(seed("003")) == {("target", 10_000_000_000, "USD", "2026"),
                                    ("total_trade", 4_920_000_000, "USD", "2025-01/2025-11")}


def test_rankings_carry_subject_rank_role_scope_and_year() -> None:
    ranks = {(r.subject, r.rank, r.role, r.year) for r in seed("000").rankings}
    assert ranks == {("Türkiye", 3, "trading partner", "2024"), ("Türkiye", 1, "export destination", "2024"),
                     ("Türkiye", 4, "source of imports", "2024")}
    assert {r.scope for r in seed("000").rankings} == {"West Asian countries"}
    assert [(r.subject, r.rank, r.scope) for r in seed("002").rankings] == [("Malaysia", 1, "ASEAN")]


def test_one_agreement_per_field_when_a_sentence_lists_several() -> None:
    signed = [a for a in seed("002").agreements if a.kind == "agreement"]
    assert [a.domains[0] for a in signed] == ["higher education", "investment", "export financing", "research",
                                              "shipbuilding", "information and communication technologies"]
    assert {(a.date, a.place, a.status) for a in signed} == {("2026-01-07", "Ankara", "signed")}


def test_councils_ftas_and_mous_are_told_apart() -> None:
    kinds = {(a.kind, a.status) for a in seed("002").agreements} - {("agreement", "signed")}
    assert kinds == {("council", "established"), ("fta", "in_force")}
    mou = next(a for a in seed("003").agreements if a.kind == "mou")
    assert mou.parties == ["ISIS Malaysia", "SETA"] and mou.status == "signed"


def test_intent_to_cooperate_is_not_an_agreement() -> None:
    assert seed("000").agreements == []


def test_relative_dates_resolve_against_the_publication_date() -> None:
    dated = {(e.date, e.place) for e in seed("002").events}
    assert dated == {("2026-01-07", "Ankara"), ("2025-02", "Kuala Lumpur"), ("2019", None)}
    assert {(e.date, e.place) for e in seed("001").events} >= {("2026-01-07", "Ankara"), ("2025", "Kuala Lumpur")}


def test_events_name_their_actors_by_canonical_name() -> None:
    meeting = next(e for e in seed("004").events if e.date == "2025-11-19")
    assert meeting.place == "Kuala Lumpur"
    assert set(meeting.actors) >= {"Mohamed Khaled Nordin", "Ahmet Akyol", "Emir Salim Yüksel"}
    fair = next(e for e in seed("004").events if e.date == "2025")
    assert fair.place == "Istanbul" and "Yaşar Güler" in fair.actors


def test_people_have_roles_and_aliases() -> None:
    anwar = next(p for p in seed("000").people if p.name == "Anwar Ibrahim")
    assert anwar.role == "Prime Minister" and {"Datuk Seri Anwar Ibrahim", "Anwar"} <= set(anwar.aliases)
    guler = next(p for p in seed("004").people if p.name == "Yaşar Güler")
    assert guler.role == "National Defence Minister of Türkiye"


def test_quotes_are_attributed_through_pronouns() -> None:
    quotes = {(q.speaker, q.text[:30]) for q in seed("001").quotes}
    assert ("Recep Tayyip Erdogan", "Especially, we will continue t") in quotes
    faiz = [q for q in seed("003").quotes if q.text.startswith("Although")]
    assert faiz and faiz[0].speaker == "Mohd Faiz Abdullah"


def test_teasers_and_page_furniture_produce_nothing() -> None:
    facts = seed("002")
    assert not any("Greenland" in s or "NATO" in s for s in facts.sentences)
    assert facts.source == "Xinhua News Agency" and facts.title.startswith("Türkiye, Malaysia pledge")
    assert not any("Follow us" in s or "Print" in s for s in seed("004").sentences)


def test_summary_is_ranked_not_the_first_lines() -> None:
    facts = seed("000")
    assert len(facts.summary) == 3 and all(s in facts.sentences for s in facts.summary)
    assert facts.summary != facts.sentences[:3]


def test_another_pair_and_publisher() -> None:
    facts = article("reuters_indonesia_turkey.txt", ("Indonesia", "Türkiye"))
    assert (facts.published, facts.source, facts.dateline_place) == ("2025-02-12", "Reuters", "Jakarta")
    assert figures(facts) == {("target", 10_000_000_000, "USD", None), ("total_trade", 2_500_000_000, "USD", "2024"),
                              ("exports", 1_600_000_000, "USD", "2024")}
    assert {a.domains[0] for a in facts.agreements if a.kind == "agreement"} == {"defence", "energy", "trade", "health"}
    assert any(a.kind == "contract" and a.parties == ["PT Republik Indonesia", "Turkish Aerospace"]
               for a in facts.agreements)
    assert any(a.kind == "council" and a.status == "planned" for a in facts.agreements)
    assert ("2024-04", "Ankara") in {(e.date, e.place) for e in facts.events}
    assert not any("Reporting by" in s for s in facts.sentences)


def test_local_business_style_amounts_and_same_period() -> None:
    facts = article("thestar_exports.txt")
    assert figures(facts) == {("exports", 8_300_000_000, "MYR", "2024-01/2024-06"),
                              ("imports", 2_100_000_000, "MYR", "2024-01/2024-06"),
                              ("total_trade", 10_400_000_000, "MYR", "2024-01/2024-06")}
    assert [(a.kind, a.status) for a in facts.agreements] == [("fta", "in_force")]
    assert ("2024-10", "Istanbul") in {(e.date, e.place) for e in facts.events}


def test_html_page_through_the_extractor() -> None:
    facts = article("anadolu_page.html")
    assert (facts.published, facts.source, facts.dateline_place) == ("2025-02-11", "Anadolu Ajansı", "Kuala Lumpur")
    assert ("total_trade", 5_000_000_000, "USD", "2024") in figures(facts)
    assert not any("Related news" in s or "rights reserved" in s for s in facts.sentences)
    assert {a.domains[0] for a in facts.agreements if a.kind == "agreement"} == {
        "defense industry", "media", "Islamic finance", "higher education"}


@pytest.mark.parametrize("sentence, expected", [
    ("Bilateral trade between Malaysia and Turkey rose to US$3.1bn in 2023.", ("total_trade", 3.1e9, "USD", "2023")),
    ("Turkish investment in Malaysia reached RM500 million last year.", ("investment", 5e8, "MYR", "2024")),
    ("Malaysia and Türkiye hope to reach 5 billion euros in two-way trade by 2028.", ("target", 5e9, "EUR", "2028")),
    ("Malaysian imports from Türkiye totalled TL 4.5 billion in the first quarter of 2025.",
     ("imports", 4.5e9, "TRY", "2025-01/2025-03")),
])
def test_amounts_in_other_words(sentence: str, expected: tuple) -> None:
    facts = extract(RawArticle(id="x", text=f"KUALA LUMPUR, March 3 (Bernama) -- {sentence} Officials said so in 2025."),
                    PAIR)
    assert figures(facts) == {expected}


def test_amounts_about_other_countries_are_not_the_pairs() -> None:
    text = ("ANKARA, June 2 -- Malaysia and Türkiye discussed trade on Monday. "
            "Türkiye's trade with Germany reached $50 billion in 2024. "
            "Meanwhile, Malaysia's exports to all countries rose to RM1.5 trillion in 2024. "
            "The central bank's budget was $2 billion.")
    assert extract(RawArticle(id="x", text=text), PAIR).trade_figures == []


def test_publication_line_at_the_end_and_year_relative_periods() -> None:
    facts = article("dailysabah_forum.txt")
    assert facts.published == "2024-11-17" and facts.dateline_place == "Istanbul"
    assert figures(facts) >= {("total_trade", 4_900_000_000, "USD", "2023"),
                              ("total_trade", 3_600_000_000, "USD", "2022"),
                              ("exports", 1_200_000_000, "USD", "2024-01/2024-09")}
    assert {(a.kind, tuple(a.domains)) for a in facts.agreements} == {
        ("mou", ("halal certification", "small and medium enterprises")), ("fta", ("trade",))}
    assert ("2024-11-15", "Istanbul") in {(e.date, e.place) for e in facts.events}


def test_a_different_country_pair_and_currency() -> None:
    facts = article("kyodo_japan_vietnam.txt", ("Japan", "Vietnam"))
    assert (facts.published, facts.source) == ("2025-10-05", "Kyodo")
    assert figures(facts) == {("total_trade", 6.2e12, "JPY", "2024"),
                              ("investment", 4_300_000_000, "USD", "2025-01/2025-06")}
    assert [(a.kind, a.domains, a.date) for a in facts.agreements] == [("mou", ["semiconductors"], "2025-10-02")]
    assert {(e.date, e.place) for e in facts.events} == {("2025-10-02", "Hanoi"), ("2025-10-01", "Hanoi")}


def test_a_book_length_text_is_summarised_from_its_opening() -> None:
    """The summary's graph grows with the square of its sentences: a text of thousands is ranked over its first
    RANKED_MAX, so that it neither runs out of memory nor takes minutes."""
    sentences = [f"Delegation number {n} from Malaysia met officials of Türkiye to discuss trade and investment."
                 for n in range(3 * RANKED_MAX)]
    summary = textrank(sentences, 3)
    assert len(summary) == 3 and all(sentences.index(s) < RANKED_MAX for s in summary)
