"""`about`: a short phrase from the sentence saying what a figure measures.

Tried in order, each on the words of the figure's own clause:
0. an appraisal after a comma -> what the words before the comma name ("the bridge, costing
   £46m" -> "bridge"); a count after "<event noun> by" -> what the counted do ("a strike by
   160,000 actors" -> "actors on strike", from the `count_events` table);
1. "<noun phrase> of [between|up to] FIGURE" -> the noun phrase ("salary"), past a noun that
   is part of the figure ("an average of");
2. "-strong" -> the noun after it ("a 52,000-strong crowd"); a quantity or a percent followed
   by "of <noun phrase>" -> that phrase ("18 inches of snow", "share of voters"), unless the
   phrase measures a whole economy ("6.4% of GDP", the `relative_to` table);
3. a count's own noun, with a short "are on strike" / "without power" complement;
4. a figure used as an adjective: "$1.3 million artificial intelligence job", "a 26% rise in
   annual profits", "a five-year contract";
5. "<verb> <noun phrase> to|at|by FIGURE" -> the verb's object ("raised its policy rate to
   0.1%", "kept the cash rate at 4.35%");
6. "<noun phrase> [auxiliaries] <change or linking verb> FIGURE" -> the noun phrase
   ("revenue", "sales have risen", "production is forecast to fall"); past a period named
   after it ("net profit for the quarter fell") and to the head a prepositional phrase
   follows ("Average rent for an apartment in Austin dropped" -> "Average rent"); with a verb
   of paying, what the money is for if the sentence says it ("a jury awarded $2.1 billion in
   damages");
7. money followed by "for"/"on" <noun phrase>, or money or a duration followed by "in" and a
   noun without an article ("$23 million in restitution", "14 years in prison");
8. the noun phrase before a relative clause that the clause's verb leads from ("services
   revenue, which includes the App Store, climbed 14%").
Failing those, a figure that only a comparison separates from the figure before it in its
sentence is about what that one is about ("fell to $1.1bn from $8.8bn", "384,122 vehicles,
down 8.5%", "rose 3.4% ..., to £162,000", "$1.9 trillion, or 6.4% of GDP").
Otherwise None: no phrase is better than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizers.figures.model import FigureKind
from summarizers.figures.rules import FigureRules
from summarizers.figures.scan import COUNT, DURATION, MEASURE, MONEY, PERCENT, POINTS, RawFigure

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_PLURAL_END = re.compile(r"(?<![su])s$")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–!?]|\s-\s")
# The same, reading forwards from a figure, where a thousands comma is no break ("2% of its
# 220,000 staff").
_FORWARD_BREAK = re.compile(rf"(?!,\d){_CLAUSE_BREAK.pattern}")
_MAX_WORDS = 4
_REACH = 160
_SUBJECT_REACH = 6
# How many prepositional phrases a subject's head may stand before ("Median home prices in the
# county for first-time buyers").
_MODIFIER_DEPTH = 2
_FOLLOWING_OF = re.compile(r"\s+of\s+(?P<rest>.{1,80})", re.IGNORECASE | re.DOTALL)
_FOLLOWING_PREP = re.compile(r"\s+(?:for|on)\s+(?P<rest>.{1,80})", re.IGNORECASE | re.DOTALL)
# "in" and a lower-case noun, no article: "$23 million in restitution", not "in the quarter".
_FOLLOWING_IN = re.compile(r"\s+in\s+(?P<rest>[a-z].{0,79})", re.DOTALL)
_ARTICLES = ("a", "an")
_RELATIVE = re.compile(r",\s+(?:which|who|whose|that)\b", re.IGNORECASE)
_JOINED_ARTICLES = ("the", "a", "an")  # may follow a joiner inside a phrase
_STRENGTH = re.compile(r"-(?P<suffix>[^\W\d_]+)(?=\s)")
# The most characters between two figures for the second to be a comparison with the first.
_COMPARISON_REACH = 40
_LEADS_TO_FIGURE = ("to", "at", "by")
# The level a percentage change reached: "rose 3.4% ..., to £162,000", "closed down 1.4% at 8,120".
_LEADS_TO_LEVEL = ("to", "at")


def describe(
    text: str,
    figure: RawFigure,
    sentence_start: int,
    sentence_end: int,
    rules: FigureRules,
    *,
    earlier: Sequence[RawFigure] = (),
) -> str | None:
    """What `figure` measures; `earlier` are the figures before it in its sentence, in order.
    It shares the `about` of the one just before it when its own words say nothing, nothing
    but a comparison stands between them, and it is of the same kind, a percentage change or
    restatement, or the level a percentage change reached ("sales fell to $1.1bn from $8.8bn",
    "384,122 vehicles, down 8.5%", "rose 84 cents, or 1.1%, to $74.60"): that one's `about`,
    shared in turn. Never a duration ("for the three months to" dates a figure)."""
    own = _described(text, figure, sentence_start, sentence_end, rules)
    if own is not None:
        return own
    if not earlier:
        return _change_named(text, figure, rules)
    previous = earlier[-1]
    if (
        figure.kind != DURATION
        and (
            previous.kind == figure.kind
            or (figure.kind == PERCENT and _is_change(text, figure, rules))
            or (figure.kind == PERCENT and _word_before(text, figure) == "or")
            or (previous.kind in (PERCENT, POINTS) and _word_before(text, figure) in _LEADS_TO_LEVEL)
            or (figure.kind == PERCENT and _is_relative(text, figure, rules))
        )
        and _compared(text, previous, figure, rules)
    ):
        return describe(text, previous, sentence_start, sentence_end, rules, earlier=earlier[:-1])
    return _change_named(text, figure, rules)


def _is_relative(text: str, figure: RawFigure, rules: FigureRules) -> bool:
    """Whether a percentage is of a measure of the whole economy, not a share of it: "$1.9
    trillion, or 6.4% of gross domestic product" says how big the deficit is."""
    following = _FOLLOWING_OF.match(text, figure.end)
    if following is None:
        return False
    phrase = _noun_phrase_forwards(following.group("rest"), rules)
    return phrase is not None and phrase.lower() in rules.relative_to


def _change_named(text: str, figure: RawFigure, rules: FigureRules) -> str | None:
    """The change a figure is, when nothing says what changed: "an increase of 12%"."""
    words: list[str] = _WORD.findall(text[max(0, figure.start - 24) : figure.start])
    if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in rules.change_words:
        return words[-2]
    return None


def _word_before(text: str, figure: RawFigure) -> str:
    """The word just before the figure, in lower case ("to" in "rose 3.4% ..., to £162,000")."""
    words = _WORD.findall(text[max(0, figure.start - 10) : figure.start])
    return words[-1].lower() if words else ""


def _is_change(text: str, figure: RawFigure, rules: FigureRules) -> bool:
    """Whether a change word leads to the figure: "..., up 9%", "down by 2%"."""
    words = _WORD.findall(text[max(0, figure.start - 20) : figure.start])
    while words and words[-1].lower() in ("by", "of"):
        words.pop()  # "down by 2%", "a rise of 6.8%"
    return bool(words) and words[-1].lower() in rules.change_words


def _compared(text: str, earlier: RawFigure, figure: RawFigure, rules: FigureRules) -> bool:
    """Whether only comparison words stand between two figures: "to $1.1bn in the quarter
    from", ", up", ", down from"."""
    between = text[earlier.end : figure.start]
    if len(between) > _COMPARISON_REACH:
        return False
    return all(
        lowered in rules.stop_words
        or lowered in rules.change_words
        or lowered in rules.not_after_in
        or lowered in rules.time_names
        or lowered in rules.period_modifiers
        or _is_figure_word(lowered, rules)
        for lowered in (word.lower() for word in _WORD.findall(between))
    )


def _described(
    text: str, figure: RawFigure, sentence_start: int, sentence_end: int, rules: FigureRules
) -> str | None:
    left = text[max(sentence_start, figure.start - _REACH) : figure.start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        before_break = left[: breaks[-1].start()]
        left = left[breaks[-1].end() :]
    right = text[figure.end : min(sentence_end, figure.end + _REACH)]
    left_words = _WORD.findall(left)
    if breaks and tuple(word.lower() for word in left_words) in rules.appraisals:
        # "the Bay Bridge retrofit, costing $6.4 billion": what the words before the comma name
        appraised = _noun_phrase_backwards(_WORD.findall(before_break), rules)
        if appraised:
            return appraised
    if (
        figure.kind == COUNT
        and figure.low.unit
        and len(left_words) >= 2
        and left_words[-1].lower() == "by"
        and left_words[-2].lower() in rules.count_events
    ):
        # "a strike by 160,000 actors" -> "actors on strike"
        return f"{figure.low.unit} {rules.count_events[left_words[-2].lower()]}"
    clause_words = left_words  # before the prepositions that lead to the figure are taken off
    while left_words and left_words[-1].lower() in ("between", "from", "of", "by", "at", "in", "for"):
        last = left_words[-1].lower()
        if last == "of" or (last in ("in", "for") and figure.kind == DURATION):
            # "salary of US$300,000", "biggest shutdown in more than 60 years"
            start, phrase_words = _noun_phrase_span(left_words[:-1], rules)
            phrase = " ".join(phrase_words) if phrase_words else None
            if phrase and (
                phrase.lower() in rules.of_figure_nouns
                or phrase.lower() in rules.change_words
                or phrase_words[-1].lower() in rules.intensifiers
            ):
                # "has hit an average of £6.74", "a rise of 6.8%", "rose to a new record of
                # £27.9bn": the figure is the average, the change or the record of what comes before
                left_words = left_words[:start]
                if left_words and left_words[-1].lower() in _ARTICLES:
                    left_words = left_words[:-1]
                continue
            if phrase:
                return phrase
        left_words = left_words[:-1]

    kind = figure.kind
    strength = _STRENGTH.match(right)
    if strength is not None and strength.group("suffix").lower() in rules.strength_suffixes:
        # "a 52,000-strong crowd", "its 42,000-strong workforce"
        phrase = _attributive(right[strength.end() :], rules)
        if phrase:
            return phrase
    if kind == MEASURE:
        following = _FOLLOWING_OF.match(right)
        if following is not None:
            phrase = _noun_phrase_forwards(following.group("rest"), rules)
            if phrase:
                return phrase  # "18 inches of snow", "1.2 tonnes of cannabis"
    if kind in (PERCENT, POINTS) or (kind == COUNT and figure.low.unit is None):
        following = _FOLLOWING_OF.match(right)
        if following is not None:
            phrase = _noun_phrase_forwards(following.group("rest"), rules)
            if phrase and phrase.lower() not in rules.relative_to:
                return f"share of {phrase}" if kind == PERCENT else phrase
    if kind == COUNT and figure.low.unit:
        complement = rules.complement.match(right)
        unit = figure.low.unit
        return f"{unit} {complement.group('phrase')}" if complement is not None else unit
    # Used as an adjective: money anywhere, a percentage after "a", a duration with a hyphen.
    if kind in (PERCENT, POINTS) and left_words and left_words[-1].lower() in _ARTICLES:
        following_phrase = _attributive(right, rules, joined=True)  # "a 26% rise in annual profits"
        if following_phrase:
            return following_phrase
    if kind == MONEY or (kind == DURATION and "-" in text[figure.start : figure.end]):
        following_phrase = _attributive(right, rules)
        if following_phrase:
            return following_phrase
    verb_object = _object(clause_words, rules)
    if verb_object:
        return verb_object
    # A duration after "is likely to be lifted in" dates the verb; it measures no subject.
    subject = _subject(left_words, rules, raising=kind != DURATION)
    if subject and kind == MONEY and subject.split()[-1].lower() in rules.action_verbs:
        # "a jury awarded $2.1 billion in damages", "the council spent £3m on consultants":
        # what the money is for says more than who paid it
        purpose = _following_noun(right, kind, rules)
        if purpose:
            return purpose
    if subject:
        return subject
    if kind in (MONEY, DURATION):
        phrase = _following_noun(right, kind, rules)
        if phrase:
            return phrase
    if (
        breaks
        and left_words
        and _is_verb_of_figure(left_words[0].lower(), rules)
        and all(_leads_to_figure(word.lower(), rules) for word in left_words)
    ):
        # "services revenue, which includes the App Store, climbed 14%": the noun phrase
        # before the relative clause that the comma closed
        relatives = list(_RELATIVE.finditer(before_break))
        if relatives:
            return _noun_phrase_backwards(_WORD.findall(before_break[: relatives[-1].start()]), rules)
    return None


def _following_noun(right: str, kind: FigureKind, rules: FigureRules) -> str | None:
    """What follows a figure and says what it buys or where it is spent: money "for"/"on" a
    noun phrase, money or a duration "in" a noun without an article."""
    following = _FOLLOWING_PREP.match(right) if kind == MONEY else None
    if following is not None:
        phrase = _noun_phrase_forwards(following.group("rest"), rules)
        if (
            phrase
            and phrase.split()[0].lower() not in rules.time_names
            and phrase.split()[0].lower() not in rules.period_modifiers
            and phrase.split()[-1].lower() not in rules.period_nouns
            and not re.match(rf"\W*(?:the\s+|a\s+)?{re.escape(phrase)}\s+of\b", following.group("rest"), re.I)
        ):
            return phrase  # "spent £7,500 on a hair transplant"; not "on the back of", "on Monday"
    following = _FOLLOWING_IN.match(right)  # "$23 million in restitution", "14 years in prison"
    if following is not None:
        first = _WORD.match(following.group("rest"))
        word = first.group().lower() if first is not None else ""
        if not (word in rules.not_after_in or word in rules.stop_words or word.endswith("ing")):
            return _noun_phrase_forwards(following.group("rest"), rules)
    return None


def _before_period_phrase(words: list[str], end: int, rules: FigureRules) -> int:
    """Where the subject ends when a phrase naming a period ends it: "Its net profit for the
    quarter fell 5%", "Sales in the first half rose" (the period's noun is a figure word, which
    would end the subject before it began); else `end`."""
    if not end or words[end - 1].lower() not in rules.period_nouns:
        return end
    index = end - 1
    while index and (
        words[index - 1].lower() in rules.determiners or words[index - 1].lower() in rules.period_modifiers
    ):
        index -= 1
    if index and words[index - 1].lower() in rules.subject_prepositions:
        return index - 1
    return end


def _modified_head(words: list[str], start: int, rules: FigureRules) -> str | None:
    """The noun phrase that the phrase starting at words[start] is the object of a preposition
    after, when one is: "Average rent" for "apartment in Austin" in "Average rent for an
    apartment in Austin", "Enrollment" for "community college" in "Enrollment at the
    community college". The phrase before the verb is then what the subject's head modifies."""
    head = None
    for _ in range(_MODIFIER_DEPTH):
        index = start
        if (
            index >= 2
            and words[index - 1].lower() == "and"
            and _is_name(words[index])
            and _is_name(words[index - 2])
        ):
            index -= 2  # a pair of names: "Shoplifting offences in England and Wales rose 23%"
            while index and _is_name(words[index - 1]) and words[index - 1].lower() not in rules.stop_words:
                index -= 1
        while index and words[index - 1].lower() in rules.determiners:
            index -= 1
        if index < 2 or words[index - 1].lower() not in rules.subject_prepositions:
            break
        start, head_words = _noun_phrase_span(words[: index - 1], rules)
        before = words[start - 1].lower() if start else ""
        if not head_words or (
            before and before not in rules.stop_words and not before.endswith(("ing", "ed"))
        ):
            break  # no noun phrase, or one cut short: "join real madrid in the summer in a deal"
        head = " ".join(head_words)
    return head


def _noun_phrase_backwards(words: list[str], rules: FigureRules) -> str | None:
    _, phrase = _noun_phrase_span(words, rules)
    return " ".join(phrase) if phrase else None


def _noun_phrase_span(words: list[str], rules: FigureRules) -> tuple[int, list[str]]:
    """The noun phrase that ends `words`: where it starts in them, and its words."""
    phrase: list[str] = []  # always a suffix of `words`
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.lower()
        if (
            (lowered == "the" or (lowered in _ARTICLES and words[index - 1].lower() == "of"))
            and phrase
            and index > 1
            and len(phrase) < _MAX_WORDS - 2
            and words[index - 1].lower() in rules.joiners
            and words[index - 2].lower() not in rules.stop_words
            and not _is_figure_word(words[index - 2].lower(), rules)
        ):
            phrase.insert(0, word)  # "price in the region", "price of a pint": the joiner comes next
            continue
        if (
            lowered in rules.joiners
            and phrase
            and index > 0
            and len(phrase) < _MAX_WORDS - 1
            and words[index - 1].lower() not in rules.stop_words
            and not _is_figure_word(words[index - 1].lower(), rules)
        ):
            phrase.insert(0, word)  # "shares in Southwest", "price of oil"
            continue
        if (
            (_is_figure_word(lowered, rules) and not _is_name(word) and not _names_number(words, index))
            or lowered in rules.stop_words
            or lowered in rules.linking_verbs
            or (lowered.endswith(("ing", "ed")) and phrase)
            or len(phrase) == _MAX_WORDS
        ):
            break
        phrase.insert(0, word)
    # A joiner whose noun did not follow it into the phrase ("living in the neighborhood")
    # takes its determiner with it: "neighborhood".
    while phrase and (phrase[0].lower() in rules.intensifiers or phrase[0].lower() in rules.joiners):
        phrase.pop(0)
        if phrase and phrase[0].lower() in _JOINED_ARTICLES:
            phrase.pop(0)
    return len(words) - len(phrase), phrase


def _noun_phrase_forwards(rest: str, rules: FigureRules) -> str | None:
    phrase: list[str] = []
    stop = _FORWARD_BREAK.search(rest)
    rest = rest[: stop.start()] if stop else rest
    words = _WORD.findall(rest)
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "all"):
        words.pop(0)
    while words and words[0].isdigit():
        words.pop(0)  # "2% of its 220,000 staff": the count of what the share is of
    for word in words:
        lowered = word.lower()
        if _is_figure_word(lowered, rules) or lowered in rules.stop_words or len(phrase) == _MAX_WORDS:
            break
        phrase.append(word)
        if lowered in rules.plural_nouns or _PLURAL_END.search(lowered):
            break  # "of actors earn ..." : the noun ends the phrase, a verb follows
    return " ".join(phrase) if phrase else None


def _attributive(right: str, rules: FigureRules, *, joined: bool = False) -> str | None:
    """The noun a figure qualifies: "$1.3 million artificial intelligence job"; `joined`: with
    what a joiner after it adds ("rise in annual profits")."""
    if not right[:1].isspace():
        return None
    stop = _CLAUSE_BREAK.search(right)
    words = _WORD.findall(right[: stop.start()] if stop else right)
    phrase: list[str] = []
    for word in words:
        lowered = word.lower()
        if _is_figure_word(lowered, rules) or lowered in rules.stop_words or len(phrase) == _MAX_WORDS:
            break
        if phrase and lowered.endswith("ed"):
            break  # "65-year career included credits": a verb follows the noun
        phrase.append(word)
    if not phrase or phrase[0].lower() in rules.not_nouns or phrase[0].lower().endswith(("ing", "ed", "ly")):
        return None
    if len(phrase) < len(words) and words[len(phrase)].lower() in (
        "is",
        "was",
        "has",
        "had",
        "will",
        "would",
    ):
        return None  # "the $1.3 million Netflix is throwing at ..." : a relative clause
    if len(phrase) == 1 and phrase[0][:1].isupper() and not phrase[0].isupper():
        return None
    if joined and len(phrase) < len(words) and words[len(phrase)].lower() in rules.joiners:
        joined_phrase = _noun_phrase_forwards(" ".join(words[len(phrase) + 1 :]), rules)
        if joined_phrase:
            return f"{' '.join(phrase)} {words[len(phrase)]} {joined_phrase}"
    return " ".join(phrase)


def _names_number(words: list[str], index: int) -> bool:
    """Whether words[index] is the number of a name in capitals: "FTSE 100", "S&P 500"."""
    return index > 0 and words[index].isdigit() and words[index - 1].isupper()


def _is_name(word: str) -> bool:
    """A capitalised word without digits: "New" of "New York" is no figure word."""
    return word[:1].isupper() and not any(character.isdigit() for character in word)


def _is_figure_word(word: str, rules: FigureRules) -> bool:
    """A word that belongs to a figure, not to what it measures: "10", "cent", "million"."""
    return (
        any(character.isdigit() for character in word)
        or word in rules.figure_words
        or word in rules.unit_vocabulary
    )


def _object(words: list[str], rules: FigureRules) -> str | None:
    """The object of the verb that leads to the figure: "raised its policy rate to" ->
    "policy rate", "kept the repo rate unchanged at" -> "repo rate", "cut its Selic rate by
    50 basis points to" -> "Selic rate". Only a determiner may stand between the verb and
    its object."""
    end = len(words)
    if end and words[end - 1].lower() == "between":
        end -= 1  # "raised its forecast to between 4.8% and 5.1%"
    if not end or words[end - 1].lower() not in _LEADS_TO_FIGURE:
        return None
    end -= 1
    figure_start = end
    while figure_start and _is_figure_word(words[figure_start - 1].lower(), rules):
        figure_start -= 1
    if figure_start < end and figure_start and words[figure_start - 1].lower() == "by":
        end = figure_start - 1  # "by 50 basis points to 11.75%": the object comes before it
    while end and words[end - 1].lower() in rules.object_states:
        end -= 1
    start = end
    while start and end - start < _MAX_WORDS:
        lowered = words[start - 1].lower()
        if lowered in rules.stop_words or lowered in rules.object_verbs or _is_figure_word(lowered, rules):
            break
        start -= 1
    if start == end:
        return None
    verb = start
    if verb and words[verb - 1].lower() in rules.determiners:
        verb -= 1
    if not verb or words[verb - 1].lower() not in rules.object_verbs:
        return None
    return " ".join(words[start:end])


def _is_verb_of_figure(word: str, rules: FigureRules) -> bool:
    return word in rules.change_words or word in rules.linking_verbs or word in rules.action_verbs


def _leads_to_figure(word: str, rules: FigureRules) -> bool:
    """A word that may stand between a subject and its figure: a verb of the figure, an
    auxiliary, a function word, an intensifier, or a word of the figure."""
    return (
        _is_verb_of_figure(word, rules)
        or word in rules.auxiliaries
        or word in rules.stop_words
        or word in rules.intensifiers
        or _is_figure_word(word, rules)
    )


def _subject(words: list[str], rules: FigureRules, *, raising: bool = True) -> str | None:
    """The noun phrase before the verb that leads to the figure: "Revenue rose 5%" -> "Revenue";
    with a verb of earning or spending the verb says what is measured: "actors earn".
    Only function words and figures may stand between the verb and the figure ("is suing
    Los Angeles for $20m" has no subject for the figure)."""
    for index in range(len(words) - 1, max(-1, len(words) - 1 - _SUBJECT_REACH), -1):
        lowered = words[index].lower()
        if _is_verb_of_figure(lowered, rules):
            subject_end = index
            while subject_end and words[subject_end - 1].lower() in rules.auxiliaries:
                subject_end -= 1  # "Sales have risen 5%", "payroll is estimated at"
            if (
                raising
                and subject_end >= 2
                and words[subject_end - 1].lower() == "to"
                and words[subject_end - 2].lower() in rules.raising_verbs
            ):
                subject_end -= 2  # "Rice production is forecast to fall 2.4%"
                while subject_end and words[subject_end - 1].lower() in rules.auxiliaries:
                    subject_end -= 1
            subject_end = _before_period_phrase(words, subject_end, rules)
            start, phrase_words = _noun_phrase_span(words[:subject_end], rules)
            phrase = " ".join(phrase_words) if phrase_words else None
            head = _modified_head(words, start, rules) if phrase_words else None
            if head:
                phrase = head  # "Average rent for an apartment in Austin dropped 4.5%"
            if phrase and " " not in phrase and phrase.lower().endswith("ly"):
                return None  # "Originally thought to have stood around 12hh": an adverb
            if phrase and lowered in rules.action_verbs:
                return f"{phrase} {words[index]}"
            return phrase
        if not (
            lowered in rules.stop_words or lowered in rules.intensifiers or _is_figure_word(lowered, rules)
        ):
            return None  # ("reached a record €123 billion" has only an intensifier in between)
    return None
