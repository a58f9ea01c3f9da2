"""/who <name>: a person (role, the events they appear in, their quotes, the sources) or an
organisation (its people, agreements and events), found by a forgiving match on names and aliases."""
from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from bot.core.fact_merge import fold
from bot.core.search import fold_words
from bot.reply import Item, Reply, Request, Section
from bot.store import Store, StoredFact, citation
from handlers.agreements import agreement_item
from handlers.formatting import shorten, sources_line, usage_error
from handlers.paging import cite_window, page_window
from handlers.sources import article_title
from handlers.timeline import event_item

USAGE = "/who <name>"
HONORIFICS = frozenset("datuk dato datin seri sri tan tun tunku tengku dr prof mr mrs ms sir haji hj president "
                       "minister prime".split())
NAME_MATCH = 80
MAX_NAMES = 12
MAX_EVENTS = 24
MAX_QUOTES = 24
MAX_SOURCES = 10


def handle(request: Request, store: Store) -> Reply:
    """Answer /who."""
    name = " ".join(request.args).strip()
    if not fold_words(name):
        return usage_error("Whom should I look up?", USAGE, "For example: /who Anwar, /who ASELSAN")
    person = find_person(store, name)
    if person is not None:
        return person_reply(store, person, request.page)
    return organisation_reply(store, name, request.page)


def name_words(names: list[str]) -> list[str]:
    """The distinctive words of names as written (the index folds them its own way): no honorifics or initials."""
    words = dict.fromkeys(w for n in names for w in n.replace("-", " ").split()
                          if len(w.strip(".,")) > 1 and "".join(fold_words(w)) not in HONORIFICS)
    return [w.strip(".,") for w in words]


class Names:
    """A person's names and aliases, folded once, to tell whether a written name is theirs."""

    def __init__(self, stored: StoredFact) -> None:
        names = [stored.fact.name, *stored.fact.aliases][:MAX_NAMES]  # merged reports can pile up aliases
        self.folded = {fold(n) for n in names} - {""}
        self.words = {word for name in self.folded for word in name.split()}
        self._seen: dict[str, bool] = {}

    def score(self, query: str) -> float:
        folded = fold(query)
        return max((fuzz.token_set_ratio(folded, n) for n in self.folded), default=0.0)

    def match(self, text: str) -> bool:
        """Whether an actor or speaker is this person (aliases count, spelling varies)."""
        if text not in self._seen:
            folded = fold(text)
            shares_a_word = not self.words.isdisjoint(folded.split())
            self._seen[text] = folded in self.folded or (shares_a_word and self.score(text) >= 85)
        return self._seen[text]


def find_person(store: Store, name: str) -> StoredFact | None:
    """The best-matching person: every word a name's prefix, else any word, else misspelt words corrected."""
    words = " ".join(name_words([name])) or name
    candidates, _ = store.matching_facts("people", words, 50, prefix=True, cite=False)
    if not candidates:
        candidates, _ = store.matching_facts("people", words, 50, prefix=True, any_word=True, cite=False)
    if not candidates:
        candidates, matched = store.matching_facts("people", words, 50, any_word=True, cite=False)
        name = " ".join(matched.words.used) if matched.words.corrections else name
    folded = fold(name)
    scored = [(Names(c).score(name), fuzz.token_set_ratio(folded, fold(c.fact.name)), -c.id, c) for c in candidates]
    best = max(scored, key=lambda s: s[:3], default=None)  # a name before an alias, then the first indexed
    return store.cite([best[3]])[0] if best and best[0] >= NAME_MATCH else None


def _newest_report_first(stored: StoredFact) -> tuple[tuple[int, ...], int]:
    """Quotes have no date of their own: newest article first, then in the order said."""
    published = max((c.published or "" for c in stored.citations), default="")
    return tuple(-ord(ch) for ch in published) + (0,), stored.id


def person_reply(store: Store, person: StoredFact, page: int) -> Reply:
    fact = person.fact
    words = " ".join(name_words([fact.name]))  # actors and speakers are written with the full name
    events, _ = store.matching_facts("events", words, MAX_EVENTS + MAX_EVENTS // 2, cite=False)
    names = Names(person)
    events = [e for e in events if any(names.match(a) for a in e.fact.actors)][:MAX_EVENTS]
    events.reverse()
    quotes, _ = store.matching_facts("quotes", words, MAX_QUOTES + MAX_QUOTES // 2, cite=False)
    quotes = [q for q in quotes if names.match(q.fact.speaker)][:MAX_QUOTES]
    window = page_window(page, 1 + len(events) + len(quotes) + min(len(person.citations), MAX_SOURCES))
    events = cite_window(store, events, window, 1)
    quotes = sorted(cite_window(store, quotes, window, 1 + len(events)), key=_newest_report_first)
    aliases = [a for a in fact.aliases if fold(a) != fold(fact.name)]
    about = f"{fact.name}: {fact.role or 'role not stated'}" + (f" (also: {', '.join(aliases)})" if aliases else "")
    sections = (
        Section("Who", (Item(text=about, citations=person.citations, detail=sources_line(person)),)),
        Section("Events", tuple(event_item(e) for e in events)),
        Section("Quotes", tuple(Item(text=f"“{shorten(q.fact.text, 280)}”", citations=q.citations) for q in quotes)),
        Section("Sources", tuple(Item(text=shorten(c.title or c.article_id, 160), citations=(replace(c, quote=None),))
                                 for c in person.citations[:MAX_SOURCES])),
    )
    return Reply(title=fact.name + (f" — {fact.role}" if fact.role else ""),
                 sections=tuple(s for s in sections if s.items))


def organisation_reply(store: Store, name: str, page: int) -> Reply:
    """An organisation (or anyone who is not a person of the index): where its name appears."""
    target = fold(name)
    people, _ = store.matching_facts("people", name, 50, cite=False)
    people = [p for p in people if target in fold(p.fact.role)][:MAX_EVENTS]
    agreements, _ = store.matching_facts("agreements", name, MAX_EVENTS, cite=False)
    events, _ = store.matching_facts("events", name, MAX_EVENTS, cite=False)
    events.reverse()
    window = page_window(page, len(people) + len(agreements) + len(events))
    people = cite_window(store, people, window)
    agreements = cite_window(store, agreements, window, len(people))
    events = cite_window(store, events, window, len(people) + len(agreements))
    sections = [
        Section("People", tuple(Item(text=f"{p.fact.name} — {p.fact.role}", citations=p.citations) for p in people)),
        Section("Agreements", tuple(agreement_item(a, store.settings.country_pair) for a in agreements)),
        Section("Events", tuple(event_item(e) for e in events)),
    ]
    if not any(s.items for s in sections):
        hits = store.search_sentences(name, 5).hits
        if not hits:
            if not store.article_count():
                return Reply(title="Nothing is indexed yet.", notes=("Add articles with /ingest <url>.",))
            return Reply(title=f"No one called {name!r} in the index.",
                         notes=("Try another spelling, or /search to look through every sentence.",), is_error=True)
        articles = {a.id: a for a in store.articles_by_id([h.article_id for h in hits])}
        sections = [Section("Mentioned in", tuple(
            Item(text=shorten(h.text), citations=(citation(articles[h.article_id], h.text),),
                 detail=article_title(articles[h.article_id])) for h in hits if h.article_id in articles))]
    return Reply(title=name, sections=tuple(s for s in sections if s.items))
