from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, news, summarize
from summarizers.algorithms.news import NewsParameters, is_colour, ratings, scores, sentence_features
from summarizers.document import parse_document

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "fixtures" / "summarization" / "articles.jsonl"

FLAT_ARTICLE = (
    "The city council approved a new budget for schools and roads on Tuesday night. "
    "The budget raises spending on schools by ten percent and on roads by five percent. "
    "'We are very happy with the result,' said one parent who attended the meeting. "
    "Council members argued for three hours before the final vote on the budget. "
    "Scroll down for video. "
    "Critics said the budget would raise taxes for small businesses in the city. "
    "The mayor will sign the budget next week, officials said."
)


def test_news_is_the_default_algorithm() -> None:
    assert DEFAULT_ALGORITHM == "news"
    assert "news" in ALGORITHMS


def test_flat_text_is_summarized_in_lead_mode_with_the_first_sentence_first() -> None:
    document = parse_document(FLAT_ARTICLE)
    features = sentence_features(document, document.candidates)
    assert not features.layout
    summary = summarize(document, sentences=3)
    assert summary.sentences[0].index == 0


def test_a_sentence_that_is_only_a_quotation_is_rated_below_the_same_sentence_unquoted() -> None:
    document = parse_document(FLAT_ARTICLE)
    features = sentence_features(document, document.candidates)
    quoted = scores(features)
    unquoted = scores(dataclasses.replace(features, quote=features.quote * 0))
    assert features.quote[2] == 1.0 and features.quote.sum() == 1.0
    assert quoted[2] < unquoted[2]


def test_very_short_sentences_are_never_chosen_while_others_remain() -> None:
    document = parse_document(FLAT_ARTICLE)
    chosen = {s.text for s in summarize(document, sentences=6).sentences}
    assert "Scroll down for video." not in chosen


def test_redundancy_removal_skips_a_sentence_that_repeats_a_chosen_one() -> None:
    text = (
        "Shares in the bank fell sharply on Monday after profits missed forecasts. "
        "Shares in the bank fell sharply on Monday after its profits missed forecasts again. "
        "The chief executive promised to cut costs and sell two divisions. "
        "Analysts expect further falls this week."
    )
    document = parse_document(text)
    with_mmr = summarize(document, sentences=2)
    assert [s.index for s in with_mmr.sentences] == [0, 2]


@pytest.mark.parametrize("with_title", [True, False])
def test_an_article_with_paragraphs_of_several_sentences_is_summarized_in_layout_mode(
    with_title: bool,
) -> None:
    record = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[0])
    document = parse_document(record["text"], title=record["title"] if with_title else None)
    features = sentence_features(document, document.candidates)
    assert features.layout
    assert features.textrank is not None and features.degree is not None
    flat = NewsParameters(use_layout=False)
    flat_features = sentence_features(document, document.candidates, flat)
    assert not flat_features.layout
    assert ratings(features) != ratings(flat_features, flat)


def test_an_article_written_one_sentence_to_a_paragraph_is_summarized_in_lead_mode(example_text: str) -> None:
    document = parse_document(example_text)
    assert document.title is not None and len(document.paragraphs) > 1
    assert not sentence_features(document, document.candidates).layout


@pytest.mark.parametrize(
    "text",
    [
        "“Wait, offering near a mill salary for an AI specialist but can’t increase wages,” another added.",
        "“The time is near,” one person wrote, sharing an image of the episode.",
        "“You know what I want to watch? More pay for the people who make these shows,” wrote a third.",
        "“Soon we’ll have entire shows made by AI based on what we like watching,” guessed another.",
        "Is this the end of the strike for the actors and the writers?",
    ],
)
def test_anonymous_reactions_and_questions_are_colour(text: str) -> None:
    assert is_colour(text)


@pytest.mark.parametrize(
    "text",
    [
        "The SAG rejected the offer, saying it wasn’t up to scratch.",
        "“We will not back down,” said SAG national executive director Duncan Crabtree-Ireland.",
        "Another union added its voice to the protest on Friday.",
    ],
)
def test_named_quotes_and_reported_facts_are_not_colour(text: str) -> None:
    assert not is_colour(text)


# Text rich in what is_colour looks at: quotation marks, question marks, attributions.
_COLOUR_TEXT = st.lists(
    st.sampled_from(
        [
            "“",
            "”",
            '"',
            "«",
            "»",
            "„",
            "‘",
            "’",
            "'",
            "?",
            "!",
            ",",
            ".",
            "…",
            " ",
            "another added",
            "one person wrote",
            "wrote a third",
            "said the minister",
            "Wait",
            "x" * 90,
        ]
    ),
    max_size=30,
).map("".join) | st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(st.lists(_COLOUR_TEXT, max_size=8))
def test_the_colour_feature_is_is_colour_of_each_text(texts: list[str]) -> None:
    # _colour only asks is_colour about texts holding a question mark or a quotation opener.
    assert news._colour(texts).tolist() == [float(is_colour(text)) for text in texts]


def test_the_example_article_summary_is_the_lead_and_the_facts_not_the_reactions(example_text: str) -> None:
    document = parse_document(example_text)
    for count in (3, 5):
        texts = [s.text for s in summarize(document, algorithm="news", sentences=count).sentences]
        assert texts[0].startswith("Netflix has sparked outrage by announcing it is hiring"), texts
        assert not any(text.startswith("Netflix has sparked outrage after announcing") for text in texts)
        assert not any(
            is_colour(text) or text.startswith(("“", "Don’t miss", "Don't miss")) for text in texts
        )
        assert any("US$300,000 and $900,000" in text for text in texts)
    five = summarize(document, algorithm="news", sentences=5).text
    assert "160,000 actors" in five


def test_the_example_article_summary_keeps_the_lead_and_no_page_furniture(example_text: str) -> None:
    document = parse_document(example_text)
    summary = summarize(document, algorithm="news", sentences=3)
    texts = [sentence.text for sentence in summary.sentences]
    assert len(texts) == 3
    assert all(document.sentences[s.index].is_candidate for s in summary.sentences)
    assert texts[0].startswith("Netflix has sparked outrage")


def test_news_scores_are_between_zero_and_one_with_the_best_sentence_at_one() -> None:
    document = parse_document(FLAT_ARTICLE)
    summary = summarize(document, sentences=3)
    assert max(s.score for s in summary.sentences) == 1.0
    assert all(0.0 <= s.score <= 1.0 for s in summary.sentences)


def test_the_evaluation_script_prints_a_rouge_table_for_lead_and_news(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("rouge_score")
    from summarizers.evaluate import load_articles, main

    assert len(load_articles(ARTICLES, "even")) + len(load_articles(ARTICLES, "odd")) == len(
        load_articles(ARTICLES)
    )
    assert main([str(ARTICLES), "--algorithms", "lead", "news", "--limit", "3"]) == 0
    table = capsys.readouterr().out
    assert "| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-L | ms / article |" in table
    rows = [line for line in table.splitlines() if line.startswith(("| lead ", "| news "))]
    assert len(rows) == 2
    for row in rows:
        rouge1 = float(row.split("|")[2])
        assert 0.0 < rouge1 <= 100.0


def test_directed_similarity_equals_the_triangles_of_the_similarity_matrix() -> None:
    import numpy as np
    from scipy import sparse

    from summarizers.algorithms.news import directed_similarity

    rng = np.random.default_rng(0)
    dense = rng.random((600, 40)) * (rng.random((600, 40)) < 0.1)
    unit = sparse.csr_matrix(dense)
    similarity = dense @ dense.T
    forward, backward = directed_similarity(unit)
    np.testing.assert_allclose(forward, np.triu(similarity, k=1).sum(axis=1), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(backward, np.tril(similarity, k=-1).sum(axis=1), rtol=1e-9, atol=1e-12)
