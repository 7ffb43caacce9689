"""The scanner and the second-token filter agree with a plain reading of the tokens."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.temporal.dispatch import DIGIT, Followers
from summarizers.temporal.rules import load_rules

_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_PIECES = st.lists(
    st.sampled_from(
        [
            "the",
            "first",
            "quarter",
            "last",
            "year",
            "a",
            "an",
            "may",
            "company",
            "said",
            "thee",
            "th",
            "1990",
            "30",
            "1990s",
            "q1",
            "'90s",
            "mid-",
            "early",
            "weeks",
            "ago",
            "é",
            "ı",
        ]
    )
    | st.text(alphabet=" ,.-\n'$", max_size=2),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_the_scanner_finds_each_start_token_its_next_token_and_the_ordinary_words_after_it(
    pieces: list[str],
) -> None:
    rules = load_rules("en")
    assert rules is not None
    text = " ".join(pieces)
    tokens = [(token.start(), token.group()) for token in _TOKEN.finditer(text)]
    expected = []
    for index, (start, word) in enumerate(tokens):
        if word < "a" or word in rules.dispatch:
            following = tokens[index + 1][1] if index + 1 < len(tokens) else None
            ordinary = 0
            for _, other in tokens[index + 1 :]:
                if other < "a" or other in rules.dispatch:
                    break
                ordinary += 1
            expected.append(
                (
                    start,
                    word,
                    following[:1] if following and following < "a" else following,
                    min(ordinary, 16),
                )
            )
    found = [
        (match.start(), match.group(1), match.group(2), (match.lastindex or 0) - 3)
        for match in rules.scanner.finditer(text)
    ]
    assert found == expected


def test_followers_name_the_second_words_of_a_rule_and_give_up_where_a_match_may_end() -> None:
    walker = Followers()
    pattern = r"the\s+(?:(?:first|second)\s+quarter|year(?![a-z0-9]))|the\s+\d+"
    assert walker.of([pattern], "the") == {"first", "second", "year", DIGIT}
    assert walker.of([r"today(?![a-z0-9])"], "today") is None
    assert walker.of([r"the\s+\w+"], "the") is None


@settings(max_examples=300, deadline=None)
@given(_PIECES)
def test_only_the_rules_listed_for_the_next_token_can_match_before_it(pieces: list[str]) -> None:
    rules = load_rules("en")
    assert rules is not None
    text = " ".join(pieces)
    for match in rules.scanner.finditer(text):
        word = match.group(1)
        candidates = rules.digit_rules if word < "a" else rules.dispatch[word]
        if candidates.followers is None:
            continue
        tried = candidates.followers.get(match.group(2) or "")
        if tried is None:
            tried = candidates.fallback.rules if candidates.fallback else ()
        for rule in candidates.rules:
            if rule not in tried:
                assert rule.pattern.match(text, match.start()) is None, (text, word, rule.name)
