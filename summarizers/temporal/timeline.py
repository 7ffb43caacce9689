"""The timeline: one entry per dated event, with a short clause saying what happened.

An event is a DATE or TIME expression with a calendar value (not a duration, a set or
a general reference such as PRESENT_REF) in a sentence that is not page furniture. The
event clause is cut from the sentence: the clause holding the date, without the date
and its preposition; a relative clause ("..., who stopped work three months ago")
gets the noun phrase it describes as its subject, and a main clause interrupted by one
("The union, which ..., began its strike on July 14") keeps its own. A clause opened by
"after", "when"... ends at its comma. Of two predicates joined by "and"/"but" ("rose in
March and fell in April") the one holding the date is taken, with the subject of the
first ("Prices fell"); verbs are told by a word list and "-ed", see timeline.yaml.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from summarizers.document import Document, Sentence, SentenceKind
from summarizers.patterns import literal_alternation
from summarizers.resources import data_file_exists, load_yaml
from summarizers.temporal import calendar as cal
from summarizers.temporal.model import TimeExpression, TimelineEvent, TimexType
from summarizers.temporal.tagger import tag_sentence_expressions

_WORD = re.compile(r"[\w’'$%.,-]*\w[\w’'%]*|\S")
_DUPLICATE_OVERLAP = 0.5
# The characters either side of a date that its event clause is read from. The timelines of the
# development articles, held-out sets and TempEval-3 train are the same with 400 or 3,000 (none
# of their 24,487 sentences is longer than 1,200 characters).
_CLAUSE_REACH = 600
# The coordinators ("and", "but") weighed on either side of a date in its clause. No clause of
# those texts (and of the CNN/DailyMail development articles) has more than 3 on either side.
_MAX_COORDINATORS_WEIGHED = 8
# Up to this many events kept for a date, a new one is compared with each of them.
_DIRECT_COMPARISONS = 256
_COMMA = re.compile(r",\s")
# What opens or closes a quotation (the TimeBank texts write `` and '').
_QUOTE_MARKS = ('"', "“", "”", "''", "``")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
_ASCII_CONTENT_WORD = re.compile(r"[a-z]{3,}")  # the same words, in lower-case ASCII text
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# A second verb after "and" starts a new event once the first has a subject, verb and object.
_MIN_WORDS_BEFORE_COORDINATOR = 3


@dataclass(frozen=True, slots=True)
class _Settings:
    clause_end: re.Pattern[str]
    date_preposition: re.Pattern[str]
    preposition_words: int  # the most words in a date preposition ("as early as": 3)
    relative_pronouns: frozenset[str]
    antecedent_stops: frozenset[str]
    coordinator: re.Pattern[str]
    # Any of the coordinators as written, anywhere: where it finds none, `coordinator` cannot.
    coordinator_text: re.Pattern[str]
    leading_words: frozenset[str]
    max_event_words: int
    max_antecedent_words: int
    subordinators: frozenset[str]
    verb_words: frozenset[str]
    subject_openers: frozenset[str]
    coordinators: frozenset[str]
    complement_starts: frozenset[str]


@cache
def _settings(language_code: str) -> _Settings | None:
    path = f"{language_code}/temporal/timeline.yaml"
    if not data_file_exists(path):
        return None
    data = load_yaml(path)
    marks = literal_alternation([str(mark) for mark in data["clause_marks"]])
    # Every boundary starts with a white space (a mark written with a leading space), the
    # first character of a mark, or a comma: the regex tries nothing at other characters.
    firsts = {r"\s" if str(mark)[:1].isspace() else re.escape(str(mark)[:1]) for mark in data["clause_marks"]}
    openers = literal_alternation([str(word) for word in data["clause_openers"]])
    coordinators = literal_alternation([str(word) for word in data["coordinators"]])
    # The coordinators as written, looked for before `coordinator`; with none, a regex that finds nothing.
    coordinators_as_written = "|".join(re.escape(str(word)) for word in data["coordinators"]) or "(?!)"
    return _Settings(
        clause_end=re.compile(
            rf"(?=[{''.join(sorted(firsts))},])(?:{marks}|,\s+(?=(?:{openers})\b))", re.IGNORECASE
        ),
        date_preposition=re.compile(
            rf"\b(?:{literal_alternation([str(w) for w in data['date_prepositions']])})\s*$", re.IGNORECASE
        ),
        preposition_words=max(len(str(word).split()) for word in data["date_prepositions"]),
        relative_pronouns=frozenset(str(word) for word in data["relative_pronouns"]),
        antecedent_stops=frozenset(str(word) for word in data["antecedent_stops"]),
        coordinator=re.compile(rf"\s+(?:{coordinators})\s+(?=[a-z])"),
        coordinator_text=re.compile(coordinators_as_written),
        leading_words=frozenset(str(word) for word in data["leading_words"]),
        max_event_words=int(data["max_event_words"]),
        max_antecedent_words=int(data["max_antecedent_words"]),
        subordinators=frozenset(str(word) for word in data["subordinators"]),
        verb_words=frozenset(str(word) for word in data["verb_words"]),
        subject_openers=frozenset(str(word) for word in data["subject_openers"]),
        coordinators=frozenset(str(word) for word in data["coordinators"]),
        complement_starts=frozenset(str(word) for word in data["complement_starts"]),
    )


def tag_document(document: Document, reference_date: date) -> tuple[TimeExpression, ...]:
    """The temporal expressions of a document, each with the index of its sentence."""
    return tag_sentence_expressions(
        document.text,
        reference_date,
        [(sentence.index, sentence.start, sentence.end) for sentence in document.sentences],
        language=document.language.name,
    )


def build_timeline(document: Document, expressions: tuple[TimeExpression, ...]) -> tuple[TimelineEvent, ...]:
    """One entry per dated event, sorted by start date and then by position in the text.

    `expressions` are the document's temporal expressions (offsets into `document.text`),
    as `tag_document` or `tag_temporal_expressions` return them.
    """
    settings = _settings(document.language.code)
    if settings is None or not document.sentences:
        return ()
    starts = [sentence.start for sentence in document.sentences]
    # Each dated expression with its sentence, event clause and period; an entry is made
    # only of those left once restatements are taken out.
    dated: list[tuple[TimeExpression, Sentence, str, tuple[str, str, str]]] = []
    # The clause of a date depends on its sentence's text and its place in it alone: a
    # sentence the document repeats (a quote, a story run twice) is cut once.
    clauses: dict[tuple[str, int, int], str] = {}
    # The granularity and first and last days of each value, worked out once.
    periods: dict[str, tuple[str, str, str] | None] = {}
    for expression in expressions:
        if expression.type not in (TimexType.DATE, TimexType.TIME):
            continue
        if expression.value in periods:
            period = periods[expression.value]
        else:
            span = cal.parse_value(expression.value)
            period = (
                None if span is None else (span.granularity, span.start.isoformat(), span.end.isoformat())
            )
            periods[expression.value] = period
        if period is None:
            continue
        index = bisect.bisect_right(starts, expression.start) - 1
        if index < 0:
            continue
        sentence = document.sentences[index]
        if expression.end > sentence.end or sentence.kind in (
            SentenceKind.BOILERPLATE,
            SentenceKind.SECTION_LABEL,
        ):
            continue
        start, end = expression.start - sentence.start, expression.end - sentence.start
        clause = clauses.get((sentence.text, start, end))
        if clause is None:
            clause = clauses[sentence.text, start, end] = event_clause(sentence, start, end, settings)
        if clause:
            dated.append((expression, sentence, clause, period))
    kept = _without_duplicates([(expression.value, clause) for expression, _, clause, _ in dated])
    events: list[TimelineEvent] = []
    for expression, sentence, clause, period in itertools.compress(dated, kept):
        granularity, start_date, end_date = period
        events.append(
            TimelineEvent(
                date=expression.value,
                granularity=granularity,
                start_date=start_date,
                end_date=end_date,
                expression=expression.text,
                start=expression.start,
                end=expression.end,
                event=clause,
                sentence=sentence.index,
                approximate=expression.mod is not None,
            )
        )
    return tuple(sorted(events, key=lambda event: (event.start_date, event.start)))


def _content_words(text: str) -> frozenset[str]:
    if text.isascii():
        return frozenset(_ASCII_CONTENT_WORD.findall(text.lower()))
    return frozenset(map(str.lower, _CONTENT_WORD.findall(text)))


def _without_duplicates(dated_clauses: list[tuple[str, str]]) -> list[bool]:
    """Whether to keep each (date, event clause) of a list in order: not when it restates
    an earlier one of the same date (they share at least `_DUPLICATE_OVERLAP` of the
    content words of the shorter).

    Only the events of the same date are compared with an event: all of them while
    they are few; beyond `_DIRECT_COMPARISONS`, those that `_RestatementIndex` finds (a
    book about one year has thousands of events of that year, and comparing each with
    every earlier one took seconds).
    """
    words_of = {clause: _content_words(clause) for _, clause in dated_clauses}
    rarity: Counter[str] | None = None
    kept: list[bool] = []
    kept_by_date: dict[str, list[frozenset[str]]] = {}
    kept_sets_by_date: dict[str, set[frozenset[str]]] = {}
    indexes: dict[str, _RestatementIndex] = {}
    for date_value, clause in dated_clauses:
        words = words_of[clause]
        if not words:  # no content word: nothing to restate, nothing it restates
            kept.append(True)
            continue
        kept_sets = kept_sets_by_date.setdefault(date_value, set())
        if words in kept_sets:  # the very words of a kept event: the same sentence twice
            kept.append(False)
            continue
        same_date = kept_by_date.setdefault(date_value, [])
        index = indexes.get(date_value)
        if index is None and len(same_date) > _DIRECT_COMPARISONS:
            rarity = rarity or Counter(itertools.chain.from_iterable(words_of.values()))
            index = indexes[date_value] = _RestatementIndex(rarity, same_date)
        earlier = same_date if index is None else index.candidates(words)
        size = len(words)
        # A loop rather than any() over a generator: this is the inner loop.
        for other in earlier:
            if len(words & other) >= _DUPLICATE_OVERLAP * min(size, len(other)):
                kept.append(False)
                break
        else:
            kept.append(True)
            same_date.append(words)
            kept_sets.add(words)
            if index is not None:
                index.add(words)
    return kept


class _RestatementIndex:
    """The word sets of the events kept for one date, looked up by word: a set that
    restates another shares one of the `telling` words of the smaller of the two.

    The telling words of n words are the n - m + 1 rarest (`rarity`: how many clauses
    of the document hold the word), where m = ceil(`_DUPLICATE_OVERLAP` n) is how many of
    them a restatement holds: were none of them in the other set, the two would share at
    most the m - 1 others. So a set restating an earlier one either holds a telling word
    of it (the earlier is the smaller) or has a telling word that it holds: those are
    the only earlier sets compared with it.
    """

    def __init__(self, rarity: Counter[str], word_sets: Iterable[frozenset[str]]) -> None:
        self._rarity = rarity
        self._holding: dict[str, list[frozenset[str]]] = {}  # every kept set by each of its words
        self._telling: dict[str, list[frozenset[str]]] = {}  # every kept set by each of its telling words
        for words in word_sets:
            self.add(words)

    def _telling_words(self, words: frozenset[str]) -> list[str]:
        ordered = sorted(words, key=self._rarity.__getitem__)
        return ordered[: len(words) - math.ceil(_DUPLICATE_OVERLAP * len(words)) + 1]

    def candidates(self, words: frozenset[str]) -> set[frozenset[str]]:
        return {
            *itertools.chain.from_iterable(
                map(self._holding.get, self._telling_words(words), itertools.repeat(()))
            ),
            *itertools.chain.from_iterable(map(self._telling.get, words, itertools.repeat(()))),
        }

    def add(self, words: frozenset[str]) -> None:
        for word in words:
            self._holding.setdefault(word, []).append(words)
        for word in self._telling_words(words):
            self._telling.setdefault(word, []).append(words)


def event_clause(sentence: Sentence, start: int, end: int, settings: _Settings) -> str:
    """The clause of `sentence` around the expression at [start, end), without the date."""
    text = sentence.text
    if start > _CLAUSE_REACH or len(text) - end > _CLAUSE_REACH:
        # A text without sentence punctuation is one "sentence" of any length: only the
        # stretch within reach of the date is read, or every date of it would read all of it.
        offset = max(0, start - _CLAUSE_REACH)
        text = text[offset : end + _CLAUSE_REACH]
        start, end = start - offset, end - offset
    # The clause runs from the end of one boundary to the start of the next (the text's
    # ends count as boundaries); boundaries are read only up to the first after the date.
    clause_start, clause_end, previous_start = 0, len(text), 0
    b_end = 0
    for boundary in itertools.chain(settings.clause_end.finditer(text), (None,)):
        next_start = len(text) if boundary is None else boundary.start()
        if b_end <= start < next_start or (b_end <= start and next_start >= end):
            clause_start, clause_end = b_end, next_start
            break
        previous_start = b_end
        if boundary is not None:
            b_end = boundary.end()
    if end > clause_end:
        clause_end = max(clause_end, end)
    opening = text[clause_start:start].split(None, 1)[:1]
    first_word = opening[0].lower().strip(",") if opening else ""
    subject = ""
    if first_word in settings.relative_pronouns:
        # A relative clause set off by commas: the date is in it, or in the main clause
        # after it, whose subject is the noun phrase before the relative clause.
        found = _COMMA.search(text, clause_start, clause_end)
        comma = found.start() if found is not None else -1
        if 0 <= comma < start:
            subject = _antecedent(text[previous_start:clause_start], settings)
            clause_start = comma + 1
        elif comma >= end:
            clause_end = comma
    elif first_word in settings.subordinators:
        found = _COMMA.search(text, end, clause_end)
        if found is not None:
            clause_end = found.start()
    elif first_word in settings.coordinators:
        # ", but fell on Tuesday": the predicate takes the subject of the clause before.
        opening_words = text[clause_start:start].split(None, 2)[:2]
        if len(opening_words) > 1 and _is_verb(opening_words[1], settings):
            subject = _subject(text[previous_start:clause_start], settings)
            clause_start = text.index(opening_words[1], clause_start)
    if not subject:
        clause_start, clause_end, subject = _coordinated(text, clause_start, clause_end, start, end, settings)
    before = text[clause_start:start]
    after = text[end:clause_end]
    if after[:1] in ("'", "’"):
        after = _POSSESSIVE_AFTER.sub("", after)
    # The preposition ends the text: it starts no earlier than its last few words.
    head = before.rsplit(None, settings.preposition_words)
    preposition = settings.date_preposition.search(
        before, len(head[0]) if len(head) > settings.preposition_words else 0
    )
    if preposition is not None:
        before = before[: preposition.start()]
    body = _tidy(f"{subject} {before} {after}")
    words = body.split()
    if not subject and words and words[0].lower() in settings.relative_pronouns:
        antecedent = _antecedent(text[previous_start:clause_start], settings)
        body = " ".join(([antecedent] if antecedent else []) + words[1:])
        for coordinated in settings.coordinator.finditer(body):
            if len(body[: coordinated.start()].split()) >= _MIN_WORDS_BEFORE_COORDINATOR:
                body = body[: coordinated.start()]
                break
    words = body.split()
    while words and words[0].lower().strip(",") in settings.leading_words:
        words = words[1:]
    words = words[: settings.max_event_words]
    return _tidy(" ".join(words))


def _is_verb(word: str, settings: _Settings) -> bool:
    bare = word.strip(",.\"'“”‘’()")
    return bare in settings.verb_words or (bare.islower() and len(bare) > 4 and bare.endswith("ed"))


def _starts_predicate(words: list[str], settings: _Settings) -> bool:
    """Whether words after "and" are a verb and its complement ("charged him on Saturday"),
    not an adjective and its noun ("its common and preferred stock")."""
    first = words[0].strip(",.")
    if first in settings.verb_words:
        return True
    if not _is_verb(first, settings):
        return False
    following = words[1].strip(",.\"'“”") if len(words) > 1 else ""
    return (
        not following
        or words[0][-1:] in ",."
        or following in settings.subject_openers
        or following in settings.complement_starts
        or following[:1].isdigit()
        or following[:1] in "$£€"
    )


def _coordinated(
    text: str, clause_start: int, clause_end: int, start: int, end: int, settings: _Settings
) -> tuple[int, int, str]:
    """The part of a clause that holds [start, end) when "and"/"but" join two predicates
    ("rose in March and fell in April") or two clauses ("... but the governor vetoed it"),
    with the subject to borrow from the first predicate ("Prices")."""
    subject = ""
    # `coordinator` matches one of the words as written: without them the regex has nothing to find.
    if settings.coordinator_text.search(text, clause_start, clause_end) is None:
        return clause_start, clause_end, subject
    # Where the last quotation mark before the date starts: a coordinator before it is in
    # another part of the sentence than the date (found once, not from every coordinator).
    last_quote = max(text.rfind(mark, clause_start, start) for mark in _QUOTE_MARKS)
    coordinators = list(settings.coordinator.finditer(text, clause_start, clause_end))
    # Only the few nearest the date on either side are weighed: a clause of prose has few, a
    # text without punctuation any number, which every date of it would weigh again.
    first_after = bisect.bisect_left([coordinated.start() for coordinated in coordinators], start)
    nearest = coordinators[
        max(0, first_after - _MAX_COORDINATORS_WEIGHED) : first_after + _MAX_COORDINATORS_WEIGHED
    ]
    for coordinated in nearest:
        if last_quote >= coordinated.end():
            continue  # "... but we are back," Adams said Sunday: the date is outside the quote
        following = text[coordinated.end() : coordinated.end() + 60].split()
        if not following:
            continue
        own_subject = following[0] in settings.subject_openers and any(
            _is_verb(word, settings) for word in following[1:5]
        )
        if not own_subject and not _starts_predicate(following, settings):
            continue
        if coordinated.start() >= end:
            return clause_start, coordinated.start(), subject
        if coordinated.end() <= start:
            subject = "" if own_subject else _subject(text[clause_start : coordinated.start()], settings)
            if not own_subject and not subject:
                return clause_start, clause_end, ""
            clause_start = coordinated.end()
    return clause_start, clause_end, subject


def _subject(clause: str, settings: _Settings) -> str:
    """The words of `clause` before its first verb ("Shares" of "Shares rose 5%")."""
    words = clause.split()
    verb = next((i for i, word in enumerate(words) if _is_verb(word, settings)), None)
    if verb is None or verb == 0 or verb > settings.max_antecedent_words:
        return ""
    return " ".join(words[:verb])


def _antecedent(previous: str, settings: _Settings) -> str:
    words = previous.rstrip(" ,").split()
    taken: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.\"'“”‘’()")
        lowered = bare.lower()
        if lowered in settings.antecedent_stops or (bare.islower() and lowered.endswith("ed")):
            break
        taken.append(word)
        if len(taken) >= settings.max_antecedent_words:
            break
    phrase = " ".join(reversed(taken))
    return _LEADING_ARTICLE.sub("", phrase).strip(" ,")


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    # Only single spaces are left: take out each space before a mark, then each comma
    # that doubles another (str.split and the regex \s know the same white space).
    text = (
        text.replace(" ,", ",")
        .replace(" .", ".")
        .replace(" ;", ";")
        .replace(" :", ":")
        .replace(" !", "!")
        .replace(" ?", "?")
        .replace(",,", ",")
    )
    return text.strip(" ,;:—–-\"“”'‘’").rstrip(".")
