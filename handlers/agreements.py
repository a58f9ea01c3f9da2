"""/agreements [field | kind | status | year]: agreements, MoUs and councils grouped by date and place,
newest first, with their kind and status; the undated ones after them."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.countries import country_names
from bot.core.fact_merge import fold
from bot.core.facts import Agreement
from bot.reply import Item, Reply, Request, Section
from bot.store import Store, StoredFact
from handlers.arguments import ArgumentError, DateRange, month_range, parse_when
from handlers.formatting import date_label, more_note, shorten, sources_line, usage_error
from handlers.paging import cite_window, page_window

USAGE = "/agreements [field | kind | status | year]"
MAX_AGREEMENTS = 120
KIND_WORDS = {
    "agreement": "agreement", "agreements": "agreement", "mou": "mou", "mous": "mou", "memorandum": "mou",
    "memoranda": "mou", "memorandums": "mou", "council": "council", "councils": "council", "fta": "fta",
    "ftas": "fta", "declaration": "declaration", "declarations": "declaration", "contract": "contract",
    "contracts": "contract",
}
STATUS_WORDS = {"signed": "signed", "planned": "planned", "established": "established", "in_force": "in_force",
                "inforce": "in_force"}
KIND_LABELS = {"agreement": "agreement", "mou": "MoU", "council": "council", "fta": "free trade agreement",
               "declaration": "declaration", "contract": "contract"}
STATUS_LABELS = {"signed": "signed", "planned": "planned", "established": "established", "in_force": "in force"}
FIELD_SYNONYMS = {"ict": "information communication technologies", "defense": "defence"}


@dataclass
class Filters:
    range: DateRange | None = None
    kinds: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)

    def label(self) -> str:
        parts = [" ".join(self.words)] if self.words else []
        parts += [KIND_LABELS[k] for k in sorted(self.kinds)] + [STATUS_LABELS[s] for s in sorted(self.statuses)]
        parts += [self.range.label] if self.range else []
        return ", ".join(parts)

    def keeps(self, agreement: Agreement) -> bool:
        return (not self.kinds or agreement.kind in self.kinds) and \
            (not self.statuses or agreement.status in self.statuses)


def parse_filters(args: list[str], store: Store) -> Filters:
    """Years and ranges, kinds (`mou`), statuses (`signed`, `in force`); other words name a field."""
    text = " ".join(args).lower().replace("in force", "in_force")
    when = parse_when(text.split())
    filters = Filters(range=when.range)
    if when.month_only:
        newest = store.latest_month("agreements", when.month_only)
        if newest is None:
            raise ArgumentError("No agreement is dated in that month; give a year too, e.g. /agreements jan 2026.")
        filters.range = month_range(newest)
    for word in when.words:
        if word in KIND_WORDS:
            filters.kinds.add(KIND_WORDS[word])
        elif word in STATUS_WORDS:
            filters.statuses.add(STATUS_WORDS[word])
        else:
            filters.words.append(word)
    return filters


def handle(request: Request, store: Store) -> Reply:
    """Answer /agreements."""
    try:
        filters = parse_filters(request.args, store)
    except ArgumentError as problem:
        return usage_error(str(problem), USAGE, "For example: /agreements education, /agreements mou, /agreements 2026")
    found, total, notes = _find(filters, store)
    if not found:
        return _nothing(filters, store, notes)
    groups = grouped(found[:MAX_AGREEMENTS])
    window = page_window(request.page, sum(len(members) for _, members in groups))
    label = filters.label()
    title = f"Agreements{': ' + label if label else ''} ({total or len(found):,})"
    shown = min(len(found), MAX_AGREEMENTS)
    more = more_note(shown, total, "agreements", "/agreements 2026 or /agreements education") \
        if total is None or total > shown else None
    cited = iter(cite_window(store, [f for _, members in groups for f in members], window))
    sections = [Section(group, tuple(agreement_item(next(cited), store.settings.country_pair) for _ in members))
                for group, members in groups]
    return Reply(title=title, sections=tuple(sections), notes=tuple(notes + ([more] if more else [])))


def _find(filters: Filters, store: Store) -> tuple[list[StoredFact], int | None, list[str]]:
    """Matching agreements newest first, how many match (None: more than shown), and notes."""
    since, before = (filters.range.since, filters.range.before) if filters.range else (None, None)
    words = " ".join(FIELD_SYNONYMS.get(w, w) for w in filters.words)
    search_words = words or " ".join(sorted(filters.kinds | {s.replace("_", " ") for s in filters.statuses}))
    if not search_words:
        facts = store.newest_facts("agreements", MAX_AGREEMENTS + 1, since, before, cite=False)
        return facts, store.count_facts("agreements", since, before), []
    facts, matches = store.matching_facts("agreements", search_words, MAX_AGREEMENTS * 2, since, before,
                                          any_word=not words and len(filters.kinds | filters.statuses) > 1,
                                          cite=False)
    kept = [f for f in facts if filters.keeps(f.fact)]
    exact = matches.total if len(kept) == len(facts) else (len(kept) if len(facts) < MAX_AGREEMENTS * 2 else None)
    notes = [f"Showing results for {matches.words.corrections[w]!r} (you typed {w!r})."
             for w in matches.words.corrections]
    filters.words = [matches.words.corrections.get(w.lower(), w) for w in filters.words]
    return kept, exact, notes


def _nothing(filters: Filters, store: Store, notes: list[str]) -> Reply:
    if not store.count_facts("agreements"):
        return Reply(title="No agreements yet.",
                     notes=("None of the indexed articles reports an agreement. /sources lists the articles.",))
    return Reply(title=f"No agreements match {filters.label()!r}.",
                 notes=tuple(notes) + ("Try /agreements for all of them, or /search to look through every sentence.",))


def group_title(agreement: Agreement) -> str:
    """`7 Jan 2026, Ankara`; `Undated` (with the place when known)."""
    when = date_label(agreement.date) if agreement.date else "Undated"
    return f"{when}, {agreement.place}" if agreement.place else when


def grouped(facts: list[StoredFact]) -> list[tuple[str, list[StoredFact]]]:
    """Groups by date and place, newest first, undated last; councils first within a group."""
    dated = [f for f in facts if f.fact.date]
    undated = [f for f in facts if not f.fact.date]
    groups: dict[str, list[StoredFact]] = {}
    for stored in dated + undated:
        groups.setdefault(group_title(stored.fact), []).append(stored)
    return [(title, _ordered(members)) for title, members in groups.items()]


def _ordered(members: list[StoredFact]) -> list[StoredFact]:
    """Councils and FTAs before the instruments signed under them, the rest in the order reported."""
    rank = {"council": 0, "fta": 1}
    return sorted(members, key=lambda f: (rank.get(f.fact.kind, 2), f.id))


def agreement_item(stored: StoredFact, pair: tuple[str, str]) -> Item:
    """`Agreement on higher education (agreement, signed)`, with the parties when not the two countries."""
    agreement: Agreement = stored.fact
    name = agreement.name[:1].upper() + agreement.name[1:]
    text = f"{shorten(name, 200)} ({KIND_LABELS.get(agreement.kind, agreement.kind)}, " \
           f"{STATUS_LABELS.get(agreement.status, agreement.status)})"
    if agreement.domains and not any(d.lower() in agreement.name.lower() for d in agreement.domains):
        text += f" — {', '.join(agreement.domains)}"
    details = [d for d in (_parties(agreement, pair), sources_line(stored)) if d]
    return Item(text=text, citations=stored.citations, detail="; ".join(details) or None)


def _parties(agreement: Agreement, pair: tuple[str, str]) -> str | None:
    """`Parties: ISIS Malaysia, SETA` when they are not simply the two countries."""
    countries = country_names().pair_spellings(pair)
    if all(fold(party) in countries for party in agreement.parties):
        return None
    return f"Parties: {', '.join(agreement.parties)}"
