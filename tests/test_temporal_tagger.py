"""The temporal tagger: every data-file rule proves itself, news dates resolve, any input is safe."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizers.resources import load_yaml
from summarizers.temporal import TimeExpression, TimexType, tag_temporal_expressions
from summarizers.temporal.rules import load_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "temporal"
EXAMPLE_DATE = date(2023, 7, 27)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _rule_examples() -> list[Any]:
    rules = load_yaml("en/temporal/rules.yaml")["rules"]
    return [
        pytest.param(rule["name"], example, id=f"{rule['name']}: {example['text']}")
        for rule in rules
        for example in rule["examples"]
    ]


def test_every_rule_in_the_data_file_carries_at_least_one_example() -> None:
    for rule in load_yaml("en/temporal/rules.yaml")["rules"]:
        assert rule.get("examples"), rule["name"]


@pytest.mark.parametrize(("rule_name", "example"), _rule_examples())
def test_each_rule_example_gives_the_value_it_states(rule_name: str, example: dict[str, Any]) -> None:
    found = tag_temporal_expressions(example["text"], _as_date(example["reference"]))
    matching = [
        expression
        for expression in found
        if expression.value == example["value"]
        and ("type" not in example or expression.type == example["type"])
        and ("mod" not in example or expression.mod == example["mod"])
    ]
    assert matching, f"{rule_name}: {example} gave {[(e.text, e.type, e.value, e.mod) for e in found]}"


def test_the_example_article_dates_both_strikes_against_the_reference_date(example_text: str) -> None:
    found = {
        expression.text: expression for expression in tag_temporal_expressions(example_text, EXAMPLE_DATE)
    }
    writers = found["three months ago"]
    actors = found["earlier this month"]
    assert (writers.type, writers.value, writers.mod) == (TimexType.DATE, "2023-04", None)
    assert (actors.type, actors.value, actors.mod) == (TimexType.DATE, "2023-07", "START")
    assert example_text[writers.start : writers.end] == "three months ago"


def test_three_months_ago_resolves_to_the_month_three_months_before_the_reference_date() -> None:
    (expression,) = tag_temporal_expressions("They stopped work three months ago.", date(2023, 7, 27))
    assert expression.value == "2023-04"


def test_durations_sets_and_general_references_get_their_timex_types() -> None:
    text = "For more than 60 years the paper came out daily; now it is weekly, and recently it closed."
    found = [(e.text, e.type.value, e.value, e.mod) for e in tag_temporal_expressions(text, EXAMPLE_DATE)]
    assert ("more than 60 years", "DURATION", "P60Y", "MORE_THAN") in found
    assert ("daily", "SET", "P1D", None) in found
    assert ("now", "DATE", "PRESENT_REF", None) in found
    assert ("recently", "DATE", "PAST_REF", None) in found


def test_a_year_earlier_is_anchored_to_the_date_mentioned_before_it() -> None:
    text = "Third-quarter profit rose 5% from a year earlier."
    found = [(e.text, e.value) for e in tag_temporal_expressions(text, date(1989, 10, 27))]
    assert found == [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_a_weekday_alone_looks_back_unless_the_clause_looks_forward() -> None:
    thursday = date(2023, 7, 27)
    (past,) = tag_temporal_expressions("The minister resigned on Monday.", thursday)
    (future,) = tag_temporal_expressions("The minister will resign on Monday.", thursday)
    assert (past.value, future.value) == ("2023-07-24", "2023-07-31")


def test_a_language_without_temporal_rules_gives_no_expressions() -> None:
    assert tag_temporal_expressions("Il est parti lundi 3 mars 2023.", EXAMPLE_DATE, language="french") == ()
    assert tag_temporal_expressions("Tuesday", EXAMPLE_DATE, language="klingon") == ()


def _news_dates() -> list[dict[str, str]]:
    lines = (FIXTURES / "news_dates.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_at_least_95_percent_of_the_news_dates_resolve_to_their_gold_value() -> None:
    cases = _news_dates()
    assert len(cases) >= 60
    wrong = []
    for case in cases:
        found = tag_temporal_expressions(case["text"], date.fromisoformat(case["reference"]))
        if not any(e.text == case["expression"] and e.value == case["value"] for e in found):
            wrong.append((case["text"], case["value"], [(e.text, e.value) for e in found]))
    accuracy = 1 - len(wrong) / len(cases)
    assert accuracy >= 0.95, wrong


def _check_offsets(text: str, found: tuple[TimeExpression, ...]) -> None:
    previous_end = 0
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end
        assert expression.type in TimexType
        assert expression.value
        previous_end = expression.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_unicode_text_gives_expressions_whose_offsets_slice_the_text(text: str) -> None:
    _check_offsets(text, tag_temporal_expressions(text, EXAMPLE_DATE))


_TEMPORAL_WORDS = st.lists(
    st.sampled_from(
        [
            "last",
            "next",
            "this",
            "the",
            "Friday",
            "May",
            "Sept.",
            "30",
            "1990",
            "1990s",
            "'90s",
            "ago",
            "earlier",
            "a",
            "year",
            "years",
            "quarter",
            "third",
            "first",
            "half",
            "of",
            "fiscal",
            "early",
            "late",
            "mid-",
            "more than",
            "about",
            "three",
            "twenty-four",
            "months",
            "week",
            "weekend",
            "now",
            "will",
            "said",
            ",",
            ".",
            "-",
            "to",
            "June",
            "morning",
            "night",
            "3:30",
            "p.m.",
            "century",
            "20th",
            "İ",
            "ß",
            "\n",
        ]
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_TEMPORAL_WORDS, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_mix_of_temporal_words_and_any_reference_date_gives_consistent_expressions(
    parts: list[str], reference: date
) -> None:
    text = " ".join(parts)
    _check_offsets(text, tag_temporal_expressions(text, reference))


def _hostile(size: int, seed: int) -> str:
    generator = random.Random(seed)
    months = ["January", "Feb.", "March", "May", "June", "Sept.", "December", "May,", "1990s"]
    parts: list[str] = []
    while sum(len(part) + 1 for part in parts) < size:
        parts.append(
            generator.choice(months) if generator.random() < 0.5 else str(generator.randrange(10**6))
        )
    return " ".join(parts)[:size]


@pytest.mark.parametrize(
    "text",
    ["7" * 200_000, "May " * 50_000, "Sept. 30, 1989 " * 10_000, _hostile(200_000, seed=5), "a" * 200_000],
    ids=["digits", "may", "dates", "random-mix", "letters"],
)
def test_long_hostile_runs_of_digits_and_month_names_are_tagged_without_blowing_up(text: str) -> None:
    # The timing (a megabyte in about a second) is measured in benchmarks/bench_timeline.py;
    # here the run must simply finish and give offsets that slice the text.
    _check_offsets(text, tag_temporal_expressions(text, EXAMPLE_DATE))


def test_every_compiled_rule_is_free_of_nested_unbounded_quantifiers() -> None:
    rules = load_rules("en")
    assert rules is not None
    nested = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")
    for rule in rules.rules:
        assert not nested.search(rule.pattern.pattern), rule.name


def test_word_lists_in_the_data_files_hold_only_words_never_yaml_booleans() -> None:
    # YAML reads a bare `on`, `no` or `off` as a boolean: such words must be quoted.
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                assert not isinstance(key, bool), f"{path}: boolean key"
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for item in node:
                assert not isinstance(item, bool), f"{path}: boolean item"
                walk(item, path)

    for name in ("tables", "fragments", "rules", "timeline"):
        walk(load_yaml(f"en/temporal/{name}.yaml"), name)


def _regressions() -> list[Any]:
    lines = (FIXTURES / "regressions.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [pytest.param(case, id=case["reason"]) for case in cases]


@pytest.mark.parametrize("case", _regressions())
def test_each_regression_case_keeps_the_reading_that_fixed_it(case: dict[str, Any]) -> None:
    found = tag_temporal_expressions(case["text"], date.fromisoformat(case["reference"]))
    readings = {expression.text: expression.value for expression in found}
    if case["value"] is None:
        assert not any(case["expression"] in expression.text for expression in found), readings
    else:
        assert readings.get(case["expression"]) == case["value"], readings


def test_a_table_of_numbers_and_month_names_is_not_tagged_but_the_prose_around_it_is() -> None:
    months = ("Jan.", "May", "Sept.")
    table = " ".join(f"{month} {day} {day * 37}" for day in range(1, 29) for month in months)
    text = f"Shares fell on Tuesday, the exchange said.\n{table}\nThe strike began on March 3, it said."
    found = tag_temporal_expressions(text, EXAMPLE_DATE)
    readings = {expression.text: expression.value for expression in found}
    assert readings["Tuesday"] == "2023-07-25"
    assert readings["March 3"] == "2023-03-03"
    # Only the table's edges, within a window of the prose, are read.
    assert len(readings) < 10, readings
