"""Temporal expressions (TIMEX3) and the timeline of dated events of a news article."""

from summarizers.temporal.model import TimeExpression, TimelineEvent, TimexType
from summarizers.temporal.reference import find_reference_date
from summarizers.temporal.tagger import tag_temporal_expressions
from summarizers.temporal.timeline import build_timeline, tag_document

__all__ = [
    "TimeExpression",
    "TimelineEvent",
    "TimexType",
    "build_timeline",
    "find_reference_date",
    "tag_document",
    "tag_temporal_expressions",
]
