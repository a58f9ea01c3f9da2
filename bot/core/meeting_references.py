"""Phrases that point back to a meeting or visit told earlier in the article (`During the JMC,`, `At the meeting,`,
`There,`, `also signed`): one vocabulary and one classifier, so that agreements and events read such a phrase alike
and one place decides what kind of earlier happening it points back to. Finding that happening in the sentences
before stays with its reader (agreements.py), which needs that module's readers of towns and dates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# The kinds of back-reference, each named for its phrase.
Kind = Literal["during", "sidelines", "at-the-meeting", "within-the-visit", "there", "leaders-met", "also-signed"]

# A sentence opening with the place of the visit told before: `There, the two governments signed ...` (during it).
THERE_OPENING = "There, "
# `On the sidelines,` with nothing after it points back as `There,` does: to the meeting the sentences before told of.
SIDELINES_OPENINGS = ("On the sidelines, ", "On the margins, ")
# `At the meeting,` and `Following the talks,` with nothing after them point back to the meeting or talks told before:
# what they open was signed on its day, in its town.
# So do their close (`At the end of the proceedings,`, `At the close of the session,`).
MEETING_OPENINGS = ("At the meeting, ", "At the talks, ", "Following the talks, ", "After the talks, ",
                    "Following the meeting, ", "After the meeting, ", "At the end of the proceedings, ",
                    "At the end of the meeting, ", "At the end of the talks, ", "At the end of the session, ",
                    "At the close of the proceedings, ", "At the close of the meeting, ", "At the close of the talks, ",
                    "At the close of the session, ")
# Openings that name again the leaders (or ministers) the sentence before told of: `The two leaders signed ...`, `The
# two ministers signed ...`.
LEADERS_OPENINGS = ("The two leaders ", "The leaders ", "Both leaders ", "The two presidents ", "The two Presidents ",
                    "The two ministers ", "Both ministers ", "The two Ministers ")
# `during that visit` points back as `during the visit` does: to the visit the sentences before told of.
# So does `during the session`, `during the summit`, and a meeting by its acronym told before (`During the JMC, the two
# sides signed ...` after `the Joint Ministerial Commission (JMC), held in Riyadh last month`), and `On the sidelines of
# the visit`; `during the same visit` too.
DURING_THAT = re.compile(r"\b(?:[Dd]uring|[Oo]n\s+the\s+(?:sidelines|margins?)\s+of)\s+(?:the|that|this)\s+(?:same\s+)?"
                         r"(?:(?P<what>visit|meeting|trip|talks|session|summit)\b"
                         r"(?!\s+(?:to|of|in|with|at)\b)|(?P<acronym>[A-Z]{2,7})(?=\s*[,;]))")
# Parts of DURING_THAT's words, one of which each of its matches has: tested first, as most sentences have none.
DURING_THAT_PARTS = ("uring th", "sidelines of th", "margins of th")
# A sentence opening with a happening's setting in the visit told before, with no date of its own (`Within the
# framework of the visit, the minister also met X`, `During the visit, ...`): the visit's date, at its precision.
WITHIN_THE_VISIT = re.compile(r"^(?:Within|In|As\s+part\s+of|During|In\s+the\s+course\s+of|"
                              r"On\s+the\s+sidelines\s+of)(?:\s+the\s+framework\s+of)?\s+(?:the|this|his|her|their)\s+"
                              r"(?:\w+\s+)?(?:visit|trip)\s*,")
# The first letters of WITHIN_THE_VISIT's openings: a cheap test before the pattern.
WITHIN_THE_VISIT_OPENINGS = frozenset({"Wi", "In", "As", "Du", "On"})
# A signing that goes on from the one told before, right before an instrument: `The two governments also signed an
# agreement on X`.
ALSO_SIGNED = re.compile(r"\balso\s+(?:signed|inked|sealed|exchanged)\s+(?:[\w’'-]+\s+){0,6}$")
# How far before an instrument ALSO_SIGNED is looked for.
ALSO_SIGNED_REACH = 80


@dataclass(frozen=True, slots=True)
class BackReference:
    """One phrase of a sentence pointing back: its kind, the words that name the meeting it points back to when it
    names one (`(JMC)`, `session`), and whether it is of the sidelines (of the talks being told, not of one long
    before)."""
    kind: Kind
    cue: str | None = None
    sidelines: bool = False


# The references of the openings that carry nothing more than their kind, made once.
THERE = BackReference("there")
BARE_SIDELINES = BackReference("sidelines", sidelines=True)
AT_THE_MEETING = BackReference("at-the-meeting")
LEADERS_MET = BackReference("leaders-met")
IN_THE_VISIT = BackReference("within-the-visit")
ALSO = BackReference("also-signed")


def back_references(sentence: str, instrument_at: int | None = None) -> tuple[BackReference, ...]:
    """The phrases of the sentence that point back to a meeting or visit told before: its opening's (`At the meeting,`,
    `On the sidelines,`, `There,`, `The two leaders`, `Within the framework of the visit,`) first, then a `during
    the ...` anywhere in it, then, with the start of an instrument, an `also signed` right before it. A sentence may
    have more than one (`During the visit,` opens it and is a `during the ...`): each reader takes the kinds it
    resolves."""
    found: list[BackReference] = []
    opening = _opening(sentence)
    if opening is not None:
        found.append(opening)
    during = DURING_THAT.search(sentence) if any(part in sentence for part in DURING_THAT_PARTS) else None
    if during is not None:
        found.append(BackReference("during", _meeting_cue(during), during.group(0)[0] in "Oo"))
    if instrument_at is not None and ALSO_SIGNED.search(sentence, max(0, instrument_at - ALSO_SIGNED_REACH),
                                                        instrument_at):
        found.append(ALSO)
    return tuple(found)


def _opening(sentence: str) -> BackReference | None:
    """The back-reference the sentence opens with, if any: the openings begin differently, so at most one fits."""
    if sentence.startswith(MEETING_OPENINGS):
        return AT_THE_MEETING
    if sentence.startswith(SIDELINES_OPENINGS):
        return BARE_SIDELINES
    if sentence.startswith(THERE_OPENING):
        return THERE
    if sentence.startswith(LEADERS_OPENINGS):
        return LEADERS_MET
    if sentence[:2] in WITHIN_THE_VISIT_OPENINGS and WITHIN_THE_VISIT.match(sentence):
        return IN_THE_VISIT
    return None


def _meeting_cue(during: re.Match[str]) -> str | None:
    """What names the meeting `during the ...` points back to, when it is not a visit or meeting in general: the
    acronym as defined (`(JMC)`), or the word `session` or `summit`; the visit or meeting `On the sidelines of the ...`
    names (not a commission that `last met in X`)."""
    if during.group(0)[0] in "Oo" and during.group("what"):  # `On the sidelines of the meeting`: that one
        return during.group("what").lower()
    if during.group("acronym"):
        return f"({during.group('acronym')})"
    return during.group("what").lower() if during.group("what").lower() in {"session", "summit"} else None


def of_kind(references: tuple[BackReference, ...], kind: Kind) -> BackReference | None:
    """The reference of that kind among those a sentence has, if any."""
    return next((reference for reference in references if reference.kind == kind), None)
