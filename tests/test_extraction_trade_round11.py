"""Trade figures whose period or measure is said away from the amount: a year two sentences back, a list under a
lead-in, a pronoun for the measure named before, the previous fiscal year of a comparison, `before the end of the
year`, `year-to-date ... by the end of June`; and amounts that are no figure (`9.3 percent, or $44.2 million, more`),
or were lost to `US dollars` read as a third country."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_a_year_two_sentences_back_dates_figures_past_a_sentence_without_one() -> None:
    figures = _figures(article("r10_money_4_kabar.txt"))
    assert ("exports", 506.3e6, "USD", "2022") in figures and ("imports", 858.1e6, "USD", "2022") in figures
    figures = _figures(article("r11_trade_2_azernews.txt"))
    assert ("exports", 1.01e9, "USD", "2023") in figures and ("imports", 289e6, "USD", "2023") in figures
    figures = _figures(article("r11_trade_3_theeastafrican.txt"))  # `The figure was down from 2022` between
    assert ("exports", 1.06e9, "USD", "2023") in figures and ("imports", 640e6, "USD", "2023") in figures
    facts = written("In 2023, two-way trade was worth $4.1 billion. The ministry said coffee and coal led the way. "
                    "Shipments to Vietnam came to $2.6 billion and purchases from Vietnam to $1.5 billion.")
    assert _figures(facts) == [("total_trade", 4.1e9, "USD", "2023"), ("exports", 2.6e9, "USD", "2023"),
                               ("imports", 1.5e9, "USD", "2023")]


def test_the_items_of_a_list_take_the_period_of_the_figure_they_come_under() -> None:
    figures = _figures(article("r11_trade_2_azernews.txt"))
    assert ("exports", 398.4e6, "USD", "2024-01/2024-05") in figures
    assert ("imports", 121.2e6, "USD", "2024-01/2024-05") in figures
    facts = written("Trade between Indonesia and Vietnam reached $6.2 billion in the first half of 2024.\n\n"
                    "The figures were:\n\n- Exports to Vietnam: $3.9 billion\n\n- Imports from Vietnam: $2.3 billion\n\n"
                    "Officials expect the growth to continue.")
    assert _figures(facts) == [("total_trade", 6.2e9, "USD", "2024-01/2024-06"),
                               ("exports", 3.9e9, "USD", "2024-01/2024-06"),
                               ("imports", 2.3e9, "USD", "2024-01/2024-06")]
    facts = written("- Exports to Vietnam: $3.2 billion (2023)", lede="Indonesia and Vietnam trade at a glance:")
    assert _figures(facts) == [("exports", 3.2e9, "USD", "2023")]  # the label says the measure


def test_an_amount_restating_a_change_in_percent_is_no_figure() -> None:
    figures = _figures(article("r11_trade_2_azernews.txt"))
    assert not any(value == 44.2e6 for _, value, _, _ in figures)
    facts = written("Indonesia's trade with Vietnam rose to $5 billion in 2024. That was 12 percent, or $540 million, "
                    "higher than in 2023.")
    assert _figures(facts) == [("total_trade", 5e9, "USD", "2024")]


def test_a_target_before_the_end_of_the_year_is_for_the_year_of_publication() -> None:
    assert ("target", 60e9, "USD", "2024") in _figures(article("r11_trade_4_mexiconewsdaily.txt"))
    assert ("target", 800e6, "USD", "2024") in _figures(article("r11_trade_3_theeastafrican.txt"))
    facts = written("Officials aim to lift bilateral trade to $7 billion by year-end.")
    assert _figures(facts) == [("target", 7e9, "USD", "2025")]
    facts = written("The two sides want to settle the dispute and raise their trade to $9 billion before the end of "
                    "the year.")
    assert _figures(facts) == [("target", 9e9, "USD", "2025")]


def test_the_base_of_a_comparison_in_the_previous_fiscal_year_or_12_months_is_that_one() -> None:
    assert ("exports", 1.56e9, "USD", "2022-07/2023-06") in _figures(article("r11_trade_1_financialexpress.txt"))
    assert ("exports", 982e6, "USD", "2022-07/2023-06") in _figures(article("r11_trade_3_theeastafrican.txt"))
    facts = written("India's exports to Japan rose 9% to $6.1 billion in 2023-24 from $5.6 billion in the previous "
                    "financial year.", pair=("India", "Japan"), lede="India and Japan held talks.")
    assert _figures(facts) == [("exports", 6.1e9, "USD", "2023-04/2024-03"),
                               ("exports", 5.6e9, "USD", "2022-04/2023-03")]


def test_an_amount_in_us_dollars_names_no_third_country() -> None:
    figures = _figures(article("r11_trade_5_dailynews.txt"))
    assert ("imports", 3.7e9, "USD", "2023-07/2024-06") in figures
    assert ("target", 10e9, "USD", "2030") in figures
    facts = written("The ministry said trade with Vietnam was 9.4 billion US dollars in 2024.")
    assert _figures(facts) == [("total_trade", 9.4e9, "USD", "2024")]


def test_a_fiscal_year_is_the_reporting_countrys_and_the_period_the_latest_reported() -> None:
    figures = _figures(article("r11_trade_5_dailynews.txt"))
    assert figures[:3] == [("total_trade", 6.5e9, "USD", "2023-07/2024-06"),
                           ("total_trade", 5.2e9, "USD", "2022-07/2023-06"),
                           ("exports", 2.8e9, "USD", "2023-07/2024-06")]
    facts = written("Uganda's trade with India reached $1.4 billion in the 2023/24 financial year. The figure was "
                    "up from $1.1 billion in 2022/23. Uganda's exports to India were $310 million during the period.",
                    pair=("Uganda", "India"), lede="Uganda and India held talks in Kampala.")
    assert _figures(facts) == [("total_trade", 1.4e9, "USD", "2023-07/2024-06"),
                               ("total_trade", 1.1e9, "USD", "2022-07/2023-06"),
                               ("exports", 310e6, "USD", "2023-07/2024-06")]


def test_a_pronoun_stands_for_the_measure_the_sentence_before_named() -> None:
    assert ("exports", 19.7e9, "USD", "2024-01/2024-06") in _figures(article("r11_trade_4_mexiconewsdaily.txt"))
    facts = written("Indonesia's trade with Vietnam hit $14 billion in 2024. Imports from Vietnam made up most of it. "
                    "They reached $8.3 billion in 2024.")
    assert _figures(facts) == [("total_trade", 14e9, "USD", "2024"), ("imports", 8.3e9, "USD", "2024")]


def test_its_neighbour_is_the_other_of_the_pair() -> None:
    facts = written("In 2024, Vietnam sold goods worth $2.2 billion to its southern neighbour.",
                    pair=("Vietnam", "Cambodia"), lede="Vietnam and Cambodia held talks in Phnom Penh.")
    assert _figures(facts) == [("exports", 2.2e9, "USD", "2024")]


def test_year_to_date_up_to_a_month_and_years_up_to_a_month() -> None:
    figures = _figures(article("r11_trade_5_dailynews.txt"))
    assert ("total_trade", 1.6e9, "USD", "2024-01/2024-06") in figures
    assert ("investment", 3.74e9, "USD", "1990-01/2024-06") in figures
    facts = written("Year-to-date trade between the two countries stood at $1.2 billion as of February, officials "
                    "said. Vietnamese firms invested $640 million in Indonesia between 2010 and January this year.")
    assert _figures(facts) == [("total_trade", 1.2e9, "USD", "2025-01/2025-02"),
                               ("investment", 640e6, "USD", "2010-01/2025-01")]
