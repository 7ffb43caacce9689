from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.algorithms import ALGORITHMS, SentenceOrder, summarize
from summarizers.algorithms.base import select_sentences
from summarizers.document import Sentence, SentenceKind, parse_document

REPO = Path(__file__).resolve().parent.parent

# BBC articles on which sumy's own LSA picks different sentences under different
# PYTHONHASHSEED values (equal ratings broken by floating-point noise).
HASH_SENSITIVE_ARTICLES = REPO / "tests" / "fixtures" / "hash_sensitive_articles.jsonl"

_SUMMARIES_SCRIPT = """
import json, sys
from summarizers.algorithms import ALGORITHMS, summarize
from summarizers.document import parse_document
texts = [open(sys.argv[1], encoding="utf-8").read()]
texts += [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
documents = [parse_document(text) for text in texts]
print(json.dumps({
    name: [[[s.index, s.score] for s in summarize(d, algorithm=name, sentences=4).sentences]
           for d in documents]
    for name in ALGORITHMS
}))
"""


def _summaries_with_hash_seed(seed: str) -> dict[str, list[list[list[float]]]]:
    example = REPO / "seeds" / "netflix-ai-job-strike.txt"
    result = subprocess.run(
        [sys.executable, "-c", _SUMMARIES_SCRIPT, str(example), str(HASH_SENSITIVE_ARTICLES)],
        env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    summaries: dict[str, list[list[list[float]]]] = json.loads(result.stdout)
    return summaries


def test_every_algorithm_gives_the_same_summary_whatever_the_hash_seed() -> None:
    first = _summaries_with_hash_seed("1")
    assert set(first) == set(ALGORITHMS)
    for seed in ("7", "99", "4242"):
        assert _summaries_with_hash_seed(seed) == first, f"PYTHONHASHSEED={seed}"


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_no_algorithm_picks_boilerplate_or_both_standfirst_and_lead(
    example_text: str, algorithm: str
) -> None:
    document = parse_document(example_text)
    summary = summarize(document, algorithm=algorithm, sentences=6)
    chosen = {sentence.index for sentence in summary.sentences}
    assert len(chosen) == 6
    assert all(document.sentences[index].is_candidate for index in chosen)
    standfirst, lead = 1, 5
    assert document.sentences[lead].text.startswith("Netflix has sparked outrage by announcing")
    assert not {standfirst, lead} <= chosen


def test_selection_skips_a_near_duplicate_of_a_sentence_already_chosen() -> None:
    document = parse_document(
        "Shares fell 5% on Monday after the bank missed forecasts. "
        "Shares fell 5% on Monday after the bank missed its forecasts. "
        "The chief executive said costs would be cut."
    )
    candidates = document.candidates
    summary = select_sentences("test", candidates, [3.0, 2.0, 1.0], 2)
    assert [sentence.index for sentence in summary.sentences] == [0, 2]


def test_rank_order_lists_the_best_rated_sentence_first() -> None:
    document = parse_document("First point. Second point here. Third point there.")
    summary = select_sentences("test", document.candidates, [1.0, 3.0, 2.0], 3, SentenceOrder.RANK)
    assert [sentence.index for sentence in summary.sentences] == [1, 2, 0]
    assert [sentence.score for sentence in summary.sentences] == [1.0, 0.5, 0.0]


def test_a_document_with_fewer_candidates_than_asked_returns_them_all() -> None:
    document = parse_document("Only one sentence here.")
    for name in ALGORITHMS:
        summary = summarize(document, algorithm=name, sentences=3)
        assert [sentence.index for sentence in summary.sentences] == [0], name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([0.0, -0.0, 0.5, 1.0, 2.0, -1.0, math.nan, math.inf, -math.inf]), max_size=12),
    st.integers(min_value=0, max_value=6),
    st.randoms(use_true_random=False),
)
def test_selection_takes_the_best_ratings_first_ties_by_index_and_non_finite_ratings_last(
    ratings: list[float], count: int, shuffler: Random
) -> None:
    indices = list(range(0, 3 * len(ratings), 3))
    shuffler.shuffle(indices)
    # Sentences without a word in common: none is a near-duplicate of another.
    candidates = [
        Sentence(index, index, index + 1, "x", 0, SentenceKind.BODY, (f"w{chr(97 + index % 26)}{index}",))
        for index in indices
    ]
    finite = [rating for rating in ratings if math.isfinite(rating)]
    lowest = min(finite) - 1.0 if finite else 0.0
    rated = [rating if math.isfinite(rating) else lowest for rating in ratings]
    best = sorted(range(len(rated)), key=lambda i: (-rated[i], candidates[i].index))[:count]
    summary = select_sentences("test", candidates, ratings, count, SentenceOrder.RANK)
    assert [sentence.index for sentence in summary.sentences] == [candidates[i].index for i in best]
