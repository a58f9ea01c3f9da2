"""The layering the design card asks for, checked on the source: platforms stay inside the adapters."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLATFORM_PACKAGES = {"telegram", "slack_bolt", "slack_sdk"}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def sources(*folders: str) -> list[Path]:
    return [p for folder in folders for p in (ROOT / folder).rglob("*.py")]


@pytest.mark.parametrize("path", sources("bot", "handlers"), ids=lambda p: str(p.relative_to(ROOT)))
def test_only_adapters_know_the_chat_platforms(path: Path) -> None:
    if "adapters" in path.parts:
        return
    assert not {name.split(".")[0] for name in imported_packages(path)} & PLATFORM_PACKAGES


@pytest.mark.parametrize("path", sources("handlers", "bot/core"), ids=lambda p: str(p.relative_to(ROOT)))
def test_handlers_and_core_do_not_reach_into_adapters(path: Path) -> None:
    assert not any(name.startswith("bot.adapters") for name in imported_packages(path))


@pytest.mark.parametrize("path", sources("bot/core"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_does_not_depend_on_handlers(path: Path) -> None:
    assert not any(name.startswith("handlers") for name in imported_packages(path))
