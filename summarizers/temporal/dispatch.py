"""Which words a rule can start with, read off its compiled regex.

The tagger only tries rules at words that can start them: "the" tries the rules that
begin with "the", a number the rules that begin with a digit. The first words are found
by walking the parsed regex (`re._parser`), so they follow the data files without any
list kept by hand. A rule whose first word cannot be told (it starts with any letter)
is tried at every word. The same walk tells which tokens can come second (`Followers`).
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

DIGIT = "<digit>"
ANY = "<any>"
_MAX_WORDS = 5000

_SKIP = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def first_words(pattern: str) -> frozenset[str]:
    """The words (lower-case letters) a match of `pattern` can start with, DIGIT or ANY."""
    parsed = sre_parse.parse(pattern)
    found: set[str] = set()
    _walk(list(parsed.data), "", found)
    if len(found) > _MAX_WORDS:
        return frozenset({ANY})
    return frozenset(found)


def _is_letter(code: int) -> bool:
    return 97 <= code <= 122


def _walk(sequence: list[tuple[Any, Any]], prefix: str, found: set[str]) -> None:
    if len(found) > _MAX_WORDS:
        return
    if not sequence:
        found.add(prefix or ANY)
        return
    op, argument = sequence[0]
    rest = sequence[1:]
    if op in _SKIP:
        _walk(rest, prefix, found)
    elif op is sre.LITERAL:
        if _is_letter(argument):
            _walk(rest, prefix + chr(argument), found)
        elif prefix:
            found.add(prefix)
        elif 48 <= argument <= 57:
            found.add(DIGIT)
        else:
            _walk(rest, prefix, found)  # punctuation before the first word ("'90s")
    elif op is sre.IN:
        letters = _letters_of(argument)
        if letters is not None:
            for letter in letters:
                _walk(rest, prefix + letter, found)
        elif prefix:
            found.add(prefix)
        elif _only_digits(argument):
            found.add(DIGIT)
        elif _no_alnum(argument):
            _walk(rest, prefix, found)
        else:
            found.add(ANY)
    elif op is sre.BRANCH:
        for alternative in argument[1]:
            _walk(list(alternative.data) + rest, prefix, found)
    elif op is sre.SUBPATTERN:
        _walk(list(argument[-1].data) + rest, prefix, found)
    elif op in _REPEATS:
        minimum, _maximum, item = argument
        if minimum == 0:
            _walk(rest, prefix, found)
        _walk(list(item.data) + rest, prefix, found)
    elif prefix:
        found.add(prefix)
    else:
        found.add(ANY)


def _letters_of(items: list[tuple[Any, Any]]) -> list[str] | None:
    letters: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL and _is_letter(argument):
            letters.append(chr(argument))
        else:
            return None
    return letters


def _only_digits(items: list[tuple[Any, Any]]) -> bool:
    for op, argument in items:
        if op is sre.LITERAL and 48 <= argument <= 57:
            continue
        if op is sre.RANGE and argument[0] >= 48 and argument[1] <= 57:
            continue
        if op is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
            continue
        return False
    return True


def _no_alnum(items: list[tuple[Any, Any]]) -> bool:
    for op, argument in items:
        if op is sre.LITERAL and not (_is_letter(argument) or 48 <= argument <= 57):
            continue
        if op is sre.CATEGORY and argument is sre.CATEGORY_SPACE:
            continue
        return False
    return True


# The second token of a match. The tagger tries the rules at a word only when the token
# after it is one they can go on with ("the first quarter", not "the company"). The
# walk follows the characters a match can consume, in three stages: inside the first
# token, between the tokens, inside the second. Text is cut into tokens as the tagger
# cuts it: runs of [a-z], runs of [0-9]. Anything the walk cannot follow exactly (a
# match that may end after the first token, a second token whose end cannot be told,
# IGNORECASE, back-references) gives None: the rules are tried whatever follows.
_IN_FIRST, _BETWEEN, _IN_SECOND = 1, 2, 3
_MAX_STEPS = 200_000
_MAX_WORD = 64
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
_OTHER = " "  # stands for any character that is neither an ASCII letter nor a digit


class _Unknown(Exception):
    pass


class Followers:
    """The tokens that can follow the start token of a match, for rules given by regex.

    Parsed regexes and character classes are kept for the life of the object (one load
    of the rules).
    """

    def __init__(self) -> None:
        self._parsed: dict[str, Any] = {}

    def of(self, patterns: list[str], word: str) -> frozenset[str] | None:
        """The tokens that can follow the token `word` (a word, or DIGIT for a number) at
        the start of a match of one of `patterns`: words, and DIGIT for a number; None
        when any token can."""
        found: set[str] = set()
        for pattern in patterns:
            if pattern not in self._parsed:
                self._parsed[pattern] = sre_parse.parse(pattern)
            parsed = self._parsed[pattern]
            if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
                return None
            try:
                _follow(_sequence(list(parsed.data), None), word, found)
            except _Unknown:
                return None
        return frozenset(found)


# A continuation: the items still to match, as a linked list (item, rest).
_Continuation = tuple[tuple[Any, Any], Any] | None


def _sequence(items: list[tuple[Any, Any]], rest: _Continuation) -> _Continuation:
    for item in reversed(items):
        rest = (item, rest)
    return rest


def _follow(start: _Continuation, word: str, found: set[str]) -> None:
    stack: list[tuple[_Continuation, int, str]] = [(start, _IN_FIRST, "")]
    seen: set[tuple[int, int, str]] = set()
    alive: list[_Continuation] = []  # keeps the ids in `seen` from being reused
    repeats: dict[tuple[int, int, int, int], _Continuation] = {}
    steps = 0
    while stack:
        continuation, stage, prefix = stack.pop()
        steps += 1
        if steps > _MAX_STEPS:
            raise _Unknown
        if continuation is None:
            raise _Unknown  # the match may end here: anything may follow
        key = (id(continuation), stage, prefix)
        if key in seen:
            continue
        seen.add(key)
        alive.append(continuation)
        (op, argument), rest = continuation
        if op is sre.AT or op is sre.ASSERT:
            stack.append((rest, stage, prefix))
        elif op is sre.ASSERT_NOT:
            if _forbids_letters(argument):
                if stage == _IN_SECOND:
                    found.add(prefix)
                    continue
                if stage == _IN_FIRST and word != DIGIT and prefix != word:
                    continue
            stack.append((rest, stage, prefix))
        elif op is sre.SUBPATTERN:
            if argument[1] & sre.SRE_FLAG_IGNORECASE:
                raise _Unknown
            stack.append((_sequence(list(argument[-1].data), rest), stage, prefix))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            stack.append((_sequence(list(argument.data), rest), stage, prefix))
        elif op is sre.BRANCH:
            for alternative in argument[1]:
                stack.append((_sequence(list(alternative.data), rest), stage, prefix))
        elif op in _REPEATS:
            minimum, maximum, item = argument
            if minimum == 0:
                stack.append((rest, stage, prefix))
            if maximum == 0:
                continue
            if not _may_match_alnum(list(item.data)):
                # Characters that are no letter or digit: one pass moves the walk as far as many.
                stack.append((_sequence(list(item.data), rest), stage, prefix))
                continue
            unbounded = maximum >= sre.MAXREPEAT
            again = (max(minimum - 1, 0), maximum if unbounded else maximum - 1)
            repeat_key = (id(item), again[0], again[1], id(rest))
            if repeat_key not in repeats:
                repeats[repeat_key] = ((op, (again[0], again[1], item)), rest)
            stack.append((_sequence(list(item.data), repeats[repeat_key]), stage, prefix))
        else:
            letters, digit, other = _characters(op, argument)
            for letter in letters:
                _step(stack, rest, stage, prefix, word, found, letter)
            if digit:
                _step(stack, rest, stage, prefix, word, found, _DIGITS[0])
            if other:
                _step(stack, rest, stage, prefix, word, found, _OTHER)


def _step(
    stack: list[tuple[_Continuation, int, str]],
    rest: _Continuation,
    stage: int,
    prefix: str,
    word: str,
    found: set[str],
    character: str,
) -> None:
    """Consume one character of the class `character` stands for."""
    is_letter, is_digit = character in _LETTERS, character in _DIGITS
    if stage == _IN_FIRST:
        if word == DIGIT:
            if is_digit:
                stack.append((rest, _IN_FIRST, "0"))
            elif prefix:
                if is_letter:
                    stack.append((rest, _IN_SECOND, character))
                else:
                    stack.append((rest, _BETWEEN, ""))
        elif is_letter:
            if word.startswith(prefix + character):
                stack.append((rest, _IN_FIRST, prefix + character))
        elif prefix == word:
            if is_digit:
                found.add(DIGIT)
            else:
                stack.append((rest, _BETWEEN, ""))
    elif stage == _BETWEEN:
        if is_letter:
            stack.append((rest, _IN_SECOND, character))
        elif is_digit:
            found.add(DIGIT)
        else:
            stack.append((rest, _BETWEEN, ""))
    elif is_letter:
        if len(prefix) >= _MAX_WORD:
            raise _Unknown
        stack.append((rest, _IN_SECOND, prefix + character))
    else:
        found.add(prefix)


def _forbids_letters(argument: Any) -> bool:
    """Whether a negative lookahead refuses every letter ("(?![a-z0-9])")."""
    direction, subpattern = argument
    if direction != 1 or len(subpattern.data) != 1:
        return False
    op, inner = subpattern.data[0]
    if op not in (sre.IN, sre.LITERAL):
        return False
    letters, _digit, _other = _characters(op, inner)
    return len(letters) == len(_LETTERS)


def _may_match_alnum(items: list[tuple[Any, Any]]) -> bool:
    for op, argument in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            if _may_match_alnum(list(argument[-1].data)):
                return True
        elif op is sre.BRANCH:
            if any(_may_match_alnum(list(alternative.data)) for alternative in argument[1]):
                return True
        elif op in _REPEATS:
            if _may_match_alnum(list(argument[2].data)):
                return True
        elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            letters, digit, _other = _characters(op, argument)
            if letters or digit:
                return True
        else:
            return True
    return False


_CLASSES: dict[tuple[Any, Any], tuple[str, bool, bool]] = {}


def _characters(op: Any, argument: Any) -> tuple[str, bool, bool]:
    """The letters a one-character item can match, whether a digit, whether anything else."""
    if op is sre.IN:
        key = (op, tuple(argument))
        if key not in _CLASSES:
            _CLASSES[key] = _characters_of(op, argument)
        return _CLASSES[key]
    return _characters_of(op, argument)


def _characters_of(op: Any, argument: Any) -> tuple[str, bool, bool]:
    if op is sre.LITERAL:
        character = chr(argument)
        if character in _LETTERS:
            return character, False, False
        return "", character in _DIGITS, character not in _DIGITS
    if op is sre.NOT_LITERAL:
        return _LETTERS.replace(chr(argument), ""), True, True
    if op is sre.ANY:
        return _LETTERS, True, True
    if op is sre.IN:
        letters = "".join(letter for letter in _LETTERS if _in_set(argument, letter))
        digit = any(_in_set(argument, digit) for digit in _DIGITS)
        return letters, digit, _may_match_other(argument)
    raise _Unknown


def _in_set(items: list[tuple[Any, Any]], character: str) -> bool:
    code = ord(character)
    negate = False
    member = False
    for op, argument in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            member = member or argument == code
        elif op is sre.RANGE:
            member = member or argument[0] <= code <= argument[1]
        elif op is sre.CATEGORY:
            member = member or _in_category(argument, character)
        else:
            raise _Unknown
    return member != negate


def _categories(*names: str) -> frozenset[Any]:
    return frozenset(getattr(sre, name) for name in names if hasattr(sre, name))


_DIGIT_CATEGORIES = _categories("CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT")
_NOT_DIGIT_CATEGORIES = _categories("CATEGORY_NOT_DIGIT", "CATEGORY_UNI_NOT_DIGIT")
_SPACE_CATEGORIES = _categories("CATEGORY_SPACE", "CATEGORY_UNI_SPACE")
_NOT_SPACE_CATEGORIES = _categories("CATEGORY_NOT_SPACE", "CATEGORY_UNI_NOT_SPACE")
_WORD_CATEGORIES = _categories("CATEGORY_WORD", "CATEGORY_UNI_WORD")
_NOT_WORD_CATEGORIES = _categories("CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD")


def _in_category(category: Any, character: str) -> bool:
    digit = character in _DIGITS
    if category in _DIGIT_CATEGORIES:
        return digit
    if category in _NOT_DIGIT_CATEGORIES:
        return not digit
    if category in _SPACE_CATEGORIES or category in _NOT_WORD_CATEGORIES:
        return False
    if category in _NOT_SPACE_CATEGORIES or category in _WORD_CATEGORIES:
        return True
    raise _Unknown


def _may_match_other(items: list[tuple[Any, Any]]) -> bool:
    """Whether a set may match a character that is no ASCII letter or digit (when unsure, yes)."""
    for op, argument in items:
        if op is sre.LITERAL:
            if chr(argument) not in _LETTERS and chr(argument) not in _DIGITS:
                return True
        elif op is sre.RANGE:
            low, high = argument
            if not (low >= 97 and high <= 122) and not (low >= 48 and high <= 57):
                return True
        elif op is sre.CATEGORY:
            if argument not in _DIGIT_CATEGORIES:
                return True
        else:
            return True  # NEGATE
    return False
