"""The timeline of dated events, the calendar behind it and the publication date."""

from __future__ import annotations

from datetime import date
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.document import parse_document
from summarizers.resources import load_yaml
from summarizers.temporal import (
    build_timeline,
    find_reference_date,
    tag_document,
    tag_temporal_expressions,
    timeline,
)
from summarizers.temporal.calendar import parse_value, shift, shift_value
from summarizers.temporal.timeline import _DUPLICATE_OVERLAP, _content_words, _without_duplicates

EXAMPLE_DATE = date(2023, 7, 27)


def test_the_example_article_timeline_has_both_strikes_in_date_order_with_their_events(
    example_text: str,
) -> None:
    document = parse_document(example_text)
    timeline = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    assert [(event.expression, event.date, event.granularity) for event in timeline] == [
        ("three months ago", "2023-04", "month"),
        ("earlier this month", "2023-07", "month"),
    ]
    writers, actors = timeline
    assert writers.event == "screenwriters from the Writers Guild of America stopped work"
    assert actors.event == "more than 160,000 actors began industrial action"
    assert (writers.start_date, writers.end_date) == ("2023-04-01", "2023-04-30")
    assert (actors.start_date, actors.end_date, actors.approximate) == ("2023-07-01", "2023-07-31", True)
    assert example_text[writers.start : writers.end] == "three months ago"
    assert document.sentences[writers.sentence].start <= writers.start


def test_the_timeline_leaves_out_durations_sets_and_general_references() -> None:
    text = "The talks lasted three days. The paper comes out daily. Prices are high now. Sales fell in 2019."
    document = parse_document(text)
    timeline = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    assert [(event.date, event.event) for event in timeline] == [("2019", "Sales fell")]


def test_an_event_dated_in_the_headline_and_again_in_the_body_appears_once() -> None:
    text = (
        "Union struck on Monday over pay\n"
        "The union struck on Monday over pay, its leaders said.\n"
        "The company cut wages in March."
    )
    document = parse_document(text)
    timeline = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    assert [event.date for event in timeline] == ["2023-03", "2023-07-24"]


def test_a_relative_clause_takes_the_noun_phrase_it_describes_as_its_subject() -> None:
    text = "The listing comes amid a strike by 160,000 actors, who began industrial action last week."
    document = parse_document(text)
    (event,) = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    assert event.event == "160,000 actors began industrial action"


def test_tag_document_gives_each_expression_the_index_of_its_sentence(example_text: str) -> None:
    document = parse_document(example_text)
    for expression in tag_document(document, EXAMPLE_DATE):
        assert expression.sentence is not None
        sentence = document.sentences[expression.sentence]
        assert sentence.start <= expression.start < expression.end <= sentence.end


def test_tag_document_and_the_plain_tagger_agree_on_text_offsets_and_values(example_text: str) -> None:
    document = parse_document(example_text)
    plain = tag_temporal_expressions(example_text, EXAMPLE_DATE)
    tagged = tag_document(document, EXAMPLE_DATE)
    assert [(e.start, e.end, e.value) for e in plain] == [(e.start, e.end, e.value) for e in tagged]


@pytest.mark.parametrize(
    ("value", "granularity", "first", "last"),
    [
        ("2023-04", "month", "2023-04-01", "2023-04-30"),
        ("2024-02", "month", "2024-02-01", "2024-02-29"),
        ("2023-07-27", "day", "2023-07-27", "2023-07-27"),
        ("2023-07-27TMO", "time", "2023-07-27", "2023-07-27"),
        ("2023-W29", "week", "2023-07-17", "2023-07-23"),
        ("2023-W30-WE", "weekend", "2023-07-29", "2023-07-30"),
        ("2023-Q1", "quarter", "2023-01-01", "2023-03-31"),
        ("2023-H2", "half", "2023-07-01", "2023-12-31"),
        ("2023-SU", "season", "2023-06-01", "2023-08-31"),
        ("2023-WI", "season", "2023-12-01", "2024-02-29"),
        ("2023", "year", "2023-01-01", "2023-12-31"),
        ("199", "decade", "1990-01-01", "1999-12-31"),
        ("20", "century", "2000-01-01", "2099-12-31"),
    ],
)
def test_each_timex_value_covers_the_iso_dates_of_its_period(
    value: str, granularity: str, first: str, last: str
) -> None:
    span = parse_value(value)
    assert span is not None
    assert (span.granularity, span.start.isoformat(), span.end.isoformat()) == (granularity, first, last)


def test_values_without_a_calendar_period_cover_nothing() -> None:
    for value in ("PRESENT_REF", "PAST_REF", "P3M", "XXXX-WXX-1", "2023-13", "0000"):
        assert parse_value(value) is None


def test_shifting_keeps_the_granularity_of_an_anchor_and_takes_that_of_a_unit_from_a_day() -> None:
    assert shift(date(2023, 7, 27), "month", -3) == "2023-04"
    assert shift(date(2023, 3, 31), "month", -1) == "2023-02"
    assert shift_value("1989-Q3", "year", -1) == "1988-Q3"
    assert shift_value("1990", "month", 2) == "1990-03"
    assert shift(date(9999, 12, 31), "year", 1) is None


def _reference_examples() -> list[Any]:
    return [
        pytest.param(example["text"], example["expected"], id=example["text"][:40])
        for example in load_yaml("en/temporal/reference.yaml")["examples"]
    ]


@pytest.mark.parametrize(("text", "expected"), _reference_examples())
def test_the_publication_date_is_read_from_a_dateline_or_published_line(text: str, expected: Any) -> None:
    found = find_reference_date(parse_document(text))
    assert found == (None if expected is None else date.fromisoformat(str(expected)))


def test_the_example_article_has_no_publication_date_in_its_text(example_text: str) -> None:
    assert find_reference_date(parse_document(example_text)) is None


# Event clauses that once came out without a subject, with the text that broke them.
SUBJECT_CASES = [
    ("Shares rose 5% on Monday, but fell on Tuesday.", "Tuesday", "Shares fell"),
    ("Police arrested the suspect on Friday, and charged him on Saturday.", "Saturday", "Police charged him"),
    ("Prices rose in March and fell in April.", "April", "Prices fell"),
    ("Prices rose in March and fell in April.", "March", "Prices rose"),
    (
        "Lawmakers passed the bill in June but the governor vetoed it in July.",
        "July",
        "the governor vetoed it",
    ),
    (
        "The union, which represents 160,000 actors, began its strike on July 14.",
        "July 14",
        "union began its strike",
    ),
    ("The strike, which began on May 4, is now in its third week.", "May 4", "strike began"),
    ("After talks collapsed on Monday, the union called a strike.", "Monday", "talks collapsed"),
    # An adjective in "-ed" after "and" is no second verb.
    (
        "Crossland's stock plummeted after it suspended dividends on its common and preferred stock Dec. 7.",
        "Dec. 7",
        "Crossland's stock plummeted after it suspended dividends on its common and preferred stock",
    ),
]


@pytest.mark.parametrize(("text", "expression", "event"), SUBJECT_CASES)
def test_an_event_clause_keeps_the_subject_of_its_sentence(text: str, expression: str, event: str) -> None:
    document = parse_document(text)
    timeline = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    events = {entry.expression: entry.event for entry in timeline}
    assert events[expression] == event, events


def _restates_naively(dated_clauses: list[tuple[str, str]]) -> list[bool]:
    """The rule `_without_duplicates` keeps, event against every kept event of its date."""
    kept: list[bool] = []
    kept_words: list[tuple[str, frozenset[str]]] = []
    for date_value, clause in dated_clauses:
        words = _content_words(clause)
        duplicate = any(
            other_date == date_value
            and len(words & other) / (min(len(words), len(other)) or 1) >= _DUPLICATE_OVERLAP
            for other_date, other in kept_words
        )
        kept.append(not duplicate)
        if not duplicate:
            kept_words.append((date_value, words))
    return kept


_CLAUSE_WORDS = st.sampled_from(
    ["the", "strike", "began", "ended", "talks", "union", "of", "pay", "deal", "in", "rail", "port", "vote"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["2023", "2023-07", "2024"]), st.lists(_CLAUSE_WORDS, max_size=6).map(" ".join)
        ),
        max_size=40,
    )
)
def test_an_event_is_dropped_only_when_it_restates_a_kept_event_of_its_date(
    dated_clauses: list[tuple[str, str]],
) -> None:
    expected = _restates_naively(dated_clauses)
    # Compared with every kept event of its date, and through the index from the first on.
    for direct_comparisons in (1_000, 3, 0):
        with patch.object(timeline, "_DIRECT_COMPARISONS", direct_comparisons):
            assert _without_duplicates(dated_clauses) == expected, direct_comparisons


def test_a_date_in_a_text_without_sentence_punctuation_reads_its_event_from_near_it() -> None:
    # One "sentence" of any length: every date of it reading all of it was quadratic.
    text = "Zebra crossings " + "lorem ipsum " * 600 + "and prices rose on Monday " + "dolor sit " * 600
    document = parse_document(text)
    assert len(document.sentences) == 1
    [event] = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    assert event.expression == "Monday"
    assert "Zebra" not in event.event
    assert event.event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("“Sales fell and we are back,” Adams said on Sunday.", "Sales fell and we are back,” Adams said"),
        (
            "``Sales fell and we are back,'' Adams said on Sunday.",
            "``Sales fell and we are back,'' Adams said",
        ),
        ("Sales fell and we are back, Adams said on Sunday.", "we are back, Adams said"),
    ],
)
def test_a_coordinator_inside_a_quotation_before_the_date_does_not_cut_its_clause(
    text: str, event: str
) -> None:
    document = parse_document(text)
    [dated] = build_timeline(document, tag_document(document, EXAMPLE_DATE))
    assert dated.event == event
