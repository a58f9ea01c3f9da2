"""The fast paths in people.py find exactly what the full scans they replace would find."""
from __future__ import annotations

import re

import pytest

from bot.core import people
from bot.core.article_context import ArticleContext
from bot.core.countries import country_names
from bot.core.facts import Person
from bot.core.sentences import word_set

SENTENCES = [
    "Prime Minister Datuk Seri Anwar Ibrahim said the visit elevated ties.",
    "Institute of Strategic and International Studies (ISIS) Malaysia chairman Datuk Prof Dr Farid Celik said so.",
    "ASELSAN CEO and President Ahmet Akyol met Investment, Trade and Industry Minister Tengku Zafrul Aziz.",
    "Ibrahim,Malaysian Minister Ali Baba and Ibrahim,Deputy Minister Abu Bakar spoke ahead of Head Omar Said.",
    "The MİNİSTER Ali Baba, the mınıster Abu Bakar and the preſident Siti Aisyah arrived with ViCEO Kemal Kaya.",
    "Tun Tan Sri Datuk Seri Dr Haji Datuk Prof Sheikh Ali bin Abu bin Bakar al Omar said the deal was signed.",
    "xDr Ali Baba said it, said Dr Farid Celik, noted Hakan Demir, and the unsaid Selin Yilmaz saidx Amir Rahman.",
    "(Dr Elif Kaya added:\tthe\u00a0Minister Murat Aydin told reporters, Kingston Head Burak Sahin said.",
    "Going ahead Ali Baba said, the \u212aING Abu Bakar and Rear Admiral (Rtd) Datuk Sabri Yusof  told the chaırman",
    "Overseas\u00a0President Siti Aisyah, Kemal Kaya said; nontrade minister Ali Baba noted, he said Omar Said added.",
]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_titles_found_as_by_a_full_scan(sentence: str) -> None:
    assert _spans(people._titled_by_space(sentence, people._title_starts(sentence))) == _spans(people.TITLED.finditer(sentence))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sayings_found_as_by_a_full_scan(sentence: str) -> None:
    verbs = word_set(sentence) & people.SAID_CUES
    assert _spans(people.sayings(sentence, verbs)) == _spans(people.SAID.finditer(sentence))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_title_starts_found_as_by_a_full_scan(sentence: str) -> None:
    folded = people._folded(sentence)
    full = {at for word in people.TITLE_FIRST_WORDS for at in range(len(folded))
            if folded.startswith(word, at) and people._TITLE_AT.match(sentence, at)}
    assert sorted(people._title_starts(sentence)) == sorted(full)


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a pattern, not splitting inside its groups."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
    return parts + [alternation[start:]]


def test_every_title_begins_with_a_listed_first_word() -> None:
    for title in _top_level(people.TITLE_WORDS) + _top_level(people.ANY_CASE_TITLES):
        first = re.match(r"[A-Za-z]+", title).group().lower()  # type: ignore[union-attr]
        assert any(first.startswith(word) for word in people.TITLE_FIRST_WORDS), title


def test_honorifics_start_with_a_capital() -> None:
    assert all(people._NAME_START.match(honorific) for honorific in people.HONORIFICS)


def _person(name: str, *aliases: str) -> Person:
    return Person(name=name, role=None, aliases=list(aliases))


def test_mentions_take_the_longest_form_and_skip_what_it_covers() -> None:
    anwar = _person("Anwar Ibrahim", "Anwar")
    ibrahim = _person("Ibrahim Ali")
    both = [anwar, ibrahim]
    assert people.mentioned_people("Anwar Ibrahim Ali spoke.", both) == [anwar]
    assert people.mentioned_people("Then Ibrahim Ali and Anwar’s aide spoke.", both) == [ibrahim, anwar]
    assert people.mentioned_people("MrAnwar and Anwars spoke; anwar did not.", both) == []
    assert people.mentioned_people("Anwar, Ibrahim — and Ibrahim Ali.", both) == [anwar, ibrahim]


def _context(*sentences: str, pair: tuple[str, str]) -> ArticleContext:
    return ArticleContext(id="t", sentences=list(sentences), published=None, dateline_place=None, title=None,
                          source=None, pair=pair, countries=country_names())


@pytest.mark.parametrize("pair", [("Malaysia", "Türkiye"), ("Japan", "Vietnam")])
def test_a_name_with_a_word_of_the_pair_is_no_person_for_any_pair(pair: tuple[str, str]) -> None:
    context = _context(f"Trade Minister Ali {pair[0]} said talks went well.", f"Minister Abu {pair[1]} met Siti Aziz.",
                       "Foreign Minister Kemal Kaya said so.", pair=pair)
    assert [p.name for p in people.find_people(context)] == ["Kemal Kaya"]


def test_another_countrys_name_can_be_part_of_a_persons_name() -> None:
    context = _context("Foreign Minister Israel Katz met Malaysia's envoy.", "Katz said Türkiye was invited.",
                       pair=("Malaysia", "Türkiye"))
    assert [p.name for p in people.find_people(context)] == ["Israel Katz"]
