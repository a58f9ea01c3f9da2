"""A participle with its agent after a future in the same clause qualifies what lies ahead and tells no time of its
own: `is scheduled to address the forum organised by JETRO in Tokyo on 27 April` is this April's 27th, not last
year's (found on blind set 7). A participle before the future, or after a comma, or a passive verb, keeps its past."""
from __future__ import annotations

from bot.core.date_phrases import find_date_phrases
from bot.core.dates import PartialDate
from extraction_support import dated_places_of, written

PUBLISHED = PartialDate(2025, 3, 12)


def dates(sentence: str) -> list[str]:
    return [phrase.date.iso() for phrase in find_date_phrases(sentence, PUBLISHED)]


def test_a_participle_qualifying_the_object_of_a_future_is_no_past() -> None:
    assert dates("The minister is scheduled to address the business forum organised by the chamber in Hanoi on "
                 "14 March.") == ["2025-03-14"]
    assert dates("She will open the trade fair hosted by the export council in Lagos on March 15.") == ["2025-03-15"]


def test_a_participle_told_apart_or_a_passive_keeps_its_past() -> None:
    assert dates("The agreement, signed by the two ministers on 10 March, will take effect in June.")[0] \
        == "2025-03-10"
    assert dates("The forum, which will be held in Hanoi, was organised by the chamber on 10 March.") \
        == ["2025-03-10"]
    assert dates("The minister will address the forum, organised by the chamber on 10 March.") == ["2025-03-10"]


def test_the_forum_ahead_is_an_event_of_this_year() -> None:
    facts = written("The Indonesian trade minister is scheduled to address the Indonesia-Vietnam Business Forum "
                    "organised by the two chambers of commerce in Hanoi on 14 March.")
    assert dated_places_of(facts, "Business Forum") == [("2025-03-14", "Hanoi")]
