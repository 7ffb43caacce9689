"""`about`: a short phrase from the sentence saying what a figure measures.

Tried in order, each on the words of the figure's own clause:
0. a count after "<event noun> by" -> what the counted do ("a strike by 160,000 actors" ->
   "actors on strike", from the `count_events` table);
1. "<noun phrase> of [between|up to] FIGURE" -> the noun phrase ("salary");
2. a percent followed by "of <noun phrase>" -> "share of <noun phrase>";
3. a count's own noun, with a short "are on strike" / "without power" complement;
4. a money figure used as an adjective: "$1.3 million artificial intelligence job";
5. "<noun phrase> <change or linking verb> FIGURE" -> the noun phrase ("revenue");
6. a figure followed by "for"/"on" <noun phrase> -> that phrase ("for the new stadium").
Otherwise None: no phrase is better than a wrong one.
"""

from __future__ import annotations

import re

from summarizers.figures.rules import FigureRules
from summarizers.figures.scan import COUNT, DURATION, MONEY, PERCENT, POINTS, RawFigure

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_PLURAL_END = re.compile(r"(?<![su])s$")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–!?]|\s-\s")
_MAX_WORDS = 4
_REACH = 160
_SUBJECT_REACH = 6
_FOLLOWING_OF = re.compile(r"\s+of\s+(?P<rest>.{1,80})", re.IGNORECASE | re.DOTALL)
_FOLLOWING_PREP = re.compile(r"\s+(?:for|on)\s+(?P<rest>.{1,80})", re.IGNORECASE | re.DOTALL)


def describe(
    text: str, figure: RawFigure, sentence_start: int, sentence_end: int, rules: FigureRules
) -> str | None:
    left = text[max(sentence_start, figure.start - _REACH) : figure.start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    right = text[figure.end : min(sentence_end, figure.end + _REACH)]
    left_words = _WORD.findall(left)
    if (
        figure.kind == COUNT
        and figure.low.unit
        and len(left_words) >= 2
        and left_words[-1].lower() == "by"
        and left_words[-2].lower() in rules.count_events
    ):
        # "a strike by 160,000 actors" -> "actors on strike"
        return f"{figure.low.unit} {rules.count_events[left_words[-2].lower()]}"
    while left_words and left_words[-1].lower() in ("between", "from", "of", "by", "at", "in", "for"):
        last = left_words[-1].lower()
        if last == "of" or (last in ("in", "for") and figure.kind == DURATION):
            # "salary of US$300,000", "biggest shutdown in more than 60 years"
            phrase = _noun_phrase_backwards(left_words[:-1], rules)
            if phrase:
                return phrase
        left_words = left_words[:-1]

    kind = figure.kind
    if kind in (PERCENT, POINTS) or (kind == COUNT and figure.low.unit is None):
        following = _FOLLOWING_OF.match(right)
        if following is not None:
            phrase = _noun_phrase_forwards(following.group("rest"), rules)
            if phrase:
                return f"share of {phrase}" if kind == PERCENT else phrase
    if kind == COUNT and figure.low.unit:
        complement = rules.complement.match(right)
        unit = figure.low.unit
        return f"{unit} {complement.group('phrase')}" if complement is not None else unit
    if kind == MONEY:
        following_phrase = _attributive(right, rules)
        if following_phrase:
            return following_phrase
    subject = _subject(left_words[-_SUBJECT_REACH:], rules)
    if subject:
        return subject
    following = _FOLLOWING_PREP.match(right) if kind == MONEY else None
    if following is not None:
        phrase = _noun_phrase_forwards(following.group("rest"), rules)
        if phrase and not re.match(
            rf"\W*(?:the\s+|a\s+)?{re.escape(phrase)}\s+of\b", following.group("rest"), re.I
        ):
            return phrase  # "spent £7,500 on a hair transplant"; not "on the back of"
    return None


def _noun_phrase_backwards(words: list[str], rules: FigureRules) -> str | None:
    phrase: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.lower()
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
            _is_figure_word(lowered, rules)
            or lowered in rules.stop_words
            or lowered in rules.linking_verbs
            or (lowered.endswith(("ing", "ed")) and phrase)
            or len(phrase) == _MAX_WORDS
        ):
            break
        phrase.insert(0, word)
    while phrase and phrase[0].lower() in rules.intensifiers:
        phrase.pop(0)
    return " ".join(phrase) if phrase else None


def _noun_phrase_forwards(rest: str, rules: FigureRules) -> str | None:
    phrase: list[str] = []
    stop = _CLAUSE_BREAK.search(rest)
    rest = rest[: stop.start()] if stop else rest
    words = _WORD.findall(rest)
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "all"):
        words.pop(0)
    for word in words:
        lowered = word.lower()
        if _is_figure_word(lowered, rules) or lowered in rules.stop_words or len(phrase) == _MAX_WORDS:
            break
        phrase.append(word)
        if lowered in rules.plural_nouns or _PLURAL_END.search(lowered):
            break  # "of actors earn ..." : the noun ends the phrase, a verb follows
    return " ".join(phrase) if phrase else None


def _attributive(right: str, rules: FigureRules) -> str | None:
    """The noun a money figure qualifies: "$1.3 million artificial intelligence job"."""
    if not right[:1].isspace():
        return None
    stop = _CLAUSE_BREAK.search(right)
    words = _WORD.findall(right[: stop.start()] if stop else right)
    phrase: list[str] = []
    for word in words:
        lowered = word.lower()
        if _is_figure_word(lowered, rules) or lowered in rules.stop_words or len(phrase) == _MAX_WORDS:
            break
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
    return " ".join(phrase)


def _is_figure_word(word: str, rules: FigureRules) -> bool:
    """A word that belongs to a figure, not to what it measures: "10", "cent", "million"."""
    return (
        any(character.isdigit() for character in word)
        or word in rules.figure_words
        or word in rules.vocabulary
    )


def _subject(words: list[str], rules: FigureRules) -> str | None:
    """The noun phrase before the verb that leads to the figure: "Revenue rose 5%" -> "Revenue";
    with a verb of earning or spending the verb says what is measured: "actors earn".
    Only function words and figures may stand between the verb and the figure ("is suing
    Los Angeles for $20m" has no subject for the figure)."""
    for index in range(len(words) - 1, -1, -1):
        lowered = words[index].lower()
        if lowered in rules.change_words or lowered in rules.linking_verbs or lowered in rules.action_verbs:
            phrase = _noun_phrase_backwards(words[:index], rules)
            if phrase and lowered in rules.action_verbs:
                return f"{phrase} {words[index]}"
            return phrase
        if not (lowered in rules.stop_words or _is_figure_word(lowered, rules)):
            return None
    return None
