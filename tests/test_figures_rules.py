"""Every rule in the figure data files proves itself with its examples; patterns stay linear."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizers.document import parse_document
from summarizers.figures import KeyFigure, find_figures
from summarizers.figures.rules import (
    alternation,
    compose,
    exclusion_screen_body,
    figure_data,
    figure_rules,
    generated_alternations,
)
from summarizers.patterns import literal_alternation

_DATA = figure_data("en")


def _rule_examples() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for file_name, content in _DATA.items():
        for rule_name, rule in _rules_with_examples(content):
            for example in rule["examples"]:
                cases.append((f"{file_name}.{rule_name}: {example['text']}", example))
    return cases


def _rules_with_examples(content: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name, rule in content.items():
        if isinstance(rule, dict) and "examples" in rule:
            found.append((name, rule))
        elif isinstance(rule, dict):
            found.extend(
                (f"{name}.{inner}", value)
                for inner, value in rule.items()
                if isinstance(value, dict) and "examples" in value
            )
    return found


def _fragments() -> list[tuple[str, dict[str, Any]]]:
    return list(_DATA["patterns"]["fragments"].items())


def _field_matches(figure: KeyFigure, name: str, wanted: Any) -> bool:
    actual = getattr(figure, name)
    if name == "equivalents":
        return len(actual) == len(wanted) and all(
            all(getattr(equivalent, key) == value for key, value in expected.items())
            for equivalent, expected in zip(actual, wanted, strict=True)
        )
    if name == "about":
        if wanted is None:  # "about: null": no phrase rather than a wrong one
            return actual is None
        return actual is not None and actual.lower() == str(wanted).lower()
    if isinstance(wanted, (int, float)) and not isinstance(wanted, bool) and actual is not None:
        return abs(actual - wanted) <= 1e-9 * max(1.0, abs(wanted))
    return actual == wanted


def test_every_top_level_rule_of_every_figure_data_file_carries_examples() -> None:
    exempt = {"capitalised_ok"}  # a plain word list used by the label rule, whose examples prove it
    for file_name, content in _DATA.items():
        for name, rule in content.items():
            if file_name == "patterns" or name in exempt:
                continue
            assert isinstance(rule, dict) and rule.get("examples"), f"{file_name}.{name} has no examples"
    for name, fragment in _DATA["patterns"]["fragments"].items():
        assert fragment.get("match"), f"fragment {name} has no match examples"
    for name, exclusion in _DATA["patterns"]["exclusions"].items():
        assert exclusion.get("examples"), f"exclusion {name} has no examples"


@pytest.mark.parametrize(
    ("label", "example"), _rule_examples(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_each_data_file_example_gives_exactly_the_figures_it_states(
    label: str, example: dict[str, Any]
) -> None:
    text = example["text"]
    figures = find_figures(parse_document(text))
    expected = example["expect"]
    assert len(figures) == len(expected), f"{label}: got {[(f.text, f.kind, f.value) for f in figures]}"
    unmatched = list(figures)
    for wanted in expected:
        hit = next(
            (
                figure
                for figure in unmatched
                if all(_field_matches(figure, key, value) for key, value in wanted.items())
            ),
            None,
        )
        assert hit is not None, (
            f"{label}: nothing matches {wanted} in {[dataclass_view(f) for f in unmatched]}"
        )
        unmatched.remove(hit)


def dataclass_view(figure: KeyFigure) -> dict[str, Any]:
    return {
        "text": figure.text,
        "kind": str(figure.kind),
        "value": figure.value,
        "min": figure.min,
        "max": figure.max,
        "currency": figure.currency,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "per": figure.per,
        "about": figure.about,
    }


@pytest.mark.parametrize(
    ("name", "fragment"), _fragments(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_each_regex_fragment_matches_its_examples_and_rejects_its_counter_examples(
    name: str, fragment: dict[str, Any]
) -> None:
    fragments = {key: value["pattern"] for key, value in _DATA["patterns"]["fragments"].items()}
    generated = generated_alternations(_DATA)
    pattern = re.compile(compose(name, fragments, generated), re.IGNORECASE)
    for text in fragment.get("match", []):
        assert pattern.fullmatch(text), f"{name} should match {text!r}"
    for text in fragment.get("no_match", []):
        assert not pattern.fullmatch(text), f"{name} should not match {text!r}"


def test_fragment_references_are_expanded_and_a_cycle_is_refused() -> None:
    assert compose("a", {"a": "x{b}", "b": "y"}, {}) == "x(?:y)"
    with pytest.raises(ValueError, match="cycle"):
        compose("a", {"a": "{b}", "b": "{a}"}, {})


def _hostile(size: int, seed: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789,,,$$£€¥ .") for _ in range(size))


@pytest.mark.parametrize(
    "text",
    [
        "9" * 1_000_000,
        "1," * 500_000,
        "$" * 1_000_000,
        "$1,000," * 140_000,
        _hostile(1_000_000, seed=3),
    ],
    ids=["digits", "digit-comma", "dollar-signs", "grouped-money", "random-mix"],
)
def test_a_megabyte_of_digits_commas_and_currency_signs_is_read_without_blowing_up(text: str) -> None:
    # The timing (well under a second) is measured in benchmarks/bench_figures.py;
    # here the run must simply finish and give sane figures.
    document = parse_document(text)
    figures = find_figures(document)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text


def test_every_compiled_pattern_is_free_of_nested_unbounded_quantifiers() -> None:
    rules = figure_rules("en")
    patterns = [rules.amount.pattern, *(pattern.pattern for _, pattern in rules.exclusions)]
    nested = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*]")
    for pattern in patterns:
        assert not nested.search(pattern), pattern[:200]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_unicode_text_gives_figures_whose_offsets_slice_the_text(text: str) -> None:
    figures = find_figures(parse_document(text))
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text
        assert 0.0 <= figure.salience <= 1.0
        for part in (*figure.equivalents, *figure.mentions):
            assert text[part.start : part.end] == part.text


_NEWSY = st.lists(
    st.sampled_from(
        [
            "US$",
            "A$",
            "$",
            "£",
            "€",
            "1,000",
            "2.5",
            "million",
            "bn",
            "m",
            "k",
            "per cent",
            "%",
            " ",
            "-",
            "–",
            "to",
            "between",
            "and",
            "(",
            ")",
            "a year",
            "/yr",
            "more than",
            "up to",
            "actors",
            "thirty-five",
            "half a",
            "dozen",
            "2023",
            "Covid-19",
            "page",
            "3rd",
            "10:30",
            ".",
        ]
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_NEWSY)
def test_any_mix_of_figure_words_and_signs_gives_consistent_figures(parts: list[str]) -> None:
    text = " ".join(parts)
    for figure in find_figures(parse_document(text)):
        assert text[figure.start : figure.end] == figure.text
        assert (figure.value is None) == (figure.min is not None and figure.max is not None)
        if figure.min is not None and figure.max is not None:
            assert figure.min < figure.max
        assert figure.currency is None or figure.kind == "money"


_TABLE_FORMS = sorted(
    {
        *(str(word) for word in _DATA["numbers"]["words"]["table"]),
        *(str(word) for word in _DATA["numbers"]["scales"]["table"]),
        *(str(form) for form in _DATA["currencies"]["prefixes"]["table"]),
        *(str(code) for code in _DATA["currencies"]["codes"]["table"]),
        *(str(month) for month in _DATA["patterns"]["months"]),
    }
)
# Characters that IGNORECASE folds onto ASCII letters (long s, Kelvin sign, dotted and dotless i).
_FOLDED = ["\u017f", "\u212a", "\u0130", "\u0131"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_TABLE_FORMS), min_size=1, max_size=8),
    st.lists(st.sampled_from([*_TABLE_FORMS, *_FOLDED, " ", "-", "x", "1"]), max_size=30),
    st.randoms(use_true_random=False),
)
def test_the_first_character_lookahead_of_an_alternation_changes_no_match(
    forms: list[str], parts: list[str], generator: random.Random
) -> None:
    text = "".join(part.upper() if generator.random() < 0.3 else part for part in parts)
    for flags in (0, re.IGNORECASE):
        guarded = re.compile(alternation(forms), flags)
        plain = re.compile(literal_alternation(forms, r"[ \u00a0\u2009\u202f]"), flags)
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


# The first, looser `exclusion_start`: the screen built on the narrower one must match
# exactly where the screen built on this one does (it only tries fewer positions).
_LOOSE_EXCLUSION_START = (
    r"[\d+(&'’hw]|(?<![\w.+-])(?=[\w.+-]{1,64}@)|\b(?:(?-i:[ADFJMNOS])|[vrpacsmel]|(?-i:[A-Za-z]{1,10})-?\d)"
)
_SCREEN_PIECES = [
    *_TABLE_FORMS,
    *_FOLDED,
    *"0123456789 .,-+/():;'’&#@~$\n\u00a0",
    *("http://", "https://", "www.", "HTTPS://", "xwww.", "a.b@c.de", "x_1+y@z.org", "@"),
    *("voted", "vote of", "Votes of", "ruled", "passed", "approved", "rejected", "confirmed", "split"),
    *("mid-", "early-", "late-", "F-35", "A380", "G7", "4G", "MH370", "Covid-19", "the-5", "abcdefghijk1"),
    *("1990s", "’90s", "20s", "3p.m.", "12:30", "1st", "2023-24", "+44 20", "(020)", "&#8217;"),
    *("1.2.3", "101(a)", "Jan 5", "5 May", "5G"),
]


def _loose_screen() -> re.Pattern[str]:
    rules = figure_rules("en")
    body, _ = exclusion_screen_body(pattern for _, pattern in rules.exclusions)
    assert rules.exclusion_screen.pattern.endswith(f")(?:{body})")
    return re.compile(f"(?={_LOOSE_EXCLUSION_START})(?:{body})", re.IGNORECASE)


def _screen_positions(screen: re.Pattern[str], text: str, endpos: int) -> list[int]:
    return [position for position in range(endpos + 1) if screen.match(text, position, endpos)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SCREEN_PIECES), max_size=25), st.data())
def test_the_exclusion_screen_matches_where_the_screen_on_the_looser_start_test_matches(
    pieces: list[str], data: st.DataObject
) -> None:
    screen, loose = figure_rules("en").exclusion_screen, _loose_screen()
    text = "".join(pieces)
    endpos = data.draw(st.integers(0, len(text)))
    assert _screen_positions(screen, text, endpos) == _screen_positions(loose, text, endpos)
    assert _screen_positions(screen, text, len(text)) == _screen_positions(loose, text, len(text))


def test_the_exclusion_screen_matches_where_the_looser_one_does_on_the_examples_and_fixtures() -> None:
    screen, loose = figure_rules("en").exclusion_screen, _loose_screen()
    texts = [
        example["text"] for _, rule in _rules_with_examples(_DATA["patterns"]) for example in rule["examples"]
    ]
    for path in sorted(Path("tests/fixtures/figures").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()]
    for text in texts:
        for endpos in (len(text), len(text) // 2):
            assert _screen_positions(screen, text, endpos) == _screen_positions(loose, text, endpos), text


def test_word_lists_in_the_data_files_hold_only_words_never_yaml_booleans() -> None:
    # YAML reads a bare `on`, `no` or `off` as a boolean: such words must be quoted.
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                assert not isinstance(key, bool), f"{path}: boolean key"
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                assert not isinstance(value, bool), f"{path}[{index}] is a boolean; quote the word"
                walk(value, f"{path}[{index}]")

    for file_name, content in _DATA.items():
        walk(content, file_name)


def test_every_exclusion_match_in_the_examples_starts_where_exclusion_start_matches() -> None:
    # The exclusion screen skips every position where `exclusion_start` fails: no exclusion
    # may start there.
    rules = figure_rules("en")
    fragments = {name: fragment["pattern"] for name, fragment in _fragments()}
    start = re.compile(compose("exclusion_start", fragments, generated_alternations(_DATA)), re.IGNORECASE)
    texts = [
        example["text"] for _, rule in _rules_with_examples(_DATA["patterns"]) for example in rule["examples"]
    ]
    texts += [
        "x.y-z+1@mail.example.org",
        "HTTP://a.b/1 and xwww.c.d",
        "the early-1990s, ’90s, ſplit 5-4, Jul 4",
    ]
    for name, pattern in rules.exclusions:
        for text in texts:
            for match in pattern.finditer(text):
                assert start.match(text, match.start()), (name, text, match.group(0))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SCREEN_PIECES), max_size=25))
def test_the_exclusion_screen_names_the_pattern_it_matched(pieces: list[str]) -> None:
    # The scanner asks that pattern first (scan.py `ExclusionIndex.overlaps`).
    rules = figure_rules("en")
    text = "".join(pieces)
    for match in rules.exclusion_screen.finditer(text):
        assert match.lastindex is not None
        found = rules.exclusion_screened[match.lastindex].match(text, match.start())
        assert found is not None and found.span() == match.span()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SCREEN_PIECES), max_size=25), st.data())
def test_the_exclusion_screen_finds_a_match_where_any_screened_pattern_matches(
    pieces: list[str], data: st.DataObject
) -> None:
    # Where the screen finds nothing before the amount, the scanner asks none of its patterns.
    rules = figure_rules("en")
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    screen = rules.exclusion_screen.search(text, start, end)
    for pattern in rules.exclusion_screened.values():
        for match in pattern.finditer(text, start, end):
            assert screen is not None and screen.start() <= match.start(), (pattern.pattern, text)
