"""Each command on the five seed articles (their hand-checked facts, stored by the real indexer):
exact values, dates, order and sources; an empty database; bad arguments."""
from __future__ import annotations

import pytest

from bot.bootstrap import Parts
from bot.registry import COMMANDS, dispatch
from bot.reply import Reply
from cmd_corpus import store_seed_facts

BERNAMA = ("Bernama", "2026-01-08")
ANADOLU = ("Anadolu Agency", "2026-01-07")
XINHUA = ("Xinhua News Agency", "2026-01-08")
UNDATED_003 = ("003_b015667313c157d3", "undated")
READ_COMMANDS = ["trade", "agreements", "timeline", "summary", "search", "who", "sources"]


@pytest.fixture
def seeded(empty_parts: Parts) -> Parts:
    store_seed_facts(empty_parts.engine)
    return empty_parts


def ask(parts: Parts, text: str) -> Reply:
    return dispatch(text, parts.store, platform="console")


def texts(reply: Reply) -> list[str]:
    return [item.text for item in reply.items]


def sources(item) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(c.publisher or c.article_id, c.published or "undated") for c in item.citations]


# ---- /trade -------------------------------------------------------------------------------------

def test_trade_lists_figures_newest_first_with_the_target_gap_and_rankings(seeded: Parts) -> None:
    reply = ask(seeded, "/trade")
    assert reply.title == "Malaysia–Türkiye trade"
    assert [s.title for s in reply.sections] == ["Figures, newest first", "Target", "Rankings"]
    figures, target, rankings = reply.sections
    assert [i.text for i in figures.items] == [
        "Jan–Nov 2025: total trade RM21.2 billion",
        "Jan–Nov 2025: total trade USD 4.92 billion",
        "2024: total trade RM24.15 billion",
    ]
    assert [sources(i) for i in figures.items] == [[BERNAMA], [UNDATED_003], [BERNAMA]]
    assert "RM24.15 billion" in figures.items[2].citations[0].quote
    assert [i.text for i in target.items] == [
        "USD 10 billion by 2026; the latest USD figure, USD 4.92 billion (Jan–Nov 2025), is 50.8% below it"]
    assert target.items[0].citations[0].quote.startswith("On trade, both nations set an ambitious target")
    assert [i.text for i in rankings.items] == [
        "Türkiye: largest export destination among West Asian countries (2024)",
        "Türkiye: third-largest trading partner among West Asian countries (2024)",
        "Türkiye: fourth-largest source of imports among West Asian countries (2024)",
        "Malaysia: largest trading partner in ASEAN",
    ]
    assert sources(rankings.items[3]) == [XINHUA]


def test_trade_filters_by_year(seeded: Parts) -> None:
    reply = ask(seeded, "/trade 2024")
    assert reply.title == "Malaysia–Türkiye trade: 2024"
    assert texts(reply) == [
        "2024: total trade RM24.15 billion",
        "Türkiye: largest export destination among West Asian countries (2024)",
        "Türkiye: third-largest trading partner among West Asian countries (2024)",
        "Türkiye: fourth-largest source of imports among West Asian countries (2024)",
    ]
    assert texts(ask(seeded, "/trade 2025"))[:2] == [
        "Jan–Nov 2025: total trade RM21.2 billion", "Jan–Nov 2025: total trade USD 4.92 billion"]
    assert ask(seeded, "/trade 1999").title == "No trade figures for 1999."


def test_trade_chart_carries_the_data_of_one_currency(seeded: Parts) -> None:
    reply = ask(seeded, "/trade chart")
    assert reply.chart is not None and reply.chart.kind == "bar"
    assert reply.chart.labels == ("2024", "Jan–Nov 2025")
    assert reply.chart.values == (24.15, 21.2)
    assert reply.chart.unit == "RM billion"
    usd = ask(seeded, "/trade chart usd").chart
    assert usd is not None
    assert usd.labels == ("Jan–Nov 2025", "Target 2026") and usd.values == (4.92, 10.0)


@pytest.mark.parametrize("args", ["foo", "2025..2019", "nov", "2025-13"])
def test_trade_bad_arguments_answer_with_usage(seeded: Parts, args: str) -> None:
    reply = ask(seeded, f"/trade {args}")
    assert reply.is_error
    assert any(note.startswith("Usage: /trade") for note in reply.notes)


# ---- /agreements --------------------------------------------------------------------------------

def test_agreements_grouped_by_date_and_place_undated_last(seeded: Parts) -> None:
    reply = ask(seeded, "/agreements")
    assert reply.title == "Agreements (9)"
    assert [s.title for s in reply.sections] == ["7 Jan 2026, Ankara", "Undated"]
    ankara, undated = reply.sections
    assert "(council, established)" in ankara.items[0].text  # its name is the first report's: indexer's choice
    assert [i.text for i in ankara.items[1:]] == [
        "Bilateral agreement on higher education (agreement, signed)",
        "Bilateral agreement on investment (agreement, signed)",
        "Bilateral agreement on export financing (agreement, signed)",
        "Bilateral agreement on research (agreement, signed)",
        "Bilateral agreement on shipbuilding (agreement, signed)",
        "Bilateral agreement on information and communication technologies (agreement, signed)",
    ]
    council = ankara.items[0]  # the same council as 003's undated HLSCC: merged across the corpus
    assert sources(council) == [ANADOLU, XINHUA, UNDATED_003]
    assert council.detail == "Reported by 3 sources: Anadolu Agency, Xinhua News Agency, 003_b015667313c157d3"
    assert all(sources(i) == [XINHUA] for i in ankara.items[1:])
    assert [i.text for i in undated.items] == [
        "Malaysia–Türkiye free trade agreement (free trade agreement, in force)",
        "ISIS Malaysia – SETA memorandum of understanding (MoU, signed) — strategic research, policy dialogue, "
        "expert exchanges",
    ]
    assert undated.items[1].detail == "Parties: ISIS Malaysia, SETA"


@pytest.mark.parametrize(("args", "expected"), [
    ("education", ["Bilateral agreement on higher education (agreement, signed)"]),
    ("shipbuliding", ["Bilateral agreement on shipbuilding (agreement, signed)"]),
    ("ict", ["Bilateral agreement on information and communication technologies (agreement, signed)"]),
    ("mou", ["ISIS Malaysia – SETA memorandum of understanding (MoU, signed) — strategic research, "
             "policy dialogue, expert exchanges"]),
    ("in force", ["Malaysia–Türkiye free trade agreement (free trade agreement, in force)"]),
])
def test_agreements_filter_by_field_kind_and_status(seeded: Parts, args: str, expected: list[str]) -> None:
    assert texts(ask(seeded, f"/agreements {args}")) == expected


def test_agreements_filter_by_year_and_kind(seeded: Parts) -> None:
    reply = ask(seeded, "/agreements 2026 council")
    assert reply.title == "Agreements: council, 2026 (1)"
    assert [s.title for s in reply.sections] == ["7 Jan 2026, Ankara"]
    assert len(ask(seeded, "/agreements 2026").items) == 7
    assert ask(seeded, "/agreements 2019").title == "No agreements match '2019'."


def test_agreements_say_which_spelling_they_used(seeded: Parts) -> None:
    reply = ask(seeded, "/agreements educaton")
    assert reply.title == "Agreements: education (1)"
    assert "Showing results for 'education' (you typed 'educaton')." in reply.notes


# ---- /timeline ----------------------------------------------------------------------------------

TIMELINE = [
    "2019: Türkiye launches its Asia Anew Initiative",
    "2019: Türkiye announces its 'Back to Asia' initiative",
    "2025, Istanbul: Khaled Nordin meets Turkish National Defence Minister Yaşar Güler at IDEF 2025 in Istanbul",
    # 001's "his visit to Kuala Lumpur last year" and 002's "in February last year": one visit, merged
    "Feb 2025, Kuala Lumpur: Erdoğan visits Kuala Lumpur; the two sides agree to hold a high-level cooperation meeting",
    "19 Nov 2025, Kuala Lumpur: Malaysian Defence Minister Mohamed Khaled Nordin meets a Turkish delegation led by "
    "ASELSAN CEO Ahmet Akyol, with Turkish Ambassador Emir Salim Yüksel",
    "7 Jan 2026, Ankara: First high-level cooperation meeting and joint press conference of Erdoğan and "
    "Anwar Ibrahim in Ankara",
    "8 Jan 2026, Istanbul: Anwar Ibrahim holds a roundtable with Turkish captains of industry (46 Turkish and seven "
    "Malaysian companies); Malaysia and Türkiye agree to strengthen cooperation in strategic industries",
    "8 Jan 2026, Istanbul: Anwar Ibrahim arrives in Istanbul at the end of a three-day official visit to Türkiye",
]


def test_timeline_in_date_order_each_date_at_its_precision(seeded: Parts) -> None:
    reply = ask(seeded, "/timeline")
    assert reply.title == "Timeline (8 events)"
    assert texts(reply) == TIMELINE
    for merged in (reply.items[3], reply.items[5]):
        assert sources(merged) == [ANADOLU, XINHUA]
        assert merged.detail == "Reported by 2 sources: Anadolu Agency, Xinhua News Agency"
    assert sources(reply.items[0]) == [ANADOLU]


@pytest.mark.parametrize(("args", "title", "expected"), [
    ("2025", "Timeline: 2025 (3 events)", TIMELINE[2:5]),
    ("nov 2025", "Timeline: Nov 2025 (1 event)", TIMELINE[4:5]),
    ("November 2025", "Timeline: Nov 2025 (1 event)", TIMELINE[4:5]),
    ("feb", "Timeline: Feb 2025 (1 event)", TIMELINE[3:4]),
    ("2025-02..2026-01-07", "Timeline: Feb 2025–7 Jan 2026 (3 events)", TIMELINE[3:6]),
    ("2019..2025", "Timeline: 2019–2025 (5 events)", TIMELINE[:5]),
    ("istanbul", "Timeline: istanbul (3 events)", [TIMELINE[2], TIMELINE[6], TIMELINE[7]]),
    ("ankra", "Timeline: ankara (1 event)", [TIMELINE[5]]),
    ("2025 Kuala Lumpur", "Timeline: 2025, Kuala Lumpur (2 events)", [TIMELINE[3], TIMELINE[4]]),
])
def test_timeline_filters(seeded: Parts, args: str, title: str, expected: list[str]) -> None:
    reply = ask(seeded, f"/timeline {args}")
    assert (reply.title, texts(reply)) == (title, expected)


def test_timeline_chart_counts_events_per_year_or_month(seeded: Parts) -> None:
    chart = ask(seeded, "/timeline chart").chart
    assert chart is not None and chart.kind == "timeline"
    assert (chart.labels, chart.values) == (("2019", "2025", "2026"), (2.0, 3.0, 3.0))
    monthly = ask(seeded, "/timeline 2025 chart").chart
    assert monthly is not None
    assert (monthly.labels, monthly.values) == (("Feb 2025", "Nov 2025"), (1.0, 1.0))


@pytest.mark.parametrize("args", ["2026..2025", "2025-13", "jan..mar"])
def test_timeline_bad_arguments_answer_with_usage(seeded: Parts, args: str) -> None:
    reply = ask(seeded, f"/timeline {args}")
    assert reply.is_error and any(n.startswith("Usage: /timeline") for n in reply.notes)


def test_timeline_with_nothing_in_range(seeded: Parts) -> None:
    assert ask(seeded, "/timeline 2030").title == "No events in 2030."
    assert ask(seeded, "/timeline zeppelin").title == "No events match 'zeppelin'."


# ---- /summary -----------------------------------------------------------------------------------

def test_summary_of_the_relationship(seeded: Parts) -> None:
    reply = ask(seeded, "/summary")
    assert reply.title == "Malaysia–Türkiye: the state of the relationship"
    sections = {s.title: [i.text for i in s.items] for s in reply.sections}
    assert sections["Trade"] == [
        "Jan–Nov 2025: total trade RM21.2 billion",
        "Jan–Nov 2025: total trade USD 4.92 billion",
        "USD 10 billion by 2026; the latest USD figure, USD 4.92 billion (Jan–Nov 2025), is 50.8% below it",
    ]
    assert sections["Latest events"] == [TIMELINE[7], TIMELINE[6], TIMELINE[5]]
    assert sections["Agreements"] == [
        "7 Jan 2026, Ankara: 1 council established (strategic cooperation); 6 agreements signed (higher education, "
        "investment, export financing, research, shipbuilding, information and communication technologies)"]
    assert sections["Key people"][:3] == [
        "Anwar Ibrahim — Prime Minister of Malaysia",
        "Johari Abdul Ghani — Investment, Trade and Industry Minister of Malaysia",
        "Recep Tayyip Erdoğan — President of Türkiye",
    ]
    assert reply.notes[0].startswith("Built from 5 articles by 3 publishers; the newest is dated 8 Jan 2026.")


def test_summary_of_one_article_by_id_prefix_or_keyword(seeded: Parts) -> None:
    by_id = ask(seeded, "/summary 002_7965e49280e713be")
    assert by_id.title == "Türkiye, Malaysia pledge deeper cooperation in defense, trade"
    assert all(sources(i) == [XINHUA] for i in by_id.items) and len(by_id.items) == 3
    assert "Xinhua News Agency, 8 Jan 2026." in by_id.notes
    assert ask(seeded, "/summary 002").title == by_id.title
    by_word = ask(seeded, "/summary ASELSAN Akyol")
    assert by_word.title == "Malaysia and Turkey Set the Stage for a Deeper, High-Technology Defence Alliance"
    missing = ask(seeded, "/summary zeppelin")
    assert missing.title == "No article matches 'zeppelin'." and missing.is_error


# ---- /search ------------------------------------------------------------------------------------

def test_search_cites_each_hit(seeded: Parts) -> None:
    reply = ask(seeded, "/search shipbuilding")
    assert reply.title == "Search: shipbuilding (1 sentence)"
    (hit,) = reply.items
    assert "research, shipbuilding, and information and communication technologies" in hit.text
    assert sources(hit) == [XINHUA] and hit.citations[0].quote == hit.text


def test_search_corrects_misspellings(seeded: Parts) -> None:
    reply = ask(seeded, "/search Erdogn shipbuliding")
    erdogan = "erdogan"  # the seeds write it both ways; PostgreSQL keeps the diacritic, SQLite folds it
    assert reply.title.startswith(f"Search: {erdogan} shipbuilding (")
    assert f"Showing results for '{erdogan}' (you typed 'erdogn')." in reply.notes
    assert "Showing results for 'shipbuilding' (you typed 'shipbuliding')." in reply.notes
    assert "No sentence has all of these words; these have some of them." in reply.notes
    if seeded.engine.dialect.name == "sqlite":
        assert "shipbuilding" in reply.items[0].text  # the rarer word weighs more in bm25
    both = ask(seeded, "/search Erdogn Ankra")
    assert both.title == f"Search: {erdogan} ankara (1 sentence)"
    assert all("Erdogan" in i.text and "Ankara" in i.text for i in both.items)


def test_search_ranks_by_bm25(seeded: Parts) -> None:
    reply = ask(seeded, "/search ASELSAN")
    assert reply.title == "Search: aselsan (2 sentences)"
    assert [sources(i) for i in reply.items] == [[BERNAMA], [("004_5e93f1f7c1ca2ca7", "2025-11-19")]]
    assert ask(seeded, "/search zeppelin").title == "No sentence mentions 'zeppelin'."
    assert ask(seeded, "/search").is_error


# ---- /who ---------------------------------------------------------------------------------------

def test_who_a_person_by_alias_or_misspelling(seeded: Parts) -> None:
    for name in ("Erdogan", "Erdoğan", "Recep Tayyip Erdogan", "erdogn"):
        reply = ask(seeded, f"/who {name}")
        assert reply.title == "Recep Tayyip Erdoğan — President of Türkiye", name
    reply = dispatch("/who Erdogan", seeded.store)
    pages = [dispatch(reply.page_request(n), seeded.store) for n in range(1, reply.pages + 1)]
    sections: dict[str | None, list[str]] = {}
    for section in (s for page in pages for s in page.sections):
        sections.setdefault(section.title, []).extend(i.text for i in section.items)
    assert sections["Who"] == ["Recep Tayyip Erdoğan: President of Türkiye (also: Erdoğan, Erdogan)"]
    assert sections["Events"] == [TIMELINE[3], TIMELINE[5]]
    assert "“Especially, we will continue to closely follow Gaza”" in sections["Quotes"]
    assert len(sections["Quotes"]) == 5
    assert len(sections["Sources"]) == 4


def test_who_a_person_with_role_and_quotes(seeded: Parts) -> None:
    reply = ask(seeded, "/who Khaled Nordin")
    assert reply.title == "Mohamed Khaled Nordin — Defence Minister of Malaysia"
    sections = {s.title: [i.text for i in s.items] for s in reply.sections}
    assert sections["Events"] == [TIMELINE[2], TIMELINE[4]]
    assert sections["Quotes"] == ["“break away from the conventional procurement mindset”",
                                  "“Long-term cooperation will strengthen national supply chains, empower local "
                                  "industries, and ultimately expand Malaysia’s presence in global defence markets”"]


def test_who_an_organisation(seeded: Parts) -> None:
    reply = ask(seeded, "/who ASELSAN")
    sections = {s.title: [i.text for i in s.items] for s in reply.sections}
    assert sections["People"] == ["Ahmet Akyol — CEO and President of ASELSAN"]
    assert sections["Events"] == [TIMELINE[4]]
    seta = ask(seeded, "/who SETA")
    assert [s.title for s in seta.sections] == ["Agreements"]


def test_who_unknown_and_empty(seeded: Parts) -> None:
    assert ask(seeded, "/who Zeppelin").title == "No one called 'Zeppelin' in the index."
    assert ask(seeded, "/who").is_error


# ---- /sources and /help -------------------------------------------------------------------------

def test_sources_newest_first(seeded: Parts) -> None:
    reply = ask(seeded, "/sources")
    assert reply.title == "Sources (5 articles)"
    assert [sources(i)[0] for i in reply.items] == [BERNAMA, XINHUA, ANADOLU, ("004_5e93f1f7c1ca2ca7", "2025-11-19"),
                                                     UNDATED_003]
    assert reply.items[1].text == "Türkiye, Malaysia pledge deeper cooperation in defense, trade"
    assert reply.items[1].detail.endswith("(/summary 002_7965e49280e713be)")
    assert ask(seeded, "/sources extra").is_error


def test_help_lists_the_registry(seeded: Parts) -> None:
    reply = ask(seeded, "/help")
    public = [c for c in COMMANDS.values() if not c.admin_only]
    assert texts(reply) == [f"{c.usage} — {c.summary}" for c in public]
    assert ask(seeded, "/help trade").title == f"Usage: {COMMANDS['trade'].usage}"
    assert ask(seeded, "/help /timeline").title == f"Usage: {COMMANDS['timeline'].usage}"
    unknown = ask(seeded, "/help trades")
    assert unknown.is_error and unknown.notes == ("Did you mean /trade?",)


def test_unknown_command_suggests(seeded: Parts) -> None:
    reply = ask(seeded, "/trad 2025")
    assert reply.is_error and reply.notes == ("Did you mean /trade?",)


# ---- empty database -----------------------------------------------------------------------------

@pytest.mark.parametrize("command", READ_COMMANDS + ["help"])
def test_every_command_answers_helpfully_on_an_empty_database(empty_parts: Parts, command: str) -> None:
    args = {"search": " shipbuilding", "who": " Anwar"}.get(command, "")
    reply = ask(empty_parts, f"/{command}{args}")
    assert "went wrong" not in reply.title
    assert reply.title and (reply.notes or reply.items)


def test_empty_database_titles(empty_parts: Parts) -> None:
    assert ask(empty_parts, "/trade").title == "No trade figures yet."
    assert ask(empty_parts, "/agreements").title == "No agreements yet."
    assert ask(empty_parts, "/timeline").title == "No events yet."
    assert ask(empty_parts, "/sources").title == "No articles indexed yet."
    assert ask(empty_parts, "/summary").title == "Nothing is indexed yet."
    assert ask(empty_parts, "/search trade").title == "Nothing is indexed yet."
