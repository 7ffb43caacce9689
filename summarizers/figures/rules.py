"""Load the key-figure rules of a language from its data files and compile them once.

The data files (`summarizers/data/<code>/figures/*.yaml`) hold every pattern and word
table; this module only reads them, generates alternations from the word tables,
expands `{name}` references between regex fragments and compiles the result. Nothing
language-specific is written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from summarizers.memo import WordMemo
from summarizers.patterns import literal_alternation
from summarizers.resources import load_yaml

# A space inside a form matches one space of any width (plain, no-break, thin).
_ONE_SPACE = r"[ \u00a0\u2009\u202f]"

FIGURE_FILES = ("numbers", "currencies", "units", "context", "patterns")
_REFERENCE = re.compile(r"\{([a-z_]+)\}")
_FLAGS = re.IGNORECASE
# Letters that case-insensitive matching takes for an ASCII letter where `str.lower` does not
# give it ("İ" and "ı" are "i", "ſ" is "s"; "İ".lower() is even two characters long).
_UNFOLDED = frozenset("\u0130\u0131\u017f")
_JOINER = re.compile(r"['’\-]")
_LETTERS = re.compile(r"[^\W\d_]+")
# A `numeral_pieces_of` answer for a word with an `_UNFOLDED` letter: its sentence is searched
# with the whole `amount` pattern.
UNFOLDED = "\u0130"
# A `numeral_pieces_of` answer for a word that begins like a currency prefix or code ("US", "Rs").
CURRENCY_LETTERS = "$"


@dataclass(frozen=True, slots=True)
class CurrencyForm:
    """One way of writing a currency: "US$", "A$", "euros", "p"."""

    text: str
    currency: str
    dollar: bool = False
    minor: bool = False
    attached: bool = False
    scaled_only: bool = False
    explicit_us: bool = False


def numeral_pieces_of(
    words: frozenset[str], currency_letters: frozenset[str]
) -> Callable[[str], frozenset[str]]:
    """Word token -> its pieces (split at apostrophes and hyphens, lower case) that can start
    a numeral or follow "a"/"an" in one, plus `UNFOLDED` or `CURRENCY_LETTERS` marks."""

    def pieces_of(token: str) -> frozenset[str]:
        pieces = frozenset(piece for piece in _JOINER.split(token.lower()) if piece in words)
        if not _UNFOLDED.isdisjoint(token):
            pieces |= {UNFOLDED}
        if not currency_letters.isdisjoint(_JOINER.split(token)):
            pieces |= {CURRENCY_LETTERS}
        return pieces

    return pieces_of


def is_candidate_token_of(candidate_words: frozenset[str]) -> Callable[[str], bool]:
    """Word token -> whether it, or a piece of it between hyphens, is among `candidate_words`
    (in lower case)."""

    def is_candidate_token(token: str) -> bool:
        lowered = token.lower()
        if lowered in candidate_words:
            return True
        return "-" in token and not candidate_words.isdisjoint(lowered.split("-"))

    return is_candidate_token


@dataclass(frozen=True, slots=True)
class Scale:
    text: str
    value: Decimal
    attached: bool


@dataclass(frozen=True, slots=True)
class FigureRules:
    """Everything the extractor needs for one language, compiled."""

    amount: re.Pattern[str]
    # Where `amount` can start, without the numerals in words: a digit not glued to a word,
    # a number or a decimal point, or a currency sign; and where a currency prefix or code
    # that starts with a letter starts (looked for in a sentence with `CURRENCY_LETTERS`).
    amount_signs: re.Pattern[str]
    amount_currency_letters: re.Pattern[str]
    # The words a numeral in words can start with, the words "a"/"an" starts one before
    # ("a million", "a year"), and each token's pieces among them (see `SentenceScanner`).
    numeral_first_words: frozenset[str]
    article_words: frozenset[str]
    numeral_pieces: WordMemo[frozenset[str]]  # remembered per word token
    exclusions: tuple[tuple[str, re.Pattern[str]], ...]
    # The exclusions as one alternation behind the `exclusion_start` test: a single search
    # tells whether any of them can match at all (see `exclusion_screen_body`).
    exclusion_screen: re.Pattern[str]
    # The patterns in the screen, by the number of the empty group that closes each: a screen
    # match's `lastindex` names the pattern that matched.
    exclusion_screened: Mapping[int, re.Pattern[str]]
    number_words: Mapping[str, Decimal]
    multipliers: Mapping[str, Decimal]
    fractions: Mapping[str, Decimal]
    weak_words: frozenset[str]
    scales: Mapping[str, Scale]
    metre_contexts: frozenset[str]
    prefixes: Mapping[str, CurrencyForm]
    codes: frozenset[str]
    cent_currencies: frozenset[str]
    tax_pence: re.Pattern[str]
    home_dollar_cues: tuple[tuple[str, re.Pattern[str]], ...]
    home_dollar_first_words: frozenset[str]
    suffixes: Mapping[str, CurrencyForm]
    suffix: re.Pattern[str]
    attached_suffix: re.Pattern[str]
    code_suffix: re.Pattern[str]
    percent: re.Pattern[str]
    points: re.Pattern[str]
    point_factors: Mapping[str, Decimal]
    bare_points: frozenset[str]
    index_words: re.Pattern[str]
    instruments: frozenset[str]
    count_heads: Mapping[str, str]
    duration: re.Pattern[str]
    durations: Mapping[str, str]
    duration_after: re.Pattern[str]
    duration_before: re.Pattern[str]
    duration_before_reach: int
    duration_before_last_words: tuple[str, ...]
    measure: re.Pattern[str]
    measures: Mapping[str, str]
    measures_before: Mapping[str, str]
    per_after: re.Pattern[str]
    per_after_table: Mapping[str, str]
    per_generic: re.Pattern[str]
    not_bases: frozenset[str]
    per_before: re.Pattern[str]
    per_before_table: Mapping[str, str]
    qualifier_before: re.Pattern[str]
    qualifier_before_reach: int
    qualifier_before_last_words: tuple[str, ...]
    qualifier_before_table: Mapping[str, str]
    qualifier_after: re.Pattern[str]
    qualifier_after_table: Mapping[str, str]
    range_open: re.Pattern[str]
    range_of: frozenset[str]
    max_age: int
    over_words: frozenset[str]
    over_length_words: frozenset[str]
    spreading_verbs: frozenset[str]
    over_reach: int
    range_connector: re.Pattern[str]
    between_connector: re.Pattern[str]
    change_words: frozenset[str]
    # Qualifier forms that right after a change word are the verb's particle ("ticked up to").
    particles_after_changes: frozenset[str]
    label_words: frozenset[str]
    capitalised_ok: frozenset[str]
    stop_words: frozenset[str]
    intensifiers: frozenset[str]
    plural_nouns: frozenset[str]
    vocabulary: frozenset[str]
    unit_vocabulary: frozenset[str]  # the vocabulary less the first words of names ("new", "hong")
    candidate_words: frozenset[str]
    # Word token -> whether it, or a piece of it between hyphens, is a candidate word (lower case).
    is_candidate_token: WordMemo[bool]
    linking_verbs: frozenset[str]
    action_verbs: frozenset[str]
    joiners: frozenset[str]
    subject_prepositions: frozenset[str]  # a subject's head may stand before them and their object
    period_nouns: frozenset[str]  # "for the quarter" may end a subject
    period_modifiers: frozenset[str]  # "the first half", "the latest quarter"
    raising_verbs: frozenset[str]  # "is expected to", between a subject and its verb
    relative_to: frozenset[str]  # "6.4% of GDP" is no share of GDP
    not_nouns: frozenset[str]
    object_verbs: frozenset[str]  # with the change words: their object is what a figure measures
    object_states: frozenset[str]
    determiners: frozenset[str]
    appraisals: tuple[tuple[str, ...], ...]  # each form as its lower-case words
    auxiliaries: frozenset[str]
    of_figure_nouns: frozenset[str]
    strength_suffixes: frozenset[str]
    time_names: frozenset[str]
    not_after_in: frozenset[str]
    figure_words: frozenset[str]
    complement: re.Pattern[str]
    count_events: Mapping[str, str]
    open_bracket: re.Pattern[str]
    count_modifiers: frozenset[str]
    comparison: re.Pattern[str]
    comparison_gap: int
    ratio_after: re.Pattern[str]
    ratio_before: re.Pattern[str]


def _amount_signs(
    currencies: Mapping[str, Any], generated: Mapping[str, str]
) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    r"""Where the `amount` pattern can start other than on a number word, in two searches: a
    digit that no word character, point or comma precedes (`(?<![\w.,])` before the numeral)
    or the first character of a currency prefix or code that is no letter; and where a prefix
    or code that starts with a letter starts (`currency_before`, case-sensitive). Each search
    leads with one character class, so that it skips every other position at C speed. Also
    the letters such a prefix or code starts with (its word piece: "US" of "US$"), by which
    a sentence's words tell whether the second search is needed."""
    forms = [str(form) for form in (*currencies["prefixes"]["table"], *currencies["codes"]["table"])]
    if any(form[0].isdigit() or form[0].isspace() for form in forms):
        raise ValueError("a currency prefix or code starts with a digit or a space")
    firsts = {form[0] for form in forms}
    letters = "".join(sorted(re.escape(first) for first in firsts if first.isalpha()))
    signs = "".join(sorted(re.escape(first) for first in firsts if not first.isalpha()))
    currency = f"(?:{generated['currency_prefix']}|{generated['currency_code']})"
    pieces = frozenset(_LETTERS.findall(form)[0] for form in forms if form[0].isalpha())
    return (
        re.compile(rf"[\d{signs}](?<![\w.,]\d)"),
        re.compile(rf"[{letters}](?<=(?={currency}).)"),
        pieces,
    )


def exclusion_screen_body(patterns: Iterable[re.Pattern[str]]) -> tuple[str, dict[int, re.Pattern[str]]]:
    """The alternation of the exclusion screen, and its patterns by the number of the empty
    group that closes each.

    A pattern with groups keeps its group numbers (which its back references use) only as
    the first alternative: the first such pattern leads, any other stays out of the screen
    and is searched on its own.
    """
    alternatives: list[str] = []
    screened: dict[int, re.Pattern[str]] = {}
    groups = 0
    for pattern in sorted(patterns, key=lambda pattern: not pattern.groups):
        if pattern.groups and groups:
            continue
        groups += pattern.groups + 1
        alternatives.append(f"(?:{pattern.pattern})()")
        screened[groups] = pattern
    return "|".join(alternatives), screened


def figure_data(language_code: str) -> dict[str, Any]:
    """The raw data files of a language, by file name (for the rule-examples test)."""
    return {name: load_yaml(f"{language_code}/figures/{name}.yaml") for name in FIGURE_FILES}


def alternation(forms: Iterable[str], space: str = _ONE_SPACE) -> str:
    """A regex alternation of literal forms, longest first; a space matches one space of any width.

    A lookahead for the first characters of the forms goes before it. It matches nothing the
    alternation would not, but under IGNORECASE the engine tries every alternative in turn
    at every position of a search, and one character class turns most positions away at once.
    """
    unique = {form for form in forms if form}
    body = literal_alternation(unique, space)
    if not body or any(form.startswith(" ") for form in unique):
        return body
    first_characters = "".join(sorted({re.escape(form[0]) for form in unique}))
    return f"(?=[{first_characters}])(?:{body})"


def compose(name: str, fragments: Mapping[str, str], generated: Mapping[str, str]) -> str:
    """Expand `{reference}`s in fragment `name`, recursively (a cycle is an error)."""
    return _expand(fragments[name], fragments, generated, (name,))


def _expand(
    pattern: str, fragments: Mapping[str, str], generated: Mapping[str, str], seen: tuple[str, ...]
) -> str:
    def replace(match: re.Match[str]) -> str:
        reference = match.group(1)
        if reference in generated:
            return generated[reference]
        if reference in seen:
            raise ValueError(f"fragment cycle: {' -> '.join((*seen, reference))}")
        if reference not in fragments:
            raise KeyError(f"unknown fragment {{{reference}}}")
        return "(?:" + _expand(fragments[reference], fragments, generated, (*seen, reference)) + ")"

    return _REFERENCE.sub(replace, pattern)


def _end_anchored_reach(forms: Iterable[str]) -> int:
    """How far before the end of a search a pattern "form, optional space, `$`" can start: the
    longest form, the space, and the newline before which `$` also matches. A search that
    starts further back finds nothing more, only tries more positions."""
    return max(len(form) for form in forms) + 2


def _last_words(forms: Iterable[str]) -> tuple[str, ...]:
    """The last words of the forms of a pattern "form, optional space, `$`", in lower case:
    such a form can end a search only where the token before its end ends with one of them
    (see scan.py `_may_end_with`). If a form is not ASCII, an empty word, with which every
    token ends: `str.lower` agrees with case-insensitive matching on ASCII alone."""
    words = tuple(sorted({str(form).lower().split(" ")[-1] for form in forms}))
    return words if all(word.isascii() for word in words) else ("",)


def _decimal_table(table: Mapping[str, Any]) -> dict[str, Decimal]:
    return {str(key).lower(): Decimal(str(value)) for key, value in table.items()}


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(value).lower() for value in values)


def generated_alternations(data: Mapping[str, Any]) -> dict[str, str]:
    """The `{name}`s that patterns may use besides fragments: alternations of word tables."""
    numbers, currencies = data["numbers"], data["currencies"]
    number_words = [str(word).lower() for word in numbers["words"]["table"]]
    multipliers = [str(word).lower() for word in numbers["multipliers"]["table"]]
    fractions = [str(word).lower() for word in numbers["fractions"]["table"]]
    scales = numbers["scales"]["table"]
    return {
        "number_word": alternation(number_words),
        "multiplier_word": alternation(multipliers),
        "fraction_word": alternation(fractions),
        "word_start": alternation(
            {word[:3] for word in (*number_words, *multipliers, *fractions)} | {"a ", "an "}
        ),
        "scale_spaced": alternation(
            str(text).lower() for text, row in scales.items() if not row.get("attached")
        ),
        "scale_attached": alternation(str(text).lower() for text in scales),
        "currency_prefix": alternation(str(text) for text in currencies["prefixes"]["table"]),
        "currency_code": alternation(currencies["codes"]["table"]),
        "month": alternation(str(month) for month in data["patterns"]["months"]),
        "duration_single": alternation(
            str(form).lower() for form in data["units"]["durations"]["table"] if not str(form).endswith("s")
        ),
    }


@cache
def figure_rules(language_code: str) -> FigureRules:
    """Compile the rules of `language_code` ("en"); cached for the process."""
    data = figure_data(language_code)
    numbers, currencies, units, context, patterns = (data[name] for name in FIGURE_FILES)

    number_words = _decimal_table(numbers["words"]["table"])
    multipliers = _decimal_table(numbers["multipliers"]["table"])
    fractions = _decimal_table(numbers["fractions"]["table"])
    scales = {
        str(text).lower(): Scale(
            str(text).lower(), Decimal(str(row["value"])), bool(row.get("attached", False))
        )
        for text, row in numbers["scales"]["table"].items()
    }

    prefixes = {
        str(text): CurrencyForm(
            str(text),
            row["currency"],
            dollar=bool(row.get("dollar", False)),
            explicit_us=row["currency"] == "USD" and not row.get("dollar", False),
        )
        for text, row in currencies["prefixes"]["table"].items()
    }
    codes = frozenset(currencies["codes"]["table"])
    suffixes = {
        str(text).lower(): CurrencyForm(
            str(text).lower(),
            row["currency"],
            dollar=bool(row.get("dollar", False)),
            minor=bool(row.get("minor", False)),
            attached=bool(row.get("attached", False)),
            scaled_only=bool(row.get("scaled_only", False)),
            explicit_us=row["currency"] == "USD" and not row.get("dollar", False),
        )
        for text, row in currencies["suffixes"]["table"].items()
    }

    space = r"[ \u00a0\u2009\u202f]"
    generated = generated_alternations(data)
    fragments = {name: row["pattern"] for name, row in patterns["fragments"].items()}

    def compiled(name: str) -> re.Pattern[str]:
        return re.compile(compose(name, fragments, generated), _FLAGS)

    exclusion_fragments = {
        **fragments,
        **{name: row["pattern"] for name, row in patterns["exclusions"].items()},
    }
    exclusions = tuple(
        (name, re.compile(compose(name, exclusion_fragments, generated), _FLAGS))
        for name in patterns["exclusions"]
    )

    spaced_suffixes = [text for text, form in suffixes.items() if not form.attached]
    attached_suffixes = [text for text, form in suffixes.items() if form.attached]
    percent_forms = [str(form) for form in units["percent"]["table"]]
    percent_attached = {str(form) for form in units["percent"].get("attached", [])}
    points = {str(text).lower(): Decimal(str(factor)) for text, factor in units["points"]["table"].items()}
    durations = {str(key).lower(): str(value) for key, value in units["durations"]["table"].items()}
    measures = {str(key).lower(): str(value) for key, value in units["measures"]["table"].items()}
    per_after = {str(key).lower(): str(value) for key, value in units["per"]["after"].items()}
    per_after_keys = {" ".join(key.replace("-", " ").split()): value for key, value in per_after.items()}
    per_before = {str(key).lower(): str(value) for key, value in units["per"]["before"].items()}
    qualifiers_before = {
        str(key).lower(): str(value) for key, value in context["qualifiers"]["before"].items()
    }
    qualifiers_after = {str(key).lower(): str(value) for key, value in context["qualifiers"]["after"].items()}
    qualifiers_alone_after = [str(form).lower() for form in context["qualifiers"]["alone_after"]]
    exclusion_after = [str(word) for word in units["duration_exclusions"]["after"]]
    exclusion_before = [str(word) for word in units["duration_exclusions"]["before"]]
    ranges = context["ranges"]
    about = context["about"]
    any_space = r"\s+"
    no_letter_after = r"(?![^\W_])"
    # "a year" is a period, "a year earlier" is a date: the lookahead keeps them apart.
    space_or_hyphen = r"[ \u00a0\u2009\u202f-]"
    # "a year on" is a date ("a year on, ..."; "a year on from the crash"), "$1,500 a year on
    # coffee" and "213.9 cents a litre on Monday" are rates.
    not_a_date = (
        rf"(?!{space}(?:earlier|ago|before|after|later|previously|prior|from|back)\b"
        rf"|{space}on\b(?!{space}(?!from\b)[^\W\d_]))"
    )
    generic = units["per"]["generic"]

    unit_forms = [form for form in (*points, *percent_forms, *suffixes, *measures) if form.split()]
    vocabulary = frozenset(
        {word for word in number_words if word not in _words(numbers["weak_words"]["table"])}
        | {*multipliers, *fractions}
        | {form.split()[0].lower() for form in unit_forms if form.split()[0].isalpha()}
    )
    # The first words of names such as "New Zealand dollars" and "Hong Kong dollars" that are
    # no form of their own: a figure's word only with the rest of the name ("new roads").
    name_starts = {form.split()[0].lower() for form in unit_forms if len(form.split()) > 1} - {
        form.lower() for form in unit_forms if len(form.split()) == 1
    }

    # A sentence is read when it has a digit or one of these: the vocabulary, and the singular
    # duration units that "a"/"an" can count ("more than a year").
    candidate_words = vocabulary | _words(
        form for form in units["durations"]["table"] if not str(form).lower().endswith("s")
    )

    numeral_first_words = frozenset({*number_words, *multipliers, *fractions})
    article_words = frozenset(
        {*multipliers, *fractions}
        | {str(form).lower() for form in units["durations"]["table"] if not str(form).endswith("s")}
        | _words(patterns["fragments"]["numeral_words"]["article_before"])
    )

    amount_signs, amount_currency_letters, currency_letters = _amount_signs(currencies, generated)
    screen_body, screened = exclusion_screen_body(pattern for _, pattern in exclusions)

    return FigureRules(
        amount=compiled("amount"),
        amount_signs=amount_signs,
        amount_currency_letters=amount_currency_letters,
        numeral_first_words=numeral_first_words,
        article_words=article_words,
        numeral_pieces=WordMemo(numeral_pieces_of(numeral_first_words | article_words, currency_letters)),
        exclusions=exclusions,
        exclusion_screen=re.compile(
            rf"(?={compose('exclusion_start', fragments, generated)})(?:{screen_body})", _FLAGS
        ),
        exclusion_screened=screened,
        number_words=number_words,
        multipliers=multipliers,
        fractions=fractions,
        weak_words=_words(numbers["weak_words"]["table"]),
        scales=scales,
        metre_contexts=_words(numbers["metre_contexts"]["table"]),
        prefixes=prefixes,
        codes=codes,
        home_dollar_cues=tuple(
            (str(code), re.compile(rf"(?<![\w&])(?:{alternation(str(cue) for cue in cues)})(?![\w&])"))
            for code, cues in currencies["home_dollars"]["table"].items()
        ),
        tax_pence=re.compile(
            rf"{space}(?:{alternation(context['tax_pence']['changes'])}){space}(?:in|on|to){space}(?:the{space})?"
            rf"(?:{alternation(context['tax_pence']['taxes'])})(?![^\W_])",
            _FLAGS,
        ),
        home_dollar_first_words=frozenset(
            str(cue).split()[0] for cues in currencies["home_dollars"]["table"].values() for cue in cues
        ),
        cent_currencies=frozenset(str(code) for code in currencies["sub_units"]["currencies"]),
        suffixes=suffixes,
        suffix=re.compile(rf"{space}?(?P<form>{alternation(spaced_suffixes)}){no_letter_after}", _FLAGS),
        attached_suffix=re.compile(rf"(?-i:(?P<form>{alternation(attached_suffixes)})){no_letter_after}"),
        code_suffix=re.compile(rf"{space}?(?-i:(?P<form>{alternation(codes)}))\b"),
        percent=re.compile(
            rf"(?:{space}?(?P<form>{alternation(f for f in percent_forms if f not in percent_attached)})"
            rf"|{space}?(?-i:(?P<attached>{alternation(percent_attached)}))){no_letter_after}",
            _FLAGS,
        ),
        points=re.compile(rf"{space}?(?P<form>{alternation(points)}){no_letter_after}", _FLAGS),
        point_factors=points,
        bare_points=_words(units["points"]["bare"]),
        index_words=re.compile(
            rf"(?<![^\W_])(?:{alternation(str(word) for word in units['points']['index_words'])})(?![^\W_])",
            _FLAGS,
        ),
        instruments=_words(units["duration_exclusions"]["instruments"]),
        count_heads={str(head).lower(): str(unit) for head, unit in context["counts"]["heads"].items()},
        duration=re.compile(rf"(?:{space}|-)(?P<form>{alternation(durations)}){no_letter_after}", _FLAGS),
        durations=durations,
        duration_after=re.compile(
            rf"(?:{space}|-)?(?:{alternation(exclusion_after)}){no_letter_after}", _FLAGS
        ),
        duration_before=re.compile(rf"\b(?:{alternation(exclusion_before)}){space}?$", _FLAGS),
        duration_before_reach=_end_anchored_reach(exclusion_before),
        duration_before_last_words=_last_words(exclusion_before),
        measure=re.compile(
            rf"(?:{space}?|-(?=[^\W\d_]{{2}}))(?P<form>{alternation(measures)})(?![^\W_]|/(?!yr|year|day|hr|h\b))",
            _FLAGS,
        ),
        measures=measures,
        measures_before={
            str(key).lower(): str(value) for key, value in units["measures_before"]["table"].items()
        },
        per_after=re.compile(
            rf"(?:{space}?|-)(?P<form>{alternation(per_after, space=space_or_hyphen)})(?![^\W_]){not_a_date}",
            _FLAGS,
        ),
        per_after_table=per_after_keys,
        per_generic=re.compile(
            rf"(?P<gap>{space}(?:{alternation(generic['between'])}){space}[^\W\d_]{{1,30}})?"
            rf"{space}per{space}(?P<base>(?:(?:{alternation(generic['prefixes'])}){space})?[^\W\d_]{{1,30}})"
            rf"(?![\w'’-])",
            _FLAGS,
        ),
        not_bases=_words(generic["not_bases"]) | _words(context["about"]["stop_words"]),
        per_before=re.compile(rf"\b(?P<form>{alternation(per_before)})\b", _FLAGS),
        per_before_table=per_before,
        qualifier_before=re.compile(
            rf"(?:(?<![^\W_])|(?<=~))(?P<form>{alternation(qualifiers_before)}){space}?$", _FLAGS
        ),
        qualifier_before_table=qualifiers_before,
        qualifier_before_reach=_end_anchored_reach(qualifiers_before),
        qualifier_before_last_words=_last_words(qualifiers_before),
        qualifier_after=re.compile(
            rf"(?:{space}?)(?P<form>{alternation(qualifiers_after)})(?![^\W_])"
            # A spaced form of `alone_after` followed by a word is no qualifier ("plus equity").
            + "".join(rf"(?!(?<=\s{re.escape(form)}){space}[^\W\d_])" for form in qualifiers_alone_after),
            _FLAGS,
        ),
        qualifier_after_table=qualifiers_after,
        range_open=re.compile(
            rf"\b(?P<form>{alternation([*ranges['between'], *ranges['from'], *ranges['range_of']])}){space}"
            rf"(?:(?:{alternation(qualifiers_before)}){space})?$",
            _FLAGS,
        ),
        range_connector=re.compile(
            rf"{space}?(?:{alternation(c for c in ranges['connectors'] if not c.isalpha())}){space}?"
            rf"|{space}(?:{alternation(c for c in ranges['connectors'] if c.isalpha())}){space}",
            _FLAGS,
        ),
        between_connector=re.compile(
            rf"{space}(?:{alternation(ranges['connectors_with_between'])}){space}", _FLAGS
        ),
        range_of=_words(ranges["range_of"]),
        max_age=int(context["appositive_age"]["max_age"]),
        over_words=_words(context["over_duration"]["words"]),
        over_length_words=_words(context["over_duration"]["length_words"]),
        spreading_verbs=_words(context["over_duration"]["spreading_verbs"]),
        over_reach=int(context["over_duration"]["figure_reach"]),
        change_words=_words(context["changes"]["words"]),
        particles_after_changes=_words(context["qualifiers"]["particles_after_changes"]),
        label_words=_words(context["label_words"]["table"]),
        capitalised_ok=_words(context["capitalised_ok"]),
        stop_words=_words(context["about"]["stop_words"]),
        intensifiers=_words(context["about"]["intensifiers"]),
        plural_nouns=_words(context["about"]["plural_nouns"]),
        # A sentence without a digit is read only if it has one of these words: a number word
        # that can be a figure on its own, or a word that turns "one" or "a" into one.
        vocabulary=vocabulary,
        unit_vocabulary=vocabulary - name_starts,
        candidate_words=candidate_words,
        is_candidate_token=WordMemo(is_candidate_token_of(candidate_words)),
        count_modifiers=_words(context["about"]["count_modifiers"]),
        linking_verbs=_words(about["linking_verbs"]),
        action_verbs=_words(about["action_verbs"]),
        joiners=_words(about["joiners"]),
        subject_prepositions=_words(about["subject_prepositions"]),
        period_nouns=_words(about["period_nouns"]),
        period_modifiers=_words(about["period_modifiers"]),
        raising_verbs=_words(about["raising_verbs"]),
        relative_to=_words(about["relative_to"]),
        not_nouns=_words(about["not_nouns"]),
        object_verbs=_words(about["object_verbs"]) | _words(context["changes"]["words"]),
        object_states=_words(about["object_states"]),
        determiners=_words(about["determiners"]),
        appraisals=tuple(tuple(str(form).lower().split()) for form in about["appraisals"]),
        auxiliaries=_words(about["auxiliaries"]),
        of_figure_nouns=_words(about["of_figure_nouns"]),
        strength_suffixes=_words(about["strength_suffixes"]),
        time_names=_words(about["time_names"]),
        not_after_in=_words(about["not_after_in"]),
        figure_words=_words(about["figure_words"]),
        complement=re.compile(
            rf"\s+(?:{alternation(about['complement_verbs'], space=any_space)})\s+"
            rf"(?P<phrase>(?:{alternation(about['complement_prepositions'], space=any_space)})"
            rf"\s+[^\W\d_][\w'’-]*)",
            _FLAGS,
        ),
        count_events={str(noun).lower(): str(phrase) for noun, phrase in about["count_events"].items()},
        open_bracket=re.compile(
            rf"{space}?\({space}?(?:(?:{alternation(about['bracket_openers'])})\s)?", _FLAGS
        ),
        comparison=re.compile(
            rf"(?<![^\W_])(?:{alternation(context['comparisons']['words'])})(?![^\W_])", _FLAGS
        ),
        comparison_gap=int(context["comparisons"]["max_gap"]),
        ratio_after=re.compile(
            rf"{space}(?:{alternation(context['ratios']['connectors'])}){space}(?:\d|(?:{generated['number_word']})\b)",
            _FLAGS,
        ),
        ratio_before=re.compile(
            rf"(?:\d|\b(?:{generated['number_word']})){space}(?:{alternation(context['ratios']['connectors'])}){space}$",
            _FLAGS,
        ),
    )
