"""Trade figures, round 57: one country's trade with `the whole` or `the entire` bloc or group (`Poland's trade with
the whole European Union`, `exports to the entire ASEAN bloc`) is no figure of the pair, as with the bloc alone."""
from __future__ import annotations

from extraction_support import written


def _figures(body: str, pair: tuple[str, str]) -> list[tuple[str, float, str, str | None]]:
    facts = written(body, pair, f"{pair[0]} and {pair[1]} held talks.")
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def test_trade_with_the_whole_bloc_is_no_figure_of_the_pair() -> None:
    body = ("For comparison, Thailand's trade with the whole European Union topped 41 billion USD last year, while "
            "Czech investment in Thailand remains small.")
    assert _figures(body, ("Thailand", "Czech Republic")) == []
    body = ("By contrast, Kenya's exports to the entire Gulf region reached $2.3 billion last year, while Omani firms "
            "hesitate.")
    assert _figures(body, ("Kenya", "Oman")) == []


def test_trade_with_the_whole_partner_is_still_the_pairs() -> None:
    body = "Thailand's trade with the Czech Republic exceeded 1.2 billion USD in 2024."
    assert _figures(body, ("Thailand", "Czech Republic")) == [("total_trade", 1.2e9, "USD", "2024")]
    body = "Kenya's exports to the whole of Oman reached $230 million in 2023."
    assert _figures(body, ("Kenya", "Oman")) == [("exports", 230e6, "USD", "2023")]
