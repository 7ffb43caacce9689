"""The start tokens found on arrays are those a plain reading of the tokens finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.temporal.dispatch import DIGIT
from summarizers.temporal.rules import Candidates, Rule, load_rules
from summarizers.temporal.scan import DENSITY_WINDOW, PROSE_WORDS

_TOKEN = re.compile(r"[a-z]+|[0-9]+")
# Start words, words that follow them, words that share their first 8 letters with one
# ("septembers", "thanksgivings"), ordinary words, numbers and characters outside ASCII.
_PIECES = st.lists(
    st.sampled_from(
        [
            *("the", "first", "quarter", "last", "year", "a", "may", "company", "said", "september"),
            *("septembers", "septembe", "thanksgiving", "thanksgivings", "wednesday", "1990", "30"),
            *("2023-07-27", "1990s", "q1", "mid-", "é", "ı", "İ", "K", "\n", ",", "."),
        ]
    ),
    max_size=120,
)


def _plainly_tried(text: str) -> list[tuple[int, tuple[Candidates, tuple[Rule, ...] | None]]]:
    rules = load_rules("en")
    assert rules is not None
    tokens = [(token.start(), token.group()) for token in _TOKEN.finditer(text)]
    starts = [index for index, (_, word) in enumerate(tokens) if word[0].isdigit() or word in rules.dispatch]
    half = DENSITY_WINDOW // 2
    tried = []
    for index in starts:
        position, word = tokens[index]
        candidates = rules.digit_rules if word[0].isdigit() else rules.dispatch[word]
        dense = sum(1 for other in starts if index - half <= other < index + half)
        if DENSITY_WINDOW - dense < PROSE_WORDS:
            continue
        if candidates.followers is None:
            tried.append((position, (candidates, None)))
            continue
        after = tokens[index + 1][1] if index + 1 < len(tokens) else "0"
        rules_after = candidates.followers.get(DIGIT if after[0].isdigit() else after)
        if rules_after is not None:
            tried.append((position, (candidates, rules_after)))
        elif candidates.fallback is not None:
            tried.append((position, (candidates.fallback, None)))
    return tried


@settings(max_examples=300, deadline=None)
@given(_PIECES, st.sampled_from([" ", "", "  ", "/"]))
def test_the_start_tokens_tried_are_those_a_plain_reading_finds(pieces: list[str], separator: str) -> None:
    rules = load_rules("en")
    assert rules is not None
    text = separator.join(pieces)  # upper-case letters, as any other character, are no token
    positions, plans = rules.start_tokens.tried(text)
    found = [
        (position, rules.start_tokens.plans[plan]) for position, plan in zip(positions, plans, strict=True)
    ]
    assert found == _plainly_tried(text)


def test_no_token_no_start_token() -> None:
    rules = load_rules("en")
    assert rules is not None
    assert rules.start_tokens.tried("") == ([], [])
    assert rules.start_tokens.tried(" -- é ") == ([], [])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["company", "1990", "may", "the", "last", "year"]), min_size=30, max_size=80))
def test_the_density_window_is_that_of_a_plain_reading_at_its_edges(words: list[str]) -> None:
    """Few ordinary words among many start tokens: the counts sit about `PROSE_WORDS`."""
    rules = load_rules("en")
    assert rules is not None
    text = " ".join(words)
    positions, plans = rules.start_tokens.tried(text)
    found = [
        (position, rules.start_tokens.plans[plan]) for position, plan in zip(positions, plans, strict=True)
    ]
    assert found == _plainly_tried(text)
