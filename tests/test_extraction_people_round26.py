"""People and article headers, round 26: a dash may stand between an office and its holder's name (`Foreign Minister
– Ali Sabry said`); a local head's place of several words is read whole where a list of capitals and provinces knows
it (`Chief Minister of Tamil Nadu M.K. Stalin`) or where the article writes the head's name apart from it (`Mohd
Noorazam said`); a site's section and `of` before a weekday is a date line (`General News of Wednesday, 9 October
2024`); a table of trade figures written one row a line is read with its heading (`Top exports to Pakistan in 2023:`
then `Tea: US$560 million`); a headline naming only people is about their states as the body writes them (`Brazilian
President Luiz Inacio Lula da Silva`), not the third country its background names most (articles
r26_people_1_dailysun.txt to r26_people_5_colombiareports.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."


def _page(text: str) -> ArticleFacts:
    """A page extracted with the default pair setting, which it does not name: its own pair is found from it."""
    return extract(RawArticle(id="page", text=text), ("Malaysia", "Türkiye"))


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    """Each trade figure: its measure, value, currency and period."""
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_dash_between_an_office_and_its_holders_name() -> None:
    people = people_of(article("r26_people_1_dailysun.txt"))
    assert people["Narayan Prakash Saud"] == ("Foreign Minister of Nepal", ["Saud"])
    assert people["Abul Kalam Abdul Momen"] == ("Foreign Minister of Bangladesh", ["Momen"])  # no `- Abul` form
    assert people["Tipu Munshi"] == ("State Minister for Commerce", [])
    facts = written("Peru's Foreign Minister – Elmer Schialer said the talks went well.", pair=PAIR, lede=LEDE)
    assert people_of(facts) == {"Elmer Schialer": ("Foreign Minister of Peru", [])}
    facts = written("Trade Minister - Alberto van Klaveren, who led the delegation, said exports would grow.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Alberto van Klaveren": "Trade Minister"}
    facts = written("Indonesia's Foreign Minister – Sugiono said the talks went well.")  # a one-word name too
    assert roles_of(facts) == {"Sugiono": "Foreign Minister of Indonesia"}


def test_a_dash_before_no_name_gives_no_person() -> None:
    names = set(people_of(article("r26_people_1_dailysun.txt")))
    assert names == {"Narayan Prakash Saud", "Abul Kalam Abdul Momen", "Tipu Munshi", "Sheikh Hasina",
                     "Pushpa Kamal Dahal"}  # not the `Foreign Secretary - level talks`
    facts = written("The Foreign Secretary - level talks will be held in Lima.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {}


def test_a_local_heads_place_of_several_words_a_list_knows() -> None:
    roles = roles_of(article("r26_people_2_toi.txt"))
    assert roles["M.K. Stalin"] == "Chief Minister of Tamil Nadu"
    assert roles["Yogi Adityanath"] == "Chief Minister of Uttar Pradesh"
    assert "Nadu M.K. Stalin" not in roles
    facts = written("Governor of Nakhon Ratchasima Chaiwat Chuenkosum said the trains would run daily.",
                    pair=("Thailand", "Laos"), lede="Thailand and Laos held talks.")
    assert roles_of(facts) == {"Chaiwat Chuenkosum": "Governor of Nakhon Ratchasima"}


def test_a_local_heads_name_written_apart_from_a_place_no_list_knows() -> None:
    facts = written("Mayor of Santa Marta Carlos Pinedo Cuello said the port would grow. Carlos Pinedo added that "
                    "more ships would come.", pair=("Colombia", "Venezuela"), lede="Colombia and Venezuela held talks.")
    assert people_of(facts) == {"Carlos Pinedo Cuello": ("Mayor of Santa Marta", ["Carlos Pinedo"])}
    # without another mention, where the place ends is not known: no one rather than `Marta Carlos Pinedo Cuello`
    facts = written("Mayor of Santa Marta Carlos Pinedo Cuello said the port would grow.",
                    pair=("Colombia", "Venezuela"), lede="Colombia and Venezuela held talks.")
    assert roles_of(facts) == {}


def test_a_sites_section_before_the_weekday_is_a_date_line() -> None:
    facts = article("r26_people_3_ghanaweb.txt")
    assert facts.published == "2023-11-16"
    assert [(e.date, e.place) for e in facts.events][0] == ("2023-11-14", "Accra")  # `on Tuesday`
    facts = _page("Senegal, Mali agree to reopen rail line\nSports News of Friday, 5 July 2024\n\n"
                  "Senegal and Mali agreed on Thursday to reopen the Dakar-Bamako railway.")
    assert facts.published == "2024-07-05"
    assert parse_date_line("Politics of Monday, 7 October 2024") == "2024-10-07"


def test_a_section_and_weekday_in_body_text_is_no_date_line() -> None:
    assert parse_date_line("The meeting of Wednesday, 9 October 2024 was cancelled.") is None
    assert parse_date_line("General News of the week") is None
    facts = _page("Senegal, Mali agree to reopen rail line\n\n"
                  "The General News of Friday, 5 July 2024 reported that Senegal and Mali would reopen the railway.")
    assert facts.published is None


def test_a_table_written_one_row_a_line_is_read_with_its_heading() -> None:
    figures = _figures(article("r26_people_4_businessdaily.txt"))
    assert figures == [("total_trade", 1.1e9, "USD", "2023"), ("exports", 560e6, "USD", "2023"),
                       ("exports", 38e6, "USD", "2023"), ("exports", 21e6, "USD", "2023"),  # `Pulses  US$21 million`
                       ("imports", 310e6, "USD", "2023"), ("imports", 45e6, "USD", "2023")]
    facts = written("Main exports to Peru in 2024:\nCopper cathodes: US$1.2 billion\nFresh fruit  US$300 million\n"
                    "The ministers will meet again in June.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 1.2e9, "USD", "2024"), ("exports", 300e6, "USD", "2024")]
    assert facts.trade_figures[0].quote == "Main exports to Peru in 2024 – Copper cathodes: US$1.2 billion."


def test_a_lead_in_to_other_stories_opens_no_table() -> None:
    facts = written("The ministers will meet again in June.\nMore trade stories:\n"
                    "Chile fruit exports hit US$9 billion\nTop stories:\nPeru copper US$2 billion",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == []


def test_a_headline_naming_people_is_about_their_states() -> None:
    facts = article("r26_people_5_colombiareports.txt")
    assert _figures(facts) == [("total_trade", 4.7e9, "USD", "2022")]  # Brazil's and Colombia's, not Venezuela's
    body = ("Indonesian President Prabowo Subianto and Malaysia's Prime Minister Anwar Ibrahim met in Jakarta on "
            "Monday.\nBoth leaders discussed China's claims in the South China Sea.\nChina has built islands there, "
            "and China's coast guard patrols them.\nChina is the largest trading partner of both.\n"
            "Trade between Indonesia and Malaysia reached US$24 billion in 2024.")
    facts = _page(f"Prabowo, Anwar hold talks in Jakarta\nJanuary 28, 2025\n\n{body}")
    assert _figures(facts) == [("total_trade", 24e9, "USD", "2024")]


def test_a_headline_whose_people_the_body_gives_no_state_leaves_the_pair_to_counts() -> None:
    body = ("Prabowo and Anwar met in Jakarta on Monday.\nBoth discussed China's claims in the South China Sea.\n"
            "China has built islands there, and China's coast guard patrols them.\nChina is a partner of Malaysia.\n"
            "Trade between Indonesia and Malaysia reached US$24 billion in 2024.")
    facts = _page(f"Prabowo, Anwar hold talks in Jakarta\nJanuary 28, 2025\n\n{body}")
    assert _figures(facts) == []  # the pair counted is China's and Malaysia's
