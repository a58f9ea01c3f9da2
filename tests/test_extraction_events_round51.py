"""Events, round 51: a ministry's dateline `Prague, 12.03.2019.` gives its city, the place of a session `held today at
the Ministry`; the pair's `annual leaders' meeting` is theirs (`later this year`: the year); a month told after `we
look forward to` lies ahead; a place after `invest in` is where money goes, not the happening's; `The following day`
is the day after the one told just before; the year of a plan's name (`Vision 2040`) or of a standing among partners
(`remained its largest trading partner in 2018`) is no happening's; a fair listed as `Name 2019, City, 17–21 February
2019` is dated by its days."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import written

PAIR = ("Kenya", "Ghana")
LEDE = "Kenya and Ghana held talks in Nairobi on Monday."


def _events(body: str) -> list[tuple[str, str | None, list[str]]]:
    return [(e.date, e.place, e.actors) for e in written(body, PAIR, LEDE).events if e.date != "2025-03-10"]


def test_a_dateline_with_a_numeric_date_and_a_full_stop_gives_the_city() -> None:
    text = ("Kenyan-Ghanaian economic talks\nDate: 12.03.2019\n\nAccra, 12.03.2019. Trade and energy were the main "
            "topics of the second session of the Kenyan-Ghanaian Joint Commission, held today at the Ministry of "
            "Trade. The session was co-chaired by the two deputy ministers.")
    facts = extract(RawArticle(id="story", text=text), PAIR)
    assert facts.dateline_place == "Accra"
    assert [(e.date, e.place) for e in facts.events] == [("2019-03-12", "Accra")]


def test_a_city_and_a_number_without_a_year_is_no_dateline() -> None:
    text = ("Kenyan-Ghanaian economic talks\nDate: 12.03.2019\n\nAccra, 12.03. Trade and energy were the main topics "
            "of the talks, officials said after the meeting of the two sides.")
    assert extract(RawArticle(id="story", text=text), PAIR).dateline_place is None


def test_the_pairs_annual_leaders_meeting_later_this_year_is_theirs() -> None:
    body = "A protocol on fisheries is expected to be signed at the annual leaders' summit later this year."
    assert _events(body) == [("2025", None, ["Kenya", "Ghana"])]


def test_a_meeting_later_this_year_naming_no_one_is_no_event() -> None:
    assert _events("A protocol on fisheries is expected to be signed at a meeting later this year.") == []


def test_a_month_after_looking_forward_lies_ahead_and_a_place_after_invest_in_is_not_the_happenings() -> None:
    body = ('"Ghana wants more Kenyan firms to invest in Ghana, and we look forward to a large Kenyan delegation '
            'at the trade fair in Kumasi in February," the envoy said.')
    assert _events(body) == [("2026-02", "Kumasi", ["Ghana", "Kenya"])]


def test_a_month_of_a_delegation_that_took_part_lies_behind() -> None:
    body = "A large Kenyan delegation took part in the trade fair in Kumasi in February, the envoy said."
    assert [(date, place) for date, place, _ in _events(body)] == [("2025-02", "Kumasi")]


def test_the_following_day_is_the_day_after_the_one_told_before() -> None:
    body = ("On 4 March, the Kenyan and Ghanaian trade ministers met in Accra. The following day, the "
            "delegation took part in a Kenya-Ghana business forum in Kumasi.")
    assert [(date, place) for date, place, _ in _events(body)] == [("2025-03-04", "Accra"), ("2025-03-05", "Kumasi")]


def test_the_day_after_an_election_is_no_day_told_before() -> None:
    body = ("On 4 March, the Kenyan and Ghanaian trade ministers met in Accra. Ghana's president visited "
            "Kenya the day after the election.")
    assert "2025-03-05" not in [date for date, _, _ in _events(body)]


def test_a_plans_year_and_a_standings_year_are_no_happenings() -> None:
    assert _events("The visit marks a shift in Kenyan diplomacy, in line with the goals of Kenya Vision 2030.") == []
    assert _events("The minister noted that Ghana remained Kenya's largest trading partner in West Africa in 2021.") \
        == []


def test_a_visit_in_a_year_is_still_a_happening() -> None:
    assert [date for date, _, _ in _events("Ghana's president visited Kenya in 2021.")] == ["2021"]


def test_a_listed_fair_is_dated_by_its_days() -> None:
    body = "- Kenya Trade Expo 2024, Mombasa, 17–21 June 2024 — a Ghanaian pavilion of 30 firms is planned."
    assert [date for date, _, _ in _events(body)] == ["2024-06-17"]
