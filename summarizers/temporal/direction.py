"""Whether a weekday written alone ("on Thursday") is the coming one or the last one.

The tense rules (`tagger._Context`) read cues ("will", "said", "is due to"); news leaves
many a weekday without one they know ("Nurses to strike Thursday", "talks resume Tuesday
after a week-long break"). A logistic model weighs the rules' verdicts together with the
words of the clause around the weekday and how many days back the last such weekday was
(a weekday one day back is nearly always past, one six days back, that is tomorrow,
nearly always ahead). Its weights are learned from annotated news
(`benchmarks/train_weekday_direction.py`) and shipped in the language's data files, so
nothing is downloaded or trained at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from summarizers.resources import data_file_exists, read_data_text

# Words, numbers and single marks: the words of a clause as the model reads them.
_TOKEN = re.compile(r"[a-z']+|[0-9]+|[^\sa-z0-9]")
# The words right before and right after the weekday that get a feature of their own.
_NEAREST_WORDS = 3


@dataclass(frozen=True, slots=True)
class WeekdayCues:
    """What the model reads about one weekday written alone."""

    before: str  # the clause before the weekday, lower case
    after: str  # the clause after it, lower case
    days_back: int  # days from the last such weekday to the reference date, 1-6
    rules_ahead: bool  # the tense rules' verdict: a strong cue that looks forward
    looks_forward: bool  # a cue of the future in the clause, strong or weak
    looks_back: bool  # a cue of the past in the clause
    dated_past: bool  # the verb the weekday dates is in the past tense
    headline: bool = False  # the weekday is in the text's first line, a headline

    def features(self) -> tuple[str, ...]:
        """The names of the model's features that hold."""
        verdict = "ahead" if self.rules_ahead else "back"
        found = [
            "bias",
            f"rules:{verdict}",
            f"days_back:{self.days_back}",
            f"rules:{verdict},days_back:{self.days_back}",
        ]
        # A cue weighs with how far back the day is: a past verb holds against "tomorrow"'s
        # weekday less than against yesterday's.
        for name, holds in (
            ("cue:future", self.looks_forward),
            ("cue:past", self.looks_back),
            ("cue:dated_past", self.dated_past),
        ):
            if holds:
                found += [name, f"{name},days_back:{self.days_back}"]
        before = _TOKEN.findall(self.before)
        after = _TOKEN.findall(self.after)
        if self.headline:
            # Headlines drop the auxiliary: "Nurses to strike Thursday" looks ahead.
            found += ["headline", f"headline,days_back:{self.days_back}"]
            if "to" in before:
                found.append("headline:to")
        found += [
            f"before_{distance}:{word}" for distance, word in enumerate(reversed(before[-_NEAREST_WORDS:]), 1)
        ]
        found += dict.fromkeys(f"before:{word}" for word in before)
        found += [f"after_{distance}:{word}" for distance, word in enumerate(after[:_NEAREST_WORDS], 1)]
        found += dict.fromkeys(f"after:{word}" for word in after)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class DirectionModel:
    """A logistic model: the weekday is ahead when the weights of its features sum above 0."""

    weights: Mapping[str, float]

    def looks_ahead(self, features: Iterable[str]) -> bool:
        weights = self.weights
        return sum(weights.get(feature, 0.0) for feature in features) > 0.0


@cache
def load_direction_model(language_code: str) -> DirectionModel | None:
    """The weekday model of a language, or None when it has none (the rules decide alone)."""
    path = f"{language_code}/temporal/weekday_direction.json"
    if not data_file_exists(path):
        return None
    return DirectionModel(weights=json.loads(read_data_text(path))["weights"])
