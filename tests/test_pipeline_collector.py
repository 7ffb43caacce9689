"""`summarize_article` pauses Python's cyclic garbage collector for the call, and only then."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date

import pytest

import summarizers.pipeline as pipeline
from summarizers.pipeline import summarize_article

TODAY = date(2023, 7, 27)


@pytest.fixture
def collector_states_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether the collector runs, as seen from inside the pipeline (at parsing)."""
    seen: list[bool] = []
    parse = pipeline.parse_document

    def parse_and_note(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_document", parse_and_note)
    was_enabled = gc.isenabled()
    yield seen
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_during_the_call_and_running_after(collector_states_seen: list[bool]) -> None:
    gc.enable()
    summarize_article("Sales rose 5% on Monday. The company said so.", today=TODAY)
    assert collector_states_seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled(collector_states_seen: list[bool]) -> None:
    gc.disable()
    summarize_article("Sales rose 5% on Monday.", today=TODAY)
    assert collector_states_seen == [False]
    assert not gc.isenabled()


def test_the_collector_runs_again_when_the_pipeline_fails(
    collector_states_seen: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_summary(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "summarize", failing_summary)
    gc.enable()
    with pytest.raises(RuntimeError):
        summarize_article("Sales rose 5% on Monday.", today=TODAY)
    assert gc.isenabled()


def test_the_collector_resumes_after_the_calls_document_is_freed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Resumed while the parsed document lived, its first pass would walk all of it again."""
    documents_alive_at_resume: list[int] = []

    class RecordingCollector:
        isenabled, disable = staticmethod(gc.isenabled), staticmethod(gc.disable)

        @staticmethod
        def enable() -> None:
            documents_alive_at_resume.append(
                sum(isinstance(thing, pipeline.Document) for thing in gc.get_objects())
            )
            gc.enable()

    monkeypatch.setattr(pipeline, "gc", RecordingCollector)
    gc.enable()
    gc.collect()
    summarize_article("Sales rose 5% on Monday. The company said so.", today=TODAY)
    assert documents_alive_at_resume == [0]
