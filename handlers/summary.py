"""/summary [article | keyword]: the state of the relationship built from the facts (latest trade
figure and target, last events, agreements, key people), or one article's summary."""
from __future__ import annotations

from rapidfuzz import fuzz

from bot.core.fact_merge import fold
from bot.models import Article
from bot.reply import Item, Reply, Request, Section
from bot.store import Store, StoredFact, citation
from handlers.agreements import KIND_LABELS, STATUS_LABELS, group_title
from handlers.formatting import date_label, pair_name, plural, shorten
from handlers.sources import article_title
from handlers.timeline import event_item
from handlers.trade import figure_item, newest_first, target_item

USAGE = "/summary [article id | keyword]"
LATEST_EVENTS = 3
FACT_NOUNS = {"trade_figures": ("trade figure", "trade figures"), "rankings": ("ranking", "rankings"),
              "agreements": ("agreement", "agreements"), "events": ("event", "events"),
              "people": ("person", "people"), "quotes": ("quote", "quotes")}
KEY_PEOPLE = 5


def handle(request: Request, store: Store) -> Reply:
    """Answer /summary."""
    if not store.article_count():
        return Reply(title="Nothing is indexed yet.", notes=("Add articles with /ingest <url> or newsbot ingest.",))
    if request.args:
        return article_summary(" ".join(request.args), store)
    return relationship(store)


# ---- one article --------------------------------------------------------------------------------

def find_article(query: str, store: Store) -> tuple[Article | None, list[Article]]:
    """An article by id (or a unique start of one), else the one whose sentences match best; and the runners-up."""
    exact = store.article(query)
    if exact:
        return exact, []
    by_prefix = store.articles_with_id_prefix(query, 2)
    if len(by_prefix) == 1:
        return by_prefix[0], []
    hits = store.search_sentences(query, 30).hits
    ranked = list(dict.fromkeys(hit.article_id for hit in hits))
    articles = store.articles_by_id(ranked[:4])
    return (articles[0], articles[1:]) if articles else (None, [])


def article_summary(query: str, store: Store) -> Reply:
    article, others = find_article(query, store)
    if article is None:
        return Reply(title=f"No article matches {query!r}.",
                     notes=("/sources lists the articles with their ids.",), is_error=True)
    items = tuple(Item(text=sentence, citations=(citation(article, sentence),)) for sentence in article.summary)
    counts = store.fact_counts(article.id)
    found = ", ".join(plural(n, *FACT_NOUNS.get(kind, (kind, kind))) for kind, n in sorted(counts.items()) if n)
    notes = [f"{article.source or 'Unknown publisher'}, {date_label(article.published)}."]
    if found:
        notes.append(f"Facts found in it: {found}.")
    if others:
        notes.append("Other articles that match: " + "; ".join(f"{article_title(a)} (/summary {a.id})" for a in others))
    return Reply(title=article_title(article), sections=(Section("Summary", items or (Item(text="No summary."),)),),
                 notes=tuple(notes))


# ---- the relationship ---------------------------------------------------------------------------

def relationship(store: Store) -> Reply:
    sections = [trade_section(store), events_section(store), agreements_section(store), people_section(store)]
    newest = store.articles(limit=1)[0]
    note = f"Built from {plural(store.article_count(), 'article')} by {plural(store.publisher_count(), 'publisher')}" \
           f"; the newest is dated {date_label(newest.published)}. More: /trade, /timeline, /agreements, /who."
    return Reply(title=f"{pair_name(store.settings.country_pair)}: the state of the relationship",
                 sections=tuple(s for s in sections if s.items), notes=(note,))


def trade_section(store: Store) -> Section:
    """The figures of the latest period reported, and the latest target with the gap to it."""
    figures = newest_first([f for f in store.newest_facts("trade_figures", 12) if f.fact.metric != "target"])
    latest_end = (figures[0].fact.period or "").split("/")[-1] if figures else None
    items = [figure_item(f) for f in figures if (f.fact.period or "").split("/")[-1] == latest_end]
    items += [target_item(t, store) for t in store.facts_with_key_prefix("trade_figures", "target|", 1)]
    return Section("Trade", tuple(items))


def events_section(store: Store) -> Section:
    return Section("Latest events", tuple(event_item(e) for e in store.newest_facts("events", LATEST_EVENTS)))


def agreements_section(store: Store) -> Section:
    """The newest group of agreements (same date and place) in one line, and how many there are."""
    dated = store.newest_facts("agreements", 40, since="0", cite=False)
    if not dated:
        return Section("Agreements", ())
    title = group_title(dated[0].fact)
    group = store.cite([f for f in dated if group_title(f.fact) == title])
    kinds: dict[tuple[str, str], list[str]] = {}
    for stored in sorted(group, key=lambda f: f.id):
        kind = (KIND_LABELS.get(stored.fact.kind, stored.fact.kind), STATUS_LABELS.get(stored.fact.status, ""))
        kinds.setdefault(kind, []).append(", ".join(stored.fact.domains) or stored.fact.name)
    parts = [f"{plural(len(names), kind)} {status} ({', '.join(names)})" for (kind, status), names in kinds.items()]
    citations = tuple(dict.fromkeys(c for f in group for c in f.citations))
    total = store.count_facts("agreements")
    return Section("Agreements", (Item(text=shorten(f"{title}: " + "; ".join(parts), 400), citations=citations,
                                       detail=f"{plural(total, 'agreement')} in all: /agreements"),))


def people_section(store: Store) -> Section:
    """The people in the latest events, with their roles."""
    actors = dict.fromkeys(a for e in store.newest_facts("events", 10, cite=False) for a in e.fact.actors)
    people: list[StoredFact] = []
    for actor in actors:
        person = person_named(store, actor)
        if person and person.id not in {p.id for p in people}:
            people.append(person)
        if len(people) == KEY_PEOPLE:
            break
    return Section("Key people", tuple(Item(text=f"{p.fact.name} — {p.fact.role or 'role not stated'}",
                                            citations=p.citations[:2]) for p in store.cite(people)))


def person_named(store: Store, name: str) -> StoredFact | None:
    """The person fact whose name or alias is this name."""
    candidates, _ = store.matching_facts("people", name, 5, cite=False)
    for candidate in candidates:
        names = [candidate.fact.name, *candidate.fact.aliases]
        if any(fuzz.token_set_ratio(fold(name), fold(n)) >= 90 for n in names):
            return candidate
    return None
