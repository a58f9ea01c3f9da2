"""Trade figures, round 49: Angola's kwanza signed `Kz`; a change's base told as `than (in) the same period of last
year` is not the figure's period; an amount after `compared with`/`against`/`versus` sent to a third country is not
the pair's; one side's total exports or imports opening a sentence, with no partner, are its trade with the world even
after an aside in commas."""
from __future__ import annotations

from bot.core.money import find_money
from extraction_support import written

ANGOLA = ("Angola", "Brazil")
ARMENIA = ("Armenia", "Belarus")
PERU = ("Peru", "Chile")
KENYA = ("Kenya", "Uganda")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_kwanzas_signed_kz_are_read() -> None:
    body = "Angolan firms invested Kz 210 billion in Brazil in 2021, the investment agency said."
    assert ("investment", 210_000_000_000, "AOA", "2021") in _figures(body, ANGOLA)


def test_kz_with_no_amount_is_no_money() -> None:
    assert find_money("The Kz index of the Luanda exchange rose sharply last year.") == []


def test_the_same_period_of_last_year_is_a_base() -> None:
    body = ("In January-May 2018, trade turnover between Armenia and Belarus came to USD 61 million, 14% more than "
            "in the same period of last year.")
    assert _figures(body, ARMENIA) == [("total_trade", 61_000_000, "USD", "2018-01/2018-05")]


def test_a_year_named_after_than_during_the_same_period_is_a_base() -> None:
    body = ("In January-May 2018, trade turnover between Armenia and Belarus came to USD 61 million, 14% more than "
            "during the same period of 2017.")
    assert _figures(body, ARMENIA) == [("total_trade", 61_000_000, "USD", "2018-01/2018-05")]


def test_an_amount_compared_with_sent_to_a_third_country_is_not_the_pairs() -> None:
    body = ("Peruvian exports to Chile reached US$2.3 billion in 2022, compared with US$1.7 billion shipped to "
            "Ecuador.")
    assert _figures(body, PERU) == [("exports", 2_300_000_000, "USD", "2022")]


def test_an_amount_compared_with_in_an_earlier_year_stays() -> None:
    body = "Peruvian exports to Chile reached US$2.3 billion in 2022, compared with US$1.7 billion in 2021."
    assert ("exports", 1_700_000_000, "USD", "2021") in _figures(body, PERU)


def test_one_sides_total_exports_after_an_aside_are_the_worlds() -> None:
    body = ("Kenyan exports to Uganda rose to $950 million in 2022. Kenya's total merchandise exports, led by tea, "
            "cut flowers and coffee, climbed to $7.4 billion in 2022, easing pressure on the shilling.")
    assert _figures(body, KENYA) == [("exports", 950_000_000, "USD", "2022")]


def test_one_sides_total_exports_to_the_partner_stay() -> None:
    body = ("Uganda is a key market. Kenya's total exports to Uganda, mostly steel and palm oil, climbed to "
            "$950 million in 2022.")
    assert ("exports", 950_000_000, "USD", "2022") in _figures(body, KENYA)
