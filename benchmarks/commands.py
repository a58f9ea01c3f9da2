"""Latency of every command through the handler API on a synthetic corpus, and the peak memory.

    .venv/bin/python benchmarks/commands.py                  # 100,000 articles (builds once, ~minutes)
    .venv/bin/python benchmarks/commands.py --articles 5000  # a quick run
    .venv/bin/python benchmarks/commands.py --db /tmp/bench.db --articles 100000  # keep the corpus

The corpus: the five seed articles' extracted facts (or, with --facts gold, their hand-checked
facts), varied per article (people, places, dates, amounts, fields, word order) and written through
the real indexer (bot.core.indexer.store_article) into a SQLite file. Each command is then asked
--repeat times through bot.registry.dispatch; p50 and p99 are printed with the targets
(p99 <= 50 ms; /search <= 100 ms). Building runs in a child process so the peak memory printed is the
one of the process answering the commands.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.core.facts import ArticleFacts  # noqa: E402

PAIR = ("Malaysia", "Türkiye")
FIRST_NAMES = ("Ahmad Aisyah Ali Amir Anwar Aylin Burak Can Deniz Elif Emir Emre Farah Fatimah Hakan Hasan Hui "
               "Ibrahim Irfan Kemal Lina Mehmet Mei Murat Nur Omar Ozan Rashid Selin Siti Tan Umut Wei Yusuf "
               "Zainab Zeynep Zulkifli Arif Cem Derya Ece Faiz Gul Halim Ismail Kaan Leyla Mustafa Nadia").split()
LAST_NAMES = ("Abdullah Acar Arslan Aydin Bakar Celik Demir Dogan Erdem Hamid Hassan Ibrahim Ismail Kaya Koc "
              "Kurt Lim Mahmud Ng Ozdemir Ozturk Polat Rahman Razak Sahin Salleh Tan Tekin Wong Yalcin Yildiz "
              "Yilmaz Yusof Zain Aksoy Bulut Cetin Duman Eren Guler Hashim Karim Latif Mat Noor Omar Osman "
              "Said Tahir").split()
PLACES = ("Ankara Istanbul Izmir Bursa Antalya Konya Kayseri Trabzon Kuala_Lumpur Putrajaya Penang Johor_Bahru "
          "Kuching Kota_Kinabalu Malacca Ipoh Shah_Alam Cyberjaya Adana Gaziantep Mersin Samsun Eskisehir "
          "Langkawi Seremban Kuantan Alor_Setar Miri Sandakan Labuan").replace("_", " ").split()
FIELDS = ("higher education|investment|export financing|research|shipbuilding|information and communication "
          "technologies|defence industry|halal certification|tourism|energy|semiconductors|aerospace|agriculture|"
          "health|culture|customs|banking|space technology|maritime security|renewable energy|logistics|"
          "automotive|textiles|digital economy|railways|water management|small and medium enterprises|"
          "vocational training|youth and sports|disaster management").split("|")
SYLLABLES = "ka lo mi ne su ra ti po de va ze ku ba li sa no ri te mo ga".split()
QUERIES = [
    ("trade", "/trade"), ("trade", "/trade 2025"), ("trade", "/trade 2010..2012"),
    ("agreements", "/agreements"), ("agreements", "/agreements education"), ("agreements", "/agreements 2024"),
    ("agreements", "/agreements mou"), ("agreements", "/agreements shipbuliding"),
    ("timeline", "/timeline"), ("timeline", "/timeline 2025"), ("timeline", "/timeline nov 2025"),
    ("timeline", "/timeline Ankara"), ("timeline", "/timeline 2019..2021 Istanbul"), ("timeline", "/timeline page 7"),
    ("sources", "/sources"), ("sources", "/sources page 5"),
    ("who", "/who Anwar Ibrahim"), ("who", "/who {person}"), ("who", "/who {typo}"), ("who", "/who ASELSAN"),
    ("search", "/search shipbuilding"), ("search", "/search Malaysia"), ("search", "/search Erdogn Ankra"),
    ("search", "/search defence industry Istanbul"), ("search", "/search {rare}"),
    ("summary", "/summary"), ("summary", "/summary defence"), ("help", "/help"),
]
BUILD_CHUNK = 5000
TARGETS_MS = {"trade": 50, "agreements": 50, "timeline": 50, "sources": 50, "who": 50, "search": 100}


def seed_facts(kind: str) -> list[tuple[ArticleFacts, str]]:
    """The five seeds' facts: from the extractor, or from the hand-checked copies the tests use."""
    from bot.core.article_reader import read_article_file
    from bot.core.extract import extract

    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        raw = read_article_file(path, 5_000_000)
        if kind == "gold":
            sys.path.insert(0, str(ROOT / "tests"))
            from cmd_corpus import seed_article_facts

            out.append(seed_article_facts(path.stem))
        else:
            out.append((extract(raw, PAIR), raw.text))
    return out


class Variation:
    """One synthetic article's choices: its date, people, places, amounts and fields."""

    def __init__(self, rng: random.Random, number: int, names: list[str]) -> None:
        self.rng = rng
        self.published = date(2000, 1, 1) + timedelta(days=rng.randrange(26 * 365 + 30))
        self.year_shift = self.published.year - 2026
        self.names: dict[str, str] = {}
        self.places: dict[str, str] = {}
        self.pool = names
        self.scale = rng.uniform(0.4, 2.5)
        self.number = number

    def person(self, name: str, aliases: list[str]) -> tuple[str, list[str]]:
        """A new person for a seed person: their name and aliases all stand for the new name."""
        new = self.rng.choice(self.pool) if self.rng.random() < 0.9 else "Anwar Ibrahim"
        for written in sorted([name, *aliases], key=len, reverse=True):
            self.names.setdefault(written, new)
        return new, [new.split()[-1]]

    def name(self, original: str) -> str:
        """An actor or speaker: the new name of the person they are, else a new name of their own."""
        if original in PAIR or original in ("Türkiye", "Malaysia", "Turkiye", "Turkey"):
            return original
        if original not in self.names:
            self.names[original] = self.rng.choice(self.pool)
        return self.names[original]

    def place(self, original: str | None) -> str | None:
        if not original:
            return original
        if original not in self.places:
            self.places[original] = self.rng.choice(PLACES)
        return self.places[original]

    def shift(self, iso: str | None) -> str | None:
        """A fact's date moved by the article's years (days kept; 29 Feb becomes 28)."""
        if not iso:
            return iso
        year = int(iso[:4]) + self.year_shift
        rest = iso[4:].replace("-02-29", "-02-28")
        return f"{year:04d}{rest}"

    def period(self, period: str | None) -> str | None:
        if not period:
            return period
        return "/".join(self.shift(part) or "" for part in period.split("/"))

    def text(self, sentence: str) -> str:
        for original, new in sorted(self.names.items(), key=lambda pair: len(pair[0]), reverse=True):
            sentence = sentence.replace(original, new)
        for original, new in self.places.items():
            sentence = sentence.replace(original, new)
        return sentence


def vary(base: ArticleFacts, body: str, number: int, rng: random.Random, names: list[str],
         words: list[str]) -> tuple[ArticleFacts, str]:
    """A new article from a seed: other people, places, dates, amounts and fields."""
    v = Variation(rng, number, names)
    data = base.model_dump()
    for person in data["people"]:
        person["name"], person["aliases"] = v.person(person["name"], person["aliases"])
    for event in data["events"]:
        event["date"] = v.shift(event["date"])
        event["place"] = v.place(event["place"])
        event["actors"] = [v.name(a) for a in event["actors"]]
        event["what"] = v.text(event["what"])
    for agreement in data["agreements"]:
        agreement["date"] = v.shift(agreement["date"])
        agreement["place"] = v.place(agreement["place"])
        if agreement["kind"] == "agreement":
            field = rng.choice(FIELDS)
            agreement["domains"], agreement["name"] = [field], f"Agreement on {field}"
    for figure in data["trade_figures"]:
        figure["value"] = round(figure["value"] * v.scale, -7)
        figure["period"] = v.period(figure["period"])
    for ranking in data["rankings"]:
        ranking["year"] = v.shift(ranking["year"])
        ranking["rank"] = rng.randint(1, 10)
    for quote in data["quotes"]:
        quote["speaker"] = v.name(quote["speaker"])
    invented = " ".join(rng.choice(words) for _ in range(4))
    sentences = [v.text(s) for s in data["sentences"]]
    rng.shuffle(sentences)
    sentences.append(f"Observers also noted {invented}.")
    data.update(id=f"syn{number:06d}", published=v.published.isoformat(), published_precision="day",
                title=f"{v.text(base.title or 'Malaysia and Türkiye')} ({number})", sentences=sentences,
                summary=sentences[:2], source=rng.choice(["Bernama", "Anadolu Agency", "Xinhua", "The Star",
                                                           "Daily Sabah", "New Straits Times", "Hürriyet"]))
    return ArticleFacts.model_validate(data), "\n".join(sentences)


def build(url: str, start: int, stop: int, facts_kind: str, seed: int = 7) -> None:
    """Write synthetic articles start..stop-1 through the indexer, printing progress."""
    from bot.core.indexer import store_article
    from bot.db import engine_for

    engine = engine_for(url)
    with engine.connect() as connection:  # one connection serves the whole build; a lost file is rebuilt
        connection.exec_driver_sql("PRAGMA synchronous=OFF")
        connection.exec_driver_sql("PRAGMA cache_size=-262144")
    seeds = seed_facts(facts_kind)
    pools = random.Random(seed)
    names = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
    words = ["".join(pools.choice(SYLLABLES) for _ in range(pools.randint(3, 5))) for _ in range(40_000)]
    rng = random.Random(seed * 1_000_003 + start)
    started = time.perf_counter()
    for number in range(start, stop):
        base, body = seeds[number % len(seeds)]
        facts, text = vary(base, body, number, rng, names, words)
        store_article(engine, facts, text, PAIR)
    rate = (stop - start) / (time.perf_counter() - started)
    print(f"  {stop:,} articles ({rate:,.0f}/s)", file=sys.stderr, flush=True)


def finish(url: str) -> None:
    """Statistics for the query planner, and the full-text indexes merged, as after a night's ingest."""
    from bot.db import engine_for

    with engine_for(url).begin() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.exec_driver_sql("INSERT INTO sentence_fts(sentence_fts) VALUES ('optimize')")
        connection.exec_driver_sql("INSERT INTO fact_fts(fact_fts) VALUES ('optimize')")


def built_articles(path: Path) -> int:
    if not path.exists():
        return 0
    import sqlite3

    with sqlite3.connect(path) as connection:
        try:
            return int(connection.execute("SELECT count(*) FROM article").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def fill(template: str, store) -> str:  # type: ignore[no-untyped-def]
    """Queries naming a real person of the corpus, a misspelling of one, and a rare word."""
    people = store.newest_facts("people", 1)
    person = people[0].fact.name if people else "Anwar Ibrahim"
    typo = person[:-2] + person[-1] if len(person) > 4 else person
    return template.format(person=person, typo=typo, rare="kalomine")


def measure(url: str, repeat: int) -> dict[str, list[float]]:
    from bot.db import engine_for
    from bot.registry import dispatch
    from bot.store import Store

    settings = Settings(_env_file=None, database_url=url, auto_seed=False)  # type: ignore[call-arg]
    store = Store(engine_for(url), settings)
    print(f"corpus: {store.article_count():,} articles, {store.count_facts('events'):,} events, "
          f"{store.count_facts('agreements'):,} agreements, {store.count_facts('people'):,} people",
          file=sys.stderr)
    timings: dict[str, list[float]] = {}
    for command, template in QUERIES:
        text = fill(template, store)
        reply = dispatch(text, store)  # warm-up, and a check that it answers
        if "went wrong" in reply.title:
            raise SystemExit(f"{text} failed")
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            dispatch(text, store)
            samples.append((time.perf_counter() - started) * 1000)
        timings[text] = samples
        timings.setdefault(f"/{command} (all)", []).extend(samples)
    return timings


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def report(timings: dict[str, list[float]]) -> bool:
    ok = True
    print(f"{'request':45} {'p50 ms':>8} {'p99 ms':>8}  target")
    for text, samples in timings.items():
        command = text.split()[0].lstrip("/")
        target = TARGETS_MS.get(command)
        p99 = percentile(samples, 99)
        verdict = "" if target is None else (f"<= {target} ok" if p99 <= target else f"<= {target} MISSED")
        ok = ok and (target is None or p99 <= target)
        print(f"{text:45} {statistics.median(samples):8.1f} {p99:8.1f}  {verdict}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the answering process: {peak_mb:,.0f} MB")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="corpus size (default 100,000)")
    parser.add_argument("--repeat", type=int, default=200, help="times each request is asked (default 200)")
    parser.add_argument("--db", type=Path, help="SQLite file to build or reuse (default: a temporary file)")
    parser.add_argument("--facts", choices=["extractor", "gold"], default="extractor",
                        help="seed facts from the extractor (default) or the hand-checked copies")
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="newsbot-bench-")
    path = args.db or Path(folder.name) / "bench.db"
    url = f"sqlite:///{path}"
    marker = path.with_suffix(".json")
    wanted = {"articles": args.articles, "facts": args.facts}
    if not (path.exists() and marker.exists() and json.loads(marker.read_text()) == wanted):
        done = built_articles(path)  # an interrupted build goes on where it stopped
        print(f"building {args.articles:,} articles into {path} (from {done:,})", file=sys.stderr)
        started = time.perf_counter()
        for start in range(done, args.articles, BUILD_CHUNK):  # fresh processes: a long one slows down
            stop = min(start + BUILD_CHUNK, args.articles)
            child = multiprocessing.get_context("spawn").Process(target=build, args=(url, start, stop, args.facts))
            child.start()
            child.join()
            if child.exitcode:
                return child.exitcode
        finish(url)
        print(f"built in {time.perf_counter() - started:,.0f} s", file=sys.stderr)
        marker.write_text(json.dumps(wanted))
    ok = report(measure(url, args.repeat))
    folder.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
