"""A synthetic corpus for benchmarks: the seed articles with names, numbers and dates varied."""
from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST = ["Amir", "Selin", "Hakan", "Nurul", "Farid", "Elif", "Kemal", "Aisyah", "Murat", "Siti", "Burak", "Hafiz"]
LAST = ["Rahman", "Yilmaz", "Demir", "Hassan", "Kaya", "Osman", "Aydin", "Ismail", "Celik", "Yusof", "Sahin"]
PLACES = ["Kuala Lumpur", "Ankara", "Istanbul", "Penang", "Izmir", "Johor Bahru", "Bursa", "Putrajaya"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """The same article with other people, places, amounts and years."""
    shift = rng.randint(-6, 3)
    text = re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + shift), text)
    text = re.sub(r"(\d+)\.(\d+) billion", lambda m: f"{rng.randint(1, 60)}.{rng.randint(10, 99)} billion", text)
    for name in ("Anwar Ibrahim", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Mohamed Khaled Nordin",
                 "Johari Abdul Ghani", "Mohd Faiz Abdullah", "Ahmet Akyol"):
        text = text.replace(name, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    for place in ("Istanbul", "ISTANBUL", "Ankara"):
        text = text.replace(place, rng.choice(PLACES) if place[1].islower() else rng.choice(PLACES).upper())
    text = re.sub(r"\b(Jan|Nov) (\d{1,2})\b", lambda m: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}", text)
    return text


def corpus(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """`count` (id, text) pairs."""
    rng = random.Random(seed)
    texts = seed_texts()
    for index in range(count):
        yield f"synthetic_{index:06d}", vary(texts[index % len(texts)], rng)
