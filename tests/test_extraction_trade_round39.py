"""Trade figures, round 39: one country's trade with a group of countries or a region (`with the five Gulf states`,
`with Africa as a whole`) is not the pair's; a price per unit of goods (`$31 a barrel`, `$650 per tonne`) is no trade
figure; analysts' or economists' forecast (`Analysts at X estimate that trade could top ...`) is no target, unless it
reports a target; `the same year` refers back to a fiscal year of twelve months as to a calendar one."""
from __future__ import annotations

from extraction_support import written

PERU = ("Peru", "Japan")
KENYA = ("Kenya", "India")


def _figures(body: str, pair: tuple[str, str], lede: str | None = None) -> list[tuple[str, float, str | None]]:
    facts = written(body, pair, lede or f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.period) for f in facts.trade_figures]


def test_trade_with_a_group_of_countries_is_not_the_pairs() -> None:
    assert _figures("Japan's trade with the four Andean countries totalled $18.2 billion in 2024.", PERU) == []
    assert _figures("India's exports to Gulf states reached $57 billion in 2023.", KENYA) == []
    assert _figures("India's trade with sub-Saharan Africa as a whole rose to $98 billion in 2023.", KENYA) == []
    assert _figures("Japan's imports from Latin America reached $40 billion last year.", PERU) == []


def test_trade_with_one_of_the_pair_or_the_two_countries_is_still_the_pairs() -> None:
    assert _figures("Japan's trade with Peru totalled $4.1 billion in 2024.", PERU) == [
        ("total_trade", 4_100_000_000, "2024")]
    assert _figures("Peru's trade with the Asian country reached $4.1 billion in 2024.", PERU) == [
        ("total_trade", 4_100_000_000, "2024")]
    assert _figures("India's exports to the United States reached $77 billion, while its exports to Kenya totalled "
                    "$3.1 billion in 2023.", KENYA) == [("exports", 3_100_000_000, "2023")]


def test_a_price_per_unit_is_no_trade_figure() -> None:
    assert _figures("Japan buys Peruvian copper, which was trading at $9,400 per tonne on Monday.", PERU) == []
    assert _figures("Gold exports to India rose as the metal traded at $2,300 an ounce.", KENYA) == []
    assert _figures("Kenyan tea exports to India fetched $3.20 a kilogram at the Mombasa auction.", KENYA) == []


def test_a_yearly_amount_is_still_a_figure() -> None:
    assert _figures("Kenya's exports to India are worth $500 million a year.", KENYA) == [
        ("exports", 500_000_000, None)]


def test_analysts_forecast_is_no_target() -> None:
    assert _figures("Economists at BBVA expect that trade between Peru and Japan could reach $6 billion next year if "
                    "the tariff cuts go ahead.", PERU) == []
    assert _figures("Analysts said two-way trade between Kenya and India could top $5 billion in 2026.", KENYA) == []


def test_officials_aim_and_a_target_reported_by_analysts_stay_targets() -> None:
    assert _figures("Officials said two-way trade between Kenya and India could top $5 billion next year.",
                    KENYA) == [("target", 5_000_000_000, "2026")]
    assert _figures("Analysts doubt the two governments will meet their target of $6 billion in bilateral trade by "
                    "2027.", PERU) == [("target", 6_000_000_000, "2027")]


def test_the_same_year_refers_back_to_a_fiscal_year() -> None:
    assert _figures("Bilateral trade stood at $2.1 billion in the 2022-23 (April-March) fiscal year. India's imports "
                    "from Kenya, mostly tea and soda ash, were worth Rs 2,300 crore during the same year.", KENYA) == [
        ("total_trade", 2_100_000_000, "2022-04/2023-03"), ("imports", 23_000_000_000, "2022-04/2023-03")]
