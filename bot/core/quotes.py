"""Quotes and their speakers: quoted words, and who said them by name, pronoun or role."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.article_context import ArticleContext
from bot.core.case_blind import lowers_like_re_i
from bot.core.countries import CountryNames
from bot.core.facts import Person, Quote
from bot.core.people import PRONOUNS, SAID_CUES, SAID_VERBS, forms_of, named_in
from bot.core.sentences import word_set

_SAID_VERB = re.compile(rf"\b(?:{SAID_VERBS}|saying)\b")
# Words of a passage whose subject a later `he said` may mean: a verb of saying, or `saying` after another verb
# (`X welcomed the upgrade, saying ...`).
SPEAKER_CUES = SAID_CUES | {"saying"}
# How far before or after its verb of saying a speaker's name may be (`X, the trade minister, said`).
SPEAKER_REACH = 60
# (`was quoted`: an agency's report of what was said, `he was quoted as saying by SPA`.)
PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|noted|told|was\s+quoted)\b"
                          r"|\b(?:said|added)\s+(?:he|she)\b", re.I)
# The same in a text in lower case, each alternative opening with its word, which the regex engine skips ahead to
# (not with a word boundary in any case, tried everywhere): the boundary before it is a look back.
_PRONOUN_SAID_LOWER = re.compile(r"he(?<!\whe)\s+(?:said|says|added|noted|told|was\s+quoted)\b"
                                 r"|she(?<!\wshe)\s+(?:said|says|added|noted|told|was\s+quoted)\b"
                                 r"|said(?<!\wsaid)\s+(?:he|she)\b|added(?<!\wadded)\s+(?:he|she)\b")
# `the prime minister said`, `said the minister`: a speaker named by a role already given.
SPOKEN_TITLES = ("minister", "president", "premier", "ambassador", "secretary", "chairman", "chairwoman", "governor",
                 "envoy", "spokesman", "spokeswoman", "spokesperson", "emir", "king", "prince", "leader",
                 "head of state", "head of government")
# What a role written as a title says differently: `the premier` is the prime minister, `the leader` a head of
# state or government.
TITLE_OFFICES = {"premier": ("prime minister", "premier"),
                 "leader": ("president", "prime minister", "premier", "king", "emir", "sultan", "chancellor")}
# The offices a state agency's `the head of state said` means (`President of Turkmenistan X`, earlier named).
HEAD_OFFICES = {"head of state": ("president", "king", "emir", "sultan", "queen"),
                "head of government": ("prime minister", "premier", "chancellor")}
# A nationality may come first: `the Malaysian minister said`, `the Uzbek leader said`.
_SPOKEN_TITLE = rf"(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(SPOKEN_TITLES)})"
# Words of an agency's report of what was said, after the speaker as a verb of saying is: `the crown prince was quoted
# as saying by SPA`.
QUOTED_AS_SAYING = r"(?:was|were)\s+quoted\s+(?:by\s+[\w\s]{2,40}?\s+)?as\s+saying"
ROLE_SAID = re.compile(rf"\b[Tt]he\s+(?P<title>{_SPOKEN_TITLE})\s+(?:said|says|added|told|noted|{QUOTED_AS_SAYING})\b"
                       rf"|\b(?:said|added)\s+the\s+(?P<title2>{_SPOKEN_TITLE})\b")
# Greedy, which the regex engine runs faster than a lazy run; `_quotation` takes off the comma or full stop before
# the closing mark. Short quoted words are found too, so that marks pair up right (`the "Look East" policy`), but
# only those a paraphrase gives as someone's words are kept (`DESCRIBED_AS`).
QUOTED = re.compile(r"[“\"]([^“”\"]{2,})[”\"]")
QUOTED_MIN = 12
# A quotation in single marks, as British papers write them: `'This partnership is a landmark,' Badenoch said.`
# An apostrophe inside a word (`Nigeria's`, `don't`) does not close it.
QUOTED_SINGLE = re.compile(r"(?:^|(?<=[\s(—–]))[‘']((?:[^'‘’\n]|(?<=\w)['’](?=\w)){2,}?)['’](?=[\s,.;:)!?—–]|$)")
# The fewest words of a quotation said in full; fewer are a phrase quoted for another reason (`the "Look East"
# policy`) unless a paraphrase gives them as what its speaker called something.
QUOTE_WORDS_MIN = 4
# A paraphrase quoting a speaker's words for something: `described ties as "excellent"`, `hailed the deal as 'a
# milestone'`, right before the quotation.
DESCRIBED_AS = re.compile(r"\b(?:describ(?:ed|es|ing)|hail(?:ed|s|ing)|term(?:ed|s|ing)|characteri[sz](?:ed|es|ing)|"
                          r"label(?:l?ed|l?ing|s))\s+(?:[^.;:\"“”]{1,60}?\s)?as\s+\Z")
# The fewest words of a quotation inside reported speech (`said the two countries would "work hand in hand" on
# defence`): fewer are words a paraphrase borrows, not the speaker's statement (`stressed that Malaysia must "break
# away from the conventional procurement mindset"` is one).
FRAGMENT_WORDS_MIN = 6
# The words before a quotation that opens what is said: a verb of saying (`said: "`, `added that "`, `told reporters
# "`).
OPENS_SAYING = re.compile(rf"\b(?:(?:{SAID_VERBS}|saying|stated|declared|announced|wrote)(?:\s+that)?|"
                          r"told\s+[\w-]+(?:\s+that)?)[\s:,]*\Z")
# How far before a quotation its paraphrase's verb may be.
DESCRIBED_REACH = 90
# What is left of a sentence that is only a quotation, once the quotation is taken out.
QUOTE_MARKS_AND_STOPS = " \"“”'‘’,.:;-—"
# The most words between the two parts of a quotation broken by its attribution (`, said the prime minister,`).
ATTRIBUTION_WORDS_MAX = 8
# The share of long words capitalised that makes quoted words a title.
TITLE_CAPITALS = 0.8
# How far into a passage the colon after a speaker's name may be, in an interview's transcript.
SPEAKER_LABEL_MAX = 50
# The longest label of a speaker in an interview's transcript (`Q`, `Kazinform`, `Alexandre Parola`).
LABEL_MAX = 30
# The capitalised words a passage opens with, where its subject is named (`Mr. Faye`, `Tettamanti`).
_OPENING_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*")
# A quotation runs across three sentences at most: an opening quote never closed takes no more.
QUOTE_SENTENCES_MAX = 3


def find_quotes(context: ArticleContext, people: list[Person]) -> list[Quote]:
    """Quoted words with their speaker: the person named in the sentence, the last one who spoke (else the last
    one named) for `he said`, the last one named with the role of `the minister said`, or the speaker of the
    quote just before for a sentence that is only a quote."""
    quotes: list[Quote] = []
    previous: Person | None = None
    forms = forms_of(people)
    named_before = _NamedBefore(forms)
    last_speaker = _LastSpeaker(people, forms)
    labels = {form: person for person in people for form in (person.name, *person.aliases)}
    passages = _passages(context.sentences)
    prior = ""  # the passage before
    for index, (passage, has_mark) in enumerate(passages):
        following = passages[index + 1][0] if index + 1 < len(passages) else ""
        answer = _answer(passage, following, labels) if ": " in passage else None
        speaker_here = answer[0] if answer else None
        if answer:
            quotes.append(Quote(speaker=answer[0].name, text=answer[1]))
        matches = _quotations(passage, has_mark)
        for text, outside, before in _quoted(passage, matches) if matches else ():
            words = len(text.split())
            if words < FRAGMENT_WORDS_MIN and not _said_in_full(text, words, before):
                continue
            pronoun = _pronoun_said(outside)
            speakers = named_in(_before_pronoun(outside, pronoun), forms)
            speaker = people[speakers[0]] if speakers else _unnamed_speaker(
                outside, pronoun >= 0, people, forms, named_before, previous, last_speaker, context.countries, prior)
            if speaker and not _is_title(text):
                quotes.append(Quote(speaker=speaker.name, text=text))
                speaker_here = speaker
        previous = speaker_here
        if speaker_here:
            last_speaker.spoke(speaker_here)
        elif not word_set(passage).isdisjoint(SPEAKER_CUES):
            last_speaker.passages.append(passage)
        named_before.passages.append(passage)
        prior = passage
    return quotes


def _said_in_full(text: str, words: int, before: str) -> bool:
    """Short quoted words that are the speaker's own statement: enough words not set in a paraphrase's clause (`said
    ties would "work hand in hand" on defence` is not: it opens in lower case right after a word not of saying), or
    what a paraphrase gives as what its speaker called something (`described ties as "excellent"`)."""
    if DESCRIBED_AS.search(before[-DESCRIBED_REACH:]):
        return True
    if words < QUOTE_WORDS_MIN:
        return False
    lead = before.rstrip()
    return not (text[:1].islower() and lead[-1:].isalnum() and OPENS_SAYING.search(lead[-40:]) is None)


def _answer(passage: str, following: str, labels: dict[str, Person]) -> tuple[Person, str] | None:
    """Who answers in an interview written as a transcript, and what: the passage opens with a form of their name
    and a colon (`Alexandre Parola: I would say ...`). (Not a dateline, `Doha: ...`, nor a question's `Kazinform:
    ...`, which name no one found.) A short answer (`Parola: Yes.`) goes on into the `following` passage, unless
    that is the next question or answer, which leaves it whole."""
    colon = passage.find(": ", 0, SPEAKER_LABEL_MAX)
    person = labels.get(passage[:colon]) if colon > 0 else None
    if person is None:
        return None
    text = passage[colon + 2:].strip()
    if len(text.split()) < QUOTE_WORDS_MIN and following and not _is_turn(following):
        text = f"{text} {following}"
    text = text.removesuffix(".")
    return (person, text) if text else None


def _is_turn(passage: str) -> bool:
    """A passage that is an interview's next turn: a question, or one opening with a speaker's label."""
    return passage.rstrip().endswith("?") or 0 < passage.find(": ", 0, SPEAKER_LABEL_MAX) < LABEL_MAX


class _NamedBefore:
    """Who each passage before naming anyone named, in order. Read only when a quote's speaker is unnamed and asks
    for it, which few do: the passages are read then, each once, rather than as each is passed."""

    def __init__(self, forms: tuple[tuple[str, ...], ...]) -> None:
        self.forms = forms
        self.passages: list[str] = []  # every passage passed so far
        self.read = 0  # how many of them `named` holds
        self.named: list[tuple[int, ...]] = []

    def __call__(self) -> list[tuple[int, ...]]:
        for passage in self.passages[self.read:]:
            named = named_in(passage, self.forms)
            if named:
                self.named.append(named)
        self.read = len(self.passages)
        return self.named


class _LastSpeaker:
    """Who `he said` means: the last one who spoke. The subject of a verb of saying is looked for only when a `he
    said` asks, back from the latest passage with such a verb, since most passages never need it."""

    def __init__(self, people: list[Person], forms: tuple[tuple[str, ...], ...]) -> None:
        self.people, self.forms = people, forms
        self.known: Person | None = None
        self.passages: list[str] = []  # passages with a verb of saying since the last known speaker

    def spoke(self, person: Person) -> None:
        self.known, self.passages = person, []

    def __call__(self) -> Person | None:
        for passage in reversed(self.passages):
            found = _speaker_named(passage, self.people, self.forms)
            if found:
                self.known = found
                break
        self.passages = []
        return self.known


def _speaker_named(passage: str, people: list[Person], forms: tuple[tuple[str, ...], ...]) -> Person | None:
    """The person a verb of saying has for its subject (`PM Chinh said`, `Wong said`, `said X`): whom a later
    `he said` means."""
    named = named_in(passage, forms)
    verb = _SAID_VERB.search(passage) if named else None
    if verb is None:
        return None
    before = named_in(passage[max(0, verb.start() - SPEAKER_REACH):verb.start()], forms)
    named = before[-1:] or named_in(passage[verb.end():verb.end() + SPEAKER_REACH], forms)[:1]
    return people[named[0]] if named else None


def _before_pronoun(outside: str, pronoun: int) -> str:
    """Where a speaker may be named outside a quotation: before a pronoun that says it (`he said`, at `pronoun`,
    -1 if none), since those named after it are whom it was said to or of (`, he told a press conference with
    Lula`)."""
    return outside[:pronoun] if pronoun >= 0 else outside


def _pronoun_said(text: str) -> int:
    """Where `PRONOUN_SAID` first matches in the text, or -1. In lower case (one character for one but for `İ`)
    only a letter's capital is found as the letter, as `re.I` finds it, when the text `lowers_like_re_i`."""
    if lowers_like_re_i(text):
        match = _PRONOUN_SAID_LOWER.search(text.lower())
    else:
        match = PRONOUN_SAID.search(text)
    return match.start() if match else -1


def _is_title(text: str) -> bool:
    """Quoted words that are a title, not a saying: most of their long words capitalised (`'Power Shift: Strategic
    Choices for Malaysia and Türkiye'`)."""
    long_words = [word for word in text.split() if len(word) > 3]
    capitalised = [word for word in long_words if word[0].isupper()]
    return bool(long_words) and len(capitalised) >= TITLE_CAPITALS * len(long_words)


def _quotations(passage: str, has_mark: bool) -> list[re.Match[str]]:
    """The passage's quotations in double marks, else in single ones (looked for only after an opening mark)."""
    if has_mark:
        return list(QUOTED.finditer(passage))
    if "‘" in passage or " '" in passage or passage.startswith("'"):
        return list(QUOTED_SINGLE.finditer(passage))
    return []


def _unnamed_speaker(outside: str, by_pronoun: bool, people: list[Person], forms: tuple[tuple[str, ...], ...],
                     named_before: Callable[[], list[tuple[int, ...]]], previous: Person | None,
                     last_speaker: Callable[[], Person | None], countries: CountryNames, prior: str) -> Person | None:
    """Who said a quote whose sentence names no one: `he said` (`by_pronoun`: the subject of the passage `prior`, by
    name or by role, no one when that subject names no one found, else the last one who spoke), `the prime minister
    said`, or nothing outside the quote at all when it goes on from the quote before."""
    if by_pronoun:
        subject = _opening_subject(prior, people, forms)
        if subject is None:
            role = ROLE_SAID.match(prior) if prior.startswith("The ") else None  # `The Kazakh minister said ...`
            if role:
                return _with_role_said(role, people, named_before, countries)
            if _said_by_someone_unfound(prior, countries):
                return None
        return subject or last_speaker() or _last_named(people, named_before())
    if not outside.strip(QUOTE_MARKS_AND_STOPS):
        return previous
    if ("the " in outside or "The " in outside) and any(title in outside for title in SPOKEN_TITLES):
        role = ROLE_SAID.search(outside)
        if role:
            return _with_role_said(role, people, named_before, countries)
    return None


def _with_role_said(role: re.Match[str], people: list[Person], named_before: Callable[[], list[tuple[int, ...]]],
                    countries: CountryNames) -> Person | None:
    """The person a `ROLE_SAID` match means (`the Kazakh minister said`): the last named with that office, of that
    country when it names one."""
    title = (role.group("title") or role.group("title2")).split()
    country = countries.of_demonym(title[0]) if title[0][0].isupper() else None
    office = " ".join(title[1:] if country else title).lower()
    return _last_with_role(office, country, people, named_before())


def _last_named(people: list[Person], named_before: list[tuple[int, ...]]) -> Person | None:
    """The first person the last passage naming anyone named."""
    return people[named_before[-1][0]] if named_before else None


def _opening_subject(passage: str, people: list[Person], forms: tuple[tuple[str, ...], ...]) -> Person | None:
    """The person a passage opens with, its subject, whom a `he said` right after it means (`Mr. Faye also met
    the Senegalese community ...` `"...," he told them.`); not one a quotation there names."""
    opening = _OPENING_RUN.match(passage)
    if opening is None or not people:
        return None
    named = named_in(opening.group(), forms)
    return people[named[0]] if named else None


def _said_by_someone_unfound(passage: str, countries: CountryNames) -> bool:
    """A passage opening with a speaker that is no one found, nor a pronoun or a country (`Makamba said trade rose
    ...`, where the article gave no full name): a `he said` right after it is that speaker's, not an earlier
    one's."""
    opening = _OPENING_RUN.match(passage)
    if opening is None or opening.group() in PRONOUNS or countries.canonical(opening.group()):
        return False
    verb = _SAID_VERB.match(passage, opening.end() + 1)
    return verb is not None and passage[opening.end():opening.end() + 1] == " " and verb.group() != "saying"


def _last_with_role(office: str, country: str | None, people: list[Person],
                    named_before: list[tuple[int, ...]]) -> Person | None:
    """The person named last whose role is the office (the first named of a passage naming several), of the
    `country` when the role names one: one whose role names it first, else one whose role names none."""
    last_word = office.rsplit(" ", 1)[-1]
    offices = [office[:-len(last_word)] + title for title in TITLE_OFFICES.get(last_word, (last_word,))]
    if office in HEAD_OFFICES:
        offices = list(HEAD_OFFICES[office])
    for own_country_only in (True, False) if country else (False,):
        for named in reversed(named_before):
            for index in named:
                role = (people[index].role or "").lower()
                if any(title in role for title in offices) and (
                        country is None or country.lower() in role or not own_country_only and " of " not in role):
                    return people[index]
    return None


def _passages(sentences: list[str]) -> list[tuple[str, bool]]:
    """The sentences, joining those a quotation runs across (`He said: "We want ... peoples. Indonesia is ..."`),
    each with whether it has a quotation mark: only those need searching for quotations, and finding a mark
    is much cheaper than searching."""
    marked = ['"' in s or "“" in s or "”" in s for s in sentences]
    opening = [i for i, s in enumerate(sentences) if marked[i] and _opens_quote(s)]
    if not opening:
        return list(zip(sentences, marked))
    passages: list[tuple[str, bool]] = []
    index = 0
    while index < len(sentences):
        passage, has_mark = sentences[index], marked[index]
        end = min(index + QUOTE_SENTENCES_MAX, len(sentences)) if index in opening else index + 1
        index += 1
        while index < end and _opens_quote(passage):
            passage = f"{passage} {sentences[index]}"
            index += 1
        passages.append((passage, has_mark))
    return passages


def _opens_quote(text: str) -> bool:
    """A quotation opened and not closed: an odd number of quotation marks, straight or curly (a quotation may
    open with one kind and close with the other)."""
    return (text.count('"') + text.count("“") + text.count("”")) % 2 == 1


def _quotation(match: re.Match[str]) -> str:
    """The quoted words, without the comma or full stop before the closing mark (kept when the words would be
    too short for a quotation without it)."""
    words = match.group(1)
    return (words[:-1] if words[-1] in ",." and len(words) > QUOTED_MIN else words).strip()


def _goes_on(passage: str, quotation: re.Match[str], after: re.Match[str]) -> bool:
    """The quotation after goes on from the one before, across its attribution: it begins in lower case, the
    one before ends in a comma, and only a few words are between (`"Our ties ...," said Kishida, "and we ..."`),
    unlike two phrases quoted apart (`called him a "corrupt communist" ... said the talks were "cordial"`)."""
    between = passage[quotation.end():after.start()]
    return after.group(1)[:1].islower() and (quotation.group(1).rstrip().endswith(",") or between.startswith(",")) \
        and len(between.split()) <= ATTRIBUTION_WORDS_MAX


def _quoted(passage: str, matches: list[re.Match[str]]) -> list[tuple[str, str, str]]:
    """Each quotation's words (its `matches` of QUOTED), the passage's words outside it and those before it; a
    quotation broken by its attribution (`"Our relationship ...," said Kishida, "and we want ..."`) is one."""
    found: list[tuple[str, str, str]] = []
    index = 0
    while index < len(matches):
        first = last = matches[index]
        text = _quotation(first)
        while index + 1 < len(matches) and _goes_on(passage, matches[index], matches[index + 1]):
            index += 1
            last = matches[index]
            text = f"{text.rstrip(',')} {_quotation(last)}"
        index += 1
        outside = passage[:first.start()] + passage[first.end():last.start()] + passage[last.end():]
        found.append((text, outside, passage[:first.start()]))
    return found
