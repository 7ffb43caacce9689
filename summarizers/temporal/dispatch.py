"""Which words a rule can start with, read off its compiled regex.

The tagger only tries rules at words that can start them: "the" tries the rules that
begin with "the", a number the rules that begin with a digit. The first words are found
by walking the parsed regex (`re._parser`), so they follow the data files without any
list kept by hand. A rule whose first word cannot be told (it starts with any letter)
is tried at every word.
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
