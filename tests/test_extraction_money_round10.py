"""Amounts in the currencies of the Gulf, Africa, Latin America and Central Asia as their own press writes them
(`RO 48 million`, `GH¢14.6 billion`, `N412.5 billion`, `P5.6 billion`, `JD470 million`), bare currency words several
countries share (`riyals`, `dinars`, `pounds`, `pesos`) read as the pair's own, amounts in words (`one billion
dollars`), one partner's share of a country's foreign trade, a fund's authorised capital, and the `Kyrgyz` demonym."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from bot.core.money import find_money
from extraction_support import article, written


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_gulf_currencies_by_their_local_signs() -> None:
    assert _figures(article("r10_money_1_timesofoman.txt"))[:5] == [
        ("total_trade", 48e6, "OMR", "2022"), ("total_trade", 31.6e6, "OMR", "2021"),
        ("exports", 39.2e6, "OMR", "2022"), ("imports", 8.8e6, "OMR", "2022"), ("investment", 120e6, "OMR", None)]
    facts = written("Trade between Qatar and Kuwait reached QR3.5bn in 2023, while Kuwaiti exports to Qatar were "
                    "KD120 million.", pair=("Qatar", "Kuwait"), lede="Qatar and Kuwait held talks in Doha.")
    assert _figures(facts) == [("total_trade", 3.5e9, "QAR", "2023"), ("exports", 120e6, "KWD", "2023")]
    facts = written("Bilateral trade stood at BD95 million in 2022 and LE4.1 billion in 2023.",
                    pair=("Bahrain", "Egypt"), lede="Bahrain and Egypt held talks in Manama.")
    assert [(m.value, m.currency) for m in find_money(facts.trade_figures[0].quote)] == [(95e6, "BHD"), (4.1e9, "EGP")]


def test_african_currencies_by_their_signs() -> None:
    assert _figures(article("r10_money_2_graphic.txt"))[:6] == [
        ("total_trade", 14.6e9, "GHS", "2023"), ("total_trade", 11.97e9, "GHS", "2022"),
        ("exports", 5.1e9, "GHS", "2023"), ("imports", 9.5e9, "GHS", "2023"),
        ("exports", 412.5e9, "NGN", "2023"), ("exports", 287e9, "NGN", "2022")]
    facts = written("Nigeria's exports to Benin rose to ₦1.2trn in 2022, and trade reached 3 billion cedis.",
                    pair=("Nigeria", "Benin"), lede="Nigeria and Benin held talks in Abuja.")
    assert [(m.value, m.currency) for m in find_money(facts.trade_figures[0].quote)] == [(1.2e12, "NGN"), (3e9, "GHS")]
    assert find_money("The N95 masks and the N2 highway cost N5.") == []  # a bare `N` needs a scale word


def test_a_shared_currency_word_is_the_pairs_own() -> None:
    facts = written("Trade between the two countries reached 3.2 billion riyals in 2024.",
                    pair=("Qatar", "India"), lede="Qatar and India held talks in Doha.")
    assert _figures(facts) == [("total_trade", 3.2e9, "QAR", "2024")]
    facts = written("Bilateral trade reached 2.4 billion pounds in 2023.", pair=("Egypt", "China"),
                    lede="Egypt and China held talks in Cairo.")
    assert _figures(facts) == [("total_trade", 2.4e9, "EGP", "2023")]
    facts = written("Bilateral trade rose to 850 million dinars in 2022.", pair=("Jordan", "Iraq"),
                    lede="Jordan and Iraq held talks in Amman.")
    assert _figures(facts) == [("total_trade", 850e6, "JOD", "2022")]
    facts = written("Two-way trade reached 95 billion pesos in 2024.", pair=("Mexico", "Chile"),
                    lede="Mexico and Chile held talks in Santiago.")
    assert _figures(facts) == [("total_trade", 95e9, "MXN", "2024")]
    facts = written("Korean investments in the Philippines amounted to P5.6 billion in 2024.",
                    pair=("Philippines", "South Korea"), lede="The Philippines and South Korea held talks.")
    assert _figures(facts) == [("investment", 5.6e9, "PHP", "2024")]
    assert _figures(article("r9_agreements_5_jordantimes.txt")) == [("total_trade", 470e6, "JOD", "2020")]


def test_amounts_in_words() -> None:
    facts = written("Trade between Uzbekistan and Azerbaijan reached one billion dollars in 2024, and the leaders "
                    "want it to reach five billion US dollars by 2030.",
                    pair=("Uzbekistan", "Azerbaijan"), lede="Uzbekistan and Azerbaijan held talks in Baku.")
    assert _figures(facts) == [("total_trade", 1e9, "USD", "2024"), ("target", 5e9, "USD", "2030")]
    assert find_money("one million people and twenty-five billion dollars") == []


def test_one_partners_share_of_foreign_trade_is_the_pairs_trade() -> None:
    assert _figures(article("r10_money_3_andina.txt"))[:3] == [
        ("total_trade", 4.82e9, "USD", "2018"), ("exports", 1.41e9, "USD", "2018"), ("imports", 3.41e9, "USD", "2018")]
    facts = written("Colombia's foreign trade with Ecuador totalled US$3.1 billion in 2021.",
                    pair=("Colombia", "Ecuador"), lede="Colombia and Ecuador held talks in Quito.")
    assert _figures(facts) == [("total_trade", 3.1e9, "USD", "2021")]
    facts = written("Colombia's foreign trade reached US$110 billion in 2021.",
                    pair=("Colombia", "Ecuador"), lede="Colombia and Ecuador held talks in Quito.")
    assert _figures(facts) == []


def test_kyrgyz_names_kyrgyzstan_and_a_funds_capital_is_no_investment() -> None:
    figures = _figures(article("r10_money_4_kabar.txt"))
    assert ("investment", 1.1e9, "USD", None) in figures
    assert all(value != 100e6 for _, value, _, _ in figures)
    facts = written("Kyrgyz investment in the Tajik economy reached $40 million. The two sides set up a joint "
                    "investment fund with an authorized capital of $50 million.",
                    pair=("Kyrgyzstan", "Tajikistan"), lede="Leaders met in Dushanbe.")
    assert _figures(facts) == [("investment", 40e6, "USD", None)]
