"""The model that weighs whether a weekday written alone is the coming one or the last one."""

from __future__ import annotations

import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

from summarizers.temporal import tag_temporal_expressions
from summarizers.temporal.direction import DirectionModel, WeekdayCues, load_direction_model
from summarizers.temporal.tagger import weekday_cues

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import train_weekday_direction

FIXTURES = Path(__file__).parent / "fixtures" / "temporal"


def test_features_name_the_rules_verdict_the_distance_the_cues_and_the_words_around() -> None:
    cues = WeekdayCues(
        before="the council will vote on ",
        after=" after a hearing",
        days_back=6,
        rules_ahead=True,
        looks_forward=True,
        looks_back=False,
        dated_past=False,
    )
    features = cues.features()
    assert features[:4] == ("bias", "rules:ahead", "days_back:6", "rules:ahead,days_back:6")
    assert {"cue:future", "cue:future,days_back:6"} <= set(features)
    assert not any(feature.startswith("cue:past") for feature in features)
    assert {"before_1:on", "before_2:vote", "before_3:will", "before:council"} <= set(features)
    assert {"after_1:after", "after_2:a", "after_3:hearing", "after:hearing"} <= set(features)


def test_the_model_looks_ahead_when_the_weights_of_the_features_sum_above_zero() -> None:
    model = DirectionModel(weights={"bias": -0.5, "before_1:on": 0.2, "cue:future": 1.0})
    assert model.looks_ahead(["bias", "cue:future"])
    assert not model.looks_ahead(["bias", "before_1:on"])
    assert not model.looks_ahead(["bias", "a feature it never saw"])


def test_the_shipped_model_has_finite_weights_for_every_kind_of_feature() -> None:
    model = load_direction_model("en")
    assert model is not None
    assert all(math.isfinite(weight) for weight in model.weights.values())
    prefixes = {feature.split(":", 1)[0] for feature in model.weights}
    assert {"bias", "rules", "days_back", "cue", "before_1", "before", "after_1", "after"} <= prefixes


def test_the_tagger_hands_the_model_the_cues_of_each_weekday_written_alone() -> None:
    text = "The council will vote on Saturday. It met on Tuesday. It has sat since Monday."
    found = weekday_cues(text, date(2023, 7, 27))  # a Thursday
    # "since Monday" is the last Monday whatever the model says: it is not weighed.
    assert [(text[start:end], cues.days_back, cues.rules_ahead) for start, end, cues in found] == [
        ("Saturday", 5, True),
        ("Tuesday", 2, False),
    ]
    assert found[0][2].before.endswith("vote on ")


def test_a_weekday_on_the_reference_date_is_that_day_whatever_the_cues() -> None:
    found = tag_temporal_expressions("Talks will resume on Thursday.", date(2023, 7, 27))
    assert [(expression.text, expression.value) for expression in found] == [("Thursday", "2023-07-27")]


def test_training_fits_a_model_that_beats_the_rules_on_its_examples(tmp_path: Path) -> None:
    found = train_weekday_direction.examples(FIXTURES / "heldout_blind9.jsonl")
    found += train_weekday_direction.rule_examples()
    rows = [(cues.features(), ahead) for cues, ahead in found]
    weights = train_weekday_direction.fit(rows, regularization=3.0)
    model = DirectionModel(weights=weights)
    model_right = sum(model.looks_ahead(features) == ahead for features, ahead in rows)
    rules_right = sum(cues.rules_ahead == ahead for cues, ahead in found)
    assert len(rows) > 100
    assert model_right > rules_right


def test_the_training_script_writes_a_model_the_tagger_can_load(tmp_path: Path) -> None:
    output = tmp_path / "weekday_direction.json"
    assert (
        train_weekday_direction.main([str(FIXTURES / "heldout_blind9.jsonl"), "--output", str(output)]) == 0
    )
    document = json.loads(output.read_text(encoding="utf-8"))
    assert [source["file"] for source in document["trained_on"]] == [
        "heldout_blind9.jsonl",
        "rules.yaml examples",
    ]
    assert all(source["examples"] > 0 for source in document["trained_on"])
    assert "bias" in document["weights"]
    assert all(
        abs(weight) > document["min_weight"] for name, weight in document["weights"].items() if name != "bias"
    )


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Tomorrow's weekday with no cue the rules know: the model reads it as the coming one.
        ("There is a risk of storms on Saturday.", "2023-07-29"),
        # Yesterday's, after a past verb: the last one.
        ("The council met on Wednesday.", "2023-07-26"),
    ],
)
def test_the_model_decides_weekdays_the_rules_leave_open(sentence: str, value: str) -> None:
    found = tag_temporal_expressions(sentence, date(2023, 7, 27))
    assert [expression.value for expression in found] == [value]
