"""When two articles report the same fact: merge keys and fuzzy matching."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import filterfalse

from pydantic import BaseModel
from rapidfuzz import fuzz

from bot.core.facts import Agreement, Event, Person, Quote, Ranking, TradeFigure

_NON_WORD = re.compile(r"[^a-z0-9]+")
AGREEMENT_CLASS = {"agreement": "instrument", "mou": "instrument", "declaration": "instrument",
                   "contract": "instrument", "council": "council", "fta": "fta"}


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Lower-case ASCII words, for comparing names across spellings."""
    if text and text.isascii():
        return " ".join(_NON_WORD.split(text.lower())).strip()
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(filterfalse(unicodedata.combining, text)).lower()
    text = text.replace("ı", "i")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def sort_date(fact: BaseModel) -> str:
    """The date a fact is filed under, for ordering and for finding merge candidates."""
    if isinstance(fact, Event):
        return fact.date
    if isinstance(fact, Agreement):
        return fact.date or ""
    if isinstance(fact, TradeFigure):
        return (fact.period or "").split("/")[-1]
    if isinstance(fact, Ranking):
        return fact.year or ""
    return ""


def merge_key(kind: str, fact: BaseModel) -> str:
    """An exact key: facts with equal keys are the same fact."""
    if isinstance(fact, TradeFigure):
        return f"{fact.metric}|{fact.currency}|{fact.period}|{round(fact.value, -4):.0f}"
    if isinstance(fact, Ranking):
        return f"{fold(fact.subject)}|{fact.rank}|{fold(fact.role)}|{fold(fact.scope)}|{fact.year}"
    if isinstance(fact, Agreement):
        name = " ".join(sorted(set(fold(" ".join(fact.domains) or fact.name).split())))
        return f"{AGREEMENT_CLASS[fact.kind]}|{fact.date or ''}|{name}"
    if isinstance(fact, Event):
        return f"{fact.date}|{fold(fact.place)}|{fold(fact.what)[:120]}"
    if isinstance(fact, Person):
        return fold(fact.name)
    if isinstance(fact, Quote):
        return f"{fold(fact.speaker)}|{fold(fact.text)[:200]}"
    raise TypeError(kind)


def _names_overlap(left: list[str], right: list[str]) -> bool:
    folded = {fold(b) for b in right} - {""}
    return any(fold(a) in folded or any(fuzz.token_set_ratio(fold(a), b, score_cutoff=85) for b in folded)
               for a in left if fold(a))


def could_be_same(new: BaseModel, old: dict) -> bool:
    """A cheap test on a stored fact's data before the full comparison."""
    if isinstance(new, Event):
        return bool(new.place) and fold(new.place) == fold(old.get("place"))
    if isinstance(new, Agreement):
        return AGREEMENT_CLASS[new.kind] == AGREEMENT_CLASS.get(old.get("kind", ""))
    return True


def same_fact(new: BaseModel, old: BaseModel, pair_names: AbstractSet[str]) -> bool:
    """Fuzzy sameness for facts whose wording differs between publishers."""
    if isinstance(new, Event) and isinstance(old, Event):
        if not (new.date.startswith(old.date) or old.date.startswith(new.date)):
            return False
        same_place = bool(new.place) and fold(new.place) == fold(old.place)
        return same_place and _names_overlap(new.actors, old.actors)
    if isinstance(new, Agreement) and isinstance(old, Agreement):
        if AGREEMENT_CLASS[new.kind] != AGREEMENT_CLASS[old.kind]:
            return False
        if new.date and old.date and not (new.date.startswith(old.date) or old.date.startswith(new.date)):
            return False
        strip = re.compile(r"\b(" + "|".join(sorted(pair_names, key=len, reverse=True)) + r")\b") if pair_names else None

        def bare(agreement: Agreement) -> str:
            text = fold(" ".join(agreement.domains) + " " + agreement.name)
            return strip.sub(" ", text) if strip else text

        return fuzz.token_set_ratio(bare(new), bare(old)) >= (80 if new.kind == "council" else 90)
    if isinstance(new, Person) and isinstance(old, Person):
        return _names_overlap([new.name, *new.aliases], [old.name, *old.aliases])
    return False


def combined_data(old: dict, new: BaseModel, added: dict) -> dict:
    """The merged fact's data: the old fact (as stored) completed by what the new report adds (`added` is
    new.model_dump()). Left unvalidated, as most merges add nothing and the writer then has nothing to write."""
    data = dict(old)
    for field, value in added.items():
        current = data.get(field)
        if value == current or field == "quote":  # most fields of a fact reported again
            continue
        if isinstance(current, list) and isinstance(value, list):
            seen = {fold(str(item)) for item in current}
            data[field] = current + [item for item in value if fold(str(item)) not in seen]
        elif current in (None, "") and value not in (None, ""):
            data[field] = value
        elif field == "date" and isinstance(value, str) and isinstance(current, str) and len(value) > len(current):
            data[field] = value
            if "precision" in data:
                data["precision"] = added.get("precision", data["precision"])
    if isinstance(new, Agreement) and _proper_words(new.name) > _proper_words(old.get("name") or ""):
        data["name"] = new.name
    old_role = old.get("role")
    if isinstance(new, Person) and new.role and old_role and old_role in new.role and new.role != old_role:
        data["role"] = new.role
    return data


def _proper_words(name: str) -> int:
    """How much of a name is a proper name (`High-Level Strategic Cooperation Council` beats
    `high-level cooperation meeting`)."""
    return sum(1 for word in name.split() if word[:1].isupper())
