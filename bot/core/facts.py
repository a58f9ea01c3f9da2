"""The fact model: what the extractor finds in one article, in the export's format."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Metric = Literal["total_trade", "exports", "imports", "investment", "target"]
AgreementKind = Literal["agreement", "mou", "council", "fta", "declaration", "contract"]
AgreementStatus = Literal["signed", "planned", "in_force", "established"]
Precision = Literal["day", "month", "year"]


class TradeFigure(BaseModel):
    metric: Metric
    value: float
    currency: str
    period: str | None
    quote: str


class Ranking(BaseModel):
    subject: str
    rank: int
    role: str
    scope: str | None = None
    year: str | None = None
    quote: str


class Agreement(BaseModel):
    kind: AgreementKind
    name: str
    domains: list[str] = Field(default_factory=list)
    date: str | None = None
    place: str | None = None
    status: AgreementStatus = "signed"
    parties: list[str] = Field(default_factory=list)
    quote: str


class Event(BaseModel):
    date: str
    precision: Precision
    what: str
    place: str | None = None
    actors: list[str] = Field(default_factory=list)
    optional: bool = False
    quote: str


class Person(BaseModel):
    name: str
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Quote(BaseModel):
    speaker: str
    text: str


FACT_TYPES: dict[str, type[BaseModel]] = {
    "trade_figures": TradeFigure,
    "rankings": Ranking,
    "agreements": Agreement,
    "events": Event,
    "people": Person,
    "quotes": Quote,
}


class ArticleFacts(BaseModel):
    """Everything extracted from one article, before it is stored."""

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    published_precision: Precision | None = None
    dateline_place: str | None = None
    sentences: list[str] = Field(default_factory=list)
    summary: list[str] = Field(default_factory=list)
    trade_figures: list[TradeFigure] = Field(default_factory=list)
    rankings: list[Ranking] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)

    def facts(self) -> list[tuple[str, BaseModel]]:
        """Every fact with its kind name, in a stable order."""
        return [(kind, fact) for kind in FACT_TYPES for fact in getattr(self, kind)]
