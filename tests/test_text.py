"""Sentence splitting: the Punkt model with the abbreviations `sentences.yaml` adds."""

from __future__ import annotations

import punkt
import pytest

from summarizers import text
from summarizers.resources import load_yaml

EXAMPLES = load_yaml("en/sentences.yaml")["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[example["text"][:40] for example in EXAMPLES])
def test_every_sentence_example_splits_as_written(example: dict[str, object]) -> None:
    source = str(example["text"])
    assert [source[start:end] for start, end in text.sentence_spans(source)] == example["sentences"]


def test_the_examples_need_the_added_abbreviations() -> None:
    # Each added abbreviation or initial pair is in an example the model alone splits wrongly.
    plain = punkt.tokenizer_for("english", line_breaks="ignore")
    wrong = [example for example in EXAMPLES if plain.tokenize(example["text"]) != example["sentences"]]
    assert len(wrong) >= 5


def test_the_package_model_is_left_as_trained() -> None:
    list(text.sentence_spans("Warm up."))  # builds the tokenizer with the added abbreviations
    assert "gov" in text.added_abbreviations("english")
    assert "gov" not in punkt.load_model("english").abbrev_types


def test_a_language_without_a_sentences_file_adds_nothing() -> None:
    assert text.added_abbreviations("german") == frozenset()
    spans = list(text.sentence_spans("Das ist ein Satz. Und noch einer.", "german"))
    assert spans == [(0, 17), (18, 33)]
