"""People with roles and aliases, and the quotes they said."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.article_context import ArticleContext
from bot.core.facts import Person, Quote
from bot.core.sentences import word_set

HONORIFICS = ("Tun", "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Seri", "Dato’ Seri", "Datuk", "Dato'", "Dato’",
              "Datin", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
              "Sir", "Dame", "Haji", "Hajah", "Sheikh", "H.E.", "His Excellency", "Her Excellency", "Ir", "Ts")
TITLE_WORDS = (r"Prime\s+Minister|Deputy\s+Prime\s+Minister|President|Vice[- ]President|Minister|Ambassador|"
               r"Chairman|Chairwoman|Chair|CEO|Chief\s+Executive(?:\s+Officer)?|Secretary[- ]General|Secretary|"
               r"Governor|Director[- ]General|Director|Envoy|Consul[- ]General|Spokesperson|Spokesman|Spokeswoman|"
               r"Speaker|Chancellor|King|Queen|Sultan|Emir|Crown\s+Prince|Commander|Chief|Head|Founder|"
               r"Managing\s+Director|General\s+Manager|Senator|Mayor|Foreign\s+Minister|Vice[- ]Chairman")
_HON = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞÇĞİÖŞÜ][a-zà-öø-ÿçğıöşüA-Z'’\-]+"
_NAME = rf"(?:(?:{_HON})\s+)*(?P<name>{_NAME_WORD}(?:\s+(?:bin|binti|bte|van|von|de|al|el|bin\.)?\s*{_NAME_WORD}){{1,3}})"
# "Prime Minister Datuk Seri Anwar Ibrahim", "ASELSAN CEO and President Ahmet Akyol", "chairman Datuk Prof Dr Mohd Faiz"
TITLED = re.compile(
    rf"(?P<role>(?:(?:[A-Z][\w,&'’-]*|and|of|for|the)\s+){{0,7}}?(?:{TITLE_WORDS}|(?i:chairman|chairwoman|"
    rf"chief executive(?: officer)?|president|minister|ambassador|spokes(?:person|man|woman)|director(?:-general)?|"
    rf"secretary(?:-general)?|managing director|governor|deputy \w+|head|founder|envoy))"
    rf"(?:\s+(?:and\s+)?(?:{TITLE_WORDS}))?"
    rf"(?:\s+to\s+[A-Z]\w+)?)\s+{_NAME}")
SAID = re.compile(rf"{_NAME}\s+(?:said|says|told|added|noted|stressed|explained|emphasised|emphasized)\b"
                  rf"|\b(?:said|says|added|noted)\s+{_NAME.replace('?P<name>', '?P<name2>')}")
NOT_NAME_WORDS = {"the", "malaysia", "turkiye", "türkiye", "turkey", "ministry", "council", "corporation",
                  "inc", "bhd", "authority", "institute", "bank", "university", "agency", "association", "fair",
                  "industry", "industries", "initiative", "party", "republic", "government", "organisation",
                  "organization", "company", "group", "foundation", "centre", "center", "trade", "development",
                  "international", "national", "high-level", "strategic", "cooperation", "minister", "president",
                  "prime", "january", "february", "march", "april", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "asean", "madani", "power", "meanwhile", "also", "earlier", "speaking",
                  "department", "bureau", "office", "commission", "committee", "board", "customs", "statistics",
                  "reuters", "bernama", "xinhua", "news", "post", "times", "daily", "star", "insider", "press",
                  "exchange", "chamber", "federation", "union", "forces", "army", "navy", "police", "court",
                  "state", "states", "house", "palace", "parliament", "senate", "embassy", "airlines", "holdings"}
TITLE_CUES = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", TITLE_WORDS))
SAID_CUES = frozenset({"said", "says", "told", "added", "noted", "stressed", "explained", "emphasised", "emphasized"})
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|noted|told)\b|\b(?:said|added)\s+(?:he|she)\b", re.I)
QUOTED = re.compile(r"[“\"]([^“”\"]{12,}?)[,.]?[”\"]")


@dataclass
class PersonMention:
    person: Person
    keys: set[str] = field(default_factory=set)


def _clean_role(role: str, context: ArticleContext) -> str:
    role = re.sub(r"^(?:(?:the|and|of|at|by|with|for)\s+)+", "", role.strip(" ,"))
    words = role.split()
    for i, word in enumerate(words):
        country = context.countries.of_demonym(word)
        if country:
            rest = " ".join(words[:i] + words[i + 1:])
            return f"{rest} of {country}" if rest else role
    return role


def _valid_name(name: str, context: ArticleContext) -> bool:
    words = name.split()
    if any(w.lower().strip("'’") in NOT_NAME_WORDS for w in words):
        return False
    if context.countries.canonical(name) or any(context.countries.of_demonym(w) for w in words):
        return False
    return not any(w.isupper() and len(w) > 1 for w in words)


def find_people(context: ArticleContext) -> list[Person]:
    """Named people, each once, with the role and the other forms the article uses for them."""
    people: dict[str, Person] = {}
    order: list[str] = []

    def add(name: str, role: str | None, full: str) -> None:
        key = name.lower()
        for existing_key, person in people.items():
            if key in existing_key or existing_key in key:
                if len(key) > len(existing_key):
                    break
                if role and not person.role:
                    person.role = role
                if full != person.name and full not in person.aliases:
                    person.aliases.append(full)
                return
        else:
            people[key] = Person(name=name, role=role, aliases=[full] if full != name else [])
            order.append(key)
            return
        old = people.pop(existing_key)
        order[order.index(existing_key)] = key
        aliases = [a for a in [*old.aliases, old.name] if a != name]
        people[key] = Person(name=name, role=role or old.role, aliases=aliases + ([full] if full != name else []))

    for sentence in context.sentences:
        words = word_set(sentence)
        for match in TITLED.finditer(sentence) if words & TITLE_CUES else ():
            name = re.sub(r"[’']s$", "", match.group("name"))
            if _valid_name(name, context):
                full = re.sub(r"[’']s$", "", sentence[match.end("role"):match.end()].strip())
                role = match.group("role")
                if match.start() == 0 and re.match(r"^[A-Z]\w+\s+and\s+", role):
                    role = role.split(" and ", 1)[1]
                add(name, _clean_role(role, context), full)
        for match in SAID.finditer(sentence) if words & SAID_CUES else ():
            name = re.sub(r"[’']s$", "", match.group("name") or match.group("name2") or "")
            if name and _valid_name(name, context):
                add(name, None, name)
    result = [people[k] for k in order]
    for person in result:
        short = _short_forms(person, context)
        person.aliases += [s for s in short if s not in person.aliases and s != person.name]
    return result


def _short_forms(person: Person, context: ArticleContext) -> list[str]:
    """Shorter forms of the name that the article uses on their own (`Anwar`, `Khaled Nordin`)."""
    words = person.name.split()
    forms = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    forms.discard(person.name)
    runs = _capitalised_runs(tuple(context.sentences))
    return sorted(f for f in forms if len(f) > 3 and f in runs)


@lru_cache(maxsize=64)
def _capitalised_runs(sentences: tuple[str, ...]) -> frozenset[str]:
    """Every maximal run of capitalised words (possessive dropped): how names stand on their own."""
    return frozenset(re.sub(r"[’']s$", "", run) for sentence in sentences for run in _RUN.findall(sentence))


def mentioned_people(sentence: str, people: list[Person]) -> list[Person]:
    """The people a sentence names by any of their forms, in order of first mention."""
    if not people:
        return []
    owner, longest = _forms_index(tuple((p.name, *p.aliases) for p in people))
    words = _TOKEN.findall(sentence)
    found: list[Person] = []
    index = 0
    while index < len(words):
        size = min(longest, len(words) - index) if words[index][:1].isupper() else 0
        while size:
            person = owner.get(" ".join(words[index:index + size]))
            if person is not None:
                if people[person] not in found:
                    found.append(people[person])
                break
            size -= 1
        index += max(size, 1)
    return found


_TOKEN = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=256)
def _forms_index(names: tuple[tuple[str, ...], ...]) -> tuple[dict[str, int], int]:
    """Which person each written form belongs to (possessive forms too), and the longest form in words."""
    owner: dict[str, int] = {}
    for index, forms in enumerate(names):
        for form in forms:
            for written in (form, f"{form}’s", f"{form}'s"):
                words = _TOKEN.findall(written)
                owner.setdefault(" ".join(words), index)
    return owner, max((len(key.split()) for key in owner), default=1)


def find_quotes(context: ArticleContext, people: list[Person]) -> list[Quote]:
    """Quoted words with their speaker: the person named in the sentence, or the last one named."""
    quotes: list[Quote] = []
    last: Person | None = None
    for sentence in context.sentences:
        named = mentioned_people(sentence, people)
        for match in QUOTED.finditer(sentence):
            text = match.group(1).strip()
            outside = sentence[: match.start()] + sentence[match.end():]
            speakers = mentioned_people(outside, people)
            speaker = speakers[0] if speakers else (last if PRONOUN_SAID.search(outside) else None)
            if speaker and len(text.split()) >= 4:
                quotes.append(Quote(speaker=speaker.name, text=text))
        if named:
            last = named[0]
    return quotes
