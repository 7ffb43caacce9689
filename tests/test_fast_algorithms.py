from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.algorithms import ALGORITHMS, REFERENCE_ALGORITHMS, fast, get_algorithm, summarize
from summarizers.document import Document, parse_document

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "fixtures" / "summarization" / "articles.jsonl"

# Public algorithms whose ratings are sumy's up to floating-point rounding.
SCORED = ("lexrank", "textrank", "lsa", "reduction")
# Public algorithms whose ratings are sumy's greedy order, exactly.
ORDERED = ("kl", "sumbasic")
# Public algorithms that run sumy's code with a memoised stemmer.
LINEAR = ("luhn", "edmundson")


def _documents(example_text: str) -> list[Document]:
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    return [parse_document(example_text)] + [parse_document(r["text"], title=r.get("title")) for r in records]


@pytest.fixture(scope="module")
def documents(example_text: str) -> list[Document]:
    return _documents(example_text)


def test_every_sumy_algorithm_has_a_reference_implementation_outside_the_public_registry() -> None:
    assert set(REFERENCE_ALGORITHMS) == {f"sumy-{name}" for name in (*SCORED, *ORDERED, *LINEAR)}
    assert not set(REFERENCE_ALGORITHMS) & set(ALGORITHMS)


@pytest.mark.parametrize("name", SCORED)
def test_vectorised_ratings_equal_sumys_up_to_rounding(documents: list[Document], name: str) -> None:
    for document in documents:
        candidates = document.candidates
        ours = np.array(get_algorithm(name).rate(document, candidates))
        theirs = np.array(get_algorithm(f"sumy-{name}").rate(document, candidates))
        np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12, err_msg=name)


@pytest.mark.parametrize("name", (*ORDERED, *LINEAR))
def test_greedy_and_linear_ratings_equal_sumys_exactly(documents: list[Document], name: str) -> None:
    for document in documents:
        candidates = document.candidates
        assert get_algorithm(name).rate(document, candidates) == get_algorithm(f"sumy-{name}").rate(
            document, candidates
        ), name


@pytest.mark.parametrize("name", (*SCORED, *ORDERED, *LINEAR))
def test_vectorised_and_sumy_choose_the_same_sentences(documents: list[Document], name: str) -> None:
    for document in documents[1:]:
        ours = summarize(document, algorithm=name, sentences=3)
        theirs = summarize(document, algorithm=f"sumy-{name}", sentences=3)
        ours_ratings = {s.index: s.score for s in ours.sentences}
        theirs_ratings = {s.index: s.score for s in theirs.sentences}
        # LSA and LexRank have exact ties that sumy breaks by floating-point noise:
        # the chosen sentences then differ, but not their ratings.
        assert sorted(ours_ratings.values()) == pytest.approx(sorted(theirs_ratings.values()), abs=1e-6)


def test_similarity_blocks_do_not_change_the_result(
    documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = documents[0]
    whole = {name: ALGORITHMS[name].rate(document, document.candidates) for name in SCORED}
    monkeypatch.setattr(fast, "SIMILARITY_BLOCK_ROWS", 7)
    for name in SCORED:
        blocked = ALGORITHMS[name].rate(document, document.candidates)
        np.testing.assert_allclose(blocked, whole[name], rtol=1e-12, err_msg=name)


def test_a_reach_covering_the_document_gives_the_whole_graph(documents: list[Document]) -> None:
    document = documents[0]
    term_of = fast.content_term(document.language.name)
    counts = fast.merge_columns(
        *fast.word_counts([sentence.words for sentence in document.candidates]), term_of
    )
    n = counts.shape[0]
    whole = fast.textrank_scores(counts)
    np.testing.assert_allclose(fast.textrank_scores(counts, reach=n - 1), whole, rtol=1e-12)
    assert not np.allclose(fast.textrank_scores(counts, reach=2), whole)


def test_a_reach_keeps_only_pairs_that_close(documents: list[Document]) -> None:
    document = documents[0]
    term_of = fast.content_term(document.language.name)
    counts = fast.merge_columns(
        *fast.word_counts([sentence.words for sentence in document.candidates]), term_of
    )
    rows, columns, _, _ = fast.similarity_edges(counts, lambda r, c, d: (r, c, d), reach=3)
    whole_rows, whole_columns, _, _ = fast.similarity_edges(counts, lambda r, c, d: (r, c, d))
    near = np.abs(whole_rows - whole_columns) <= 3
    assert sorted(zip(rows.tolist(), columns.tolist(), strict=True)) == sorted(
        zip(whole_rows[near].tolist(), whole_columns[near].tolist(), strict=True)
    )
    assert len(rows) < len(whole_rows)


def test_merged_word_counts_count_what_count_matrix_counts(documents: list[Document]) -> None:
    document = documents[0]
    term_of = fast.content_term(document.language.name)
    word_lists = [sentence.words for sentence in document.candidates]
    expected = fast.count_matrix([[t for t in map(term_of, words) if t is not None] for words in word_lists])
    actual = fast.merge_columns(*fast.word_counts(word_lists), term_of)
    assert actual.shape == expected.shape
    assert (actual != expected).nnz == 0


def test_lsa_rank_is_the_column_norm_of_the_term_sentence_matrix() -> None:
    # Two sentences with the same counts pattern tie exactly, whatever the word order.
    document = parse_document("Cats chase mice daily. Dogs guard houses nightly. Cats sleep.")
    ratings = fast.rate_lsa(document, document.candidates)
    assert ratings[0] == ratings[1]
    assert ratings[2] < ratings[0]


def test_a_book_length_document_is_summarized_by_every_public_algorithm() -> None:
    paragraph = (
        "The council approved a new budget for the city on Tuesday. "
        "Officials said the plan would raise spending on schools and roads. "
        "Critics argued that the tax increase would hurt small businesses. "
    )
    text = "\n\n".join(paragraph.replace("city", f"city {i % 97}") for i in range(700))
    document = parse_document(text)
    assert len(document.candidates) == 2100
    for name in ALGORITHMS:
        summary = summarize(document, algorithm=name, sentences=3)
        assert len(summary.sentences) == 3, name


_WORD = st.sampled_from(["the", "budget", "city", "council", "tax", "a", "x", "roads", "said", "ok"])
_SENTENCE = st.lists(_WORD, min_size=0, max_size=12).map(lambda w: (" ".join(w) + ".").capitalize())


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=15))
def test_vectorised_algorithms_rate_any_document_with_finite_numbers(sentences: list[str]) -> None:
    document = parse_document(" ".join(sentences))
    candidates = document.candidates
    for name in (*SCORED, *ORDERED, "news"):
        ratings = ALGORITHMS[name].rate(document, candidates)
        assert len(ratings) == len(candidates), name
        assert all(math.isfinite(rating) for rating in ratings), name


@settings(max_examples=60, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8), st.sampled_from(["Budget news", "", "Tax"]))
def test_news_rates_any_titled_article_with_paragraphs_with_finite_numbers(
    sentences: list[str], title: str
) -> None:
    document = parse_document("\n\n".join(sentences), title=title or None)
    candidates = document.candidates
    ratings = ALGORITHMS["news"].rate(document, candidates)
    assert len(ratings) == len(candidates)
    assert all(math.isfinite(rating) for rating in ratings)


def _adversarial_text(copies: int) -> str:
    """`copies` identical and `copies` near-identical sentences, three paragraphs of news first."""
    words = [
        a + b + c for a in "zqx" for b in "abcdefghijklmnopqrstuvwxyz" for c in "abcdefghijklmnopqrstuvwxyz"
    ]
    news = [
        "Parliament passed the national budget bill on Tuesday after a long debate.",
        "Hospitals will receive an extra four billion pounds over the next two years.",
        "Opposition leaders warned that teachers' salaries remain frozen until spring.",
    ]
    identical = ["The cat sat on the mat."] * copies
    overlapping = [
        f"The cat sat on the mat with {words[i % len(words)]}{i // len(words)}." for i in range(copies)
    ]
    sentences = news + [s for pair in zip(identical, overlapping, strict=True) for s in pair]
    return "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def test_every_public_algorithm_stays_bounded_on_repetitive_input(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Budgets far below the exact graph (about 36 million edges here) and the greedy steps.
    monkeypatch.setattr(
        fast, "LIMITS", fast.Limits(similarity_edges=200_000, sampled_edges=60_000, greedy_work=300_000)
    )
    document = parse_document(_adversarial_text(3_000))
    assert len(document.candidates) == 6_003
    bounded = {"lexrank", "textrank", "reduction", "kl", "sumbasic", "news"}
    for name in ALGORITHMS:
        caplog.clear()
        with caplog.at_level("INFO", logger=fast.__name__):
            summary = summarize(document, algorithm=name, sentences=3)
        assert len(summary.sentences) == 3, name
        warned = any(record.name == fast.__name__ for record in caplog.records)
        assert warned == (name in bounded), name


def test_within_the_budgets_the_exact_graph_and_every_greedy_step_are_used(
    documents: list[Document], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger=fast.__name__):
        for document in documents:
            for name in (*SCORED, *ORDERED):
                ALGORITHMS[name].rate(document, document.candidates)
    assert not caplog.records


def test_the_sampled_graph_is_symmetric_without_self_loops_and_deterministic() -> None:
    counts = fast.count_matrix([["cat", "mat", f"w{i}"] for i in range(500)])
    limits = fast.Limits(similarity_edges=1_000, sampled_edges=4_000)
    rows, columns, weights, exact = fast.similarity_edges(counts, lambda r, c, d: (r, c, d), limits)
    assert not exact
    assert not np.any(rows == columns)
    pairs = set(zip(rows.tolist(), columns.tolist(), strict=True))
    assert all((column, row) in pairs for row, column in pairs)
    assert len(rows) <= 4_000
    again = fast.similarity_edges(counts, lambda r, c, d: (r, c, d), limits)
    np.testing.assert_array_equal(again[0], rows)
    np.testing.assert_array_equal(again[2], weights)


def test_greedy_algorithms_stop_early_and_rank_every_sentence() -> None:
    counts = fast.count_matrix([["cat", "mat", f"w{i % 50}"] for i in range(1_000)])
    order = fast.sumbasic_order(counts, fast.Limits(greedy_work=10_000))
    assert sorted(order) == list(range(1_000))
    assert fast.greedy_steps(1_000, fast.Limits(greedy_work=10_000)) == fast.GREEDY_MIN_STEPS
