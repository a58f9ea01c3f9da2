"""Trade figures and rankings that used to come out wrong: a fiscal year counted by the partner's calendar (`exports to
Japan in FY23` in taka), a part of `the current fiscal`, a range with its scale said once (`$45-50 billion`), a flow
with only its partner named (`exports to Australia could touch $10 billion`), a target said with a bare verb and a
deadline (`want to see trade reach $5 billion by 2026`), a change taken for a figure (`a $114mn rise`); a scope joining
two regions (`Central and Eastern Europe`), a second rank with its role left unsaid (`and the fourth largest in Asia`),
and a scope of another predicate (`and its fastest-growing market among ASEAN members`)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _rankings(facts: ArticleFacts) -> list[tuple[str, int, str, str | None]]:
    return [(r.subject, r.rank, r.role, r.scope) for r in facts.rankings]


def test_a_fiscal_year_is_the_reporters_not_the_partners() -> None:
    figures = _figures(article("r9_trade_5_dailystar.txt"))
    assert ("exports", 156e9, "BDT", "2022-07/2023-06") in figures  # `exports to Japan in FY23 ... Tk 15,600 crore`
    figures = _figures(article("r9_trade_1_livemint.txt"))
    assert ("exports", 621.94e9, "INR", "2021-04/2022-03") in figures  # `₹62,194 crore` in 2021-22
    facts = written("Pakistan's exports to Japan rose in the last year. In rupee terms, exports to Japan in FY24 were "
                    "worth Rs 62 billion, the bureau said.", pair=("Pakistan", "Japan"),
                    lede="Pakistan and Japan held talks in Islamabad.")
    assert _figures(facts) == [("exports", 62e9, "PKR", "2023-07/2024-06")]


def test_a_part_of_the_current_or_last_fiscal_year() -> None:
    assert ("exports", 4.9e9, "USD", "2022-04/2022-10") in _figures(article("r9_trade_1_livemint.txt"))
    facts = written("In the first half of the current financial year, India's exports to the UAE stood at $15 billion.",
                    pair=("India", "United Arab Emirates"), lede="India and the UAE held talks in Abu Dhabi.")
    assert _figures(facts) == [("exports", 15e9, "USD", "2024-04/2024-09")]


def test_a_range_takes_the_scale_said_at_its_end() -> None:
    assert ("target", 45e9, "USD", "2027") in _figures(article("r9_trade_1_livemint.txt"))  # `cross $45-50 billion`
    facts = written("Two-way trade between Poland and Vietnam was worth €2-3 billion in 2024.",
                    pair=("Poland", "Vietnam"), lede="Poland and Vietnam held talks in Warsaw.")
    assert _figures(facts) == [("total_trade", 2e9, "EUR", "2024")]


def test_a_flow_with_only_its_partner_named_is_the_pairs() -> None:
    assert ("target", 10e9, "USD", "2023-04/2024-03") in _figures(article("r9_trade_1_livemint.txt"))
    assert ("exports", 305e6, "NZD", "2024-07/2024-09") in _figures(article("r9_trade_4_rnz.txt"))
    facts = written("The delegation toured the port of Mombasa. Officials spoke of a new railway line. Exports to "
                    "Ethiopia rose to $150 million in 2024, the ministry said.", pair=("Kenya", "Ethiopia"),
                    lede="Kenya and Ethiopia held talks in Nairobi.")
    assert _figures(facts) == [("exports", 150e6, "USD", "2024")]


def test_a_bare_verb_with_a_deadline_to_come_is_a_target() -> None:
    assert ("target", 5e9, "USD", "2026") in _figures(article("r9_trade_5_dailystar.txt"))
    facts = written("Both sides want to see two-way trade top $2 billion by 2027, the minister said.",
                    pair=("Ghana", "Nigeria"), lede="Ghana and Nigeria held talks in Accra.")
    assert _figures(facts) == [("target", 2e9, "USD", "2027")]
    facts = written("The ministers said the new corridor would help bilateral trade hit $8 billion within five years.")
    assert _figures(facts) == [("target", 8e9, "USD", "2030")]


def test_a_change_is_not_a_figure() -> None:
    assert [f for f in _figures(article("r9_trade_2_bne.txt")) if f[1] == 114e6] == []  # `a $114mn rise`
    facts = written("Bilateral trade rose by $1.2 billion to $9.4 billion in 2024, an increase of $300 million more "
                    "than officials expected.")
    assert _figures(facts) == [("total_trade", 9.4e9, "USD", "2024")]


def test_a_scope_of_two_regions_joined_by_and() -> None:
    assert _rankings(article("r9_trade_2_bne.txt")) == [("Hungary", 1, "trading partner", "Central and Eastern Europe")]
    facts = written("Egypt is Indonesia's largest trading partner in the Middle East and North Africa, officials said.",
                    pair=("Indonesia", "Egypt"), lede="Indonesia and Egypt held talks in Cairo.")
    assert _rankings(facts) == [("Egypt", 1, "trading partner", "Middle East and North Africa")]


def test_a_second_rank_with_its_role_left_unsaid() -> None:
    assert _rankings(article("r9_trade_5_dailystar.txt")) == [("Japan", 12, "export destination", None),
                                                             ("Japan", 4, "export destination", "Asia")]
    assert ("Mozambique", 5, "export market", None) in _rankings(article("r9_trade_3_businessday.txt"))
    facts = written("Vietnam is Indonesia's ninth-largest export destination and the second largest in ASEAN.")
    assert _rankings(facts) == [("Vietnam", 9, "export destination", None), ("Vietnam", 2, "export destination", "ASEAN")]


def test_a_scope_after_another_predicate_is_not_the_rankings() -> None:
    assert _rankings(article("r9_trade_4_rnz.txt")) == [("Vietnam", 15, "trading partner", None)]
    facts = written("Vietnam is Indonesia's eighth-largest trading partner, and its fastest-growing market in Asia.")
    assert _rankings(facts) == [("Vietnam", 8, "trading partner", None)]


def test_a_date_line_with_the_time_before_on() -> None:
    assert article("r9_trade_4_rnz.txt").published == "2025-02-26"  # `5:03 pm on 26 February 2025`
    text = "Chile, Peru sign port deal\n9:41 am on 3 March 2024\n\nChile and Peru signed a port deal in Lima."
    assert extract(RawArticle(id="written", text=text), ("Chile", "Peru")).published == "2024-03-03"
