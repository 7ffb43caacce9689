"""The scanner tries the `amount` pattern only where it can start: it finds what a plain
search of the pattern finds, on text built to be awkward (currency prefixes, number words in
any case, signs, hyphens, other digits, letters that fold unlike `str.lower`)."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers import text as text_tools
from summarizers.document import parse_document
from summarizers.figures.extract import _candidate_sentences, _is_prose
from summarizers.figures.rules import figure_data, figure_rules
from summarizers.figures.scan import ExclusionIndex, SentenceScanner, _may_end_with, _previous_token

_RULES = figure_rules("en")
_DATA = figure_data("en")
_TOKENS = [
    *(str(form) for form in _DATA["currencies"]["prefixes"]["table"]),
    *(str(code) for code in _DATA["currencies"]["codes"]["table"]),
    *(str(word) for word in _DATA["numbers"]["words"]["table"]),
    *(str(word) for word in _DATA["numbers"]["multipliers"]["table"]),
    *(str(word) for word in _DATA["numbers"]["fractions"]["table"]),
    *(str(form) for form in _DATA["units"]["durations"]["table"]),
    *("a", "an", "A", "An", "AN", "of", "and", "percentage", "basis", "points", "per", "cent", "%"),
    *("5", "1,000", "3.5", "27 737", "0.5", "١٢", "٣", "2023", "12", "m", "bn", "k", "million", "crore"),
    *("-", "−", "—", "(", ")", ".", ",", "'", "’", "_", "x", "often", "money", "someone", "US", "Rs"),
    *("ſix", "fİve", "sıx", "tWeNtY", "THIRTY", "Hundred", "haLF", "Year", "\u00a0", "\u2009", "\u202f"),
]
_JOINERS = ["", " ", " ", " ", "-", "\u00a0", "'", "$", "\u202f"]


def _amount_spans(text: str, with_words: bool) -> list[tuple[int, int]]:
    scanner = SentenceScanner(text, _RULES, ExclusionIndex(text, _RULES), uses_pound_sign=False)
    words = text_tools.words(text) if with_words else None
    return [match.span() for match in scanner._amount_matches(0, len(text), words)]


def _search_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _RULES.amount.finditer(text)]


def test_the_scanner_finds_the_amounts_a_plain_search_finds_in_random_mixtures() -> None:
    generator = random.Random(11)
    for _ in range(3000):
        parts = [generator.choice(_TOKENS) for _ in range(generator.randint(1, 30))]
        text = "".join(part + generator.choice(_JOINERS) for part in parts)
        text = text.strip() if generator.random() < 0.5 else text
        if generator.random() < 0.2:
            text = text.lower() if generator.random() < 0.5 else text.upper()
        assert _amount_spans(text, with_words=True) == _search_spans(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS + _JOINERS), max_size=40), st.text(max_size=20))
def test_the_scanner_finds_the_amounts_a_plain_search_finds_in_any_text(parts: list[str], noise: str) -> None:
    text = "".join(parts) + noise
    assert _amount_spans(text, with_words=True) == _search_spans(text)
    assert _amount_spans(text, with_words=False) == _search_spans(text)


_TOKEN_PATTERN = re.compile(r"(?P<token>[^\s]+)[ \u00a0\u2009\u202f]?$")


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*" \u00a0\u2009\u202f\t\n\r\u2028\u3000", *"ab,.$1(’"]), max_size=12),
    st.integers(0, 12),
    st.integers(0, 12),
)
def test_the_previous_token_is_what_a_search_of_the_token_pattern_finds(
    text: str, start: int, end: int
) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    found = _TOKEN_PATTERN.search(text, start, end)
    assert _previous_token(text, start, end) == (found.group("token") if found else None)


_BEFORE_FORMS = [
    *(str(form) for form in _DATA["context"]["qualifiers"]["before"]),
    *(str(form) for form in _DATA["units"]["duration_exclusions"]["before"]),
]
_BEFORE_PIECES = [
    *_BEFORE_FORMS,
    *(form.upper() for form in _BEFORE_FORMS),
    # letters that IGNORECASE takes for ASCII ones and `str.lower` does not
    *(form.replace("s", "ſ").replace("i", "ı") for form in _BEFORE_FORMS if "s" in form or "i" in form),
    *("aſ", "ſome", "\u212aeep", "İn", "ı", "~", "(", "x", "Of", "5", "-", ".", "’"),
    *" \u00a0\u2009\u202f\n\t",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=12), st.data())
def test_an_end_anchored_search_is_skipped_only_where_it_finds_nothing(
    pieces: list[str], data: st.DataObject
) -> None:
    # scan.py `_read_before` asks the qualifier and "aged" patterns only where the previous
    # token can end one of their forms.
    text = "".join(pieces)
    window_start = data.draw(st.integers(0, len(text)))
    for end in range(window_start, len(text) + 1):
        token = _previous_token(text, window_start, end)
        for pattern, reach, last_words in (
            (_RULES.qualifier_before, _RULES.qualifier_before_reach, _RULES.qualifier_before_last_words),
            (_RULES.duration_before, _RULES.duration_before_reach, _RULES.duration_before_last_words),
        ):
            if not _may_end_with(token, last_words):
                assert pattern.search(text, max(window_start, end - reach), end) is None, (text, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS + _JOINERS), max_size=40), st.data())
def test_the_scanner_finds_the_amounts_a_plain_search_finds_in_one_sentence_of_a_text(
    parts: list[str], data: st.DataObject
) -> None:
    # Each sentence of a text: its amounts may start right at its start or end.
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    scanner = SentenceScanner(text, _RULES, ExclusionIndex(text, _RULES), uses_pound_sign=False)
    for window_start, window_end in ((0, start), (start, end), (end, len(text))):
        words = text_tools.words(text[window_start:window_end])
        found = [match.span() for match in scanner._amount_matches(window_start, window_end, words)]
        assert found == [match.span() for match in _RULES.amount.finditer(text, window_start, window_end)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_TOKENS, " ", ". ", ".\n\n", "\n", "Word", "x"]), max_size=60))
def test_the_candidate_sentences_are_those_with_a_digit_or_a_candidate_word(parts: list[str]) -> None:
    # The digit test searches once for the next digit of the text, not once per sentence.
    document = parse_document("".join(parts))
    expected = [
        sentence
        for sentence in document.sentences
        if (
            re.search(r"\d", document.text[sentence.start : sentence.end])
            or any(map(_RULES.is_candidate_token.__getitem__, sentence.words))
        )
        and _is_prose(sentence)
    ]
    assert _candidate_sentences(document, _RULES) == expected
