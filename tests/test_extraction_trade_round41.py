"""Trade figures, round 41: an amount ahead that an economist or an analyst is told as saying after it (`," said Kwame
Mensah, an economist at the University of Ghana`, `, said economist Ayse Demir`) is a forecaster's estimate, no target
of the pair's, as one named before it is; an official's aim keeps being a target, and so does an aim a forecaster
only reports."""
from __future__ import annotations

from extraction_support import written

GHANA = ("Ghana", "Turkey")
PERU = ("Peru", "South Korea")


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.period) for f in facts.trade_figures]


def test_an_amount_ahead_an_economist_said_after_it_is_no_target() -> None:
    assert _figures("\"At this rate, trade between Ghana and Turkey could exceed $3 billion over the whole year, though "
                    "the gap will grow,\" said Kwame Mensah, an economist at the University of Ghana.", GHANA) == []
    assert _figures("\"Two-way trade could top $4 billion by 2027,\" Ana Quispe, a senior analyst at Credicorp "
                    "Capital in Lima, said of Peru's trade with South Korea.", PERU) == []


def test_a_forecaster_titled_right_after_said_or_the_quotation_is_the_speaker() -> None:
    assert _figures("Trade between Ghana and Turkey could top $3 billion by 2027, said economist Ayse Demir.",
                    GHANA) == []
    assert _figures("\"Trade between Ghana and Turkey may well reach $3 billion by 2027,\" economist Ayse Demir "
                    "said.", GHANA) == []


def test_an_officials_aim_said_after_it_stays_a_target() -> None:
    assert _figures("\"Trade between Ghana and Turkey will reach $3 billion by 2027,\" said Ali Kaya, the trade "
                    "minister.", GHANA) == [("target", 3_000_000_000, "2027")]
    assert _figures("\"Trade between Ghana and Turkey will reach $3 billion by 2027,\" the minister told economists "
                    "in Accra.", GHANA) == [("target", 3_000_000_000, "2027")]


def test_an_aim_a_forecaster_reports_stays_a_target() -> None:
    assert _figures("\"The two governments aim to raise trade between Ghana and Turkey to $3 billion by 2027,\" said "
                    "Ayse Demir, an economist at Koc University.", GHANA) == [("target", 3_000_000_000, "2027")]
