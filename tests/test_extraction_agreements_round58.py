"""Agreements, round 58: a field in capitals with a number (`on Industry 4.0 cooperation`) is no day; a `when` clause
ends a list of fields; a manner after `in` (`signed in a virtual ceremony`) is no field; a promotion an instrument is
for names its sectors (`to promote Korean investment in mining and fisheries`); a body named by its head word as
founded under an instrument (`The dialogue was established under an MoU`) is the one named in full before, and
`during the same visit` points back to the meeting told before (short texts of other pairs)."""
from __future__ import annotations

from extraction_support import written

PERU = ("Peru", "South Korea")
PERU_LEDE = "LIMA, 12 March 2025 – Peru and South Korea held talks in Lima on Monday."


def _entries(body: str) -> list[tuple[str, list[str], str, str | None]]:
    return [(a.kind, a.domains, a.status, a.date) for a in written(body, PERU, PERU_LEDE).agreements]


def test_a_field_with_a_number_is_no_day() -> None:
    body = "The two sides intend to sign a memorandum of understanding on Industry 5 cooperation."
    assert _entries(body) == [("mou", ["Industry 5 cooperation"], "planned", None)]
    # a month's name with its day still is the signing's day
    body = "The two sides signed three agreements on Nov. 4 on fisheries."
    assert [a[1] for a in _entries(body)] == [["fisheries"]]


def test_a_when_clause_ends_the_fields() -> None:
    body = "Peru and Korea plan to sign an agreement on digital trade when the Korean minister visits Lima in June."
    assert _entries(body) == [("agreement", ["digital trade"], "planned", "2025-06")]
    # the field told without the clause is the same
    body = "Peru and Korea plan to sign an agreement on digital trade in June."
    assert _entries(body) == [("agreement", ["digital trade"], "planned", "2025-06")]


def test_a_signing_ceremony_is_no_field() -> None:
    body = ("The export agencies of the two countries signed a memorandum of understanding on Tuesday to promote "
            "Korean investment in mining and fisheries. The MoU was signed in an online ceremony by the two heads.")
    assert _entries(body) == [("mou", ["mining", "fisheries"], "signed", "2025-03-11")]
    # `in` before a field still names it
    assert _entries("The two ministries signed an MoU in the field of ceramics.")[0][1] == ["ceramics"]


def test_a_promotion_names_its_sectors_not_a_place() -> None:
    body = "The two agencies signed an agreement to attract foreign investment in aquaculture and tourism."
    assert _entries(body)[0][1] == ["aquaculture", "tourism"]
    body = "The two agencies signed an agreement to promote trade in Lima and Busan."
    assert _entries(body)[0][1] == ["trade"]


def test_a_body_named_by_its_head_word_is_the_one_named_before() -> None:
    body = ("In May, the two trade ministers held the first Peru–Korea Energy and Mining Dialogue in Cusco. The "
            "dialogue was established under a memorandum of understanding the two ministers signed during the same "
            "visit.")
    mous = [(a.domains, a.date, a.place) for a in written(body, PERU, PERU_LEDE).agreements if a.kind == "mou"]
    assert mous == [(["energy and mining dialogue"], "2024-05", "Cusco")]
    # no body named in full before: no field is made up
    body = ("In May, the two trade ministers held talks in Cusco. The forum was established under a memorandum of "
            "understanding the two ministers signed during the same visit.")
    mous = [(a.domains, a.date, a.place) for a in written(body, PERU, PERU_LEDE).agreements if a.kind == "mou"]
    assert mous == [([], "2024-05", "Cusco")]
