"""Councils whose founding was mixed up with their meetings: a body in being dated and placed by a meeting (`which last
met in Windhoek in November 2019`, `will hold its next session in New Delhi`), by another body's founding (`the
Commission, which was set up in 2017, into the Council of Ministers`, `when they agreed to set up a business council`)
or left undated when a later sentence names it again with its founding (`The committee, which was established in
1998`); a body upgraded into another, and two bodies told apart by their names."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, written


def _councils(facts: ArticleFacts) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.status, a.date, a.place) for a in facts.agreements if a.kind == "council"}


def test_a_meeting_of_a_body_in_being_is_not_its_founding() -> None:
    councils = _councils(article("r12_councils_1_egyptindependent.txt"))
    assert councils["Jordanian-Egyptian Joint Trade Committee"] == ("established", None, None)
    councils = _councils(article("r11_html_1_neweralive.html"))
    assert councils["Joint Commission of Cooperation"] == ("established", None, None)
    facts = written("The Kenya-Uganda Joint Permanent Commission, which last met in Kampala in March 2021, will "
                    "convene in Nairobi in July.", pair=("Kenya", "Uganda"), lede="Kenya and Uganda held talks.")
    assert _councils(facts) == {"Kenya-Uganda Joint Permanent Commission": ("established", None, None)}
    facts = written("Officials co-chaired the 12th session of the Indonesia-Vietnam Joint Commission in Hanoi on "
                    "Monday, where they signed two agreements on fisheries and tourism.")
    assert _councils(facts)["Indonesia-Vietnam Joint Commission"] == ("established", None, None)


def test_a_body_founded_is_not_placed_where_it_will_meet_next() -> None:
    councils = _councils(article("r11_agreements_1_armenpress.txt"))
    assert councils["Intergovernmental Commission on Trade"] == ("established", "1995", None)
    facts = written("The Joint Economic Commission, set up in 2008, will hold its next session in Hanoi in June.")
    assert _councils(facts) == {"Joint Economic Commission": ("established", "2008", None)}


def test_a_body_known_by_a_later_meeting_takes_the_founding_told_after() -> None:
    """A first meeting is a founding (`the first-ever meeting of X`); a later one is not."""
    assert _councils(article("r11_html_4_asharqalawsat.html"))["Saudi-Iraqi Coordination Council"] \
        == ("established", "2017-10", "Riyadh")
    councils = _councils(article("r12_councils_1_egyptindependent.txt"))
    assert councils["Egyptian-Jordanian Higher Joint Committee"] == ("established", "1998", None)
    facts = written("The leaders chaired the first-ever meeting of the Indonesia-Vietnam Strategic Council in Jakarta on "
                    "Monday.")
    assert _councils(facts) == {"Indonesia-Vietnam Strategic Council": ("established", "2025-03-10", "Jakarta")}
    facts = written("Ministers held the third meeting of the Indonesia-Vietnam Joint Trade Committee in Jakarta on "
                    "Tuesday. The committee was set up in 2012 to remove barriers to trade.")
    assert _councils(facts)["Indonesia-Vietnam Joint Trade Committee"] == ("established", "2012", None)


def test_the_founding_of_another_body_does_not_date_this_one() -> None:
    councils = _councils(article("r12_councils_2_asiaplus.txt"))
    assert councils["Intergovernmental Commission on Trade and Economic Cooperation"][1] == "2017"
    assert councils["Council of Prime Ministers"][1] is None
    assert _councils(article("r9_events_3_timesofoman.txt"))["joint commission"][1] is None
    facts = written("The second session of the Joint Commission was held in Hanoi last November, when the two "
                    "countries agreed to set up a joint business council.")
    councils = _councils(facts)
    assert councils["Joint Commission"][1] is None and councils["joint business council"][0] == "planned"


def test_a_body_upgraded_into_another_is_two_bodies() -> None:
    councils = _councils(article("r12_councils_3_citinewsroom.txt"))
    # dated and placed by `The PJCC was first inaugurated in Abidjan in February 2015`, not by its later meetings
    assert councils["Permanent Joint Commission for Cooperation"] == ("established", "2015-02", "Abidjan")
    assert councils["Strategic Partnership Council"][0] == "established"
    # not made a body in being by `The fifth session of the joint commission`
    assert councils["Joint Border Commission"][0] == "planned"
    facts = written("The two countries have elevated their Joint Committee on Economic Cooperation into a Joint "
                    "Ministerial Council, officials said.")
    assert set(_councils(facts)) == {"Joint Committee on Economic Cooperation", "Joint Ministerial Council"}
    facts = written("The leaders agreed to upgrade the Joint Commission into a High-Level Cooperation Council.")
    assert _councils(facts)["High-Level Cooperation Council"][0] == "planned"


def test_a_body_to_be_set_up_is_not_placed_where_something_else_is_held() -> None:
    facts = written("The ministers agreed to form joint committees to follow up on the agreements, and to hold an "
                    "investment forum in Bali next year.")
    assert _councils(facts) == {"joint committees": ("planned", None, None)}
