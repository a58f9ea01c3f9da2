"""The fast paths in events.py and agreements.py find exactly what the full patterns they guard would find."""
from __future__ import annotations

import re
from re import _constants as sre, _parser  # type: ignore[attr-defined]

import pytest

from bot.core import agreements, events

GUARD = re.compile(r"\(\?=\[(?P<letters>[^\]]+)\]\)")
INSTRUMENT = {kind: pattern for kind, pattern, _ in agreements.INSTRUMENTS}
GUARDED = [events.TRIGGERS, events.PLACE, events.STRONG_TRIGGERS, events.STATEMENT, events.CLAUSE_CUT,
           agreements.SIGNED, agreements.PLANNED, agreements.IN_FORCE, agreements.ESTABLISHED,
           *(INSTRUMENT[kind] for kind in ("declaration", "contract", "council", "agreement"))]


def _first(items: list[tuple[object, object]]) -> tuple[set[object], bool]:
    """What a parsed pattern can begin with (characters, or a category such as `\\d`), and whether it can match
    nothing."""
    found: set[object] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width: the next item begins the match
            continue
        if op is sre.LITERAL:
            return found | {chr(av)}, False  # type: ignore[arg-type]
        if op is sre.IN:
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is sre.LITERAL:
                    found.add(chr(value))
                elif kind is sre.RANGE:
                    found.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is sre.CATEGORY:
                    found.add(value)
                else:
                    raise AssertionError(f"unsupported set item {kind}")
            return found, False
        if op is sre.SUBPATTERN:
            first, empty = _first(list(av[-1]))  # type: ignore[index]
        elif op is sre.BRANCH:
            parts = [_first(list(branch)) for branch in av[1]]  # type: ignore[index]
            first, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, body = av  # type: ignore[misc]
            first, empty = _first(list(body))
            empty = empty or low == 0
        else:
            raise AssertionError(f"unsupported op {op}")
        found |= first
        if not empty:
            return found, False
    return found, True


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda p: p.pattern[:30])
def test_guard_admits_every_first_letter(pattern: re.Pattern[str]) -> None:
    guard = GUARD.search(pattern.pattern)
    assert guard is not None
    full = pattern.pattern[:guard.start()] + pattern.pattern[guard.end():]
    first, empty = _first(list(_parser.parse(full, pattern.flags)))
    assert not empty
    letters = re.compile(f"[{guard.group('letters')}]", pattern.flags)
    categories = [value for kind, value in _parser.parse(letters.pattern, pattern.flags)[0][1] if kind is sre.CATEGORY]
    for char in first:
        assert char in categories if not isinstance(char, str) else letters.match(char), char


SENTENCES = [
    "The Joint Economic Commission met in Ankara, and the high-level strategic council will meet.",
    "They agreed to set up a bilateral cooperation meeting mechanism and a joint committee on trade.",
    "The Council of Ministers and the Dialogue Partners held a meeting with the Commission.",
    "The meeting of officials ended without a Committee; a High Level Council was proposed.",
    "UPM and Ankara University signed an MoU, while MIDA and KOSGEB inked an agreement and exchanged notes.",
    "Universiti Putra Malaysia (UPM) and Türkiye's Ankara University signed a memorandum of understanding.",
    "At the 5th meeting of the council, the two sides discussed the joint action plan.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_council_prefilter_keeps_every_council(sentence: str) -> None:
    council = INSTRUMENT["council"]
    if council.search(sentence):
        assert agreements._may_name_council(sentence)
    for end in range(len(sentence) + 1):
        if council.search(sentence[:end]):
            assert agreements._may_name_council(sentence[:end])


@pytest.mark.parametrize("sentence", SENTENCES)
def test_signing_bodies_need_a_verb_of_signing(sentence: str) -> None:
    for end in range(len(sentence) + 1):
        head = sentence[:end]
        if agreements.SIGNING_BODIES.search(head):
            assert "signed" in head or "inked" in head or "exchanged" in head
