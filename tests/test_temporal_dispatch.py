"""The second-token filter agrees with a plain reading of the tokens and the rules."""

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
    tokens = [(token.start(), token.group()) for token in _TOKEN.finditer(text)]
    for index, (start, word) in enumerate(tokens):
        if not (word < "a" or word in rules.dispatch):
            continue
        candidates = rules.digit_rules if word < "a" else rules.dispatch[word]
        if candidates.followers is None:
            continue
        after = tokens[index + 1][1] if index + 1 < len(tokens) else ""
        tried = candidates.followers.get(DIGIT if after[:1].isdigit() else after)
        if tried is None:
            tried = candidates.fallback.rules if candidates.fallback else ()
        for rule in candidates.rules:
            if rule not in tried:
                assert rule.pattern.match(text, start) is None, (text, word, rule.name)
