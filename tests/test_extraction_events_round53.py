"""Events, round 53: a year opening the clause of a figure a verb of measure gives (`Last year alone, X investment in
Y reached ...`) is the figure's period, however far from the amount; `Md.` shortening Muhammad before a name ends no
sentence (`MD.` may), so a signing told around such a name keeps its date and place."""
from __future__ import annotations

from bot.core.sentences import split_sentences
from extraction_support import written

PAIR = ("Ghana", "Sweden")
LEDE = "Ghana and Sweden held talks in Accra on Monday."


def _events(body: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.place) for e in written(body, PAIR, LEDE).events if e.date != "2025-03-10"]


def test_a_year_opening_a_measured_figures_clause_is_no_happening() -> None:
    body = ("\"Sweden is a major partner of ours. Last year alone, Swedish direct investment in Ghana reached SEK 2.7 "
            "billion, mostly in mining equipment and telecoms,\" the minister said, opening the forum.")
    assert _events(body) == []


def test_a_year_opening_a_clause_of_a_happening_stays_an_event() -> None:
    body = "Last year, Swedish Trade Minister Anna Berg visited Accra and opened a $3 million training centre."
    assert _events(body) == [("2024", "Accra")]


def test_md_before_a_name_ends_no_sentence() -> None:
    text = "Bangladesh's Commerce Minister, Md. Tipu Munshi, met his Swedish counterpart."
    assert split_sentences(text) == [text]
    assert len(split_sentences("The firm named a new MD. The board agreed.")) == 2


def test_a_signing_told_around_an_md_name_keeps_its_day_and_place() -> None:
    body = ("On 4 March, Sweden's Minister for Trade, Eva Lind, and Ghana's Deputy Minister of Energy, Md. Kofi "
            "Mensah, signed in Accra a Memorandum of Understanding on solar power.")
    assert ("2025-03-04", "Accra") in _events(body)
