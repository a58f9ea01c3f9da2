"""Trade figures, round 38: an amount in a `whose` clause of a country outside the pair is that country's trade (`after
China, whose trade with Kenya totalled $5.1 billion`); `up X% from the same period of 2018` is the base of a change,
not the period of the next clause's figure; a measure after an amount that leads into the next amount is that one's
(`exports amounting to EUR 12.1 billion and imports from Morocco to EUR 8.0 billion`); `for the same year` refers back
to the year of the figures before, as `in the same year` does."""
from __future__ import annotations

from extraction_support import written

GHANA = ("Ghana", "Turkey")
PERU = ("Peru", "Japan")


def _figures(body: str, pair: tuple[str, str], lede: str | None = None) -> list[tuple[str, float, str | None]]:
    facts = written(body, pair, lede or f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.period) for f in facts.trade_figures]


def test_a_whose_clause_of_a_third_country_is_not_the_pairs_trade() -> None:
    assert _figures("Turkey is Ghana's third-largest supplier after China and India, whose trade with Ghana reached "
                    "$4.2 billion in 2024.", GHANA) == []
    assert _figures("Peru's second-largest market in Asia was South Korea, whose commerce with Peru totalled "
                    "$3.9 billion last year.", PERU) == []


def test_a_whose_clause_of_one_of_the_pair_is_still_the_pairs() -> None:
    assert _figures("Turkey is a growing partner of Ghana, whose trade with Turkey reached $1.2 billion in 2024.",
                    GHANA) == [("total_trade", 1_200_000_000, "2024")]


def test_the_same_period_of_a_year_after_a_change_is_its_base() -> None:
    assert _figures("Peruvian exports to Japan totalled US$2.3 billion in the first eight months of this year, up 4.1% "
                    "over the same period of 2024, while imports from Japan reached US$1.4 billion.", PERU) == [
        ("exports", 2_300_000_000, "2025-01/2025-08"), ("imports", 1_400_000_000, "2025-01/2025-08")]


def test_a_period_said_after_the_amount_is_still_the_figures() -> None:
    assert _figures("Imports from Japan reached US$1.4 billion in the same period of 2024, while exports to Japan "
                    "totalled US$2.3 billion.", PERU) == [
        ("imports", 1_400_000_000, "2024"), ("exports", 2_300_000_000, "2024")]


def test_a_measure_leading_into_the_next_amount_is_that_ones() -> None:
    assert _figures("Trade between the two countries reached $6.1 billion in 2024, with Turkish exports to Ghana "
                    "amounting to $4.5 billion and imports from Ghana to $1.6 billion.", GHANA) == [
        ("total_trade", 6_100_000_000, "2024"), ("exports", 4_500_000_000, "2024"),
        ("imports", 1_600_000_000, "2024")]


def test_a_measure_said_after_an_amount_before_the_next_is_its_own() -> None:
    assert _figures("In 2024 Peru recorded $3 billion in exports to Japan and $2 billion in imports.", PERU) == [
        ("exports", 3_000_000_000, "2024"), ("imports", 2_000_000_000, "2024")]
    assert _figures("In 2024 Peru recorded $3 billion (S/11.2 billion) in exports to Japan.", PERU)[:1] == [
        ("exports", 3_000_000_000, "2024")]


def test_for_the_same_year_refers_back_to_the_years_figures() -> None:
    assert _figures("Bilateral trade reached $5.2 billion in 2023, according to Turkstat. Ghana's statistics service, "
                    "which counts trade differently, puts two-way trade at $4.8 billion for the same year.", GHANA) == [
        ("total_trade", 5_200_000_000, "2023"), ("total_trade", 4_800_000_000, "2023")]
    # a year's figures before are not a period of months
    assert _figures("Bilateral trade reached $2.2 billion in January-June 2023. Ghana's statistics service puts "
                    "two-way trade at $1.8 billion for the same year.", GHANA)[1:] == [
        ("total_trade", 1_800_000_000, None)]
