"""One call from article text to structured summary: what the HTTP API serves."""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from summarizers.algorithms import DEFAULT_ALGORITHM, SentenceOrder, Summary, summarize
from summarizers.digest import DEFAULT_MAX_CHARS as DEFAULT_DIGEST_CHARS
from summarizers.digest import render_digest
from summarizers.document import Document, parse_document
from summarizers.figures import DEFAULT_MAX_FIGURES, KeyFigure, extract_key_figures
from summarizers.temporal import (
    TimeExpression,
    TimelineEvent,
    build_timeline,
    find_reference_date,
    tag_document,
)


class Part(StrEnum):
    """The parts of a structured summary a caller can ask for."""

    SUMMARY = "summary"
    KEY_FIGURES = "key_figures"
    TIMELINE = "timeline"
    TEMPORAL_EXPRESSIONS = "temporal_expressions"
    STATS = "stats"
    DIGEST = "digest"


class ReferenceDateSource(StrEnum):
    """Where the date that relative expressions are resolved against came from."""

    REQUEST = "request"
    TEXT = "text"
    TODAY = "today"


# Every expression the tagger found is a debugging aid, and the digest repeats the other
# parts as text: both only when asked for.
DEFAULT_PARTS: frozenset[Part] = frozenset(Part) - {Part.TEMPORAL_EXPRESSIONS, Part.DIGEST}


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
    key_figures: tuple[KeyFigure, ...] | None
    timeline: tuple[TimelineEvent, ...] | None
    temporal_expressions: tuple[TimeExpression, ...] | None
    stats: Stats | None
    digest: str | None = None
    notes: tuple[str, ...] = ()


def document_stats(document: Document) -> Stats:
    return Stats(
        characters=len(document.text),
        words=document.word_count,
        sentences=len(document.sentences),
        paragraphs=len(document.paragraphs),
    )


@contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    """Run the call with Python's cyclic garbage collector paused (if it was running).

    A long text becomes hundreds of thousands of small objects (sentences, token tuples,
    amounts, matches) that live until the call returns and hold no reference cycles:
    reference counting frees them. While they pile up, the collector would walk them again
    and again, and every few calls a full collection would walk the whole heap as well:
    nearly a tenth of the pipeline's time at 100,000 words, for nothing to collect. Paused,
    the cycles a call may leave are collected after it, as usual.

    It decorates the function rather than wrapping its body, so that the call's locals (the
    parsed document above all) are freed before the collector resumes: resumed while they
    lived, its first pass would walk them all once more (21 ms of 0.7 s at 154,000 words).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@_cyclic_collector_paused()
def summarize_article(
    text: str,
    *,
    title: str | None = None,
    language: str = "english",
    algorithm: str = DEFAULT_ALGORITHM,
    sentences: int = 3,
    order: SentenceOrder = SentenceOrder.OFFSET,
    include: Collection[Part] = DEFAULT_PARTS,
    max_figures: int = DEFAULT_MAX_FIGURES,
    digest_max_chars: int = DEFAULT_DIGEST_CHARS,
    reference_date: date | None = None,
    today: date,
) -> StructuredSummary:
    """Parse `text` once and build every requested part of its structured summary.

    `reference_date` is the article's publication date when the caller knows it;
    `today` is the fallback, passed in so that the library never reads the clock.
    """
    document = parse_document(text, title=title, language=language)
    reference_date, reference_date_source = _reference_date(document, reference_date, today)
    notes: list[str] = []
    # Key figures in the summary sentences are more salient, so the summary is built
    # whenever figures are asked for, even if it is not returned.
    wants_figures = Part.KEY_FIGURES in include or Part.DIGEST in include
    wants_timeline = Part.TIMELINE in include or Part.DIGEST in include
    summary = (
        summarize(document, algorithm=algorithm, sentences=sentences, order=order)
        if Part.SUMMARY in include or wants_figures
        else None
    )
    key_figures = None
    if wants_figures:
        assert summary is not None
        key_figures = extract_key_figures(
            document,
            summary_sentences=[sentence.index for sentence in summary.sentences],
            max_figures=max_figures,
        )
        if not document.language.has_figure_rules:
            notes.append(_not_yet(Part.KEY_FIGURES, document))
    timeline = expressions = None
    if wants_timeline or Part.TEMPORAL_EXPRESSIONS in include:
        expressions = tag_document(document, reference_date)
        if wants_timeline:
            timeline = build_timeline(document, expressions)
        if not document.language.has_timeline_rules:
            notes.append(_not_yet(Part.TIMELINE, document))
    digest = None
    if Part.DIGEST in include:
        digest = render_digest(
            title=document.title,
            summary=summary,
            timeline=timeline,
            key_figures=key_figures,
            max_chars=digest_max_chars,
        )
    return StructuredSummary(
        title=document.title,
        language=document.language.name,
        reference_date=reference_date,
        reference_date_source=reference_date_source,
        summary=summary if Part.SUMMARY in include else None,
        key_figures=key_figures if Part.KEY_FIGURES in include else None,
        timeline=timeline if Part.TIMELINE in include else None,
        temporal_expressions=expressions if Part.TEMPORAL_EXPRESSIONS in include else None,
        stats=document_stats(document) if Part.STATS in include else None,
        digest=digest,
        notes=tuple(notes),
    )


def _reference_date(
    document: Document, requested: date | None, today: date
) -> tuple[date, ReferenceDateSource]:
    if requested is not None:
        return requested, ReferenceDateSource.REQUEST
    published = find_reference_date(document)
    if published is not None:
        return published, ReferenceDateSource.TEXT
    return today, ReferenceDateSource.TODAY


def _not_yet(part: Part, document: Document) -> str:
    return (
        f"{part.value}: not available in {document.language.name} yet (English only), so the list is "
        "empty rather than a wrong parse."
    )


def preload(languages: Collection[str] = ("english",)) -> None:
    """Load sentence models and compile every pattern now rather than on the first request.

    The first call otherwise pays for loading Punkt models and compiling the figure and
    date rules (about 1.2 s, most of it compiling the date rules); a server calls this once
    at start-up, before forking workers.
    """
    for language in languages:
        summarize_article("Warm-up. Prices rose 5% on Monday.", language=language, today=date(2000, 1, 1))
