"""Trade figures, round 27: a Markdown article is read as the text it shows (`**US$ 742 million**`, `**Lima, 9 March
2022**`, `# Title`, `[text](url)`); goods one side `sold` the other are its exports; an investor named by no country
of its own that invests in one of the pair (`plans to invest $150 million in Argentina's ...`), even `one of the
world's largest`, invests for the other; one side's companies that sign investment deals worth an amount commit that
investment; an investor of a third country named by its city (`Doha's Al Mirqab Capital`, `Beijing-based`) is not the
pair's; the cost of a project (`a $1.2 billion power transmission project`) does not continue an investment figure
(articles r27_trade_1_mincetur.md to r27_trade_4_bangkokpost.txt and short texts)."""
from __future__ import annotations

from pathlib import Path

from extraction_support import article, written

from bot.core.article_reader import RawArticle, markdown_text, read_article_file
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

# A story whose last sentences before the body name only one of the pair, or none: what the body says of the pair
# must be found in the body itself.
HEAD = ("Hospitals draw investors\nMarch 12, 2025\n\nIndonesia and Vietnam held talks on health care on Monday.\n\n"
        "Prices of medicines rose in January.\nThe health ministry said demand for beds was growing.\n")


def _story(body: str) -> ArticleFacts:
    return extract(RawArticle(id="story", text=HEAD + body), ("Indonesia", "Vietnam"))


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_markdown_article_is_read_without_its_markup() -> None:
    facts = article("r27_trade_1_mincetur.md")
    assert (facts.title, facts.published, facts.dateline_place) == (
        "Peru and Thailand conclude second round of talks on a free trade agreement", "2022-03-09", "Lima")
    assert _figures(facts) == [("total_trade", 742e6, "USD", "2021"), ("exports", 215e6, "USD", "2021"),
                               ("imports", 527e6, "USD", "2021")]


def test_markdown_of_another_pair_keeps_its_lines_and_list_items(tmp_path: Path) -> None:
    text = ("# Kenya and Ghana review trade\n\n**Nairobi, 3 February 2025**\n\n"
            "Kenya and Ghana held trade talks in Nairobi, the [ministry](https://example.org) said.\n\n"
            "## Figures\n\n- Bilateral trade in 2024: __US$ 410 million__\n- Kenyan exports to Ghana in 2024: "
            "*US$ 150 million*\n")
    assert markdown_text(text) == (
        "Kenya and Ghana review trade\n\nNairobi, 3 February 2025\n\n"
        "Kenya and Ghana held trade talks in Nairobi, the ministry said.\n\nFigures\n\n"
        "- Bilateral trade in 2024: US$ 410 million\n- Kenyan exports to Ghana in 2024: US$ 150 million")
    path = tmp_path / "kenya_ghana.md"
    path.write_text(text, encoding="utf-8")
    facts = extract(read_article_file(path, 5_000_000), ("Kenya", "Ghana"))
    assert (facts.title, facts.published, facts.dateline_place) == ("Kenya and Ghana review trade", "2025-02-03",
                                                                     "Nairobi")
    assert _figures(facts) == [("total_trade", 410e6, "USD", "2024"), ("exports", 150e6, "USD", "2024")]


def test_a_text_file_keeps_its_asterisks(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Kenya and Ghana held talks in Nairobi on trade and *investment* on Monday, officials said.\n",
                    encoding="utf-8")
    assert "*investment*" in read_article_file(path, 5_000_000).text, "only a .md file is read as Markdown"


def test_goods_sold_to_the_other_are_exports() -> None:
    assert ("exports", 1.9e9, "USD", "2022") in _figures(article("r27_trade_2_batimes.txt"))
    facts = _story("Vietnam sold $2.3 billion of rice, coffee and seafood to Indonesia in 2024.")
    assert _figures(facts) == [("exports", 2.3e9, "USD", "2024")]
    facts = _story("Vietnam sold $500 million of government bonds to Indonesian banks in 2024.")
    assert facts.trade_figures == [], "a holding sold is no goods"


def test_an_investor_of_no_named_country_investing_in_one_side() -> None:
    facts = article("r27_trade_2_batimes.txt")
    assert ("investment", 150e6, "USD", None) in _figures(facts)
    facts = _story("VinaCapital, one of the world's biggest fund managers, said it would invest $200 million in two "
                   "hospitals in Indonesia.")
    assert _figures(facts) == [("investment", 2e8, "USD", None)]
    facts = _story("Foreign companies invested $36 billion in Vietnam in 2024.")
    assert facts.trade_figures == [], "foreign investment at large is not the pair's"
    facts = _story("Korean-owned Samsung invested $1 billion in Vietnam in 2024.")
    assert facts.trade_figures == [], "an investor of a third country"


def test_one_sides_companies_committing_investment_by_deals() -> None:
    assert ("investment", 2.1e9, "USD", None) in _figures(article("r27_trade_2_batimes.txt"))
    facts = written("Vietnamese firms signed investment deals worth $1.4 billion during the business forum.")
    assert _figures(facts) == [("investment", 1.4e9, "USD", None)]
    facts = written("Indonesia and Vietnam signed 12 investment agreements worth $2.9 billion.")
    assert facts.trade_figures == [], "the worth of deals the two countries sign is no figure"
    facts = written("Vietnamese firms signed supply contracts worth $1.4 billion during the business forum.")
    assert facts.trade_figures == [], "contracts that are no investment"


def test_an_investor_of_a_third_country_named_by_its_city() -> None:
    facts = article("r27_trade_3_dawn.txt")
    assert _figures(facts) == [("total_trade", 128e6, "USD", "2023"), ("investment", 1e9, "USD", "2023"),
                               ("investment", 5e7, "USD", None)]
    facts = written("Indonesian investment in Vietnam reached $600 million in 2024.\n"
                    "Abu Dhabi's sovereign fund ADQ agreed to invest $1 billion in Vietnam's ports.")
    assert _figures(facts) == [("investment", 6e8, "USD", "2024")]
    facts = written("Indonesian investment in Vietnam reached $600 million in 2024.\n"
                    "Jakarta-based Indika Energy agreed to invest $300 million in Vietnam's ports.")
    assert _figures(facts) == [("investment", 6e8, "USD", "2024"), ("investment", 3e8, "USD", None)], \
        "a city of the pair's own"


def test_a_projects_cost_does_not_continue_an_investment_figure() -> None:
    facts = article("r27_trade_4_bangkokpost.txt")
    assert _figures(facts) == [("investment", 5.3e9, "USD", "2023"), ("total_trade", 233e9, "THB", "2023"),
                               ("investment", 4e8, "USD", None)]
    facts = written("Indonesian investment in Vietnam reached $600 million in 2024.\n"
                    "The two countries are building a $900 million gas pipeline, due to open in 2027.")
    assert _figures(facts) == [("investment", 6e8, "USD", "2024")]
    facts = written("Indonesian investment in Vietnam reached $600 million in 2024.\n"
                    "It was $450 million in 2023.")
    assert _figures(facts) == [("investment", 6e8, "USD", "2024"), ("investment", 4.5e8, "USD", "2023")], \
        "an amount of no project still continues the figure"
