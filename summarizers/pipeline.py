"""One call from article text to structured summary: what the HTTP API serves."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from summarizers.algorithms import DEFAULT_ALGORITHM, SentenceOrder, Summary, summarize
from summarizers.document import Document, parse_document


class Part(StrEnum):
    """The parts of a structured summary a caller can ask for."""

    SUMMARY = "summary"
    STATS = "stats"


class ReferenceDateSource(StrEnum):
    """Where the date that relative expressions are resolved against came from."""

    REQUEST = "request"
    TEXT = "text"
    TODAY = "today"


DEFAULT_PARTS: frozenset[Part] = frozenset(Part)


@dataclass(frozen=True, slots=True)
class Stats:
    characters: int
    words: int
    sentences: int
    paragraphs: int


@dataclass(frozen=True, slots=True)
class StructuredSummary:
    title: str | None
    language: str
    reference_date: date
    reference_date_source: ReferenceDateSource
    summary: Summary | None
    stats: Stats | None


def document_stats(document: Document) -> Stats:
    return Stats(
        characters=len(document.text),
        words=document.word_count,
        sentences=len(document.sentences),
        paragraphs=len(document.paragraphs),
    )


def summarize_article(
    text: str,
    *,
    title: str | None = None,
    language: str = "english",
    algorithm: str = DEFAULT_ALGORITHM,
    sentences: int = 3,
    order: SentenceOrder = SentenceOrder.OFFSET,
    include: Collection[Part] = DEFAULT_PARTS,
    reference_date: date | None = None,
    today: date,
) -> StructuredSummary:
    """Parse `text` once and build every requested part of its structured summary.

    `reference_date` is the article's publication date when the caller knows it;
    `today` is the fallback, passed in so that the library never reads the clock.
    """
    document = parse_document(text, title=title, language=language)
    if reference_date is not None:
        reference_date_source = ReferenceDateSource.REQUEST
    else:
        reference_date, reference_date_source = today, ReferenceDateSource.TODAY
    summary = (
        summarize(document, algorithm=algorithm, sentences=sentences, order=order)
        if Part.SUMMARY in include
        else None
    )
    return StructuredSummary(
        title=document.title,
        language=document.language.name,
        reference_date=reference_date,
        reference_date_source=reference_date_source,
        summary=summary,
        stats=document_stats(document) if Part.STATS in include else None,
    )
