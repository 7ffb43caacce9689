"""The temporal tagger: find temporal expressions and normalize them to TIMEX3.

Matching is linear in the length of the text. At a word that can start an expression
(see `dispatch.py`), when the token after it is one the rules can go on with, the rules
that can (in priority order, compiled into one alternation when there are many) are
tried once with `re.match`. Quantifiers in the data files are bounded or apply to one
character class, and a match never starts inside a word or a number, so each try is
short. Words in a dense region (fewer than 6 ordinary words among the 32 tokens around:
a table, a list of figures, hostile input) are not tried at all. Those words are found
on arrays of the tokens (`scan.py`), so the cost of the text between them is that of a
few passes at C speed.

Normalization is done in document order with a small context: the reference date, the
last calendar date mentioned (the anchor of "a year earlier", as in HeidelTime) and the
tense of the clause ("will meet Thursday"), read only when a rule needs it. A match
whose surroundings repeat earlier text exactly is normalized once, and a value that
reads neither the anchor nor the tense is worked out once for a rule and the text of
its groups.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import compress
from typing import Any

from summarizers.languages import UnsupportedLanguageError, resolve_language
from summarizers.temporal import calendar as cal
from summarizers.temporal.direction import DirectionModel, WeekdayCues, load_direction_model
from summarizers.temporal.holidays import calendar_holiday, is_calendar_holiday
from summarizers.temporal.model import TimeExpression, TimexType
from summarizers.temporal.rules import COUNTERFACTUAL_AFTER_WOULD, Candidates, Rule, RuleSet, load_rules

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Characters read around an expression for the tense of its clause: after it, and before it
# for the past verbs that keep a start from looking forward ("from Thursday")...
_CLAUSE_WINDOW = 80
# ... and before it for the cues of the tense, which stand further back ("staff will hold
# open houses in May and June, with a final design returning to council in the fall").
_CLAUSE_WINDOW_BEFORE = 110
_COORDINATED_REACH = 24  # "Wednesday afternoon and "
_WIDE_WINDOW = 240
_MODIFIER_WINDOW = 24
_MEMO_SIZE = 4096
_HEADLINE_MAX = 160  # characters of a first line that can be a headline
_RANGE_REACH = 24  # characters between a date and the one that closes its range
_COUNTRY_REACH = 6000  # characters at the start of a text read for the country it is about
_DAY_OR_WEEK = (cal.DAY, cal.TIME, cal.WEEK, cal.WEEKEND)
_SATURDAY = 6  # ISO weekday
# What a match normalizes to: type, value, mod, characters of modifier taken in before
# the match ("early"), and the anchor of later expressions it sets, if any.
_Normalized = tuple[TimexType, str, str | None, int, str | None]
_TIMEX_TYPES = {timex_type.value: timex_type for timex_type in TimexType}  # a lookup, not an Enum call
# A figure, then the word that would start a period ("6.8% from"): a comparison instead.
_FIGURE_BEFORE_START = re.compile(r"\d\S*\s+[a-z]+\s+$")
# A value on a calendar day ("2017-04-27", "2017-04-27T09:30", "2017-04-27TMO"): group 1 is the day.
_DAY_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T|$)")
# Between two expressions, the end of a sentence: a line break, or a full stop, question or
# exclamation mark (and closing quotes) before white space and a capital.
# A date after a clock time alone gives it its day only this close ("11.40pm on 13 August");
# further on it dates something else ("until 6pm, and ... a warning from Thursday").
_NEXT_DAY_REACH = 16
# After a word, only a preposition before the date ("as planned on Saturday").
_RIGHT_BEFORE_DATE = re.compile(r"\s+(?:(?:on|in|at|for|by)\s+)?")
# Between a clock time and the day it is on, when nothing else is ("noon tomorrow").
_RIGHT_AFTER = re.compile(r",?\s{1,2}")
_SENTENCE_BREAK = re.compile(r"\n|[.!?][\"'’”)]*\s+[\"'‘“(]?[A-Z]")
_COUNTERFACTUAL_AFTER = re.compile(COUNTERFACTUAL_AFTER_WOULD)
# Between a modal and an "-ed" word, the one verb it governs ("will receive calculated").
_ONE_WORD = re.compile(r"\s+[a-z]+\s+")

_FUTURE_AFTER = re.compile(
    r"\s+(?:will|would|is\s+to|are\s+to|(?:could|may|might)(?!\s+(?:not|have)\b|n['’]t))\b"
)
# A date written without a year in a clause of no clear tense is taken within this many
# days of the reference date, either side.
_PRESENT_TENSE_REACH = 183
# ... and in a clause that looks back, no later than this many days after it (news
# reports coming deadlines and payment dates in the past tense: "set Nov. 10 as ...").
_PAST_TENSE_REACH = 60
# ... and in a clause that looks forward, no earlier than this many days before it (a day
# just past: "could be as bad as November 12, when ...", "transplanting from June 1").
_FUTURE_TENSE_REACH = 60
# A holiday at most this many days ahead (a season of news: "to close over Easter", said in
# early March), in a clause that does not look back, is the coming
# one ("warns on Christmas", said in late November).
_NEAR_HOLIDAY_DAYS = 90
# ... and at most this many days ahead, the coming one whatever the tense.
_IMMINENT_HOLIDAY_DAYS = 7
# A quarter that ended this many days before the reference date, named without a year, is
# that one rather than the next ("the fourth quarter", said in January). Not a half: the
# next second half is five months off, not nine ("volumes will double in the second half").
_JUST_ENDED_DAYS = 45
# A quarter or half named without a year that ended more than this many days before the
# reference date, in a clause that looks forward, is the next year's: this year's is not
# the last one ended but the one before it ("plans to open an office in the first quarter",
# said in September; "expect the economy to shrink in the second quarter from the first
# quarter", said in June, is this year's).
_ENDED_BEFORE_LAST_DAYS = 92
# "The new year" said after this many months of a year is the next one.
_FIRST_HALF_MONTHS = 6

Value = str | tuple[str, str] | None


def tag_temporal_expressions(
    text: str, reference_date: date, *, language: str = "english"
) -> tuple[TimeExpression, ...]:
    """Temporal expressions of `text` in order, normalized against `reference_date`.

    Returns an empty tuple for a language without temporal rules.
    """
    return tag_sentence_expressions(text, reference_date, (), language=language)


def tag_sentence_expressions(
    text: str, reference_date: date, sentences: Sequence[tuple[int, int, int]], *, language: str = "english"
) -> tuple[TimeExpression, ...]:
    """What `tag_temporal_expressions` finds, each expression with the index of its sentence.

    `sentences` are the (index, start, end) of the sentences of `text` in order; an
    expression that starts before the first sentence or ends after its own, or any
    expression when `sentences` is empty, gets None.
    """
    try:
        code = resolve_language(language).code
    except UnsupportedLanguageError:
        return ()
    rules = load_rules(code)
    if rules is None:
        return ()
    tagger = _Tagger(rules, text, reference_date, sentences)
    return _with_sentence_days(tagger.run(), tagger)


def weekday_cues(
    text: str, reference_date: date, *, language: str = "english"
) -> list[tuple[int, int, WeekdayCues]]:
    """The start, end and cues of each weekday written alone whose direction the tagger
    weighs ("on Thursday"): what its direction model is trained on
    (`benchmarks/train_weekday_direction.py`)."""
    rules = load_rules(resolve_language(language).code)
    if rules is None:
        return []
    tagger = _Tagger(rules, text, reference_date)
    recorded: list[tuple[int, int, WeekdayCues]] = []
    tagger.context.recorded = recorded
    tagger.run()
    return recorded


def _with_sentence_days(
    expressions: tuple[TimeExpression, ...], tagger: _Tagger
) -> tuple[TimeExpression, ...]:
    """Each clock time alone (tables.yaml `clock_alone_rules`) on the day a date in its
    sentence names: the nearest one before it, else one right after it."""
    clock_alone = _clock_alone_rules(tagger.rules)
    alone = [
        expression.type is TimexType.TIME and _is_clock_alone(expression, tagger.lowered, clock_alone)
        for expression in expressions
    ]
    dated = list(expressions)
    for position in compress(range(len(expressions)), alone):
        day = _sentence_day(expressions, alone, position, tagger.text)
        if day is not None:
            expression = expressions[position]
            dated[position] = replace(expression, value=day + expression.value[len(day) :])
    return tuple(dated)


def _clock_alone_rules(rules: RuleSet) -> tuple[Rule, ...]:
    names = frozenset(rules.tables.get("clock_alone_rules", ()))
    return tuple(rule for rule in rules.rules if rule.name in names)


def _is_clock_alone(expression: TimeExpression, lowered: str, clock_alone: tuple[Rule, ...]) -> bool:
    """Whether a clock-alone rule matches the expression, after a modifier if any ("about
    11.40pm"), to its end; and its value has a day."""
    if _DAY_VALUE.match(expression.value) is None:
        return False
    start, end = expression.start, expression.end
    for rule in clock_alone:
        match = rule.pattern.search(lowered, start, end + _CLAUSE_WINDOW)  # room for a lookahead
        if (
            match is not None
            and match.start() < end
            and len(lowered[start : match.end()].rstrip(" \t\n-")) == end - start
        ):
            return True
    return False


def _sentence_day(
    expressions: tuple[TimeExpression, ...], alone: list[bool], position: int, text: str
) -> str | None:
    """The day (YYYY-MM-DD) of a date right after the clock time at `position` ("noon
    tomorrow"), else of the date nearest before it in its sentence (at most _WIDE_WINDOW
    characters back), else of one shortly after it ("at 10:35 a.m. (0735 GMT) Friday"); a
    clock time alone (`alone`) gives none."""
    clock = expressions[position]
    if position + 1 < len(expressions) and not alone[position + 1]:
        # A day right after the clock time is its own ("by noon tomorrow", "at 7am next
        # Saturday"), whatever dates come before it in the sentence.
        following = expressions[position + 1]
        day = _DAY_VALUE.match(following.value)
        if day is not None and _RIGHT_AFTER.fullmatch(text, clock.end, following.start):
            return day.group(1)
    edge = clock.start  # the sentence is known to run from here to the clock time
    for other_position in range(position - 1, -1, -1):
        other = expressions[other_position]
        if clock.start - other.end > _WIDE_WINDOW or not _same_sentence(other, clock, text, edge):
            break
        edge = other.start
        day = None if alone[other_position] else _DAY_VALUE.match(other.value)
        if day is not None:
            return day.group(1)
    if position + 1 < len(expressions):
        other = expressions[position + 1]
        day = None if alone[position + 1] else _DAY_VALUE.match(other.value)
        if (
            day is not None
            and other.start - clock.end <= _NEXT_DAY_REACH
            and _same_sentence(clock, other, text, other.start)
        ):
            return day.group(1)
    return None


def _same_sentence(first: TimeExpression, second: TimeExpression, text: str, known_to: int) -> bool:
    """Whether `first` (the earlier) and `second` are in one sentence, the text from
    `known_to` to `second` being known to hold no sentence end."""
    if first.sentence is not None and second.sentence is not None:
        return first.sentence == second.sentence
    return _SENTENCE_BREAK.search(text, first.end, known_to) is None


@dataclass(slots=True)
class _Context:
    reference: date
    last_date: str | None = None  # last calendar value mentioned, read through `anchor`
    anchor_read: bool = False
    used_anchor: bool = False  # the value was computed from the anchor: it does not move it
    # The tense of the clause being normalized, worked out only when an op asks for it.
    clause: Callable[[], tuple[str, str]] | None = None
    # The sentence before the expression, further back than the clause, read on demand.
    wide: Callable[[], str] | None = None
    # The country the text is about (a code of tables.yaml `country_words`), read on demand.
    country: Callable[[], str | None] | None = None
    windows: tuple[str, str] | None = None
    # Whether the expression is in the text's headline, read on demand.
    in_headline: Callable[[], bool] | None = None
    # Whether the expression closes a range that the date mentioned last opens ("from July 19
    # to July 28"), read on demand.
    closes_range: Callable[[], bool] | None = None
    # Weighs the tense of a weekday written alone, when the language has a model.
    direction_model: DirectionModel | None = None
    span: tuple[int, int] = (0, 0)  # of the expression being normalized
    # When set, each weekday the model weighs is noted here (see `weekday_cues`).
    recorded: list[tuple[int, int, WeekdayCues]] | None = None
    looks_forward: bool | None = None
    looks_back: bool | None = None
    will_follow: bool | None = None
    dated_past: bool | None = None
    cues: RuleSet | None = None

    @property
    def anchor(self) -> str | None:
        """The last calendar value mentioned; an op that reads it notes so in `anchor_read`."""
        self.anchor_read = True
        return self.last_date

    def _windows(self) -> tuple[str, str]:
        if self.windows is None:
            self.windows = self.clause() if self.clause else ("", "")
        return self.windows

    @property
    def future(self) -> bool:
        """Whether the clause looks forward ("will meet Thursday")."""
        if self.looks_forward is None:
            before, _after = self._windows()
            assert self.cues is not None
            self.looks_forward = not self._dated_past() and (
                self._will_follow()
                or self._cue_holds(self.cues.future_cues)
                or self._scheduled()
                or self.cues.put_off_before.search(before) is not None
                or self._cue_holds(self.cues.decision_infinitive)
                or self._starts_ahead()
                or self._fronted_ahead(self.cues.future_cues)
            )
        return self.looks_forward

    def _fronted_ahead(self, cues: re.Pattern[str]) -> bool:
        """ "On Friday, the students will present their findings": a date that opens its
        clause (a preposition at most before it) takes the tense of the words after it."""
        before, after = self._windows()
        assert self.cues is not None
        if self.cues.fronting_before.fullmatch(before) is None:
            return False
        cue = cues.search(after)
        return cue is not None and self.cues.past_verbs.search(after, 0, cue.start()) is None

    def weekday_ahead(self, weekday: int) -> bool:
        """Whether a weekday written alone (ISO number `weekday`) is the coming one: never
        after "since"; else the verdict of the strong cues of `surely_future`, weighed by
        the language's model with the words around the weekday and how far back the last
        such day was, when it has a model."""
        if self.after_since:
            return False
        rules_ahead = self.surely_future
        days_back = (self.reference.isoweekday() - weekday) % 7
        if days_back == 0 or (self.direction_model is None and self.recorded is None):
            return rules_ahead
        before, after = self._windows()
        cues = WeekdayCues(
            before,
            after,
            days_back,
            rules_ahead,
            self.future,
            self.past,
            self._dated_past(),
            headline=self.in_headline() if self.in_headline else False,
        )
        if self.recorded is not None:
            self.recorded.append((*self.span, cues))
        if self.direction_model is None:
            return rules_ahead
        return self.direction_model.looks_ahead(cues.features())

    @property
    def surely_future(self) -> bool:
        """Whether the clause looks forward with a strong cue ("will", "next", "scheduled")."""
        before, _after = self._windows()
        assert self.cues is not None
        if self.cues.report_day_before.search(before) is not None:
            return False
        return not self._dated_past() and (
            self._will_follow()
            or self._cue_holds(self.cues.weekday_future_cues)
            or (self._cue_holds(self.cues.reported_future) and not self._possessive())
            or self._scheduled()
            or (self.cues.deadline_before.search(before) is not None and self.future)
            or (before.endswith(" on ") and self._cue_holds(self.cues.weekday_modal_cues))
            or (before.endswith(" on ") and self._cue_holds(self.cues.weekday_bare_modal))
            or self.cues.scheduled_object_before.search(before) is not None
            or self.cues.alert_for_before.search(before) is not None
            or self.cues.forward_participle_before.search(before) is not None
            or self._subordinate_ahead()
            or self._starts_ahead()
            or self._fixture_ahead()
            or (self._possessive() and self.future_after_noun_follows)
            or self._cue_holds(self.cues.decision_infinitive)
            or self._fronted_ahead(self.cues.weekday_future_cues)
        )

    def _scheduled(self) -> bool:
        """ "Returns in July": a scheduled event right before the expression, not a plan since
        revised ("had originally been due to begin in December")."""
        before = self._windows()[0]
        assert self.cues is not None
        return (
            self.cues.scheduled_before.search(before) is not None
            and self.cues.revised_schedule.search(before) is None
        )

    def _subordinate_ahead(self) -> bool:
        """ "Could break the record as the heat dome peaks on Sunday": a subordinate clause
        with a present-tense verb right before "on", after a forward cue in the sentence."""
        before = self._windows()[0]
        assert self.cues is not None
        found = self.cues.subordinate_before.search(before)
        if found is None or self.cues.past_cues.search(found.group("clause")) is not None:
            return False
        if found.group("verb") in self.cues.tables["subordinate_not_verbs"]:
            return False
        wide = self.wide() if self.wide else before
        opener = len(wide) - (len(before) - found.start())
        return self.cues.future_cues.search(wide, 0, max(opener, 0)) is not None

    def _possessive(self) -> bool:
        """Whether the expression is a possessive ("Wednesday's ruling")."""
        return self._windows()[1][:2] in ("'s", "’s")

    def _fixture_ahead(self) -> bool:
        """ "England face Belgium in Saturday's play-off": a fixture in the present tense, dated
        by a weekday's possessive, in a clause with no past cue."""
        before = self._windows()[0]
        assert self.cues is not None
        return (
            self._possessive()
            and self.cues.fixture_before.search(before) is not None
            and self.cues.past_cues.search(before) is None
        )

    @property
    def ends_period(self) -> bool:
        """Whether the expression ends a reporting period ("results for the three months to
        October"): a period that has begun, as for a report on it."""
        assert self.cues is not None
        return self.cues.period_ending_before.search(self._windows()[0]) is not None

    @property
    def after_past_event(self) -> bool:
        """Whether an event that has happened comes right before ("the invasion in February"),
        in a clause that does not look forward."""
        assert self.cues is not None
        return not self.future and self.cues.past_event_before.search(self._windows()[0]) is not None

    @property
    def after_since(self) -> bool:
        """Whether "since" comes right before ("the heatwave that has gripped the state since
        Tuesday will not break"): past, whatever the tense."""
        assert self.cues is not None
        # "since mid-July": the point of the period says nothing of the reach.
        before = self.cues.point_modifier_before.sub("", self._windows()[0])
        return self.cues.past_before.search(before) is not None

    @property
    def runs_through(self) -> bool:
        """Whether the words right before run on into the expression ("through the weekend")."""
        assert self.cues is not None
        return self.cues.through_before.search(self._windows()[0]) is not None

    def _cue_holds(self, cues: re.Pattern[str]) -> bool:
        """Whether the clause before has a cue of `cues` and no past-tense verb after the
        last one ("plans to resume play ... after it suspended the season in March"), nor
        a word before it that makes it a plan since revised ("initially set for"), nor a
        "would have" that makes it a past that did not happen ("people would have done this
        in October"), nor a comparison ("slowed more than expected to 2.9% in January")."""
        before = self._windows()[0]
        assert self.cues is not None
        # A cue in a comparison ("will close as scheduled over Easter") is no cue, nor a past
        # verb; the one before it may still hold.
        found, compared = [], []
        for cue in cues.finditer(before):
            if self.cues.comparison_before.search(before, 0, cue.start()) is None:
                found.append(cue)
            else:
                compared.append(cue.start())
        last = found[-1] if found else None
        if last is None or self.cues.revised_before.search(before, 0, last.start()) is not None:
            return False
        if (
            last.group() in self.cues.tables["counterfactual_modals"]
            and _COUNTERFACTUAL_AFTER.match(before, last.end()) is not None
        ):
            return False
        return all(
            verb.start() in compared
            or self.cues.auxiliary_before.search(before, 0, verb.start()) is not None
            # "will open as planned on Saturday": a comparison right before the date, no past
            # tense (not "will be counted on May 13, as announced by the commission in February")
            or (
                self.cues.comparison_before.search(before, 0, verb.start()) is not None
                and _RIGHT_BEFORE_DATE.fullmatch(before, verb.end()) is not None
            )
            # "will receive calculated grades on Monday": right after the verb a modal governs,
            # an adjective, not a verb of its own
            or (
                last.group().rsplit(None, 1)[-1] in self.cues.tables["verb_governing_cues"]
                and verb.group().endswith("ed")
                and _ONE_WORD.fullmatch(before, last.end(), verb.start()) is not None
            )
            for verb in self.cues.past_verbs.finditer(before, last.end())
        )

    def _dated_past(self) -> bool:
        """Whether the verb the expression dates is in the past tense, whatever the main
        verb: it follows ("after Monday's caucuses handed him a win", "a hearing on
        Tuesday drew 200 residents") or is a participle or a past verb right before it
        ("restrictions introduced in June will remain", "the delayed September report", "the
        heatwave, which began on New Year's Day, could last")."""
        if self.dated_past is None:
            before, after = self._windows()
            assert self.cues is not None
            follows = self.cues.past_verb_after.match(after)
            participle = self.cues.participle_before.search(before) or self.cues.past_verb_before.search(
                before
            )
            self.dated_past = (
                follows is not None
                and self.cues.future_cues.search(follows.group().rsplit(None, 1)[-1]) is None
            ) or (
                participle is not None
                and self.cues.future_cues.search(before, participle.start()) is None
                and self.cues.verbal_auxiliary_before.search(before, 0, participle.start()) is None
            )
        return self.dated_past

    @property
    def clause_year(self) -> int | None:
        """The year that opens the clause before the expression, or its sentence ("Last year,
        the monsoon reached the state on May 30"; "while in 2010 it lingered until October
        17"), if any."""
        assert self.cues is not None
        found = list(self.cues.clause_year.finditer(self._windows()[0]))
        if not found and self.wide is not None:
            # A year that opens the sentence holds for its later clauses too ("In 2019, polling
            # began on April 11, and results were declared on May 23").
            opening = self.cues.clause_year.match(self.wide())
            found = [] if opening is None else [opening]
        if not found:
            return None
        last = found[-1]
        if last.group("year"):
            return int(last.group("year"))
        return self.reference.year + int(self.cues.tables["directions"][last.group("direction")])

    @property
    def in_this_year(self) -> bool:
        """Whether the clause says "this year" ("the third shutdown this year, after closures
        in April"; after the expression, up to a comma: "the bill, published in November,
        should become law later this year" says nothing of November): a month or day in it
        is of the reference year, whatever the tense."""
        before, after = self._windows()
        assert self.cues is not None
        return (
            self.cues.this_year.search(before) is not None
            or self.cues.this_year.search(after.split(",", 1)[0]) is not None
        )

    @property
    def in_next_year(self) -> bool:
        """Whether the clause before the expression says "next year" ("next year's festival
        will open on June 25"; not "would review it in December and decide next year")."""
        assert self.cues is not None
        return self.cues.next_year.search(self._windows()[0]) is not None

    @property
    def reported(self) -> bool:
        """Whether a report on the period follows ("September retail sales report") or comes
        right before ("figures for July are due later this month")."""
        assert self.cues is not None
        before, after = self._windows()
        return (
            self.cues.report_after.match(after) is not None
            or self.cues.report_for_before.search(before) is not None
        )

    def _starts_ahead(self) -> bool:
        """ "Households face higher bills from 1 July": a start in a clause with no past cue
        (read after the expression up to a comma, "from 1 July, the regulator said"), and no
        figure right before the start word ("6.8% from Oct. 13" is a comparison; not "on sale on
        July 20, with preorders opening Thursday", nor a reach: "highs of 34 degrees, with humid
        conditions to last until Monday"); so is a reach ahead ("until Thursday"),
        read after the comma as well when it opens the clause ("Until Thursday, they had not
        called him a suspect"; not "not expected to ease until Tuesday, the Met Office said").
        A deadline still open ("have until Friday to respond") is ahead whatever follows."""
        before, after = self._windows()
        assert self.cues is not None
        if self.cues.open_deadline_before.search(before) is not None:
            return True
        # "Services would remain suspended till Saturday", "ordered flags lowered to half-staff
        # until Friday": a state that runs on until the day, whatever the tense of the verb
        # that brought it about; unless a past verb follows ("until Thursday they had not")
        until = self.cues.until_before.search(before)
        # ... but not what lasted until then ("the rally lasted until Thursday").
        if until is not None and not self._ends_in_past_verb(before[: until.start()]):
            fronted = not before[: until.start()].strip()
            return not self._past_verb_in(after if fronted else after.split(",", 1)[0])
        if self._past_verb_in(before[-_CLAUSE_WINDOW:]):
            return False
        if self.cues.start_before.search(before) is not None:
            return _FIGURE_BEFORE_START.search(before) is None and not self._past_verb_in(
                after.split(",", 1)[0]
            )
        # "Until the end of October", "until at least Wednesday": the point of the period or
        # the bound says nothing of the reach.
        reach = self.cues.quantity_modifier_before.sub("", self.cues.point_modifier_before.sub("", before))
        ahead = self.cues.ahead_before.search(reach)
        if ahead is None:
            return False
        fronted = not reach[: ahead.start()].strip()
        return not self._past_verb_in(after if fronted else after.split(",", 1)[0])

    def _ends_in_past_verb(self, text: str) -> bool:
        """Whether the last word of `text` is a past verb, not a participle after an auxiliary
        ("the rally lasted"; not "would remain suspended", "suspended classes")."""
        last_words = " ".join(text.split()[-2:])
        assert self.cues is not None
        found = list(self.cues.past_cues.finditer(last_words))
        return bool(found) and found[-1].end() == len(last_words) and self._past_verb_in(last_words)

    def _past_verb_in(self, text: str) -> bool:
        """Whether `text` holds a past cue other than a participle after an auxiliary ("was
        delayed", "closed" do; "can be ordered", "will be pre-ordered" do not)."""
        assert self.cues is not None
        return any(
            self.cues.verbal_auxiliary_before.search(text, 0, _word_start(text, found.start())) is None
            for found in self.cues.past_cues.finditer(text)
        )

    def _will_follow(self) -> bool:
        if self.will_follow is None:
            after = self._windows()[1]
            assert self.cues is not None
            self.will_follow = (
                _FUTURE_AFTER.match(after) is not None or self.cues.scheduled_after.match(after) is not None
            )
        return self.will_follow

    @property
    def before(self) -> str:
        """The clause before the expression."""
        return self._windows()[0]

    @property
    def future_after_noun_follows(self) -> bool:
        """ "New Year's Eve fireworks will go ahead", "Tuesday's meeting starts at 1 p.m.": a
        verb of the future after the noun the expression modifies."""
        assert self.cues is not None
        return self.cues.future_after_noun.match(self._windows()[1]) is not None

    @property
    def past(self) -> bool:
        """Whether the clause looks back ("met on Thursday"), and not forward."""
        if self.looks_back is None:
            before, after = self._windows()
            assert self.cues is not None
            self.looks_back = not self.future and (
                self._dated_past()
                or self.cues.past_cues.search(before) is not None
                or self.cues.past_cues.search(after) is not None
            )
        return self.looks_back


class _Tagger:
    def __init__(
        self,
        rules: RuleSet,
        text: str,
        reference: date,
        sentences: Sequence[tuple[int, int, int]] | None = None,
    ) -> None:
        self.rules = rules
        self.text = text
        # The index, start and end of each sentence, when expressions are to name theirs.
        self._sentence_indexes = [sentence[0] for sentence in sentences or ()]
        self._sentence_starts = [sentence[1] for sentence in sentences or ()]
        self._sentence_ends = [sentence[2] for sentence in sentences or ()]
        # Patterns are written in lower-case ASCII; offsets must not move, so where lower()
        # changes the length ("İ") only ASCII letters are lowered.
        lowered = text.lower()
        self.lowered = lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)
        self.context = _Context(
            reference, cues=rules, country=self._country, direction_model=load_direction_model(rules.language)
        )
        self._country_found: tuple[str | None] | None = None
        self._memo: dict[tuple[int, str, int, int, str | None], _Normalized | None] = {}
        # The value of a rule's groups, for values that read neither the anchor nor the tense.
        self._values: dict[tuple[int, Any], tuple[Value, bool]] = {}
        self._cursor = (0, 0)  # a token's index and offset, to read offsets on from
        self._anchor_end = -1  # where the expression that set the anchor ends

    def run(self) -> tuple[TimeExpression, ...]:
        found: list[TimeExpression] = []
        start_tokens = self.rules.start_tokens
        last_end = 0
        positions, plans = start_tokens.tried(self.lowered)
        for position, plan in zip(positions, plans, strict=True):
            if position < last_end:
                continue
            candidates, tried = start_tokens.plans[plan]
            if tried is None:
                expression = self._match_at(position, candidates)
            else:
                expression = self._match_rules(position, tried)
            if expression is not None:
                found.append(expression)
                last_end = expression.end
        return tuple(found)

    def _match_at(self, position: int, candidates: Candidates) -> TimeExpression | None:
        match = candidates.pattern.match(self.lowered, position)
        if match is None:
            return None
        first = int(match.lastgroup[1:]) if match.lastgroup else 0
        for rule in candidates.rules:
            if rule.index < first:
                continue
            candidate = match if rule.index == first else rule.pattern.match(self.lowered, position)
            if candidate is None:
                continue
            expression = self._normalize(rule, candidate)
            if expression is not None:
                return expression
        return None

    def _match_rules(self, position: int, rules: tuple[Rule, ...]) -> TimeExpression | None:
        """What `_match_at` finds, trying each of a few rules in turn."""
        for rule in rules:
            match = rule.pattern.match(self.lowered, position)
            if match is not None:
                expression = self._normalize(rule, match)
                if expression is not None:
                    return expression
        return None

    def _normalize(self, rule: Rule, match: re.Match[str]) -> TimeExpression | None:
        start, end = match.start(), match.end()
        lowered = self.lowered
        while end > start and lowered[end - 1] in " \t\n-":
            end -= 1
        if rule.title_case and not self.text[start].isupper():
            return None
        if rule.lower_case and not self.text[start + 1 : end].islower():
            return None
        # Everything the result depends on: repeated text (tables, hostile input) is
        # normalized once.
        key = (
            rule.index,
            lowered[max(0, start - _WIDE_WINDOW) : end + _CLAUSE_WINDOW],
            start - max(0, start - _WIDE_WINDOW),
            end - start,
            self.context.last_date,
        )
        if key in self._memo:
            known = self._memo[key]
        else:
            known = self._normalize_afresh(rule, match, start, end)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = known
        if known is None:
            return None
        timex_type, value, mod, lead, anchor = known
        if anchor is not None:
            self.context.last_date = anchor
            self._anchor_end = end
        start -= lead
        sentence = None
        if self._sentence_starts:
            holding = bisect_right(self._sentence_starts, start) - 1
            if holding >= 0 and end <= self._sentence_ends[holding]:
                sentence = self._sentence_indexes[holding]
        return TimeExpression(self.text[start:end], start, end, timex_type, value, mod, sentence)

    def _normalize_afresh(self, rule: Rule, match: re.Match[str], start: int, end: int) -> _Normalized | None:
        before = self.lowered[max(0, start - _MODIFIER_WINDOW) : start]
        if rule.requires_before is not None and not rule.requires_before.search(before):
            return None
        context = self.context
        context.windows = context.looks_forward = context.looks_back = context.will_follow = None
        context.dated_past = None
        context.clause = lambda: self._clause(start, end)
        context.closes_range = lambda: self._closes_range(start)
        context.wide = lambda: self._wide_before(start)
        context.in_headline = lambda: self._in_headline(start)
        context.used_anchor = False
        context.span = (start, end)
        # The value depends on the groups' text alone unless the op reads the anchor or the
        # tense: such values are worked out once.
        keys = rule.group_keys
        value_key = (rule.index, match.group(*keys) if keys else None)
        known = self._values.get(value_key)
        if known is not None:
            result, context.used_anchor = known
        else:
            context.anchor_read = False
            groups = {
                name: _normalize_group(self.rules, fragment, match.group(key))
                for (name, fragment), key in zip(rule.groups.items(), keys, strict=True)
            }
            try:
                result = _evaluate(rule.value, groups, context, self.rules)
            except (ValueError, OverflowError, KeyError, TypeError):
                result = None
            if context.windows is None and not context.anchor_read:
                if len(self._values) >= _MEMO_SIZE:
                    self._values.clear()
                self._values[value_key] = (result, context.used_anchor)
        if result is None:
            return None
        timex_type, value = result if isinstance(result, tuple) else (rule.type, result)
        mod, new_start = self._modifier(rule, timex_type, start, end, before)
        if rule.mod:
            mod = rule.mod
        anchor = None
        if (
            rule.anchor
            and timex_type in ("DATE", "TIME")
            and not self.context.used_anchor
            and value[:1].isdigit()
        ):
            anchor = self._period_ended(start, value) or value
        return _TIMEX_TYPES[timex_type], value, mod, start - new_start, anchor

    def _period_ended(self, start: int, value: str) -> str | None:
        """ "The six months to 31 December", "the three months to September": the half-year
        or quarter the day or month ends, which "a year earlier" then counts from, when it
        ends one."""
        granularity = cal.granularity_of(value)
        if granularity not in (cal.DAY, cal.MONTH):
            return None
        ending = self.rules.period_ending_before.search(self.lowered, max(0, start - _CLAUSE_WINDOW), start)
        if ending is None:
            return None
        unit = self.rules.tables["period_ending_before"][_words(ending.group(1))]
        span = cal.parse_value(value)
        if span is None:
            return None
        day = span.end
        if cal.format_value(day, unit) == cal.format_value(day + timedelta(days=1), unit):
            return None
        return cal.format_value(day, unit)

    def _modifier(
        self, rule: Rule, timex_type: str, start: int, end: int, before: str
    ) -> tuple[str | None, int]:
        modifiers = self.rules.tables["modifiers"]
        lead = None
        # A holiday's name may start as a modifier does ("Mid-Autumn Festival", "early May bank
        # holiday"): it is part of the name.
        if self.lowered[start] in self.rules.point_modifier_initials and "holiday" not in rule.groups:
            lead = self.rules.point_modifier_lead.match(self.lowered, start)
            if lead is None and self.lowered.startswith("the ", start):
                lead = self.rules.point_modifier_lead.match(self.lowered, start + 4)
        if lead is not None and lead.end() < end:
            return modifiers.get(_words(lead.group().rstrip(" -of"))), start
        if before[-1:] not in (" ", "-", "\n", "\t") or before[-2:-1] in (" ", ",", ".", ";"):
            return None, start
        if timex_type in ("DATE", "TIME"):
            point = self.rules.point_modifier_before.search(before)
            if point is not None:
                key = _words(point.group().rstrip(" -"))
                return modifiers.get(key), start - (len(before) - point.start())
        # Words a rule requires before it ("over the past year") are its context, not a
        # quantity modifier; nor is a preposition before "the" ("over the past 20 years").
        if (
            rule.requires_before is None
            and not self.lowered.startswith("the ", start)
            and (
                timex_type == "DURATION"
                or (timex_type == "DATE" and self.lowered[start].isdigit())
                or rule.groups.get("count")
            )
        ):
            quantity = self.rules.quantity_modifier_before.search(before)
            if quantity is not None:
                key = _words(quantity.group())
                return modifiers.get(key), start - (len(before) - quantity.start())
        return None, start

    def _country(self) -> str | None:
        """The country whose words (tables.yaml `country_words`) the start of the text names
        most, if any: a story names its country in its first paragraphs (the dateline), and a
        book-length text is read no further."""
        if self._country_found is None:
            country_of = self.rules.country_of_word
            named = Counter(
                country_of.get(" ".join(word.split()))
                for word in self.rules.country_words.findall(self.lowered, 0, _COUNTRY_REACH)
            )
            named.pop(None, None)
            self._country_found = (named.most_common(1)[0][0] if named else None,)
        return self._country_found[0]

    def _closes_range(self, start: int) -> bool:
        """Whether only "to", "through" or a dash stands between the date that set the anchor
        and `start`."""
        end = self._anchor_end
        if end < 0 or not 0 <= start - end <= _RANGE_REACH:
            return False
        return self.rules.range_close.fullmatch(self.lowered, end, start) is not None

    def _in_headline(self, start: int) -> bool:
        """Whether `start` is in the first line of the text, when that line reads as a headline
        (short, no full stop before a space)."""
        first_line_end = self.text.find("\n")
        if first_line_end < 0 or start > first_line_end or first_line_end > _HEADLINE_MAX:
            return False
        return ". " not in self.text[:first_line_end]

    def _wide_before(self, start: int) -> str:
        """The sentence before `start`, up to _WIDE_WINDOW characters back."""
        window = self.lowered[max(0, start - _WIDE_WINDOW) : start]
        boundary = self.rules.last_clause_mark.match(window)
        if boundary is not None:
            window = window[boundary.end() :]
        return self.rules.coordinated_weekday.sub("", window)

    def _clause(self, start: int, end: int) -> tuple[str, str]:
        """The text of the clause before and after [start, end), as far as the tense is read."""
        # A weekday coordinated with this one ("on Saturday and ") goes first, so that the
        # clause read is as long as the first weekday's.
        window = self.lowered[max(0, start - _CLAUSE_WINDOW_BEFORE - _COORDINATED_REACH) : start]
        window = self.rules.coordinated_weekday.sub("", window)[-_CLAUSE_WINDOW_BEFORE:]
        boundary = self.rules.last_clause_mark.match(window)
        if boundary is not None:
            window = window[boundary.end() :]
        opener = self.rules.clause_opener.match(window)
        if opener is not None:
            window = window[opener.end() :]
        after = self.lowered[end : end + _CLAUSE_WINDOW]
        cut = self.rules.clause_mark.search(after)
        if cut is not None:
            after = after[: cut.start()]
        return window, after


def _word_start(text: str, position: int) -> int:
    """Where the word holding `position` starts, a hyphenated prefix included ("pre-ordered")."""
    while position > 0 and (text[position - 1].isalpha() or text[position - 1] == "-"):
        position -= 1
    return position


def _words(text: str) -> str:
    return " ".join(text.replace("-", " ").split())


def _normalize_group(rules: RuleSet, fragment_name: str, raw: str | None) -> Any:
    if raw is None:
        return None
    fragment = rules.fragments[fragment_name]
    if fragment.table is not None:
        table = rules.tables[fragment.table]
        bare = raw.rstrip(".")
        if bare in table:
            return table[bare]
        return table.get(_words(bare), table.get(raw.strip().rstrip(".")))
    if fragment.parse == "int":
        return int(re.sub(r"\D", "", raw))
    if fragment.parse == "short_year":
        two = int(re.sub(r"\D", "", raw))
        return 1900 + two if two >= 30 else 2000 + two
    if fragment.parse == "number":
        return parse_number(raw, rules.tables["numbers"], rules.tables["quantity_words"])
    return _words(raw)


def parse_number(
    raw: str, words: Mapping[str, Any], quantities: Mapping[str, Any]
) -> int | float | str | None:
    """A cardinal written in digits ("1,000", "2.5") or words ("twenty-four", "a few" -> "X")."""
    text = _words(raw.replace(",", "") if raw[:1].isdigit() else raw)
    if text[:1].isdigit():
        number = float(text)
        return int(number) if number.is_integer() else number
    whole = words.get(text, quantities.get(text))
    if whole is not None:
        return str(whole) if whole == "X" else whole
    total, current = 0, 0
    for word in text.split():
        if word == "and":
            continue
        value = words.get(word)
        if value is None or value == "X":
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


# ---- the normalization ops the rules name ------------------------------------------------


def _evaluate(spec: Mapping[str, Any], groups: Mapping[str, Any], context: _Context, rules: RuleSet) -> Value:
    arguments: dict[str, Any] = {}
    for key, raw in spec.items():
        if key == "op":
            continue
        arguments[key] = groups.get(raw[1:]) if isinstance(raw, str) and raw.startswith("@") else raw
    operation = _OPS[spec["op"]]
    return operation(context, rules, **arguments)


def _count(value: Any, default: int = 1) -> int | None:
    if value is None:
        return default
    if isinstance(value, str) or value != int(value):
        return None
    return int(value)


def _range_end_year(month: int, day: int | None, context: _Context) -> int | None:
    """ "From July 19 to July 28", "December to March": a month (and day) that closes the range
    the date mentioned last opens is the first such one on or after it."""
    if context.closes_range is None or not context.closes_range():
        return None
    anchor = context.anchor
    span = cal.parse_value(anchor) if anchor else None
    if span is None or cal.granularity_of(anchor or "") not in (cal.DAY, cal.MONTH, cal.TIME):
        return None
    year = span.start.year
    first_day = date(year, month, min(day or 1, 28 if month == 2 else day or 1))
    return year if first_day >= span.start.replace(day=1) else year + 1


def _year_for(month: int, day: int | None, context: _Context) -> int:
    """The year of a month (and day) written without one, from the tense of the clause."""
    reference = context.reference
    range_end = _range_end_year(month, day, context)
    if range_end is not None:
        return range_end
    opened = context.clause_year
    if opened is not None:
        return opened
    if context.in_this_year:
        return reference.year
    if context.in_next_year:
        return reference.year + 1
    if day is not None:
        candidate = date(reference.year, month, min(day, 28 if month == 2 else day))
        if context.future:
            return (
                reference.year + 1
                if candidate < reference - timedelta(days=_FUTURE_TENSE_REACH)
                else reference.year
            )
        if context.past:
            if candidate > reference + timedelta(days=_PAST_TENSE_REACH):
                return reference.year - 1
            # "The declaration of January 3 as a holiday gave banks an extra day", said on
            # December 29: the reach runs into the next year.
            next_one = date(reference.year + 1, month, min(day, 28 if month == 2 else day))
            within_reach = next_one <= reference + timedelta(days=_PAST_TENSE_REACH)
            return reference.year + 1 if within_reach else reference.year
        if candidate > reference + timedelta(days=_PRESENT_TENSE_REACH):
            return reference.year - 1
        if candidate < reference - timedelta(days=_PRESENT_TENSE_REACH):
            return reference.year + 1
        return reference.year
    if context.future:
        return reference.year if month >= reference.month else reference.year + 1
    if context.past:
        first_day = date(reference.year, month, 1)
        return (
            reference.year
            if first_day <= reference + timedelta(days=_PAST_TENSE_REACH)
            else reference.year - 1
        )
    # No tense either way: the month nearest the reference date, as for a day.
    middle = date(reference.year, month, 15)
    if middle > reference + timedelta(days=_PRESENT_TENSE_REACH):
        return reference.year - 1
    if middle < reference - timedelta(days=_PRESENT_TENSE_REACH):
        return reference.year + 1
    return reference.year


def op_literal(context: _Context, rules: RuleSet, value: Any) -> Value:
    return None if value is None else str(value)


def op_date(
    context: _Context,
    rules: RuleSet,
    year: int | None = None,
    month: int | None = None,
    day: int | None = None,
    weekday: int | None = None,
) -> Value:
    if year is not None and not 1000 <= year <= 2199:
        return None
    if month is None:
        return None if year is None else f"{year:04d}"
    if year is None:
        year = _year_for(month, day, context)
        if day is not None and weekday is not None:
            year = _year_of_weekday(year, month, day, weekday, context.reference)
    if day is None:
        return f"{year:04d}-{month:02d}"
    return date(year, month, day).isoformat()


def _year_of_weekday(year: int, month: int, day: int, weekday: int, reference: date) -> int:
    """ "Thursday, January 1", said in December: the year, of `year` and the ones either side
    of the reference date's, in which that day falls on that weekday (the nearest to the
    reference date); `year` if none does."""
    if _is_weekday(year, month, day, weekday):
        return year
    fitting = [
        candidate
        for candidate in (reference.year - 1, reference.year, reference.year + 1)
        if _is_weekday(candidate, month, day, weekday)
    ]
    if not fitting:
        return year
    return min(fitting, key=lambda candidate: abs((date(candidate, month, day) - reference).days))


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


def op_week_of(context: _Context, rules: RuleSet, month: int, day: int) -> Value:
    year = _year_for(month, day, context)
    return cal.format_value(date(year, month, day), cal.WEEK)


def _unit_count(unit: str, count: int) -> tuple[str, int]:
    return ("week", count * 2) if unit == "fortnight" else (unit, count)


def op_relative(
    context: _Context, rules: RuleSet, unit: str, count: Any = 1, sign: Any = 1, follow_quarter: bool = False
) -> Value:
    """`count` units from the reference date; with `follow_quarter`, years from the quarter
    under discussion ("profit rose from a year ago" in a quarterly report)."""
    sign = 0 if sign is None else sign
    if count == "X":
        return "PAST_REF" if int(sign) < 0 else "FUTURE_REF"
    amount = _count(count)
    if amount is None or unit is None:
        return None
    unit, amount = _unit_count(unit, amount)
    anchor = context.anchor
    if (
        follow_quarter
        and unit == cal.YEAR
        and amount == 1  # "six years ago, she started the company" is no reporting period
        and anchor
        and cal.granularity_of(anchor) in (cal.QUARTER, cal.HALF)
    ):
        context.used_anchor = True
        return cal.shift_value(anchor, unit, amount * int(sign))
    if unit in (cal.YEAR, cal.DECADE, cal.CENTURY):
        context.used_anchor = True  # "a year ago" is no anchor for "a year earlier"
    return cal.shift(context.reference, unit, amount * int(sign))


def op_relative_day(context: _Context, rules: RuleSet, unit: str, count: Any = 1, sign: Any = -1) -> Value:
    """`count` units from the reference date, to the day ("fifty years ago today")."""
    amount = _count(count)
    if amount is None or unit is None:
        return None
    unit, amount = _unit_count(unit, amount)
    try:
        return cal.add(context.reference, unit, amount * int(sign)).isoformat()
    except (OverflowError, ValueError):
        return None


def op_anaphoric(
    context: _Context,
    rules: RuleSet,
    unit: str,
    count: Any = 1,
    sign: Any = None,
    sign2: Any = None,
    at_unit: bool = False,
) -> Value:
    """`count` units from the date mentioned last, at its granularity ("a year earlier" than
    1989-Q3 is 1988-Q3) or, with `at_unit`, at the unit's ("the following year")."""
    amount = _count(count)
    if amount is None or unit is None:
        return None
    unit, amount = _unit_count(unit, amount)
    sign = sign if sign is not None else (sign2 if sign2 is not None else 1)
    context.used_anchor = True
    anchor = context.anchor
    finer_than_anchor = unit in (cal.DAY, cal.WEEK) and cal.granularity_of(anchor or "") not in _DAY_OR_WEEK
    if anchor is None or finer_than_anchor:
        # "The previous day" after "since late February", "the following week" after "in 1995":
        # no day to count from but today.
        return cal.shift(context.reference, unit, amount * int(sign))
    shifted = cal.shift_value(anchor, unit, amount * int(sign))
    several_years = unit == cal.DECADE or (unit == cal.YEAR and amount > 1)
    if shifted is not None and (
        (unit == cal.YEAR and cal.granularity_of(anchor) in (cal.DAY, cal.TIME))
        or (several_years and cal.granularity_of(anchor) in (cal.DAY, cal.TIME, cal.MONTH))
    ):
        # "Turnover rose from HK$5.9 billion a year earlier", after a day: the figure compared
        # is the year's, not the day's; so is "a decade earlier" after a month.
        return shifted[:4]
    if at_unit and shifted is not None:
        # "Issued the next day. Two days later, ...": a day counted from the anchor is the
        # day the story has moved on to, and the next count starts from it.
        context.used_anchor = unit != cal.DAY
        span = cal.parse_value(shifted)
        return None if span is None else cal.format_value(span.start, unit)
    return shifted


def op_season_from_anchor(context: _Context, rules: RuleSet, season: str, sign: Any = 1) -> Value:
    """ "The following spring" after "in 2016": the first such season that starts after the
    date mentioned last (2017-SP); "the previous winter", the last that ends before it; "that
    summer", the one of its year. Without a date mentioned, the season next to the reference
    date."""
    anchor = _anchor_span(context)
    direction = int(sign)
    if anchor is None:
        return op_season(context, rules, season, direction=direction)
    if direction == 0:
        return f"{anchor.start.year:04d}-{season}"  # "that summer"
    found: str | None = None
    for year in range(anchor.start.year - 1, anchor.end.year + 2):
        span = cal.parse_value(f"{year:04d}-{season}")
        assert span is not None
        if direction > 0 and span.start > anchor.end:
            return f"{year:04d}-{season}"
        if direction < 0 and span.end < anchor.start:
            found = f"{year:04d}-{season}"
    return found


def op_new_year(context: _Context, rules: RuleSet) -> Value:
    """ "A date in the new year": the year that begins next, said in its second half; the one
    just begun, said in its first."""
    reference = context.reference
    return f"{reference.year + (1 if reference.month > _FIRST_HALF_MONTHS else 0):04d}"


def _anchor_span(context: _Context) -> cal.Span | None:
    """The period of the date mentioned last, if any; the value read from it is no anchor."""
    context.used_anchor = True
    anchor = context.anchor
    return cal.parse_value(anchor) if anchor else None


def op_month_of_that_year(context: _Context, rules: RuleSet, month: int) -> Value:
    """ "December of that year": the month in the year of the date mentioned last."""
    span = _anchor_span(context)
    year = span.start.year if span is not None else context.reference.year
    return f"{year:04d}-{month:02d}"


def op_holiday_of_that_year(context: _Context, rules: RuleSet, holiday: str) -> Value:
    """ "That Christmas": the holiday in the year of the date mentioned last."""
    holiday = _national(context, rules, holiday)
    span = _anchor_span(context)
    if span is None:
        return op_holiday(context, rules, holiday)
    day = _holiday_date(holiday, span.start.year)
    return None if day is None else day.isoformat()


def _latest_of(context: _Context, unit: str) -> str | None:
    """The period under discussion: the anchor when it is one, else the last one reported.

    Only the anchor itself leaves the anchor where it is; a quarter worked out from the
    reference date ("said yesterday that in the latest quarter ...") becomes the anchor.
    """
    if context.anchor is not None:
        granularity = cal.granularity_of(context.anchor)
        span = cal.parse_value(context.anchor)
        # The latest quarter has been reported: a quarter still to come is no anchor.
        reported = span is not None and span.end < context.reference
        periodic = unit == "period" and granularity in (cal.QUARTER, cal.HALF)
        if reported and (granularity == unit or periodic):
            context.used_anchor = True
            return context.anchor
    if unit in ("quarter", "period"):
        return cal.shift(context.reference, cal.QUARTER, -1)
    if unit == "half":
        return cal.shift(context.reference, cal.HALF, -1)
    return cal.shift(context.reference, unit, 0)


def op_latest(context: _Context, rules: RuleSet, unit: str | None = None) -> Value:
    return _latest_of(context, unit or "quarter")


def op_year_ago(context: _Context, rules: RuleSet, unit: str | None = None) -> Value:
    latest = _latest_of(context, unit or "quarter")
    context.used_anchor = True  # the year-ago quarter is no anchor for "a year earlier"
    return None if latest is None else cal.shift_value(latest, cal.YEAR, -1)


def op_period_of_year(context: _Context, rules: RuleSet, year: int) -> Value:
    """ "The 1988 period": the quarter under discussion, in that year."""
    if context.anchor is not None and cal.granularity_of(context.anchor) in (cal.QUARTER, cal.HALF):
        context.used_anchor = True
        return f"{year:04d}{context.anchor[4:]}"
    return f"{year:04d}"


def op_midweek(context: _Context, rules: RuleSet) -> Value:
    """ "Midweek": the ISO week under way, or the next one when said at the weekend."""
    reference = context.reference
    ahead = 7 if reference.isoweekday() >= _SATURDAY else 0
    return cal.format_value(reference + timedelta(days=ahead), cal.WEEK)


def op_weekend(context: _Context, rules: RuleSet) -> Value:
    """ "The weekend": the last one (this one from Saturday on), or the next in a forward clause
    or one that runs on into it and does not look back ("remain in effect through the weekend")."""
    reference = context.reference
    assert context.cues is not None
    on_a_weekday = reference.isoweekday() < _SATURDAY
    planned = on_a_weekday and context.cues.weekend_ahead_before.search(context.before) is not None
    if planned or context.future or (context.runs_through and not context.past):
        return cal.format_value(reference + timedelta(days=(5 - reference.weekday()) % 7), cal.WEEKEND)
    back = reference.weekday() - 5 if reference.weekday() >= 5 else reference.weekday() + 2
    return cal.format_value(reference - timedelta(days=back), cal.WEEKEND)


_NATIONAL = "national:"
# "easter-2", "11/4/4+1", "IN:Diwali-2": a holiday some days from another (a fixed "12-25" is
# not shifted).
_SHIFTED_HOLIDAY = re.compile(r"(easter|\d+/\d+/-?\d+|[A-Z]{2}:.+?)([+-]\d+)$")


def _easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def _holiday_date(rule: str, year: int) -> date | None:
    shifted = _SHIFTED_HOLIDAY.match(rule)
    if shifted is not None:
        unshifted = _holiday_date(shifted.group(1), year)
        return None if unshifted is None else unshifted + timedelta(days=int(shifted.group(2)))
    if is_calendar_holiday(rule):
        return calendar_holiday(rule, year)
    if rule == "easter":
        return _easter(year)
    if "/" not in rule:
        month, day = (int(part) for part in rule.split("-"))
        return date(year, month, day)
    if "-" in rule.split("/")[0]:
        # The last given weekday before a day ("05-25/1/-1": the Monday before May 25).
        limit, weekday_text, _ = rule.split("/")
        before = date(year, *(int(part) for part in limit.split("-")))
        return before - timedelta(days=(before.isoweekday() - int(weekday_text) - 1) % 7 + 1)
    month, weekday, nth = (int(part) for part in rule.split("/"))
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = cal.parse_value(f"{year:04d}-{month:02d}")
    assert last is not None
    return last.end - timedelta(days=(last.end.isoweekday() - weekday) % 7)


def _national(context: _Context, rules: RuleSet, holiday: str) -> str:
    """A holiday rule, with "national:<name>" (tables.yaml `national_holidays`) resolved to the
    day of that holiday in the country the text is about."""
    if not holiday.startswith(_NATIONAL):
        return holiday
    variants = rules.tables["national_holidays"][holiday.removeprefix(_NATIONAL)]
    country = context.country() if context.country is not None else None
    return str(variants.get(country, variants["default"]))


def op_holiday(
    context: _Context,
    rules: RuleSet,
    holiday: str,
    direction: Any = None,
    year: int | None = None,
    shift: int | None = None,
) -> Value:
    holiday = _national(context, rules, holiday)
    reference = context.reference
    offset = timedelta(days=int(shift or 0))

    def day_in(year: int) -> date | None:
        day = _holiday_date(holiday, year)
        return None if day is None else day + offset

    if year is not None:
        day = day_in(year)
        return None if day is None else day.isoformat()
    this_year, next_year, last_year = (day_in(reference.year + step) for step in (0, 1, -1))
    if this_year is None or next_year is None or last_year is None:
        return None
    # On the holiday itself, the holiday is today's ("meet in Thanksgiving showdown", said on it).
    coming = this_year if this_year >= reference else next_year
    if direction is not None:
        step = int(direction)
    elif context.after_since:
        step = -1  # "planned since Waitangi Day"
    elif context.future or context.future_after_noun_follows:
        step = 1
    elif (coming - reference).days <= _IMMINENT_HOLIDAY_DAYS:
        # "Flew to Washington yesterday for the St Patrick's Day visit", said on March 16:
        # a holiday days away is the coming one, whatever the tense.
        step = 1
    else:
        near = (coming - reference).days <= _NEAR_HOLIDAY_DAYS
        step = 1 if near and not context.past else -1
    if step < 0:
        found = this_year if this_year < reference else last_year
    elif step > 0:
        found = coming
    else:
        found = this_year
    return found.isoformat()


def _weekend_of(day: date) -> str:
    """The weekend of a day: the one of its ISO week, or the one before it for a Monday (a long
    weekend's holiday)."""
    if day.isoweekday() == 1:
        day -= timedelta(days=2)
    return cal.format_value(day, cal.WEEKEND)


def op_holiday_weekend(context: _Context, rules: RuleSet, holiday: str, direction: Any = None) -> Value:
    day = op_holiday(context, rules, holiday, direction)
    return _weekend_of(date.fromisoformat(day)) if isinstance(day, str) else None


def op_holiday_week(context: _Context, rules: RuleSet, holiday: str, sign: Any = -1) -> Value:
    """ "The week before Christmas": the ISO week of the day a week before (after) it."""
    day = op_holiday(context, rules, holiday)
    if not isinstance(day, str):
        return None
    return cal.format_value(date.fromisoformat(day) + timedelta(days=7 * int(sign)), cal.WEEK)


def op_weekend_of(
    context: _Context,
    rules: RuleSet,
    month: int | None = None,
    day: int | None = None,
    month2: int | None = None,
    day2: int | None = None,
    year: int | None = None,
) -> Value:
    """ "The weekend of October 14" (or "of 21 June")."""
    found = op_date(context, rules, year, month or month2, day or day2)
    return _weekend_of(date.fromisoformat(found)) if isinstance(found, str) else None


def op_holiday_after_anchor(context: _Context, rules: RuleSet, holiday: str) -> Value:
    """ "Over Christmas and New Year": the first such holiday after the date mentioned last
    (New Year's Day after that Christmas), else as a holiday alone."""
    span = _anchor_span(context)
    if span is not None:
        for year in (span.end.year, span.end.year + 1):
            day = _holiday_date(holiday, year)
            if day is not None and day > span.end:
                return day.isoformat()
    return op_holiday(context, rules, holiday)


def op_spoken_year(
    context: _Context, rules: RuleSet, century: int, rest: Any = None, month: int | None = None
) -> Value:
    """ "nineteen ninety-six", "two thousand and one"; with `month`, "January nineteen ninety-seven"."""
    tail = 0 if rest is None else rest
    if not isinstance(tail, int) or not (10 <= tail < 100 or (rest is None and int(century) == 20)):
        return None
    year = f"{int(century) * 100 + tail:04d}"
    return year if month is None else f"{year}-{month:02d}"


def op_weekday(context: _Context, rules: RuleSet, weekday: int, direction: Any = None) -> Value:
    reference = context.reference
    delta = weekday - reference.isoweekday()
    if direction is None:
        direction = 1 if context.weekday_ahead(weekday) else -1
        inclusive = True
    else:
        inclusive = False
        direction = int(direction)
        if direction == 0:
            direction, inclusive = 1, True
    if direction < 0:
        back = (-delta) % 7
        if back == 0 and not inclusive:
            back = 7
        return (reference - timedelta(days=back)).isoformat()
    ahead = delta % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return (reference + timedelta(days=ahead)).isoformat()


def op_weekday_from_anchor(context: _Context, rules: RuleSet, weekday: int, sign: Any = 1) -> Value:
    """ "The following Saturday" after "June 12": the first such weekday after the day
    mentioned last (with `sign` -1, the last one before it); without a day to count from, the
    next (or last) one from the reference date."""
    step = 1 if int(sign or 1) > 0 else -1
    span = _anchor_span(context)
    if span is None or span.granularity not in (cal.DAY, cal.TIME):
        context.used_anchor = False
        return op_weekday(context, rules, weekday, step)
    day = span.start if step > 0 else span.end
    offset = (weekday - day.isoweekday()) % 7 if step > 0 else -((day.isoweekday() - weekday) % 7)
    # The day the story has moved on to, as "two days later" is: the next count starts from it.
    context.used_anchor = False
    return (day + timedelta(days=offset or 7 * step)).isoformat()


def op_weekday_of_week(
    context: _Context, rules: RuleSet, weekday: int, weeks: int = 1, after_coming: bool = False
) -> Value:
    """ "Friday next week": `weekday` in the ISO week `weeks` weeks on; with `after_coming`,
    "Tuesday week": `weeks` weeks after the coming `weekday`."""
    reference = context.reference
    if after_coming:
        ahead = (weekday - reference.isoweekday()) % 7 or 7
        return (reference + timedelta(days=ahead + 7 * int(weeks))).isoformat()
    monday = reference - timedelta(days=reference.isoweekday() - 1)
    return (monday + timedelta(days=7 * int(weeks) + weekday - 1)).isoformat()


def op_month(context: _Context, rules: RuleSet, month: int, direction: Any = None) -> Value:
    reference = context.reference
    assert context.cues is not None
    if direction is None and context.after_since:
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year:04d}-{month:02d}"
    if direction is None:
        year = _year_for(month, None, context)
        if (context.reported or context.ends_period or context.after_past_event) and year > reference.year - (
            month > reference.month
        ):
            year = reference.year - (month > reference.month)
    elif int(direction) < 0:
        year = reference.year if month < reference.month else reference.year - 1
    elif int(direction) > 0:
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = reference.year
    return f"{year:04d}-{month:02d}"


def op_month_from_anchor(context: _Context, rules: RuleSet, month: int, sign: Any = 1) -> Value:
    """ "Arrested the following January" after "the autumn of 2010": the first such month after
    the date mentioned last (the last one before it for "the previous January"); without a date
    to count from, the next (or last) one from the reference date."""
    step = 1 if int(sign or 1) > 0 else -1
    span = _anchor_span(context)
    if span is None:
        context.used_anchor = False
        return op_month(context, rules, month, step)
    year = span.end.year if step > 0 else span.start.year
    if step > 0 and date(year, month, 1) <= span.end:
        year += 1
    elif step < 0 and date(year, month, 1) >= span.start.replace(day=1):
        year -= 1
    context.used_anchor = False  # the story has moved on to that month
    return f"{year:04d}-{month:02d}"


def op_week_of_month(
    context: _Context, rules: RuleSet, ordinal: int, month: int, year: int | None = None
) -> Value:
    """ "The third week of January": the ISO week of the month's day 7 x (n - 1) + 1; "the
    last week of", of its last day but three."""
    found = op_date(context, rules, year, month)
    span = cal.parse_value(found) if isinstance(found, str) else None
    if span is None:
        return None
    day = span.end - timedelta(days=3) if ordinal < 0 else span.start + timedelta(days=7 * (int(ordinal) - 1))
    return cal.format_value(day, cal.WEEK) if day <= span.end else None


def op_day_of_anchor_month(context: _Context, rules: RuleSet, day: int) -> Value:
    """ "December 29 and 30": the day of the month of the day mentioned last, if it is one."""
    span = _anchor_span(context)
    if span is None or span.granularity != cal.DAY:
        return None
    try:
        return span.start.replace(day=int(day)).isoformat()
    except ValueError:
        return None


def op_month_of_year(
    context: _Context, rules: RuleSet, month: int, direction: int, day: int | None = None
) -> Value:
    """ "February this year", "April next year"; with `day`, "February 11 last year"."""
    year = context.reference.year + int(direction)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def op_quarter_of_direction_year(
    context: _Context, rules: RuleSet, direction: int, quarter: int | None = None
) -> Value:
    """ "This year's third quarter", "last year's quarter": a quarter of the year `direction`
    years from the reference; without an ordinal, the quarter under discussion."""
    year = context.reference.year + int(direction)
    if quarter is not None:
        return f"{year:04d}-Q{quarter}" if 1 <= quarter <= 4 else None
    latest = _latest_of(context, "quarter")
    context.used_anchor = True
    if latest is None or cal.granularity_of(latest) != cal.QUARTER:
        return None
    return f"{year:04d}{latest[4:]}"


def op_season(
    context: _Context, rules: RuleSet, season: str, direction: Any = None, year: int | None = None
) -> Value:
    reference = context.reference
    if year is not None:
        return f"{year:04d}-{season}"
    country = context.country() if context.country is not None else None
    if country in rules.tables["southern_hemisphere"]:
        return _southern_season(context, season, direction)
    current = cal.format_value(reference, cal.SEASON)
    # TimeML's YYYY-WI is the winter that starts in December YYYY, so from January to April
    # "this winter" is the one that began the December before, and "last winter" the one
    # before that.
    this_year = reference.year - (1 if reference.month <= 4 and season == "WI" else 0)
    this_one = f"{this_year:04d}-{season}"
    span = cal.parse_value(this_one)
    assert span is not None
    explicit = direction is not None
    if direction is None:
        if this_one == current:
            return current
        if context.future:
            direction = 1
        elif context.past:
            direction = -1
        else:
            # No tense either way: the season nearest the reference date, as for a month.
            middle = span.start + (span.end - span.start) / 2
            direction = 1 if middle > reference else -1
            if abs((middle - reference).days) > _PRESENT_TENSE_REACH:
                direction = -direction
    direction = int(direction)
    if direction == 0:
        return this_one
    if direction < 0:
        if explicit and season == "WI":
            return f"{this_year - 1:04d}-{season}"
        return this_one if span.end < reference else f"{this_year - 1:04d}-{season}"
    return this_one if span.start > reference else f"{this_year + 1:04d}-{season}"


# The months of each season south of the equator: (first month, month count).
_SOUTHERN_SEASONS = {"SP": (9, 3), "SU": (12, 3), "FA": (3, 3), "WI": (6, 3)}


def _southern_season(context: _Context, season: str, direction: Any) -> Value:
    """A season without a year in a text about a country of the southern hemisphere: the one
    the reference date is in, or the next or last one as the clause looks, or the nearest."""
    reference = context.reference
    first_month, months = _SOUTHERN_SEASONS[season]

    def span_of(year: int) -> tuple[date, date]:
        start = date(year, first_month, 1)
        end_month = first_month + months
        end = date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1) - timedelta(days=1)
        return start, end

    years = [reference.year + step for step in (-2, -1, 0, 1)]
    if direction is None:
        current = next((year for year in years if span_of(year)[0] <= reference <= span_of(year)[1]), None)
        if current is not None:
            return f"{current:04d}-{season}"
        if context.future:
            direction = 1
        elif context.past:
            direction = -1
        else:
            direction = 0
    direction = int(direction)
    if direction > 0:
        found = min(year for year in years if span_of(year)[0] > reference)
    elif direction < 0:
        found = max(year for year in years if span_of(year)[1] < reference)
    else:

        def distance(year: int) -> float:
            start, end = span_of(year)
            return abs((start + (end - start) / 2 - reference).days)

        found = min(years, key=distance)
    return f"{found:04d}-{season}"


def _period_of_year(context: _Context, value: str, year: int | None) -> Value:
    if year is not None:
        return f"{year:04d}-{value}"
    candidate = f"{context.reference.year:04d}-{value}"
    span = cal.parse_value(candidate)
    last_years = cal.parse_value(f"{context.reference.year - 1:04d}-{value}")
    if (
        value.startswith("Q")
        and span is not None
        and span.start > context.reference
        and last_years is not None
        and (context.reference - last_years.end).days <= _JUST_ENDED_DAYS
    ):
        # "Cut its profit forecast for the fourth quarter", said in January: the quarter
        # just ended, whose results are still to come, whatever the tense.
        return f"{context.reference.year - 1:04d}-{value}"
    if span is not None and span.start > context.reference and context.reported:
        # "Will report fourth-quarter results", said in February: the quarter just ended.
        return f"{context.reference.year - 1:04d}-{value}"
    if span is not None and span.start > context.reference and not context.future:
        return f"{context.reference.year - 1:04d}-{value}"
    # "Plans to cut jobs by the end of the first quarter", said in December, or "plans to
    # open an office in the first quarter", said in September: the coming one, unless it
    # is a quarter just ended ("will report first-quarter results", said in April).
    if span is not None and context.future and (context.reference - span.end).days > _ENDED_BEFORE_LAST_DAYS:
        return f"{context.reference.year + 1:04d}-{value}"
    return candidate


def op_quarter(context: _Context, rules: RuleSet, quarter: int, year: int | None = None) -> Value:
    return _period_of_year(context, f"Q{quarter}", year) if 1 <= quarter <= 4 else None


def op_quarter_ending(context: _Context, rules: RuleSet, month: int, year: int | None = None) -> Value:
    """ "The quarter ended Sept. 30": the calendar quarter holding most of the three months."""
    middle = month - 1 if month > 1 else 12
    if year is None:
        year = int(str(op_month(context, rules, month))[:4])
    if middle == 12:
        year -= 1
    return f"{year:04d}-Q{(middle - 1) // 3 + 1}"


def op_month_range_quarter(context: _Context, rules: RuleSet, first: int, last: int) -> Value:
    """ "The April-June quarter": the calendar quarter the months span, if they span one; "the
    January-June period", the half."""
    if first % 6 == 1 and last == first + 5:
        return op_half(context, rules, (first - 1) // 6 + 1)
    if first % 3 != 1 or last != first + 2:
        return None
    return op_quarter(context, rules, (first - 1) // 3 + 1)


def op_half(context: _Context, rules: RuleSet, half: int, year: int | None = None) -> Value:
    return _period_of_year(context, f"H{half}", year) if half in (1, 2) else None


def op_half_of_direction_year(context: _Context, rules: RuleSet, half: int, direction: int) -> Value:
    """ "The first half of next year": a half of the year `direction` years from the reference."""
    return f"{context.reference.year + int(direction):04d}-H{half}" if half in (1, 2) else None


def op_decade(context: _Context, rules: RuleSet, year: int) -> Value:
    return f"{year // 10:03d}"


def op_decade_word(context: _Context, rules: RuleSet, decade: int) -> Value:
    return f"19{decade}"


def op_century(
    context: _Context, rules: RuleSet, number: int | None = None, cnum: int | None = None
) -> Value:
    ordinal = number if number is not None else cnum
    if ordinal is None or not 1 <= ordinal <= 30:
        return None
    return f"{ordinal - 1:02d}"


def _quantity(count: Any) -> str | None:
    if count == "X" or count is None:
        return "X"
    if isinstance(count, float) and not count.is_integer():
        return None
    return str(int(count))


def op_duration(
    context: _Context,
    rules: RuleSet,
    count: Any = None,
    unit: str | None = None,
    clock_unit: str | None = None,
) -> Value:
    amount = _quantity(count)
    if amount is None:
        return None
    if clock_unit is not None:
        return f"PT{amount}{clock_unit}"
    if unit is None:
        return None
    letter = str(rules.tables["duration_letters"][unit])
    if letter[0].isdigit() and amount != "X":
        multiple = int(letter[:-1])
        return f"P{int(amount) * multiple}{letter[-1]}"
    return f"P{amount}{letter[-1]}"


def op_duration_pair(
    context: _Context,
    rules: RuleSet,
    count: Any,
    count2: Any,
    unit: str | None = None,
    unit2: str | None = None,
    clock_unit: str | None = None,
    clock_unit2: str | None = None,
) -> Value:
    """ "Eight hours and 51 minutes" (PT8H51M), "two years and three months" (P2Y3M): two
    whole counts of units in TIMEX3's order, else no duration."""
    first, second = _count(count), _count(count2)
    if first is None or second is None:
        return None
    if clock_unit is not None and clock_unit2 is not None:
        order, letters, prefix = "HMS", (clock_unit, clock_unit2), "PT"
    elif unit is not None and unit2 is not None:
        table = rules.tables["duration_letters"]
        order, letters, prefix = "YMD", (str(table[unit]), str(table[unit2])), "P"
    else:
        return None
    if not all(letter in order for letter in letters) or order.index(letters[0]) >= order.index(letters[1]):
        return None
    return f"{prefix}{first}{letters[0]}{second}{letters[1]}"


def op_duration_and_half(
    context: _Context, rules: RuleSet, count: Any, unit: str | None = None, clock_unit: str | None = None
) -> Value:
    """ "Two and a half years" (P30M), "5 1/2 hours" (PT5H30M), from `half_durations`."""
    whole = _count(count)
    row = rules.tables["half_durations"].get(clock_unit or unit or "")
    if whole is None or row is None:
        return None
    template, per = row
    return str(template).format(n=whole, half=whole * int(per) + int(per) // 2)


def op_half_unit(
    context: _Context, rules: RuleSet, unit: str | None = None, clock_unit: str | None = None
) -> Value:
    """ "Half a century" (P50Y), "half an hour" (PT30M), from `half_units`."""
    half = rules.tables["half_units"].get(clock_unit or unit or "")
    return None if half is None else str(half)


def op_set(context: _Context, rules: RuleSet, unit: str, count: Any = None) -> Value:
    return op_duration(context, rules, count if count is not None else 1, unit)


def op_set_weekday(context: _Context, rules: RuleSet, weekday: int, part: str | None = None) -> Value:
    return f"XXXX-WXX-{weekday}" + ("" if part is None else f"T{part}")


def op_set_month(context: _Context, rules: RuleSet, month: int) -> Value:
    return f"XXXX-{month:02d}"


def op_set_season(context: _Context, rules: RuleSet, season: str) -> Value:
    return f"XXXX-{season}"


def op_set_part(context: _Context, rules: RuleSet, part: str) -> Value:
    return f"XXXX-XX-XXT{part}"


def op_part(
    context: _Context,
    rules: RuleSet,
    part: str,
    day_offset: int | None = None,
    weekday: int | None = None,
    holiday: str | None = None,
) -> Value:
    day: Value
    if holiday is not None:
        day = op_holiday(context, rules, holiday)
        if day is None:
            return None
    elif weekday is not None:
        day = op_weekday(context, rules, weekday)
    else:
        day = (context.reference + timedelta(days=int(day_offset or 0))).isoformat()
    return f"{day}T{part}"


def _day_of(context: _Context, rules: RuleSet, weekday: int | None) -> str:
    return context.reference.isoformat() if weekday is None else str(op_weekday(context, rules, weekday))


def op_clock(
    context: _Context,
    rules: RuleSet,
    hour: int,
    minute: int | None = None,
    ampm: str | None = None,
    weekday: int | None = None,
    month: int | None = None,
    day: int | None = None,
    year: int | None = None,
    holiday: str | None = None,
    shift: int | None = None,
) -> Value:
    """A time of the reference date, of a weekday, of a holiday (`shift` days from it: "on
    Christmas Eve") or, with `month` and `day`, of that date (on `weekday`, if given)."""
    if ampm is not None:
        afternoon = ampm.startswith("p")
        hour = hour % 12 + (12 if afternoon else 0)
    on: Value
    if holiday is not None:
        on = op_holiday(context, rules, holiday, shift=shift)
    elif month is None:
        on = _day_of(context, rules, weekday)
    else:
        on = op_date(context, rules, year, month, day, weekday)
    return None if on is None else f"{on}T{hour:02d}:{minute or 0:02d}"


def op_clock_word(context: _Context, rules: RuleSet, word: str, weekday: int | None = None) -> Value:
    return f"{_day_of(context, rules, weekday)}T{word}"


_OPS: dict[str, Callable[..., Value]] = {
    "literal": op_literal,
    "date": op_date,
    "week_of": op_week_of,
    "relative": op_relative,
    "anaphoric": op_anaphoric,
    "relative_day": op_relative_day,
    "latest": op_latest,
    "year_ago": op_year_ago,
    "weekday": op_weekday,
    "weekday_of_week": op_weekday_of_week,
    "weekend": op_weekend,
    "holiday": op_holiday,
    "holiday_weekend": op_holiday_weekend,
    "holiday_after_anchor": op_holiday_after_anchor,
    "weekday_from_anchor": op_weekday_from_anchor,
    "weekend_of": op_weekend_of,
    "midweek": op_midweek,
    "day_of_anchor_month": op_day_of_anchor_month,
    "month_from_anchor": op_month_from_anchor,
    "week_of_month": op_week_of_month,
    "holiday_week": op_holiday_week,
    "new_year": op_new_year,
    "holiday_of_that_year": op_holiday_of_that_year,
    "half_unit": op_half_unit,
    "spoken_year": op_spoken_year,
    "period_of_year": op_period_of_year,
    "month": op_month,
    "month_of_year": op_month_of_year,
    "month_of_that_year": op_month_of_that_year,
    "season": op_season,
    "season_from_anchor": op_season_from_anchor,
    "quarter": op_quarter,
    "quarter_ending": op_quarter_ending,
    "month_range_quarter": op_month_range_quarter,
    "half_of_direction_year": op_half_of_direction_year,
    "quarter_of_direction_year": op_quarter_of_direction_year,
    "half": op_half,
    "decade": op_decade,
    "decade_word": op_decade_word,
    "century": op_century,
    "duration": op_duration,
    "duration_and_half": op_duration_and_half,
    "duration_pair": op_duration_pair,
    "set": op_set,
    "set_weekday": op_set_weekday,
    "set_month": op_set_month,
    "set_season": op_set_season,
    "set_part": op_set_part,
    "part": op_part,
    "clock": op_clock,
    "clock_word": op_clock_word,
}
