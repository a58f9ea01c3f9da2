"""The classifier of phrases pointing back to a meeting or visit told earlier (bot.core.meeting_references)."""
from __future__ import annotations

import pytest

from bot.core.meeting_references import BackReference, back_references, of_kind


def kinds(sentence: str, instrument_at: int | None = None) -> list[str]:
    return [reference.kind for reference in back_references(sentence, instrument_at)]


@pytest.mark.parametrize("sentence, kind", [
    ("At the talks, Chile and Peru signed a mining accord.", "at-the-meeting"),
    ("Following the meeting, Kenya and Uganda inked a transport deal.", "at-the-meeting"),
    ("On the margins, Vietnam and Laos agreed on a power line.", "sidelines"),
    ("There, the Ghanaian and Ivorian ministers signed a cocoa pact.", "there"),
    ("Both leaders also exchanged notes on border demarcation.", "leaders-met"),
    ("The two Presidents witnessed the signing of four MoUs.", "leaders-met"),
    ("As part of the working visit, the minister toured a port in Gdansk.", "within-the-visit"),
    ("In the course of her trip, she met Estonian business leaders.", "within-the-visit"),
])
def test_an_opening_points_back(sentence: str, kind: str) -> None:
    assert kinds(sentence) == [kind]


@pytest.mark.parametrize("sentence", [
    "At the meeting's end, no deal was announced.",  # not `At the meeting,` with nothing after it
    "On the sidelines of trade, little moved.",  # not the bare `On the sidelines,`
    "Therefore, Brazil and Angola signed nothing.",  # not `There,`
    "The two leaders' aides met in Lima.",  # the leaders' aides are no `The two leaders ` doing
    "In the visit's first hour, Oman and Qatar talked energy.",  # no comma right after the visit
    "In Warsaw, the minister met Polish officials.",  # a place, no visit
])
def test_a_near_opening_points_nowhere(sentence: str) -> None:
    assert back_references(sentence) == ()


@pytest.mark.parametrize("sentence, cue, sidelines", [
    ("Mexico and Canada signed two accords during that visit.", None, False),
    ("During the session, Egypt and Jordan renewed a gas deal.", "session", False),
    ("During the JMC, Saudi Arabia and Pakistan signed an MoU.", "(JMC)", False),
    ("Norway and Iceland signed it on the sidelines of the summit.", "summit", True),
    ("On the margins of this meeting, Fiji and Samoa agreed on fisheries.", "meeting", True),
])
def test_a_during_phrase_points_back_with_its_cue(sentence: str, cue: str | None, sidelines: bool) -> None:
    assert of_kind(back_references(sentence), "during") == BackReference("during", cue, sidelines)


@pytest.mark.parametrize("sentence", [
    "During the visit to Hanoi, Cambodia signed a deal.",  # a visit named afresh by where it went
    "During his meeting with Lula, Macron signed an accord.",  # `his`, not `the`/`that`/`this`
    "During the JMC meeting in Riyadh, they signed an MoU.",  # an acronym naming something else
    "Thailand and Malaysia signed the deal during a visit.",  # `a visit` is a new one
])
def test_a_near_during_phrase_is_no_back_reference(sentence: str) -> None:
    assert of_kind(back_references(sentence), "during") is None


def test_an_opening_and_a_during_phrase_are_both_told() -> None:
    # `During the visit,` opens the sentence and is a `during the ...`: each reader takes its own kind
    assert kinds("During the visit, Serbia and Hungary signed an energy MoU.") == ["within-the-visit", "during"]
    assert kinds("At the meeting, held during the summit, Peru and Bolivia signed a pact.") == ["at-the-meeting",
                                                                                                 "during"]


def test_also_signed_right_before_an_instrument() -> None:
    sentence = "The two governments also signed an agreement on fisheries."
    assert kinds(sentence, sentence.index("agreement")) == ["also-signed"]
    assert kinds(sentence) == []  # without an instrument's start it is not looked for


def test_also_signed_too_far_before_or_after_an_instrument_is_not_one() -> None:
    far = "Chile also signed, in a ceremony held at the presidential palace before hundreds of guests and the press " \
          "on a warm afternoon, a treaty."
    assert kinds(far, far.index("treaty")) == []  # more than six words between
    after = "A water treaty was signed, and Chile also signed an MoU."
    assert kinds(after, after.index("treaty")) == []  # the `also signed` comes after the instrument
    verb = "Uruguay and Paraguay also discussed a customs agreement."
    assert kinds(verb, verb.index("agreement")) == []  # not a verb of signing
