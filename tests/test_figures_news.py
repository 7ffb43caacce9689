"""The hand-annotated news sentences (tests/fixtures/figures/news_sentences.jsonl).

399 sentences in UK, US, Australian and wire style (tokenized "$ 75 million" included),
147 taken from the BBC and CNN/Daily Mail articles of the shared summarization data
(some lightly trimmed) and 252 written for this set, each annotated by hand with its
figures (value or min/max, currency, kind; bracketed conversions marked "equivalent").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizers.document import parse_document
from summarizers.figures import find_figures
from summarizers.figures.evaluation import Case, Item, Score, items_from_figures, load_cases, score

FIXTURE = Path(__file__).parent / "fixtures" / "figures" / "news_sentences.jsonl"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_cases(FIXTURE)


@pytest.fixture(scope="module")
def scores(cases: list[Case]) -> dict[str, Score]:
    predictions: list[list[Item]] = [
        items_from_figures(find_figures(parse_document(case.text))) for case in cases
    ]
    return score(cases, predictions)


def test_the_set_has_at_least_150_sentences_in_every_news_style(cases: list[Case]) -> None:
    assert len(cases) >= 150
    assert {case.style for case in cases} >= {"uk", "us", "au", "wire"}
    assert any("$ " in case.text for case in cases if case.style == "wire")


def test_recall_on_value_and_currency_is_at_least_95_percent(scores: dict[str, Score]) -> None:
    overall = scores["all"]
    assert overall.recall >= 0.95, overall.misses


def test_money_and_percent_figures_are_found_with_their_currency(scores: dict[str, Score]) -> None:
    assert scores["money"].recall >= 0.95, scores["money"].misses
    assert scores["percent"].recall >= 0.95, scores["percent"].misses


def test_no_money_or_percent_figure_is_reported_that_is_not_one(scores: dict[str, Score]) -> None:
    assert scores["money"].spurious == []
    assert scores["percent"].spurious == []
