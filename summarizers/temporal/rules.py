"""Load and compile the temporal rules of a language from its data files.

The data (`summarizers/data/<code>/temporal/`) has three parts, as HeidelTime splits a
language: `tables.yaml` (normalization tables), `fragments.yaml` (named regex
fragments, composed by reference as in Recognizers-Text) and `rules.yaml` (extraction
rules with their normalization and examples). This module only reads and compiles them;
`tagger.py` interprets the compiled rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from summarizers.patterns import literal_alternation
from summarizers.resources import data_file_exists, load_yaml
from summarizers.temporal.dispatch import ANY, DIGIT, Followers, first_words
from summarizers.temporal.scan import StartTokens

_REFERENCE = re.compile(r"\{(~)?(?:([a-z_]\w*):)?([a-z_]\w*)\}")
_MAX_EXPANSION_DEPTH = 8
# An expression starts at a word; never inside a number ("1,000", "3.5", "$1990").
_START_GUARD = r"(?<![\w$€£¥])(?<!\d[.,:/])"


class RuleError(ValueError):
    """A data file is inconsistent (unknown fragment, bad regex, missing field)."""


@dataclass(frozen=True, slots=True)
class Fragment:
    name: str
    regex: str
    table: str | None
    parse: str | None


@dataclass(frozen=True, slots=True)
class Rule:
    index: int
    name: str
    type: str
    value: Mapping[str, Any]
    mod: str | None
    title_case: bool
    lower_case: bool  # no capital after the first letter ("the new year", not "the New Year")
    requires_before: re.Pattern[str] | None
    groups: Mapping[str, str]  # group name in the rule -> fragment name
    pattern: re.Pattern[str]
    examples: tuple[Mapping[str, Any], ...]
    # Whether the value becomes the anchor of later expressions ("a year earlier"); the day
    # that ends a quarter ("the quarter ended Sept. 30") leaves the quarter as the anchor.
    anchor: bool = True
    # The names of the groups of `groups` in `pattern`, in the same order.
    group_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Candidates:
    rules: tuple[Rule, ...]
    pattern: re.Pattern[str]
    # For each token that can come second in a match of a rule other than those of
    # `fallback` (DIGIT for a number), the rules that may match before it, in priority
    # order; None when every rule may match whatever follows. Before any other token
    # only the rules of `fallback` can match.
    followers: Mapping[str, tuple[Rule, ...]] | None = None
    fallback: Candidates | None = None


@dataclass(frozen=True, slots=True)
class RuleSet:
    language: str
    tables: Mapping[str, Mapping[str, Any]]
    fragments: Mapping[str, Fragment]
    rules: tuple[Rule, ...]
    # For each word that can start an expression, the rules that can start with it (in
    # priority order) and their alternation; `lastgroup` of a match names the rule.
    dispatch: Mapping[str, Candidates]
    digit_rules: Candidates
    # Where in a text the rules of `dispatch` and `digit_rules` are tried.
    start_tokens: StartTokens
    future_cues: re.Pattern[str]
    weekday_future_cues: re.Pattern[str]
    weekday_modal_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    # A past-tense verb ("suspended", "held"): after a future cue, nearer the expression,
    # it puts the expression back in the past ("plans to resume ... after it suspended
    # the season in March"), unless an auxiliary comes right before it ("to be held").
    past_verbs: re.Pattern[str]
    auxiliary_before: re.Pattern[str]
    revised_before: re.Pattern[str]
    revised_schedule: re.Pattern[str]
    # Right before a future cue, a word that makes it a comparison ("than expected").
    comparison_before: re.Pattern[str]
    # After a date, the noun it modifies and a verb of the future ("Sunday's game will").
    future_after_noun: re.Pattern[str]
    # Right after a date, a scheduled event's verb in the present ("on Thursday starts at").
    scheduled_after: re.Pattern[str]
    # Right before a weekday ("on" between or not), the verb of a report made that day.
    report_day_before: re.Pattern[str]
    # Words in the clause that put a month or day without a year in the reference year.
    this_year: re.Pattern[str]
    next_year: re.Pattern[str]
    # A year that opens the clause ("Last year, ...", "while in 2010 it ..."): the year of a
    # month or day without one after it.
    clause_year: re.Pattern[str]
    # Right before the expression: a deadline ("by Sunday") that looks forward in a clause
    # that does, and a start ("from 1 July") that does in a clause with no past cue.
    deadline_before: re.Pattern[str]
    start_before: re.Pattern[str]
    # Right before a period, words that run on into it ("remain in effect through the weekend").
    through_before: re.Pattern[str]
    # Right before the expression, words that reach ahead to it ("until Thursday") in a
    # clause with no past cue.
    ahead_before: re.Pattern[str]
    # The last word that opens a clause of its own ("which", ", and") with a word after it:
    # the tense of the expression is read after it.
    clause_opener: re.Pattern[str]
    until_before: re.Pattern[str]
    # Words that name a country (tables.yaml `country_words`), and the country each names.
    country_words: re.Pattern[str]
    country_of_word: Mapping[str, str]
    # The clause before a date that opens it: nothing but a preposition ("On Friday, ...").
    fronting_before: re.Pattern[str]
    # Where a clause ends, and the text before the last such end ("(?s:.*)" then the mark).
    clause_mark: re.Pattern[str]
    last_clause_mark: re.Pattern[str]
    # After the expression, the verb it is the subject of, in the past tense ("Monday's
    # caucuses handed", "a hearing on Tuesday drew").
    past_verb_after: re.Pattern[str]
    # Right before the expression, a past participle that it dates ("restrictions
    # introduced in June", "the delayed September report"), with no auxiliary before it.
    participle_before: re.Pattern[str]
    # Right before the expression, a verb in the past tense and a preposition ("the heatwave,
    # which began on New Year's Day, could last").
    past_verb_before: re.Pattern[str]
    verbal_auxiliary_before: re.Pattern[str]
    # After a period, a report on it ("September retail sales report", "fourth-quarter results").
    report_after: re.Pattern[str]
    # Right before a day, the length of a reporting period it ends ("the six months to").
    period_ending_before: re.Pattern[str]
    # A present-tense verb of a scheduled event right before the expression ("returns in").
    scheduled_before: re.Pattern[str]
    # A present-tense verb of a fixture a few words before the possessive weekday that dates
    # it ("face Belgium in Saturday's play-off").
    fixture_before: re.Pattern[str]
    # A reporting verb, up to eight words, then "would" (or "was expected to", ...) and no "have"
    # ("said they would begin").
    reported_future: re.Pattern[str]
    # Right before a date, a deadline still open ("have until Friday").
    open_deadline_before: re.Pattern[str]
    # Right before a month, an event that has happened ("the invasion in").
    past_event_before: re.Pattern[str]
    # A bare modal with a verb after it, no "not" ("could reach 31C on").
    weekday_bare_modal: re.Pattern[str]
    # A scheduling verb, a short object and "on" right before ("begins her campaign on").
    scheduled_object_before: re.Pattern[str]
    # A participle that looks forward right before the date, no past auxiliary before it
    # ("the heaviest falls expected on").
    forward_participle_before: re.Pattern[str]
    # An alert issued for the date, right before it ("an orange alert for").
    alert_for_before: re.Pattern[str]
    # A subordinate clause with its verb right before "on" ("as the heat dome peaks on");
    # group `verb` is the verb, group `clause` the clause after the opener.
    subordinate_before: re.Pattern[str]
    # Right before a date, a hearing put off to it or a date set for it.
    put_off_before: re.Pattern[str]
    # A decision verb and an infinitive after it ("voted on Monday to close").
    decision_infinitive: re.Pattern[str]
    # Right before a month, words that put it in the past ("since").
    past_before: re.Pattern[str]
    # A weekday and a coordinator or the end of a range at the end of the text before a second
    # weekday ("on Wednesday and ", "from Friday to "): removed, the second one reads the
    # clause as the first does.
    coordinated_weekday: re.Pattern[str]
    point_modifier_lead: re.Pattern[str]
    point_modifier_initials: frozenset[str]
    quantity_modifier_before: re.Pattern[str]
    point_modifier_before: re.Pattern[str]
    # Between a date and the one that closes its range: "to", "through", a dash.
    range_close: re.Pattern[str]
    # Right before "the weekend", words that make it the coming one ("bookings for the weekend").
    weekend_ahead_before: re.Pattern[str]
    # Right before a month, the figures reported for it ("data on industrial production for").
    report_for_before: re.Pattern[str]


# After "would": "have" ("would have done this in October", "would not have") makes a past
# that did not happen, no future.
COUNTERFACTUAL_AFTER_WOULD = r"\s+(?:not\s+)?have\b"


def table_alternation(keys: list[str], abbreviations: frozenset[str] = frozenset()) -> str:
    """Whole-word alternation of table keys, longest first so "a couple of" beats "a".

    Keys in `abbreviations` may be followed by a full stop ("Sept.").
    """
    ordered = sorted(keys, key=lambda key: (-len(key), key))
    alternatives = "|".join(
        r"\s+".join(re.escape(part) for part in key.split())
        + (r"(?:\.|(?![a-z0-9]))" if key in abbreviations else "")
        for key in ordered
    )
    return f"(?:{alternatives})(?![a-z0-9])"


def abbreviations_of(table: Mapping[str, Any]) -> frozenset[str]:
    """Keys that begin a longer word with the same value: "sept" of "september" (not "easter"
    of "easter sunday", a word of its own)."""
    keys = [str(key) for key in table]
    return frozenset(
        key
        for key in keys
        if any(
            other.startswith(key)
            and other not in (key, key + "s", key + "es")
            and not other[len(key)].isspace()
            and table[other] == table[key]
            for other in keys
        )
    )


def _load_fragments(raw: Mapping[str, Any], tables: Mapping[str, Mapping[str, Any]]) -> dict[str, Fragment]:
    fragments: dict[str, Fragment] = {}
    for name, spec in raw.items():
        table = spec.get("table")
        if table is not None:
            if table not in tables:
                raise RuleError(f"fragment {name!r} names unknown table {table!r}")
            rows = tables[table]
            abbreviations = abbreviations_of(rows)
            keys = [
                str(key) for key in rows if spec.get("abbreviations", True) or str(key) not in abbreviations
            ]
            regex = table_alternation(keys, abbreviations) + spec.get("suffix", "")
        else:
            regex = spec["regex"]
        fragments[name] = Fragment(name, regex, table, spec.get("parse"))
    return fragments


def _expand(
    pattern: str, fragments: Mapping[str, Fragment], groups: dict[str, str], prefix: str, depth: int = 0
) -> str:
    if depth > _MAX_EXPANSION_DEPTH:
        raise RuleError(f"fragments nest too deep in {pattern!r}")

    def substitute(match: re.Match[str]) -> str:
        silent, alias, name = match.group(1), match.group(2), match.group(3)
        if name not in fragments:
            raise RuleError(f"unknown fragment {name!r}")
        inner = _expand(fragments[name].regex, fragments, {}, prefix, depth + 1)
        if silent:
            return f"(?:{inner})"
        group = alias or name
        if group in groups:
            raise RuleError(f"group {group!r} used twice in {pattern!r}")
        groups[group] = name
        return f"(?P<{prefix}{group}>{inner})"

    return _REFERENCE.sub(substitute, pattern)


def _candidates(
    rules: list[Rule],
    expanded: list[str],
    cache: dict[tuple[int, ...], Candidates],
    word: str,
    walker: Followers,
) -> Candidates:
    ordered = tuple(sorted({rule.index: rule for rule in rules}.values(), key=lambda rule: rule.index))
    shared = _alternation(ordered, expanded, cache)
    # The second tokens of each rule; None for a rule tried whatever follows the start word.
    seconds = {rule.index: walker.of([rule.pattern.pattern], word) for rule in ordered}
    open_rules = tuple(rule for rule in ordered if seconds[rule.index] is None)
    if len(open_rules) == len(ordered):
        return shared
    followers: dict[str, tuple[Rule, ...]] = {}
    for token in set().union(*(tokens for tokens in seconds.values() if tokens is not None)):
        followers[token] = tuple(rule for rule in ordered if token in (seconds[rule.index] or {token}))
    fallback = _alternation(open_rules, expanded, cache) if open_rules else None
    return Candidates(shared.rules, shared.pattern, followers, fallback)


def _alternation(
    ordered: tuple[Rule, ...], expanded: list[str], cache: dict[tuple[int, ...], Candidates]
) -> Candidates:
    key = tuple(rule.index for rule in ordered)
    if key not in cache:
        branches = "|".join(f"(?P<r{rule.index}>{expanded[rule.index]})" for rule in ordered)
        cache[key] = Candidates(ordered, re.compile(f"{_START_GUARD}(?:{branches})"))
    return cache[key]


def _compile_rule(index: int, spec: Mapping[str, Any], fragments: Mapping[str, Fragment]) -> tuple[Rule, str]:
    groups: dict[str, str] = {}
    source = spec["pattern"].replace(" ?", r"\s*").replace(" ", r"\s+")
    prefix = f"g{index}_"  # a rule's group names are unique within an alternation of rules
    try:
        expanded = _expand(source, fragments, groups, prefix)
        expanded = f"(?:{expanded})(?![a-z0-9])"
        standalone = re.compile(_START_GUARD + expanded)
    except (re.error, KeyError) as error:
        raise RuleError(f"rule {spec.get('name')!r}: {error}") from error
    requires_before = spec.get("requires_before")
    rule = Rule(
        index=index,
        name=spec["name"],
        type=spec["type"],
        value=spec["value"],
        mod=spec.get("mod"),
        title_case=spec.get("case") == "title",
        lower_case=spec.get("case") == "lower",
        requires_before=re.compile(requires_before) if requires_before else None,
        groups=groups,
        pattern=standalone,
        examples=tuple(spec.get("examples", ())),
        anchor=spec.get("anchor", True),
        group_keys=tuple(prefix + name for name in groups),
    )
    return rule, expanded


def _cues(cues: Iterable[Any]) -> str:
    """The source of a pattern matching any of `cues` as whole words, not as the end of a
    hyphenated compound ("drought-hit districts" holds no "hit") nor before "n't"."""
    # Not "won" in "won't".
    return rf"(?<![a-z-])(?:{literal_alternation([str(cue) for cue in cues])})(?![a-z]|['’]t\b)"


def _cue_pattern(cues: Iterable[Any]) -> re.Pattern[str]:
    return re.compile(_cues(cues))


def _right_before(cues: Iterable[Any]) -> re.Pattern[str]:
    """One of `cues` right before the end of a text (the text before an expression)."""
    return re.compile(_cues(cues) + r"\s+$")


def _clause_mark(title_abbreviations: Iterable[Any], after_clock: Iterable[Any]) -> str:
    """A full stop, question or exclamation mark, semicolon or colon before a space, a line
    break or a quotation mark; not the full stop of a title ("St. Matthew's"), nor of "a.m."
    or "p.m." before a word that carries the sentence on ("from 4 p.m. to 7 p.m. Thursday")."""
    # The look-behinds follow the full stop, so that they run at full stops alone.
    not_a_title = "".join(rf"(?<!\b{re.escape(str(title))}\.)" for title in title_abbreviations)
    not_a_clock = rf"(?!(?<=[ap]\.m\.)\s+(?:{literal_alternation([str(word) for word in after_clock])})\b)"
    return rf"(?:\.{not_a_title}{not_a_clock}|[!?;:])\s|[\n\"“”]"


@cache
def load_rules(language_code: str) -> RuleSet | None:
    """The compiled rules of a language, or None when it has no temporal data files."""
    base = f"{language_code}/temporal"
    if not data_file_exists(f"{base}/rules.yaml"):
        return None
    tables: dict[str, Mapping[str, Any]] = load_yaml(f"{base}/tables.yaml")
    fragments = _load_fragments(load_yaml(f"{base}/fragments.yaml")["fragments"], tables)
    compiled = [
        _compile_rule(index, spec, fragments)
        for index, spec in enumerate(load_yaml(f"{base}/rules.yaml")["rules"])
    ]
    rules = tuple(rule for rule, _ in compiled)
    starts: dict[str, list[Rule]] = {}
    anywhere: list[Rule] = []
    for rule, expanded in compiled:
        for word in first_words(expanded):
            if word == ANY:
                anywhere.append(rule)
            else:
                starts.setdefault(word, []).append(rule)
    sources = [source for _, source in compiled]
    cache: dict[tuple[int, ...], Candidates] = {}
    walker = Followers()
    dispatch = {
        word: _candidates([*rules, *anywhere], sources, cache, word, walker) for word, rules in starts.items()
    }
    digit_rules = dispatch.pop(DIGIT, None) or _candidates(anywhere, sources, cache, DIGIT, walker)
    modifiers = {str(key): str(value) for key, value in tables["modifiers"].items()}
    point = [key for key, value in modifiers.items() if value in ("START", "END", "MID")]
    point_before = [key for key in point if key not in ("earlier", "later")]
    quantity = [key for key, value in modifiers.items() if value not in ("START", "END", "MID")]
    # A verb of the past tense, or any other word that ends in "-ed", as a whole word; not
    # after a determiner, which makes it a noun or an adjective ("a cut", "the delayed report").
    not_past = literal_alternation([str(word) for word in tables["ed_words_not_past"]])
    ed_word = r"(?<![a-z-])(?!(?:" + not_past + r")\b)[a-z]{3,}ed\b"
    not_after_determiner = "".join(rf"(?<!\b{re.escape(str(word))}\s)" for word in tables["noun_determiners"])
    past_verbs = (
        # The word start is tested first: the determiners' look-behinds run at word starts alone.
        r"(?<![a-z-])(?=[a-z])"
        + not_after_determiner
        + "(?:"
        + _cues(cue for cue in tables["past_cues"] if cue not in tables["past_cues_not_verbs"])
        + "|"
        + ed_word
        + ")"
    )
    return RuleSet(
        language=language_code,
        tables=tables,
        fragments=fragments,
        rules=rules,
        dispatch=dispatch,
        digit_rules=digit_rules,
        start_tokens=StartTokens(dispatch, digit_rules),
        future_cues=re.compile(
            _cues(tables["future_cues"])
            + "|"
            + _cues(tables["advice_verbs"])
            + r"\s+(?:\S+\s+){0,6}?to\s+(?:get\s+|be\s+)?[a-z]+"
        ),
        weekday_future_cues=_cue_pattern(tables["weekday_future_cues"]),
        weekday_modal_cues=_cue_pattern(tables["weekday_modal_cues"]),
        past_cues=re.compile(_cues(tables["past_cues_not_verbs"]) + "|" + past_verbs),
        past_verbs=re.compile(past_verbs),
        auxiliary_before=re.compile(_cues(tables["auxiliaries"]) + r"\s+(?:[a-z]+ly\s+)?$"),
        revised_before=re.compile(
            _cues(tables["revised_before"]) + r"(?:\s+(?:been|be|had|has|have|was|were))*\s+$"
        ),
        # Anywhere before a scheduling verb; not "first", an adjective as often ("the new
        # First Division campaign kicks off on August 17").
        revised_schedule=_cue_pattern(word for word in tables["revised_before"] if word != "first"),
        comparison_before=_right_before(tables["comparison_before_cue"]),
        scheduled_after=re.compile(r"\s+" + _cues(tables["scheduled_after"])),
        future_after_noun=re.compile(
            r"(?:['’]s)?(?:\s+(?!(?:"
            + literal_alternation([str(word) for word in tables["future_after_noun_breaks"]])
            + r")(?![a-z-]))[a-z-]+){1,4}\s+"
            + _cues(tables["future_after_noun"])
        ),
        report_day_before=_right_before(
            [*(f"{verb} on" for verb in tables["report_day_verbs"]), *tables["report_day_verbs"]]
        ),
        this_year=_cue_pattern(tables["this_year"]),
        next_year=_cue_pattern(tables["next_year"]),
        clause_year=re.compile(
            r"(?:^\s*|,\s*|(?<![a-z])(?:"
            + literal_alternation([str(word) for word in tables["year_clause_openers"]])
            + r")\s+)(?:in\s+(?P<year>[12]\d{3})|(?P<direction>last|this|next)\s+year)(?![a-z0-9'’-])"
        ),
        deadline_before=_right_before(tables["deadline_before"]),
        start_before=_right_before(tables["start_before"]),
        through_before=_right_before(tables["through_before"]),
        ahead_before=_right_before(tables["ahead_before"]),
        until_before=_right_before(tables["until_before"]),
        fronting_before=re.compile(
            r"\s*(?:(?:"
            + literal_alternation([str(word) for word in tables["fronting_prepositions"]])
            + r")\s+)?"
        ),
        country_words=_cue_pattern(str(word) for words in tables["country_words"].values() for word in words),
        country_of_word={
            " ".join(str(word).split()): str(code)
            for code, words in tables["country_words"].items()
            for word in words
        },
        clause_mark=re.compile(
            _clause_mark(tables["title_abbreviations"], tables["after_clock_abbreviation"])
        ),
        last_clause_mark=re.compile(
            r"(?s:.*)(?:"
            + _clause_mark(tables["title_abbreviations"], tables["after_clock_abbreviation"])
            + ")"
        ),
        clause_opener=re.compile(
            r"(?s:.*)(?:"
            + "|".join(
                r"\s+".join(re.escape(part) for part in str(word).split())
                if str(word)[:1] == ","
                else _cues([word])
                for word in tables["clause_openers"]
            )
            + r")(?![a-z])\s+(?=\S+\s)"
        ),
        past_verb_after=re.compile(r"(?:['’]s(?:\s+[a-z-]+){1,3}?)?\s+" + past_verbs),
        past_verb_before=re.compile(
            past_verbs
            + r"\s+(?:"
            + literal_alternation([str(word) for word in tables["participle_prepositions"]])
            + r")\s+$"
        ),
        participle_before=re.compile(
            r"(?<![a-z])(?!"
            + literal_alternation([str(word) for word in tables["forward_participles"]])
            + r"\s)[a-z]{3,}ed\s+(?:"
            + literal_alternation([str(word) for word in tables["participle_prepositions"]])
            + r")?\s*$"
        ),
        verbal_auxiliary_before=re.compile(_cues(tables["verbal_auxiliaries"]) + r"\s+(?:[a-z]+ly\s+)?$"),
        period_ending_before=re.compile(
            r"(?<![a-z0-9])("
            + table_alternation([str(key) for key in tables["period_ending_before"]])
            + r") (?:to|ended|ending|that ended) $"
        ),
        report_after=re.compile(
            r"(?:['’]s)?(?:[\s-]+(?!"
            + _cues(tables["not_report_modifiers"])
            + r")[a-z]+){0,2}?[\s-]+"
            + _cues(tables["report_nouns"])
        ),
        scheduled_before=re.compile(
            r"(?<!the\s)(?<!its\s)(?<!a\s)(?<!an\s)"
            + _cues(tables["scheduling_verbs"])
            + r"(?:\s+again)?"  # "school starts again on Monday"
            # a place or what it returns from between: "opens in Dublin in", "returns from its
            # break on", "opens at the National Museum of Anthropology in Manila on"
            + r"(?:\s+(?:in|at)\s+(?:the\s+)?[a-z'’]+(?:\s+(?:of\s+)?[a-z'’]+){0,4}"
            + r"|\s+(?:from|to)\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?){0,2}"
            + r"\s+(?:(?:in|on|at|from|until)\s+)?$|"
            # not in the past tense: "allowances that were due in September"
            + r"(?<!\bwas\s)(?<!\bwere\s)"
            + _cues(tables["future_before"])
            + r"\s+$|"
            # The present passive of a scheduled event: "the squad is named on Wednesday"; or
            # the copula: "the deadline to file a request is Monday", "the final is on Saturday".
            + r"(?<![a-z])(?:is|are)\s+(?:(?:[a-z]{3,}ed|[a-z]{2,}en|held|set|run)\s+)?(?:on\s+)?$"
        ),
        fixture_before=re.compile(
            _cues(tables["fixture_verbs"]) + r"(?:\s+[a-z.'’-]+){0,4}?\s+(?:in|for|at)\s+$"
        ),
        reported_future=re.compile(
            _cues(tables["reporting_verbs"])
            + r"(?:\s+[a-z0-9.'’-]+){0,8}?\s+"
            + _cues(tables["reported_future_auxiliaries"])
            + rf"(?!{COUNTERFACTUAL_AFTER_WOULD})"
        ),
        open_deadline_before=_right_before(tables["open_deadline_before"]),
        past_event_before=re.compile(
            r"(?<![a-z])(?:the|its|their|his|her|this\s+year['’]s|last\s+year['’]s)\s+"
            + _cues(tables["past_event_nouns"])
            + r"\s+in\s+$"
        ),
        weekday_bare_modal=re.compile(
            _cues(tables["weekday_bare_modals"]) + r"(?=\s+(?!not\b|never\b|have\b)[a-z])"
        ),
        scheduled_object_before=re.compile(
            _cues(tables["object_scheduling_verbs"])
            + r"\s+(?:her|his|their|its|the|a|an)\s+(?:[a-z'’-]+\s+){0,3}?(?:on|in)\s+$"
        ),
        forward_participle_before=re.compile(
            r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<![a-z])"
            # Nor in a comparison: "the launch went ahead as planned on Friday".
            + "".join(rf"(?<!\b{re.escape(str(word))}\s)" for word in tables["comparison_before_cue"])
            + "(?:"
            + literal_alternation([str(word) for word in tables["forward_participles"]])
            + r")\s+(?:on\s+)?$"
        ),
        alert_for_before=re.compile(_cues(tables["alert_nouns"]) + r"\s+for\s+$"),
        subordinate_before=re.compile(
            _cues(tables["subordinate_openers"])
            + r"\s+(?P<clause>(?:[a-z'’-]+\s+){1,4}?(?P<verb>[a-z]+)\s+(?:in\s+)?on\s+)$"
        ),
        put_off_before=re.compile(
            _cues(tables["put_off_verbs"])
            + r"(?:\s+[a-z'’-]+){0,3}?\s+(?:to|until|till)(?:\s+after)?\s+$"
            + r"|(?<![a-z])set\s+(?:a|the)\s+(?:[a-z'’-]+\s+){0,2}?date\s+(?:of|for)\s+$"
        ),
        decision_infinitive=re.compile(
            _cues(tables["decision_verbs"]) + r"(?:\s+[a-z0-9'’.-]+){0,3}?\s+to\s+(?!be\b)[a-z]+"
        ),
        past_before=re.compile(
            _cues(tables["past_before"])
            + r"\s+(?:the\s+)?$|"
            + _cues(tables["past_gerund_openers"])
            + r"\s+[a-z]{2,}ing\s+in\s+$"
        ),
        coordinated_weekday=re.compile(
            r"(?<![a-z])(?:"
            + table_alternation([str(key) for key in tables["weekdays"] if len(str(key)) > 3])
            + r")(?:\s+(?:morning|afternoon|evening|night))?"
            + r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|to|through|until)\s+)$"
        ),
        point_modifier_initials=frozenset(key[0] for key in [*point, "the"]),
        point_modifier_lead=re.compile(table_alternation(point) + r"(?:\s*-\s*|\s+(?:of\s+)?)"),
        quantity_modifier_before=re.compile(r"(?<![a-z])" + table_alternation(quantity) + r"\s+$"),
        point_modifier_before=re.compile(
            r"(?<![a-z])" + table_alternation(point_before) + r"(?:\s*-\s*|\s+)$"
        ),
        weekend_ahead_before=_right_before(tables["weekend_ahead_before"]),
        report_for_before=re.compile(_cues(tables["report_nouns"]) + r"\s+for\s+$"),
        range_close=re.compile(
            r"\s*,?\s*(?:(?:"
            + literal_alternation([str(word) for word in tables["range_words"]])
            + r")\s+(?:on\s+|in\s+)?|[-–]\s*)"
        ),
    )
