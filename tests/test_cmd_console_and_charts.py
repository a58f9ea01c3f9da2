"""The console adapter (render_text, ask, chat) and the chart pictures, on the seed facts."""
from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bot.adapters.console import ask_reply, chat, render_text
from bot.bootstrap import Parts
from bot.charts import render_png
from bot.reply import Chart, Citation, Item, Reply, Section
from cmd_corpus import ROOT, store_seed_facts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def seeded(empty_parts: Parts) -> Parts:
    store_seed_facts(empty_parts.engine)
    return empty_parts


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_render_text_writes_citations_notes_and_paging() -> None:
    cited = Citation(article_id="a1", publisher="Bernama", published="2026-01-08",
                     quote="Trade rose to RM21.2 billion.")
    item = Item("2025: RM21.2 billion", (cited,), "Reported by 1")
    reply = Reply(title="Trade", sections=(Section("Figures", (item,)),),
                  notes=("A note.",), command="trade", args=("2025",), page=1, pages=3)
    assert render_text(reply) == "\n".join([
        "Trade", "", "Figures", "• 2025: RM21.2 billion", "  Reported by 1",
        "  — Bernama, 2026-01-08: “Trade rose to RM21.2 billion.”", "", "A note.", "",
        "Page 1 of 3 (next: /trade 2025 page 2)",
    ])


def test_render_text_says_the_chart_is_a_picture_elsewhere_and_gives_its_data() -> None:
    reply = Reply(title="Trade", chart=Chart("bar", "Total trade (RM billion)", ("2024", "Jan–Nov 2025"),
                                             (24.15, 21.2), "RM billion"))
    text = render_text(reply)
    assert "Total trade (RM billion): a chart of this is available in Slack and Telegram. The data:" in text
    assert "  2024: 24.15 RM billion\n  Jan–Nov 2025: 21.2 RM billion" in text


def test_console_answers_through_the_registry(seeded: Parts) -> None:
    text = render_text(ask_reply("/trade", seeded))
    assert text.startswith(
        "Malaysia–Türkiye trade\n\nFigures, newest first\n• Jan–Nov 2025: total trade RM21.2 billion")
    assert "  — Bernama, 2026-01-08: “Malaysia’s trade with Turkiye from January to November 2025 totalled" in text
    errors = render_text(ask_reply("/trade nonsense", seeded))
    assert errors.startswith("Error: /trade does not understand 'nonsense'.")
    assert "Usage: /trade" in errors


def test_chat_pages_with_next_and_leaves_on_quit(seeded: Parts, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setattr("bot.adapters.console.HISTORY_FILE", tmp_path / "history")
    typed = iter(["search Malaysia", "next", "prev", "prev", "", "/timeline 2025", "quit", "/never"])
    written: list[str] = []
    chat(read=lambda prompt: next(typed), write=written.append, parts=seeded)
    answers = written[1:]
    assert answers[0].startswith("Search: malaysia (") and "Page 1 of " in answers[0]
    assert "Page 2 of " in answers[1] and answers[2] == answers[0]
    assert answers[3] == "There is no other page."
    assert answers[4].startswith("Timeline: 2025 (3 events)")
    assert len(answers) == 5


def test_chat_ends_on_end_of_input(seeded: Parts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("bot.adapters.console.HISTORY_FILE", tmp_path / "history")

    def read(prompt: str) -> str:
        raise EOFError

    written: list[str] = []
    chat(read=read, write=written.append, parts=seeded)
    assert written[-1] == ""


def test_newsbot_ask_prints_one_reply(tmp_path: Path) -> None:
    """The real command line on a fresh database: seeded on first use, then answered."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'ask.db'}", "NEWSBOT_AUTO_SEED": "1"}
    env.pop("NEWSBOT_TEST_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "/sources"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Sources (5 articles)\n")
    assert "Türkiye, Malaysia pledge deeper cooperation in defense, trade" in done.stdout


def test_newsbot_ask_refuses_an_unknown_command_with_exit_code_1(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'ask.db'}", "NEWSBOT_AUTO_SEED": "0"}
    env.pop("NEWSBOT_TEST_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "/trdae", "2025"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("Error: Unknown command /trdae.") and "Did you mean /trade?" in done.stderr


def test_charts_render_as_png() -> None:
    bar = render_png(Chart("bar", "Total trade (USD billion)", ("Jan–Nov 2025", "Target 2026"), (4.92, 10.0),
                           "USD billion"))
    timeline = render_png(Chart("timeline", "Events per year", ("2019", "2025", "2026"), (2.0, 4.0, 3.0), "events"))
    assert png_size(bar)[0] >= 600 and png_size(timeline)[1] >= 400
    with pytest.raises(ValueError):
        render_png(Chart("bar", "Broken", ("a", "b"), (1.0,)))


def test_trade_and_timeline_charts_draw(seeded: Parts) -> None:
    for request in ("/trade chart", "/timeline chart"):
        chart = ask_reply(request, seeded).chart
        assert chart is not None
        assert png_size(render_png(chart))[0] > 0
