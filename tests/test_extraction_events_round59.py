"""Events, round 59: a `which` clause going on from a thing another pair's compound names (`the stalled Peru-EU
talks, which were suspended in 2016`) is no happening of the article's pair; the sentence after a signing naming who
signed (`The MoU was signed by X and Y`) gives the signing its doers; a place after `planned for`/`scheduled for`
(`whose first session is scheduled for Nairobi in May`) is the happening's."""
from __future__ import annotations

from extraction_support import written


def _events(body: str, pair: tuple[str, str], lede: str) -> list:
    return [e for e in written(body, pair, lede).events if e.date != "2025-03-10"]


def test_another_pairs_talks_suspended_are_no_happening() -> None:
    body = "Both sides also touched on the stalled Peru-EU trade agreement talks, which were suspended in 2016."
    assert _events(body, ("Peru", "Italy"), "Peru and Italy held talks.") == []


def test_the_pairs_own_talks_suspended_stay_a_happening() -> None:
    body = "Both sides also touched on the stalled Peru-Italy investment treaty talks, which were suspended in 2016."
    assert [e.date for e in _events(body, ("Peru", "Italy"), "Peru and Italy held talks.")] == ["2016"]


def test_the_signers_told_next_are_the_signings_doers() -> None:
    lede = "Kenya and Japan held talks."
    body = ("Kenya's export agency KenInvest and the Japan International Cooperation Agency signed a memorandum of "
            "understanding on Monday to promote investment in geothermal power. The memorandum was signed in a "
            "ceremony by KenInvest chief executive Mary Wambui and JICA president Akihiko Tanaka.")
    events = written(body, ("Kenya", "Japan"), lede).events
    signing = [e for e in events if "memorandum" in e.what or "memorandum" in e.quote]
    assert signing and {"Mary Wambui", "Akihiko Tanaka"} <= set(signing[0].actors)


def test_signers_told_after_a_dated_sentence_are_not_taken() -> None:
    lede = "Kenya and Japan held talks."
    body = ("KenInvest and the Japan International Cooperation Agency signed a memorandum of understanding on Monday "
            "on geothermal power. On Tuesday, the earlier accord was reviewed. The memorandum was signed by KenInvest "
            "chief executive Mary Wambui.")
    events = written(body, ("Kenya", "Japan"), lede).events
    signing = [e for e in events if "signed a memorandum" in e.quote]
    assert signing and "Mary Wambui" not in signing[0].actors


def test_a_place_planned_for_is_the_happenings() -> None:
    body = ("The two sides agreed to set up a Kenya-Qatar Joint Commission, whose first session is scheduled for "
            "Nairobi in October 2025.")
    events = _events(body, ("Kenya", "Qatar"), "Kenya and Qatar held talks.")
    assert [(e.date, e.place) for e in events] == [("2025-10", "Nairobi")]


def test_a_day_planned_for_is_no_place() -> None:
    body = "The first session of the Kenya-Qatar Joint Commission is scheduled for Monday, March 17, in Doha."
    events = _events(body, ("Kenya", "Qatar"), "Kenya and Qatar held talks.")
    assert [e.place for e in events] == ["Doha"]
