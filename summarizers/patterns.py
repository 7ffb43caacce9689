"""Helpers shared by the rule interpreters (figures, temporal) to turn word lists into regexes."""

from __future__ import annotations

import re
from collections.abc import Iterable

ANY_SPACE = r"\s+"


def literal_alternation(forms: Iterable[str], space: str = ANY_SPACE) -> str:
    """A regex alternation of literal forms, longest first so that "US$" wins over "$".

    A space inside a form matches `space` (by default any run of white space).
    """
    unique = sorted({form for form in forms if form}, key=lambda form: (-len(form), form))
    return "|".join(space.join(re.escape(part) for part in form.split(" ")) for form in unique)
