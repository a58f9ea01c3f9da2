"""/search <words>: the sentences that hold the words, best first (bm25), each cited;
misspelt words are corrected against the index's vocabulary."""
from __future__ import annotations

from bot.core.search import RANK_WINDOW, fold_words
from bot.reply import Item, Reply, Request, Section
from bot.store import Store, citation
from handlers.formatting import plural, shorten, usage_error

USAGE = "/search <words>"
MAX_HITS = 60


def handle(request: Request, store: Store) -> Reply:
    """Answer /search."""
    query = " ".join(request.args).strip()
    if not fold_words(query):
        return usage_error("What should I search for?", USAGE, "For example: /search shipbuilding")
    results = store.search_sentences(query, MAX_HITS + 1)
    notes = [f"Showing results for {new!r} (you typed {typed!r})." for typed, new in results.words.corrections.items()]
    if not results.hits:
        if not store.article_count():
            return Reply(title="Nothing is indexed yet.", notes=("Add articles with /ingest <url> or newsbot ingest.",))
        return Reply(title=f"No sentence mentions {query!r}.",
                     notes=tuple(notes) + ("Try other or fewer words.",))
    hits = results.hits[:MAX_HITS]
    articles = {a.id: a for a in store.articles_by_id(list(dict.fromkeys(h.article_id for h in hits)))}
    items = tuple(Item(text=shorten(hit.text), citations=(citation(articles[hit.article_id], hit.text),),
                       detail=articles[hit.article_id].title)
                  for hit in hits if hit.article_id in articles)
    if results.any_word:
        notes.append("No sentence has all of these words; these have some of them.")
    if results.windowed:
        notes.append(f"These words are in very many sentences: the best among the newest {RANK_WINDOW:,} "
                     "are shown. Add words to narrow it.")
    if len(results.hits) > MAX_HITS:
        notes.append(f"Showing the best {MAX_HITS} sentences. Add words to narrow it.")
    words = " ".join(results.words.used)
    count = plural(len(items), "sentence") if len(results.hits) <= MAX_HITS else f"best {MAX_HITS} sentences"
    return Reply(title=f"Search: {words} ({count})", sections=(Section(None, items),), notes=tuple(notes))
