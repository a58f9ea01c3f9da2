"""A title that asks or runs long, above a byline whose parts give the publisher and the date (found on blind set 11:
`**By Laura Cárdenas** | *Mexico News Daily* | September 6, 2019` under a question in Markdown). The byline's date
was read only when the line below the title was a date line of its own, so the title opened the body and the article
lost its date and publisher."""
from __future__ import annotations

from bot.core.article_reader import markdown_article
from bot.core.extract import extract

LEDE = ("Chile was Peru's largest trading partner in the first half of 2021, with two-way trade of US$1.9 billion "
        "between January and June, according to the central bank.\n\n"
        "On Tuesday, Peru's trade minister met his Chilean counterpart in Lima to discuss port fees.\n")
PAIR = ("Chile", "Peru")


def markdown(title: str, byline: str) -> str:
    return f"# {title}\n\n{byline}\n\n---\n\n{LEDE}"


def test_a_title_that_asks_above_a_byline_with_its_date() -> None:
    raw = markdown_article("x", markdown("Can Chile keep its place in Peru's trade?",
                                         "**By Rosa Quispe** | *Andean Trade Weekly* | July 23, 2021"))
    facts = extract(raw, PAIR)
    assert (facts.title, facts.source, facts.published) == ("Can Chile keep its place in Peru's trade?",
                                                            "Andean Trade Weekly", "2021-07-23")
    assert ("2021-07-20", "Lima") in [(event.date, event.place) for event in facts.events]


def test_a_long_title_above_a_byline_with_its_date() -> None:
    title = ("Analysis: Chile is now the top trade partner of Peru, but port fees and a slowing copper market cloud "
             "the outlook")
    facts = extract(markdown_article("x", markdown(title, "By Rosa Quispe | Andean Trade Weekly | July 23, 2021")),
                    PAIR)
    assert (facts.title, facts.published) == (title, "2021-07-23")


def test_a_question_above_body_text_is_not_read_as_a_title_above_a_byline() -> None:
    text = ("Can Chile keep its place in Peru's trade?\n\nAnalysts | traders and officials in Lima said the answer "
            "depends on copper prices and on port fees set last year by the two governments, which meet again soon.\n\n"
            + LEDE)
    facts = extract(markdown_article("x", text), PAIR)
    assert facts.published is None
